import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { z } from 'zod';
import { CommonEnv, correlationMiddleware, getLogger, loadEnv, PinoNestLogger, setLogLevel } from '@sanpuku/platform';
import { GatewayModule } from './gateway.module';
import { SUBGRAPHS } from './supergraph/subgraphs';

async function main(): Promise<void> {
  const env = loadEnv('gateway', {
    NODE_ENV: CommonEnv.NODE_ENV,
    LOG_LEVEL: CommonEnv.LOG_LEVEL,
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HOST: z.string().default('127.0.0.1'),
    CATALOGUE_URL: z.string().url().default(SUBGRAPHS[0].defaultUrl),
    REGION_URL: z.string().url().default(SUBGRAPHS[1].defaultUrl),
    MATCHING_URL: z.string().url().default(SUBGRAPHS[2].defaultUrl),
  });
  setLogLevel(env.LOG_LEVEL);
  const app = await NestFactory.create(
    GatewayModule.forRoot({
      subgraphUrls: { catalogue: env.CATALOGUE_URL, region: env.REGION_URL, matching: env.MATCHING_URL },
      production: env.NODE_ENV === 'production',
    }),
    { logger: new PinoNestLogger('gateway') },
  );
  app.use(correlationMiddleware);
  app.enableShutdownHooks();
  await app.listen(env.PORT, env.HOST);
  getLogger('bootstrap').info({ url: `http://${env.HOST}:${env.PORT}/graphql` }, 'gateway listening');
}

main().catch((err: Error) => {
  process.stderr.write(`${err.message}\n`);
  process.exit(1);
});

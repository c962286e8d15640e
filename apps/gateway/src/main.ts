import 'reflect-metadata';
import { z } from 'zod';
import { authConfigFrom, CommonEnv, getLogger, loadEnv, setLogLevel } from '@sanpuku/platform';
import { loadGatewaySettings } from './config/gateway.config';
import { createGatewayApp } from './gateway.app';
import { SUBGRAPHS } from './supergraph/subgraphs';

/** One URL, or the comma-separated URLs of the subgraph's instances. */
const subgraphUrls = z.string().refine((v) => v.split(',').every((u) => z.string().url().safeParse(u.trim()).success), 'a URL, or comma-separated URLs of the instances');

async function main(): Promise<void> {
  const env = loadEnv('gateway', {
    NODE_ENV: CommonEnv.NODE_ENV,
    LOG_LEVEL: CommonEnv.LOG_LEVEL,
    AUTH_JWT_SECRET: CommonEnv.AUTH_JWT_SECRET,
    AUTH_ISSUER: CommonEnv.AUTH_ISSUER,
    AUTH_AUDIENCE: CommonEnv.AUTH_AUDIENCE,
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HOST: z.string().default('127.0.0.1'),
    CATALOGUE_URL: subgraphUrls.default(SUBGRAPHS[0].defaultUrl),
    REGION_URL: subgraphUrls.default(SUBGRAPHS[1].defaultUrl),
    MATCHING_URL: subgraphUrls.default(SUBGRAPHS[2].defaultUrl),
  });
  setLogLevel(env.LOG_LEVEL);
  const app = await createGatewayApp({
    subgraphUrls: { catalogue: env.CATALOGUE_URL, region: env.REGION_URL, matching: env.MATCHING_URL },
    production: env.NODE_ENV === 'production',
    auth: authConfigFrom(env, 'gateway'),
    ...loadGatewaySettings(process.env, { devLogin: false }),
  });
  app.enableShutdownHooks();
  await app.listen(env.PORT, env.HOST);
  getLogger('bootstrap').info({ url: `http://${env.HOST}:${env.PORT}/graphql` }, 'gateway listening');
}

main().catch((err: Error) => {
  process.stderr.write(`${err.message}\n`);
  process.exit(1);
});

import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { answerClientErrorsInShape, ApiHttpExceptionFilter, bodyErrorHandler } from '../errors/http-errors';
import { DEFAULT_BODY_LIMIT } from './runtime';
import { correlationMiddleware } from '../logging/correlation.middleware';
import { getLogger, PinoNestLogger } from '../logging/logger';
import { InProcessServer } from '../messaging/in-process-server';
import { SanpukuKafkaServer } from '../messaging/kafka';
import { ServiceDefinition, ServiceRuntime } from './runtime';
import { runtimeFromEnv } from './runtime-from-env';

export interface ListenOptions {
  port: number;
  host?: string;
  /** Distributed mode: the process handles SIGTERM itself. */
  shutdownHooks?: boolean;
}

/**
 * Boots one service: HTTP (its GraphQL subgraph and /health) plus, when it consumes events, the
 * message transport for its @EventPattern handlers (Kafka, or the in-process bus).
 */
export async function bootstrapService(
  rootModule: unknown,
  def: ServiceDefinition,
  runtime: ServiceRuntime,
  listen: ListenOptions,
): Promise<INestApplication> {
  runtime.serviceName ??= def.name;
  const app = await NestFactory.create<NestExpressApplication>(rootModule as never, { logger: new PinoNestLogger(def.name), bodyParser: false });
  app.use(correlationMiddleware);
  // The same body limit as the gateway (a body the gateway accepted is never refused here as an
  // "outage"), answered in the one error shape when exceeded; so are unknown routes and 431.
  app.useBodyParser('json', { limit: runtime.api?.bodyLimit ?? DEFAULT_BODY_LIMIT });
  app.use(bodyErrorHandler());
  app.useGlobalFilters(new ApiHttpExceptionFilter(def.name));
  answerClientErrorsInShape(app.getHttpServer());
  if (listen.shutdownHooks) app.enableShutdownHooks();
  // HTTP first: the service answers while its consumer joins the group in the background (a
  // replaced member must first be evicted, and the broker may be down); /health/ready tells when.
  await app.listen(listen.port, listen.host ?? '127.0.0.1');
  if (def.consumerGroup) {
    const m = runtime.messaging;
    let strategy: SanpukuKafkaServer | InProcessServer;
    if (m.mode === 'kafka') {
      const server = new SanpukuKafkaServer({ brokers: m.brokers, clientId: `sanpuku-${def.name}`, topicPrefix: m.topicPrefix }, def.consumerGroup);
      runtime.consumerStatus = server.consumerStatus;
      strategy = server;
    } else {
      strategy = new InProcessServer(m.bus, def.consumerGroup);
    }
    app.connectMicroservice({ strategy }, { inheritAppConfig: true });
    await app.startAllMicroservices();
  }
  getLogger('bootstrap').info(
    { service: def.name, url: `http://${listen.host ?? '127.0.0.1'}:${listen.port}`, messaging: runtime.messaging.mode },
    `${def.name} service listening`,
  );
  return app;
}

/** The whole `main.ts` of a service in distributed mode: env → runtime → boot, or a clear exit. */
export function runServiceMain(def: ServiceDefinition, moduleFor: (runtime: ServiceRuntime) => unknown): void {
  Promise.resolve()
    .then(() => {
      const runtime = runtimeFromEnv(def.name);
      return bootstrapService(moduleFor(runtime), def, runtime, { port: runtime.port, host: runtime.host, shutdownHooks: true });
    })
    .catch((err: Error) => {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    });
}

import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { join } from 'node:path';
import { answerClientErrorsInShape, ApiHttpExceptionFilter, bodyErrorHandler, correlationMiddleware, PinoNestLogger, repoRoot } from '@sanpuku/platform';
import { requestState } from './gateway.context';
import { GatewayModule } from './gateway.module';
import { GatewayOptions, resolveGatewayOptions } from './gateway.options';
import { accessLogMiddleware } from './logging/access-log.middleware';
import { mapsProxy } from './maps/maps.proxy';
import { webStaticMiddleware } from './web/web-static';

/**
 * The gateway as a Nest application, not yet listening: request id (from `x-request-id` or new,
 * echoed in the response), access log, JSON body with the size limit, then the GraphQL module.
 * Every refusal outside GraphQL (413, 400, 404, 431) answers in the platform's one error shape.
 * Used by main.ts (distributed), tools/single-process, the tests and the benchmark alike.
 */
export async function createGatewayApp(input: GatewayOptions): Promise<NestExpressApplication> {
  const o = resolveGatewayOptions(input);
  const app = await NestFactory.create<NestExpressApplication>(GatewayModule.forRoot(o), { logger: new PinoNestLogger('gateway'), bodyParser: false });
  app.use(correlationMiddleware);
  app.use(accessLogMiddleware('/graphql'));
  app.use(mapsProxy(o.subgraphUrls.region, o.subgraphTimeoutMs));
  app.useBodyParser('json', { limit: o.bodyLimit });
  app.use(bodyErrorHandler((res, code) => requestState(res).errorCodes.push(code)));
  app.use(webStaticMiddleware(join(repoRoot(), 'dist/web')));
  app.useGlobalFilters(new ApiHttpExceptionFilter('gateway'));
  answerClientErrorsInShape(app.getHttpServer());
  return app;
}


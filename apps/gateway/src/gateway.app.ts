import type { NextFunction, Request, Response } from 'express';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { join } from 'node:path';
import { correlationMiddleware, PinoNestLogger, repoRoot } from '@sanpuku/platform';
import { errorBody, GatewayErrorCode } from './errors/gateway.errors';
import { requestState } from './gateway.context';
import { GatewayModule } from './gateway.module';
import { GatewayOptions, resolveGatewayOptions } from './gateway.options';
import { accessLogMiddleware } from './logging/access-log.middleware';
import { webStaticMiddleware } from './web/web-static';

/**
 * The gateway as a Nest application, not yet listening: request id (from `x-request-id` or new,
 * echoed in the response), access log, JSON body with the size limit, then the GraphQL module.
 * Used by main.ts (distributed), tools/single-process, the tests and the benchmark alike.
 */
export async function createGatewayApp(input: GatewayOptions): Promise<NestExpressApplication> {
  const o = resolveGatewayOptions(input);
  const app = await NestFactory.create<NestExpressApplication>(GatewayModule.forRoot(o), { logger: new PinoNestLogger('gateway'), bodyParser: false });
  app.use(correlationMiddleware);
  app.use(accessLogMiddleware('/graphql'));
  app.useBodyParser('json', { limit: o.bodyLimit });
  app.use(bodyErrorHandler);
  app.use(webStaticMiddleware(join(repoRoot(), 'dist/web')));
  return app;
}

/** Body-parser failures answered in GraphQL's error shape: 413 PAYLOAD_TOO_LARGE, 400 BAD_REQUEST. */
function bodyErrorHandler(err: unknown, _req: Request, res: Response, next: NextFunction): void {
  const e = err as { type?: string; status?: number; limit?: number };
  if (e?.type === 'entity.too.large') {
    requestState(res).errorCodes.push(GatewayErrorCode.PAYLOAD_TOO_LARGE);
    res.status(413).json(errorBody(GatewayErrorCode.PAYLOAD_TOO_LARGE, `request body exceeds the limit of ${e.limit} bytes / リクエストが大きすぎます`, { limitBytes: e.limit }));
    return;
  }
  if (e?.status && e.status >= 400 && e.status < 500) {
    requestState(res).errorCodes.push(GatewayErrorCode.BAD_REQUEST);
    res.status(400).json(errorBody(GatewayErrorCode.BAD_REQUEST, 'malformed request body (expected JSON) / リクエストの形式が不正です'));
    return;
  }
  next(err);
}

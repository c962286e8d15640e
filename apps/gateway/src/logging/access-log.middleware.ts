import type { NextFunction, Request, Response } from 'express';
import { getLogger } from '@sanpuku/platform';
import { requestState } from '../gateway.context';

/**
 * One JSON line per GraphQL HTTP request, written when the response is sent: correlation id,
 * operation name and type, duration, HTTP status, error codes and the caller's role and `sub`.
 * Never the query's variables or the response: they can hold personal data.
 */
export function accessLogMiddleware(path = '/graphql') {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.path !== path) return next();
    const state = requestState(res);
    res.once('finish', () => {
      const body = req.body as { operationName?: unknown } | undefined;
      const operationName = state.operationName ?? (typeof body?.operationName === 'string' ? body.operationName.slice(0, 100) : null);
      getLogger('gateway-access').info(
        {
          kind: 'graphql',
          correlationId: state.requestId,
          method: req.method,
          operationName,
          operationType: state.operationType,
          status: res.statusCode,
          durationMs: Math.round(Number(process.hrtime.bigint() - state.startedAt) / 1e4) / 100,
          errorCodes: state.errorCodes.length ? [...new Set(state.errorCodes)] : undefined,
          role: state.actor?.role ?? 'anonymous',
          sub: state.actor?.sub,
        },
        'graphql request',
      );
    });
    next();
  };
}

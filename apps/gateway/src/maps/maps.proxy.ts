import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import { createProxyMiddleware } from 'http-proxy-middleware';
import { errorResponseBody, getLogger } from '@sanpuku/platform';

/** The region service's base URL from its GraphQL URL (`http://127.0.0.1:4002/graphql` → `http://127.0.0.1:4002`). */
export function regionBaseUrl(regionGraphqlUrl: string): string {
  return regionGraphqlUrl.replace(/\/graphql\/?$/, '');
}

/**
 * `GET|HEAD /maps/*` relayed as is to the region service, which serves municipal boundaries as
 * GeoJSON with its own caching headers (ETag, Cache-Control, 304): the browser gets maps from the
 * same origin as /graphql. Nothing is read or rewritten; the request id travels as a header. A
 * region that cannot be reached (or is slower than the subgraph timeout) answers 503 UNAVAILABLE
 * in the platform's one error shape. Other methods fall through to the gateway's own 404/405.
 */
export function mapsProxy(regionGraphqlUrl: string, timeoutMs: number): RequestHandler {
  const log = getLogger('gateway-maps');
  return createProxyMiddleware<IncomingMessage, ServerResponse>({
    target: regionBaseUrl(regionGraphqlUrl),
    pathFilter: (path, req) => path.startsWith('/maps/') && (req.method === 'GET' || req.method === 'HEAD'),
    proxyTimeout: timeoutMs,
    timeout: timeoutMs,
    on: {
      error: (err, _req, res) => {
        log.warn({ err: (err as Error).message }, 'region unreachable for /maps');
        const r = res as ServerResponse;
        if (typeof r.writeHead !== 'function' || r.headersSent) {
          if ('destroy' in r) r.destroy();
          return;
        }
        r.writeHead(503, { 'content-type': 'application/json; charset=utf-8' });
        r.end(JSON.stringify(errorResponseBody('UNAVAILABLE', '地図データを取得できません。しばらくしてからもう一度お試しください', 'The maps are unavailable (the region service cannot be reached)', { serviceName: 'region', reason: 'unreachable' })));
      },
    },
  }) as unknown as RequestHandler;
}

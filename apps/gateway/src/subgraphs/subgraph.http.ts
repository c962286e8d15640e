import { Agent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

/**
 * The answer of one subgraph call, shaped as much of a fetch `Response` as Apollo's
 * RemoteGraphQLDataSource reads (ok, status, statusText, url, headers.get, json, text).
 */
export interface SubgraphResponse {
  ok: boolean;
  status: number;
  statusText: string;
  url: string;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
  json(): Promise<unknown>;
}

export interface SubgraphRequestInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

// Keep-alive connections to the subgraphs, as Node's fetch keeps them; no cap on sockets (the
// gateway's own concurrency bounds them), idle ones closed after a few seconds.
const agents = { http: new Agent({ keepAlive: true, keepAliveMsecs: 1000, scheduling: 'lifo', timeout: 60_000 }), https: new HttpsAgent({ keepAlive: true, keepAliveMsecs: 1000, scheduling: 'lifo', timeout: 60_000 }) };

/**
 * POSTs one GraphQL request with node:http instead of the global fetch: the same exchange (keep-alive,
 * a deadline for the whole exchange, the body read whole) without web streams, abort signals and
 * the WHATWG Request/Response objects, which cost the gateway more CPU per call than the rest of
 * the fetch. Errors look like fetch's where the gateway tells them apart: a refused connection is a
 * `TypeError('fetch failed')` whose `cause.code` is ECONNREFUSED, an exchange past the deadline a
 * `TimeoutError`, anything else a `TypeError('fetch failed')` with the cause.
 */
export function postToSubgraph(url: string, init: SubgraphRequestInit, timeoutMs: number): Promise<SubgraphResponse> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const secure = target.protocol === 'https:';
    const body = init.body ?? '';
    const headers: Record<string, string | number> = { ...init.headers, 'content-length': Buffer.byteLength(body) };
    let settled = false;
    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(err);
    };
    const req = (secure ? httpsRequest : httpRequest)(
      target,
      { method: init.method ?? 'POST', headers, agent: secure ? agents.https : agents.http },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', (err) => fail(fetchFailed(err)));
        res.on('aborted', () => fail(fetchFailed(new Error('the subgraph closed the connection mid-answer'))));
        res.on('end', () => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          resolve(responseOf(url, res.statusCode ?? 0, res.statusMessage ?? '', res.headers, Buffer.concat(chunks).toString('utf8')));
        });
      },
    );
    const timer = setTimeout(() => {
      const err = new Error(`the subgraph did not answer within ${timeoutMs} ms`);
      err.name = 'TimeoutError';
      fail(err);
      req.destroy(err);
    }, timeoutMs);
    req.on('error', (err) => fail(err.name === 'TimeoutError' ? err : fetchFailed(err)));
    req.end(body);
  });
}

function fetchFailed(cause: Error): TypeError {
  return Object.assign(new TypeError('fetch failed'), { cause });
}

function responseOf(url: string, status: number, statusText: string, headers: IncomingHttpHeaders, text: string): SubgraphResponse {
  return {
    ok: status >= 200 && status < 300,
    status,
    statusText,
    url,
    headers: {
      get(name: string): string | null {
        const v = headers[name.toLowerCase()];
        return v === undefined ? null : Array.isArray(v) ? v.join(', ') : String(v);
      },
    },
    text: async () => text,
    json: async () => JSON.parse(text),
  };
}

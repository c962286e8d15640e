import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { RawData, WebSocket, WebSocketServer } from 'ws';
import { Actor, getLogger, refuseUpgradeInShape, REQUEST_ID_HEADER, TokenConfig } from '@sanpuku/platform';
import { verifyBearer } from '../identity/bearer-token.verifier';
import type { RateLimiter } from '../limits/rate-limit.bucket';

export const GRAPHQL_TRANSPORT_WS = 'graphql-transport-ws';
const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Close codes of the graphql-ws protocol that the proxy itself uses. */
export const ProxyCloseCode = {
  BadRequest: 4400,
  Forbidden: 4403,
  SubprotocolNotAcceptable: 4406,
  ConnectionInitialisationTimeout: 4408,
  TooManyRequests: 4429,
  UpstreamUnavailable: 1011,
} as const;

export interface SubscriptionsProxyOptions {
  /** graphql-ws endpoint of the subgraph that owns the Subscription root type. */
  upstreamUrl: string;
  auth: TokenConfig;
  limiter: RateLimiter;
  /** The path clients connect to (the same as HTTP GraphQL). */
  path?: string;
  /** How long a client may wait before sending connection_init. */
  initTimeoutMs?: number;
  /** How long the upstream handshake may take. */
  upstreamTimeoutMs?: number;
}

/**
 * Subscriptions over graphql-ws (subprotocol `graphql-transport-ws`). Apollo Gateway cannot
 * federate subscriptions, so WebSocket upgrades of /graphql are relayed, message by message and
 * without looking inside, to the subgraph that owns `Subscription`. The only thing the proxy
 * reads is the first message, `connection_init`: its `payload.authorization` (or the upgrade
 * request's Authorization header) must be a valid bearer token when present — a bad one is
 * refused (4403, or HTTP 401 for a bad header) before anything reaches the subgraph — and it is
 * forwarded as the upstream `authorization` header together with the request id. The subgraph
 * decides what the caller may subscribe to.
 */
export class SubscriptionsProxy {
  private readonly wss = new WebSocketServer({ noServer: true, handleProtocols: (protocols) => (protocols.has(GRAPHQL_TRANSPORT_WS) ? GRAPHQL_TRANSPORT_WS : false) });
  private readonly sockets = new Set<WebSocket>();
  private readonly log = getLogger('gateway-subscriptions');
  private server?: Server;
  private readonly path: string;
  private readonly initTimeoutMs: number;
  private readonly upstreamTimeoutMs: number;

  constructor(private readonly o: SubscriptionsProxyOptions) {
    this.path = o.path ?? '/graphql';
    this.initTimeoutMs = o.initTimeoutMs ?? 10_000;
    this.upstreamTimeoutMs = o.upstreamTimeoutMs ?? 5000;
  }

  attach(server: Server): void {
    this.server = server;
    server.on('upgrade', this.onUpgrade);
  }

  /** Closes every relayed connection (both sides) and stops accepting upgrades. */
  close(): void {
    this.server?.off('upgrade', this.onUpgrade);
    for (const ws of this.sockets) ws.terminate();
    this.sockets.clear();
    this.wss.close();
  }

  private readonly onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const pathname = new URL(req.url ?? '/', 'http://gateway').pathname;
    if (pathname !== this.path) return refuseUpgradeInShape(socket, 404, 'Not Found', 'ROUTE_NOT_FOUND', 'このURLではWebSocketを利用できません（/graphql に接続してください）', `no WebSocket endpoint at ${pathname.slice(0, 100)}; connect to ${this.path}`);
    const protocols = String(req.headers['sec-websocket-protocol'] ?? '').split(',').map((p) => p.trim());
    if (!protocols.includes(GRAPHQL_TRANSPORT_WS)) return refuseUpgradeInShape(socket, 400, 'Bad Request', 'BAD_REQUEST', `サブプロトコル ${GRAPHQL_TRANSPORT_WS} で接続してください`, `subprotocol ${GRAPHQL_TRANSPORT_WS} required`, { 'x-reason': `subprotocol ${GRAPHQL_TRANSPORT_WS} required` });
    const header = req.headers.authorization;
    const incoming = req.headers[REQUEST_ID_HEADER];
    const requestId = typeof incoming === 'string' && SAFE_ID.test(incoming) ? incoming : randomUUID();
    verifyBearer(this.o.auth, header).then(
      (headerActor) => {
        const decision = this.o.limiter.take(headerActor ? `sub:${headerActor.sub}` : `ip:${req.socket.remoteAddress ?? 'unknown'}`);
        if (!decision.allowed) return refuseUpgradeInShape(socket, 429, 'Too Many Requests', 'RATE_LIMITED', `リクエストが多すぎます。${decision.retryAfterSeconds}秒後にもう一度お試しください`, `too many requests; retry in ${decision.retryAfterSeconds} s`, { 'retry-after': String(decision.retryAfterSeconds) });
        this.wss.handleUpgrade(req, socket, head, (client) => this.relay(client, requestId, header));
      },
      () =>
        refuseUpgradeInShape(socket, 401, 'Unauthorized', 'UNAUTHENTICATED', 'ログインの情報（トークン）が無効か、有効期限が切れています', 'invalid or expired bearer token', {
          'www-authenticate': 'Bearer error="invalid_token"',
        }),
    );
  };

  private relay(client: WebSocket, requestId: string, headerAuthorization: string | undefined): void {
    this.sockets.add(client);
    const started = Date.now();
    let actor: Actor | null = null;
    let upstream: WebSocket | null = null;
    let phase: 'awaiting-init' | 'verifying' | 'relaying' = 'awaiting-init';
    const pending: { data: RawData; isBinary: boolean }[] = [];
    if (client.protocol !== GRAPHQL_TRANSPORT_WS) {
      client.close(ProxyCloseCode.SubprotocolNotAcceptable, 'Subprotocol not acceptable');
      this.sockets.delete(client);
      return;
    }
    const initTimer = setTimeout(() => client.close(ProxyCloseCode.ConnectionInitialisationTimeout, 'Connection initialisation timeout'), this.initTimeoutMs);

    const connectUpstream = (init: { data: RawData; isBinary: boolean }, authorization: string | undefined) => {
      const headers: Record<string, string> = { [REQUEST_ID_HEADER]: requestId };
      if (authorization) headers.authorization = authorization;
      const up = new WebSocket(this.o.upstreamUrl, GRAPHQL_TRANSPORT_WS, { headers, handshakeTimeout: this.upstreamTimeoutMs });
      upstream = up;
      this.sockets.add(up);
      up.on('open', () => {
        up.send(init.data, { binary: init.isBinary });
        for (const m of pending.splice(0)) up.send(m.data, { binary: m.isBinary });
      });
      up.on('message', (m, binary) => {
        if (client.readyState === WebSocket.OPEN) client.send(m, { binary });
      });
      up.on('close', (code, reason) => {
        this.sockets.delete(up);
        if (client.readyState === WebSocket.OPEN) client.close(forwardableCode(code), reason.toString());
      });
      up.on('error', (err) => {
        this.log.warn({ correlationId: requestId, detail: err.message }, 'subscriptions upstream unavailable');
        this.sockets.delete(up);
        if (client.readyState === WebSocket.OPEN) client.close(ProxyCloseCode.UpstreamUnavailable, 'Subscriptions service unavailable');
      });
    };

    client.on('message', (data, isBinary) => {
      if (phase === 'relaying' && upstream?.readyState === WebSocket.OPEN) return upstream.send(data, { binary: isBinary });
      if (phase !== 'awaiting-init') return void pending.push({ data, isBinary });
      // The first message must be connection_init: the only one the proxy reads.
      phase = 'verifying';
      clearTimeout(initTimer);
      let init: { type?: unknown; payload?: Record<string, unknown> | null } | null = null;
      try {
        init = JSON.parse(data.toString());
      } catch {
        /* handled below */
      }
      if (!init || init.type !== 'connection_init') return client.close(ProxyCloseCode.BadRequest, 'Expected connection_init');
      const authorization = authorizationFrom(init.payload) ?? headerAuthorization;
      verifyBearer(this.o.auth, authorization).then(
        (verified) => {
          if (client.readyState !== WebSocket.OPEN) return;
          actor = verified;
          phase = 'relaying';
          connectUpstream({ data, isBinary }, authorization);
        },
        () => client.close(ProxyCloseCode.Forbidden, 'Forbidden: invalid token'),
      );
    });
    client.on('close', (code) => {
      clearTimeout(initTimer);
      this.sockets.delete(client);
      const up = upstream as WebSocket | null;
      if (up && (up.readyState === WebSocket.OPEN || up.readyState === WebSocket.CONNECTING)) up.close(1000, 'client went away');
      this.log.info(
        { correlationId: requestId, kind: 'subscription', role: actor?.role, sub: actor?.sub, durationMs: Date.now() - started, closeCode: code },
        'subscription connection closed',
      );
    });
    client.on('error', () => client.terminate());
  }
}

function authorizationFrom(payload: Record<string, unknown> | null | undefined): string | undefined {
  if (!payload || typeof payload !== 'object') return undefined;
  const headers = payload.headers as Record<string, unknown> | undefined;
  const v = payload.authorization ?? payload.Authorization ?? headers?.authorization ?? headers?.Authorization;
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

/** Close codes a server may send on: 1000, and 3000–4999; anything else becomes 1011. */
function forwardableCode(code: number): number {
  return code === 1000 || (code >= 3000 && code <= 4999) ? code : code === 1005 || code === 1006 ? 1000 : ProxyCloseCode.UpstreamUnavailable;
}

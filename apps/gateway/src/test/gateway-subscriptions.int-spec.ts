/**
 * Subscriptions through the gateway: graphql-ws (graphql-transport-ws) connections to the
 * gateway's /graphql are relayed to the subgraph that owns `Subscription`. Matching's subscription
 * resolvers do not exist yet, so the upstream here is a throw-away graphql-ws server defined in
 * this file; it records what it receives, which shows what the proxy forwards (and what it does not).
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import { GraphQLInt, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { Client, CloseCode, createClient, makeServer } from 'graphql-ws';
import { WebSocket, WebSocketServer } from 'ws';
import { Actor, issueToken, setLogLevel } from '@sanpuku/platform';
import { TEST_AUTH, tokenFor } from '@sanpuku/platform/testing';
import { createGatewayApp } from '../gateway.app';
import { GatewayOptions } from '../gateway.options';

setLogLevel('silent');

const operator: Actor = { sub: 'operator-ws-1', name: 'テスト事業者', role: 'operator', organizationId: '11111111-1111-4111-8111-111111111101' };

interface UpstreamContext {
  headers: IncomingHttpHeaders;
  initPayload: Record<string, unknown> | undefined;
}

/** A minimal subgraph-like graphql-ws server with a Subscription root type. */
function startUpstream(): Promise<{ url: string; handshakes: IncomingHttpHeaders[]; initPayloads: unknown[]; close(): Promise<void> }> {
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLString, resolve: () => 'ok' } } }),
    subscription: new GraphQLObjectType({
      name: 'Subscription',
      fields: {
        countdown: {
          type: GraphQLInt,
          args: { from: { type: GraphQLInt } },
          subscribe: async function* (_s: unknown, { from }: { from: number }) {
            for (let i = from; i >= 0; i--) yield { countdown: i };
          },
        },
        ticks: {
          type: GraphQLInt,
          subscribe: async function* () {
            for (let i = 0; ; i++) {
              await new Promise((r) => setTimeout(r, 50));
              yield { ticks: i };
            }
          },
        },
        whoami: {
          type: GraphQLString,
          subscribe: async function* (_s: unknown, _a: unknown, ctx: UpstreamContext) {
            yield { whoami: `${ctx.headers.authorization ?? 'anonymous'} ${ctx.headers['x-request-id']}` };
          },
        },
      },
    }),
  });
  const handshakes: IncomingHttpHeaders[] = [];
  const initPayloads: unknown[] = [];
  const server = makeServer<Record<string, unknown> | undefined, { headers: IncomingHttpHeaders }>({
    schema,
    onConnect: (ctx) => {
      initPayloads.push(ctx.connectionParams);
      return true;
    },
    context: (ctx) => ({ headers: ctx.extra.headers, initPayload: ctx.connectionParams }),
  });
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1', path: '/graphql' });
  wss.on('connection', (socket, request) => {
    handshakes.push(request.headers);
    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: (data) => new Promise<void>((resolve, reject) => socket.send(data, (err) => (err ? reject(err) : resolve()))),
        close: (code, reason) => socket.close(code, reason),
        onMessage: (cb) =>
          socket.on('message', (data) => {
            cb(data.toString()).catch((err: Error) => socket.close(CloseCode.InternalServerError, err.message));
          }),
      },
      { headers: request.headers },
    );
    socket.once('close', (code, reason) => void closed(code, reason.toString()));
  });
  return new Promise((resolve) =>
    wss.on('listening', () =>
      resolve({
        url: `ws://127.0.0.1:${(wss.address() as { port: number }).port}/graphql`,
        handshakes,
        initPayloads,
        close: () =>
          new Promise<void>((r) => {
            for (const c of wss.clients) c.terminate();
            wss.close(() => r());
          }),
      }),
    ),
  );
}

let upstream: Awaited<ReturnType<typeof startUpstream>>;
let gateway: INestApplication;
let wsUrl: string;

async function startGateway(o: Partial<GatewayOptions>): Promise<{ app: INestApplication; wsUrl: string }> {
  // No HTTP subgraph is called in this file; the committed supergraph is enough to boot.
  const app = await createGatewayApp({
    subgraphUrls: { catalogue: 'http://127.0.0.1:9/graphql', region: 'http://127.0.0.1:9/graphql', matching: 'http://127.0.0.1:9/graphql' },
    production: false,
    auth: TEST_AUTH,
    ...o,
  });
  await app.listen(0, '127.0.0.1');
  return { app, wsUrl: `ws://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}/graphql` };
}

function clientFor(url: string, connectionParams?: Record<string, unknown>, headers?: Record<string, string>): Client {
  class WebSocketWithHeaders extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  return createClient({ url, webSocketImpl: WebSocketWithHeaders, connectionParams, retryAttempts: 0, lazy: true });
}

/** Subscribes and collects every value until completion or error (a CloseEvent when the socket is closed). */
function collect(
  client: Client,
  query: string,
  onValue: () => void = () => undefined,
): Promise<{ values: unknown[]; error?: { code?: number; reason?: string } }> {
  return new Promise((resolve) => {
    const values: unknown[] = [];
    client.subscribe(
      { query },
      {
        next: (v) => {
          values.push(v.data);
          onValue();
        },
        error: (e) => resolve({ values, error: e as { code?: number; reason?: string } }),
        complete: () => resolve({ values }),
      },
    );
  });
}

beforeAll(async () => {
  upstream = await startUpstream();
  ({ app: gateway, wsUrl } = await startGateway({ subscriptionsUrl: upstream.url }));
});

afterAll(async () => {
  await gateway?.close();
  await upstream?.close();
});

describe('graphql-ws subscriptions through the gateway', () => {
  it('relays a subscription end to end, with the token from connectionParams forwarded as the upstream Authorization header', async () => {
    const token = await tokenFor(operator);
    const client = clientFor(wsUrl, { authorization: `Bearer ${token}` });
    const r = await collect(client, 'subscription { countdown(from: 3) }');
    expect(r.error).toBeUndefined();
    expect(r.values).toEqual([{ countdown: 3 }, { countdown: 2 }, { countdown: 1 }, { countdown: 0 }]);
    const handshake = upstream.handshakes.at(-1)!;
    expect(handshake.authorization).toBe(`Bearer ${token}`);
    expect(handshake['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(handshake['sec-websocket-protocol']).toBe('graphql-transport-ws');
    expect(upstream.initPayloads.at(-1)).toEqual({ authorization: `Bearer ${token}` });
    await client.dispose();
  });

  it('takes the token from the upgrade request header too, and forwards the client request id', async () => {
    const token = await tokenFor(operator);
    const client = clientFor(wsUrl, undefined, { authorization: `Bearer ${token}`, 'x-request-id': 'ws-test-req-0001' });
    const r = await collect(client, 'subscription { whoami }');
    expect(r.values).toEqual([{ whoami: `Bearer ${token} ws-test-req-0001` }]);
    await client.dispose();
  });

  it('lets an anonymous connection through: the subgraph decides what it may subscribe to', async () => {
    const client = clientFor(wsUrl);
    const r = await collect(client, 'subscription { whoami }');
    expect(r.values).toEqual([{ whoami: expect.stringMatching(/^anonymous /) }]);
    await client.dispose();
  });

  it.each([
    ['a forged token', () => issueToken({ ...TEST_AUTH, secret: 'an-attacker-key-that-is-long-enough-0123456789' }, operator)],
    ['an expired token', () => issueToken(TEST_AUTH, operator, new Date(Date.now() - 2 * 3600_000))],
  ])('refuses %s in connectionParams with 4403 before contacting the subgraph', async (_kind, token) => {
    const before = upstream.handshakes.length;
    const client = clientFor(wsUrl, { authorization: `Bearer ${await token()}` });
    const r = await collect(client, 'subscription { countdown(from: 1) }');
    expect(r.values).toEqual([]);
    expect(r.error).toMatchObject({ code: 4403, reason: 'Forbidden: invalid token' });
    expect(upstream.handshakes.length).toBe(before);
    await client.dispose();
  });

  it('refuses a bad Authorization header on the upgrade request with HTTP 401', async () => {
    const before = upstream.handshakes.length;
    const status = await new Promise<number>((resolve, reject) => {
      const ws = new WebSocket(wsUrl, 'graphql-transport-ws', { headers: { authorization: 'Bearer forged' } });
      ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.on('open', () => reject(new Error('the upgrade should have been refused')));
      ws.on('error', () => undefined);
    });
    expect(status).toBe(401);
    expect(upstream.handshakes.length).toBe(before);
  });

  it('refuses an upgrade that does not ask for graphql-transport-ws (HTTP 400), and other paths (404)', async () => {
    const refusal = (url: string, protocol: string) =>
      new Promise<number>((resolve, reject) => {
        const ws = new WebSocket(url, protocol);
        ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
        ws.on('open', () => reject(new Error('the upgrade should have been refused')));
        ws.on('error', () => undefined);
      });
    expect(await refusal(wsUrl, 'graphql-ws')).toBe(400);
    expect(await refusal(wsUrl.replace('/graphql', '/other'), 'graphql-transport-ws')).toBe(404);
  });

  it('closes the client with 1011 when the subscriptions subgraph is down (never a hang)', async () => {
    const down = await startGateway({ subscriptionsUrl: 'ws://127.0.0.1:9/graphql' });
    try {
      const client = clientFor(down.wsUrl, { authorization: `Bearer ${await tokenFor(operator)}` });
      const r = await collect(client, 'subscription { countdown(from: 1) }');
      expect(r.error).toMatchObject({ code: 1011 });
      await client.dispose();
    } finally {
      await down.app.close();
    }
  });

  it('ends open subscriptions when the gateway shuts down', async () => {
    const own = await startGateway({ subscriptionsUrl: upstream.url });
    const client = clientFor(own.wsUrl, { authorization: `Bearer ${await tokenFor(operator)}` });
    // Shut down once the subscription is flowing (a value came through the relay), not after a
    // fixed wait: on a loaded machine 300 ms did not always reach the first tick.
    let flowing!: () => void;
    const firstValue = new Promise<void>((r) => (flowing = r));
    const done = collect(client, 'subscription { ticks }', () => flowing());
    await firstValue;
    await own.app.close();
    const r = await done;
    expect(r.values.length).toBeGreaterThan(0);
    expect(r.error).toBeDefined();
    await client.dispose();
  });
});

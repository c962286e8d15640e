/**
 * The single-fetch fast path (subgraphs/single-fetch.fast-path.ts): a query the gateway plans as
 * one fetch of one subgraph is, the second time, sent as the client wrote it and answered with the
 * subgraph's data — and every answer is the same as the gateway's own path gives: data, errors
 * with serviceName, UNAVAILABLE, variables refused in the gateway's words. One subgraph call per
 * request either way. The upstream is a stand-in subgraph that records what it is sent (apps may
 * not import apps).
 */
import { createServer, Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import { setLogLevel } from '@sanpuku/platform';
import { TEST_AUTH } from '@sanpuku/platform/testing';
import { createGatewayApp } from '../gateway.app';

setLogLevel('silent');

/** What the stand-in answers, by the first root field the query names. */
const ANSWERS: Record<string, unknown> = {
  taxonomy: { data: { taxonomy: [{ code: 'meals', labelJa: '食事', categories: [{ code: 'meal_delivery', labelJa: '配食' }] }] } },
  offering: { data: { offering: null }, errors: [{ message: '掲載が見つかりません', path: ['offering'], extensions: { code: 'NOT_FOUND', messageEn: 'listing not found' } }] },
  searchOfferings: { data: { searchOfferings: { total: 3 } } },
  submitOffering: { data: { submitOffering: { id: 'x' } } },
};

let upstream: Server;
let sent: { query: string; operationName?: string; variables?: unknown }[] = [];
let gateway: string;
let down: string;
const started: INestApplication[] = [];

async function gatewayFor(catalogueUrl: string): Promise<string> {
  const app = await createGatewayApp({
    subgraphUrls: { catalogue: catalogueUrl, region: 'http://127.0.0.1:9/graphql', matching: 'http://127.0.0.1:9/graphql' },
    production: false,
    auth: TEST_AUTH,
    subgraphTimeoutMs: 2000,
    rateLimitPerMinute: 0,
  });
  await app.listen(0, '127.0.0.1');
  started.push(app);
  return `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
}

async function post(url: string, query: string, variables?: Record<string, unknown>): Promise<{ status: number; body: any }> {
  const r = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return { status: r.status, body: await r.json() };
}

beforeAll(async () => {
  upstream = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const body = JSON.parse(raw);
      sent.push(body);
      const field = Object.keys(ANSWERS).find((f) => new RegExp(`[{\\s]${f}\\b`).test(body.query));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(field ? ANSWERS[field] : { errors: [{ message: 'unexpected' }] }));
    });
  });
  await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
  gateway = await gatewayFor(`http://127.0.0.1:${(upstream.address() as { port: number }).port}/graphql`);
  down = await gatewayFor('http://127.0.0.1:9/graphql');
});

afterAll(async () => {
  for (const app of started) await app.close();
  await new Promise((r) => upstream.close(r));
});

beforeEach(() => {
  sent = [];
});

describe('gateway: a query one subgraph answers in one fetch', () => {
  it('gateway.single-fetch-the-second-time-the-client-query-goes-as-written-and-the-answer-is-the-same', async () => {
    const query = 'query Words { taxonomy { code labelJa categories { code labelJa } } }';
    const first = await post(gateway, query);
    const second = await post(gateway, query);
    expect(first).toEqual({ status: 200, body: ANSWERS.taxonomy });
    expect(second).toEqual(first);
    // The gateway's plan names its fetch; the fast path sends the client's text as it came (no operationName here).
    expect(sent.map((s) => s.operationName)).toEqual(['Words__catalogue__0', undefined]);
    expect(sent[1].query).toBe(query);
  });

  it('gateway.single-fetch-errors-come-out-as-the-gateway-gives-them-with-one-subgraph-call-per-request', async () => {
    const query = 'query One { offering(id: "11111111-1111-4111-8111-111111111111") { id } }';
    const first = await post(gateway, query);
    const second = await post(gateway, query);
    const third = await post(gateway, query);
    expect(first.body.errors[0]).toMatchObject({ message: '掲載が見つかりません', path: ['offering'], extensions: { code: 'NOT_FOUND', serviceName: 'catalogue' } });
    expect(second).toEqual(first);
    expect(third).toEqual(first);
    expect(sent).toHaveLength(3);
  });

  it('gateway.single-fetch-a-subgraph-that-cannot-be-reached-is-unavailable-as-before', async () => {
    const query = 'query Down { taxonomy { code } }';
    const first = await post(down, query);
    const second = await post(down, query);
    expect(first.body.errors[0].extensions).toMatchObject({ code: 'UNAVAILABLE', serviceName: 'catalogue', reason: 'unreachable' });
    expect(second).toEqual(first);
  });

  it('gateway.single-fetch-variables-are-passed-and-bad-ones-refused-by-the-gateway-without-a-call', async () => {
    const query = 'query Find($t: String) { searchOfferings(filter: { text: $t }) { total } }';
    const first = await post(gateway, query, { t: '配食' });
    const second = await post(gateway, query, { t: '見守り' });
    expect(second).toEqual(first);
    expect(sent.map((s) => s.variables)).toEqual([{ t: '配食' }, { t: '見守り' }]);
    const bad = await post(gateway, query, { t: { not: 'a string' } });
    expect(bad.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(sent).toHaveLength(2);
  });

  it('gateway.single-fetch-mutations-always-go-the-gateway-way', async () => {
    const query = 'mutation Submit { submitOffering(id: "11111111-1111-4111-8111-111111111111") { id } }';
    await post(gateway, query);
    await post(gateway, query);
    expect(sent.map((s) => s.operationName)).toEqual(['Submit__catalogue__0', 'Submit__catalogue__0']);
  });
});

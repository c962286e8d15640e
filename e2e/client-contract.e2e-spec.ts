/**
 * The client contract, asserted the same way against every subgraph (called directly) and the
 * gateway: the same malformed, oversized, unauthorised, unknown-id and unsafe requests get the
 * same shape and code everywhere — `{ errors: [{ message (Japanese), extensions: { code,
 * messageEn, problems? } }] }` — with no stack trace, and are logged below `error` under the
 * service that refused them.
 */
import type { Server } from 'node:http';
import { request as httpRequest } from 'node:http';
import { Writable } from 'node:stream';
import type { INestApplication } from '@nestjs/common';
import pino from 'pino';
import { Actor, ERROR_CODES, InProcessBus, replaceRootLogger } from '@sanpuku/platform';
import { createTestDatabase, RunningTestService, startTestService, TEST_AUTH, TestDatabase, tokenFor } from '@sanpuku/platform/testing';
import { CatalogueAppModule } from '../apps/catalogue/src/app.module';
import { catalogueService } from '../apps/catalogue/src/catalogue.service-definition';
import { RegionAppModule } from '../apps/region/src/app.module';
import { regionService } from '../apps/region/src/region.service-definition';
import { MatchingAppModule } from '../apps/matching/src/app.module';
import { matchingService } from '../apps/matching/src/matching.service-definition';
import { createGatewayApp } from '../apps/gateway/src/gateway.app';
import { composeSupergraph } from '../apps/gateway/src/supergraph/compose';

const logLines: Record<string, unknown>[] = [];
replaceRootLogger(
  pino(
    { level: 'info', base: {}, formatters: { level: (label) => ({ level: label }) } },
    new Writable({
      write(chunk: Buffer, _enc, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) logLines.push(JSON.parse(line));
        done();
      },
    }),
  ),
);

type Body = { data?: any; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[] };
type Target = 'catalogue' | 'region' | 'matching' | 'gateway';

const family: Actor = { sub: 'family-contract-1', name: 'テスト家族', role: 'family' };
const UUID0 = '00000000-0000-4000-8000-000000000000';

/** One operation per service for each scenario; through the gateway, each service's operation is sent in turn. */
const OPS = {
  catalogue: {
    needsToken: '{ myOrganization { id } }',
    unknownId: `{ offering(id: "${UUID0}") { id } }`,
    text: { query: 'query S($t: String) { searchOfferings(filter: { text: $t }) { total } }', variable: 't', pointer: '/filter/text' },
  },
  region: {
    needsToken: 'mutation { classifyAreas { runId } }',
    unknownId: '{ area(code: "99999") { code } }',
    text: { query: 'query A($c: String!) { area(code: $c) { code } }', variable: 'c', pointer: '/code' },
  },
  matching: {
    needsToken: '{ helpRequests { id } }',
    unknownId: `{ helpRequest(id: "${UUID0}") { id } }`,
    text: { query: 'query R($id: ID!) { helpRequest(id: $id) { id } }', variable: 'id', pointer: '/id' },
  },
} as const;
const SERVICES = ['catalogue', 'region', 'matching'] as const;

let db: TestDatabase;
const running: Partial<Record<(typeof SERVICES)[number], RunningTestService>> = {};
let gateway: INestApplication;
const url: Partial<Record<Target, string>> = {};

beforeAll(async () => {
  db = await createTestDatabase('contract');
  const bus = new InProcessBus();
  running.catalogue = await startTestService(catalogueService, (rt) => CatalogueAppModule.forRoot(rt), { databaseUrl: db.url, bus });
  running.region = await startTestService(regionService, (rt) => RegionAppModule.forRoot(rt), { databaseUrl: db.url, bus });
  running.matching = await startTestService(matchingService, (rt) => MatchingAppModule.forRoot(rt), { databaseUrl: db.url, bus });
  for (const s of SERVICES) url[s] = running[s]!.url;
  const composed = composeSupergraph();
  if (!composed.sdl) throw new Error(composed.errors.join('\n'));
  gateway = await createGatewayApp({
    subgraphUrls: { catalogue: `${url.catalogue}/graphql`, region: `${url.region}/graphql`, matching: `${url.matching}/graphql` },
    production: false,
    supergraphSdl: composed.sdl,
    auth: TEST_AUTH,
    // Larger than the subgraphs' 1 MB, to show a subgraph's 413 reaches the client as 413.
    bodyLimit: '3mb',
    rateLimitPerMinute: 0,
  });
  await gateway.listen(0, '127.0.0.1');
  url.gateway = `http://127.0.0.1:${(gateway.getHttpServer().address() as { port: number }).port}`;
});

afterAll(async () => {
  await gateway?.close();
  for (const s of [...SERVICES].reverse()) await running[s]?.close();
  await db?.drop();
});

async function post(target: Target, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: Body; text: string }> {
  const r = await fetch(`${url[target]}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await r.text();
  return { status: r.status, body: JSON.parse(text) as Body, text };
}

/** Every error in the one shape: Japanese message, English apart, a documented code, no stack. */
function expectOneShape(text: string, body: Body, code: string): void {
  expect(body.errors?.length).toBeGreaterThan(0);
  const e = body.errors![0];
  expect(e.extensions?.code).toBe(code);
  expect(Object.keys(ERROR_CODES)).toContain(code);
  expect(typeof e.extensions?.messageEn).toBe('string');
  expect(e.message).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/); // Japanese for a person
  expect(e.message).not.toContain(' / '); // never "English / 日本語" glued together
  expect(text).not.toMatch(/stacktrace|\.ts:\d+|at [A-Za-z.]+ \(/);
}

const targetsFor = (s: (typeof SERVICES)[number]) => [s, 'gateway'] as const;

describe.each(SERVICES)('the one shape, at %s and through the gateway', (service) => {
  it.each(targetsFor(service))('contract.malformed-json-is-400-bad-request (%s)', async (target) => {
    const r = await post(target, '{"query": "{ labels { kind } "');
    expect(r.status).toBe(400);
    expectOneShape(r.text, r.body, 'BAD_REQUEST');
  });

  it.each(targetsFor(service))('contract.parse-error-is-graphql-parse-failed (%s)', async (target) => {
    const r = await post(target, { query: '{ labels { kind ' });
    expect(r.status).toBe(400);
    expectOneShape(r.text, r.body, 'GRAPHQL_PARSE_FAILED');
  });

  it.each(targetsFor(service))('contract.unknown-operation-name-is-bad-user-input-not-500 (%s)', async (target) => {
    const r = await post(target, { query: 'query A { labels { kind } } query B { labels { kind } }', operationName: 'Nope' });
    expect(r.status).toBe(400);
    expectOneShape(r.text, r.body, 'BAD_USER_INPUT');
    expect(r.body.errors![0].extensions!.problems).toEqual([expect.objectContaining({ path: '/operationName', code: 'unknown_operation' })]);
  });

  it.each(targetsFor(service))('contract.needs-a-token-is-unauthenticated (%s)', async (target) => {
    const r = await post(target, { query: OPS[service].needsToken });
    expectOneShape(r.text, r.body, 'UNAUTHENTICATED');
  });

  it.each(targetsFor(service))('contract.forged-token-is-unauthenticated (%s)', async (target) => {
    const r = await post(target, { query: OPS[service].unknownId }, { authorization: 'Bearer not.a.jwt' });
    expectOneShape(r.text, r.body, 'UNAUTHENTICATED');
  });

  it.each(targetsFor(service))('contract.unknown-id-is-not-found (%s)', async (target) => {
    const r = await post(target, { query: OPS[service].unknownId }, { authorization: `Bearer ${await tokenFor(family)}` });
    expectOneShape(r.text, r.body, 'NOT_FOUND');
  });

  it.each(targetsFor(service))('contract.nul-byte-in-text-is-bad-user-input-naming-the-field (%s)', async (target) => {
    const op = OPS[service].text;
    const r = await post(target, { query: op.query, variables: { [op.variable]: 'ab\u0000c' } }, { authorization: `Bearer ${await tokenFor(family)}` });
    expectOneShape(r.text, r.body, 'BAD_USER_INPUT');
    expect(r.body.errors![0].extensions!.problems).toEqual([expect.objectContaining({ path: op.pointer, code: 'control_character' })]);
  });

  it.each(targetsFor(service))('contract.text-checks-hold-on-every-repeat-of-a-document (%s)', async (target) => {
    // Documents without variables found safe are remembered per parsed document; a refusal never is,
    // and a document with variables is checked again with every value.
    const op = OPS[service].text;
    const auth = { authorization: `Bearer ${await tokenFor(family)}` };
    const literal = (v: string) => op.query.replace(/\(\$\w+: \w+!?\)/, '').replace(`$${op.variable}`, JSON.stringify(v));
    const controlRefused = (b: Body) => (b.errors?.[0]?.extensions?.problems as { code: string }[] | undefined)?.some((p) => p.code === 'control_character') ?? false;
    for (let i = 0; i < 2; i++) {
      expect(controlRefused((await post(target, { query: literal('ab') }, auth)).body)).toBe(false);
      expect(controlRefused((await post(target, { query: literal('ab\u0000c') }, auth)).body)).toBe(true);
      expect(controlRefused((await post(target, { query: op.query, variables: { [op.variable]: 'ab' } }, auth)).body)).toBe(false);
      expect(controlRefused((await post(target, { query: op.query, variables: { [op.variable]: 'ab\u0000c' } }, auth)).body)).toBe(true);
    }
  });

  it.each(targetsFor(service))('contract.body-over-the-limit-is-413 (%s)', async (target) => {
    const big = 'x'.repeat(target === 'gateway' ? 3.2 * 1024 * 1024 : 1.1 * 1024 * 1024);
    const r = await post(target, { query: `{ labels { kind } } # ${big}` });
    expect(r.status).toBe(413);
    expectOneShape(r.text, r.body, 'PAYLOAD_TOO_LARGE');
  });

  it.each(targetsFor(service))('contract.unknown-route-is-404-route-not-found (%s)', async (target) => {
    const r = await fetch(`${url[target]}/no/such/route`);
    expect(r.status).toBe(404);
    const text = await r.text();
    expectOneShape(text, JSON.parse(text) as Body, 'ROUTE_NOT_FOUND');
  });

  it.each(targetsFor(service))('contract.oversized-headers-are-431-in-the-one-shape (%s)', async (target) => {
    const { status, text } = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = httpRequest(`${url[target]}/graphql`, { method: 'GET', headers: { 'x-padding': 'p'.repeat(40 * 1024) } }, (res) => {
        let t = '';
        res.on('data', (c: Buffer) => (t += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: t }));
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(431);
    expectOneShape(text, JSON.parse(text) as Body, 'REQUEST_HEADER_FIELDS_TOO_LARGE');
  });
});

describe('limits that agree', () => {
  it('gateway.body-over-subgraph-limit-is-413: a bulk document the gateway let in but a subgraph stops is 413 PAYLOAD_TOO_LARGE, never UNAVAILABLE', async () => {
    const admin: Actor = { sub: 'admin-contract', name: '管理者', role: 'admin' };
    const document = JSON.stringify({ services: [], padding: 'x'.repeat(1.5 * 1024 * 1024) });
    const r = await post('gateway', { query: 'mutation I($d: String!) { importHsds(document: $d) { ok } }', variables: { d: document } }, { authorization: `Bearer ${await tokenFor(admin)}` });
    expect(r.status).toBe(413);
    expectOneShape(r.text, r.body, 'PAYLOAD_TOO_LARGE');
    expect(r.text).not.toContain('UNAVAILABLE');
  });

  it('search.150kb-text-is-bad-user-input-naming-the-field-not-an-outage', async () => {
    const r = await post('gateway', { query: 'query S($t: String) { searchOfferings(filter: { text: $t }) { total } }', variables: { t: '配'.repeat(150 * 1024 / 3) } });
    expectOneShape(r.text, r.body, 'BAD_USER_INPUT');
    expect(r.body.errors![0].extensions!.problems[0].path).toBe('/filter/text');
  });

  it('subgraph.limits-apply-when-called-directly: depth and aliases', async () => {
    const deep = await post('region', { query: '{ a1: labels { kind } a2: labels { kind } ' + Array.from({ length: 40 }, (_, i) => `x${i}: labels { kind }`).join(' ') + ' }' });
    expectOneShape(deep.text, deep.body, 'QUERY_TOO_COSTLY');
    const aliasedSchema = Array.from({ length: 200 }, (_, i) => `s${i}: __schema { types { name } }`).join(' ');
    const intro = await post('catalogue', { query: `{ ${aliasedSchema} }` });
    expect(intro.status).toBe(400);
    expect(intro.text.length).toBeLessThan(2000);
  });
});

describe('logging of expected outcomes', () => {
  it('contract.client-mistakes-are-logged-below-error-under-the-service-that-refused-them', () => {
    const errors = logLines.filter((l) => l.level === 'error' || l.level === 'fatal');
    expect(errors).toEqual([]);
    const notFound = logLines.filter((l) => l.code === 'NOT_FOUND').map((l) => l.component);
    expect(new Set(notFound)).toEqual(new Set(['catalogue-graphql', 'region-graphql', 'matching-graphql', 'gateway-graphql']));
  });
});

describe('production subgraphs', () => {
  let prod: RunningTestService;
  beforeAll(async () => {
    prod = await startTestService(catalogueService, (rt) => CatalogueAppModule.forRoot(rt), { databaseUrl: db.url, bus: new InProcessBus(), nodeEnv: 'production' });
  });
  afterAll(() => prod?.close());

  it('subgraph.production-refuses-introspection-even-when-called-directly', async () => {
    const r = await fetch(`${prod.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __schema { types { name } } }' }) });
    const text = await r.text();
    expect(r.status).toBe(400);
    expectOneShape(text, JSON.parse(text) as Body, 'GRAPHQL_VALIDATION_FAILED');
  });
});

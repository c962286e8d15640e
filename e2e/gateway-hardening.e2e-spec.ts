/**
 * The gateway in front of the real subgraphs (catalogue, region, matching on a real PostgreSQL and
 * the real Kafka broker), booted as in production but on free ports: identity checked at the door,
 * depth/cost/body/rate limits, the persisted-query allow-list, error pass-through and masking,
 * the development login, the request id end to end, the access log, and a subgraph that hangs or
 * is down. "Did not reach a subgraph" is observed on the subgraphs' own HTTP servers.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, IncomingMessage, Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { INestApplication } from '@nestjs/common';
import pino from 'pino';
import { Actor, ConfigError, issueToken, replaceRootLogger } from '@sanpuku/platform';
import { createTestDatabase, createTestKafka, RunningTestService, startTestService, TEST_AUTH, TestDatabase, TestKafka, tokenFor } from '@sanpuku/platform/testing';
import { CatalogueAppModule } from '../apps/catalogue/src/app.module';
import { catalogueService } from '../apps/catalogue/src/catalogue.service-definition';
import { RegionAppModule } from '../apps/region/src/app.module';
import { regionService } from '../apps/region/src/region.service-definition';
import { MatchingAppModule } from '../apps/matching/src/app.module';
import { matchingService } from '../apps/matching/src/matching.service-definition';
import { createGatewayApp } from '../apps/gateway/src/gateway.app';
import { GatewayOptions } from '../apps/gateway/src/gateway.options';
import { sha256Hex } from '../apps/gateway/src/persisted-queries/persisted-queries.allowlist';
import { composeSupergraph } from '../apps/gateway/src/supergraph/compose';

// Keep the gateway's access lines (and warnings) in memory; everything else is dropped.
const logLines: Record<string, unknown>[] = [];
replaceRootLogger(
  pino(
    { level: 'info', base: {}, formatters: { level: (label) => ({ level: label }) } },
    new Writable({
      write(chunk: Buffer, _enc, done) {
        const line = chunk.toString();
        if (line.includes('"gateway')) logLines.push(JSON.parse(line));
        done();
      },
    }),
  ),
);

const family: Actor = { sub: 'family-gw-1', name: 'テスト家族', role: 'family' };
const family2: Actor = { sub: 'family-gw-2', name: 'テスト家族2', role: 'family' };
const admin: Actor = { sub: 'admin-gw-1', name: 'テスト管理者', role: 'admin' };
/** A nullable region field and a catalogue field (the failure tests need `area` to go null alone). */
const AREA_AND_TAXONOMY = `query AreaAndTaxonomy { area(code: "37201") { code name } taxonomy { code } }`;
/** A region field and a catalogue field that answer without errors on an empty database. */
const SUMMARY_AND_TAXONOMY = `query SummaryAndTaxonomy { areaSummary { policyRef } taxonomy { code } }`;

type Body = { data?: any; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[] };

let db: TestDatabase;
let kafka: TestKafka;
let catalogue: RunningTestService;
let region: RunningTestService;
let matching: RunningTestService;
let regionClosed = false;
let supergraphSdl: string;
const gateways: INestApplication[] = [];
const seen: Record<'catalogue' | 'region' | 'matching', IncomingMessage['headers'][]> = { catalogue: [], region: [], matching: [] };
const subgraphCalls = () => seen.catalogue.length + seen.region.length + seen.matching.length;

async function startGateway(o: Partial<GatewayOptions> = {}): Promise<string> {
  const app = await createGatewayApp({
    subgraphUrls: { catalogue: `${catalogue.url}/graphql`, region: `${region.url}/graphql`, matching: `${matching.url}/graphql` },
    production: false,
    supergraphSdl,
    auth: TEST_AUTH,
    ...o,
  });
  await app.listen(0, '127.0.0.1');
  gateways.push(app);
  return `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
}

async function post(gateway: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; headers: Headers; body: Body }> {
  const r = await fetch(`${gateway}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: r.status, headers: r.headers, body: (await r.json()) as Body };
}

const bearer = async (actor: Actor) => ({ authorization: `Bearer ${await tokenFor(actor)}` });

let gw: string;

beforeAll(async () => {
  const composed = composeSupergraph();
  if (!composed.sdl) throw new Error(composed.errors.join('\n'));
  supergraphSdl = composed.sdl;
  db = await createTestDatabase('gateway');
  kafka = await createTestKafka('gateway');
  catalogue = await startTestService(catalogueService, (rt) => CatalogueAppModule.forRoot(rt), { databaseUrl: db.url, kafka });
  region = await startTestService(regionService, (rt) => RegionAppModule.forRoot(rt), { databaseUrl: db.url, kafka });
  matching = await startTestService(matchingService, (rt) => MatchingAppModule.forRoot(rt), { databaseUrl: db.url, kafka });
  for (const [name, svc] of [['catalogue', catalogue], ['region', region], ['matching', matching]] as const) {
    (svc.app.getHttpServer() as Server).on('request', (req: IncomingMessage) => {
      if (req.url?.startsWith('/graphql')) seen[name].push(req.headers);
    });
  }
  gw = await startGateway();
});

afterAll(async () => {
  for (const g of gateways) await g.close();
  await matching?.close();
  if (!regionClosed) await region?.close();
  await catalogue?.close();
  await db?.drop();
});

describe('identity is checked at the door', () => {
  it('a valid token passes; the subgraph receives the same Authorization header', async () => {
    const before = seen.catalogue.length;
    const headers = await bearer(family);
    const r = await post(gw, { query: '{ taxonomy { code } }' }, headers);
    expect(r.status).toBe(200);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.taxonomy.length).toBeGreaterThan(0);
    expect(seen.catalogue.slice(before).map((h) => h.authorization)).toEqual([headers.authorization]);
  });

  it.each([
    ['an expired token', () => issueToken(TEST_AUTH, family, new Date(Date.now() - 2 * 3600_000))],
    ['a forged token (signed with another key)', () => issueToken({ ...TEST_AUTH, secret: 'an-attacker-key-that-is-long-enough-0123456789' }, family)],
    ['a token for another audience', () => issueToken({ ...TEST_AUTH, audience: 'someone-else' }, family)],
    ['something that is not a JWT', async () => 'not-a-token'],
  ])('%s → 401 UNAUTHENTICATED, and no subgraph is called', async (_kind, token) => {
    const before = subgraphCalls();
    const r = await post(gw, { query: AREA_AND_TAXONOMY }, { authorization: `Bearer ${await token()}` });
    expect(r.status).toBe(401);
    expect(r.headers.get('www-authenticate')).toContain('invalid_token');
    expect(r.body.errors).toHaveLength(1);
    expect(r.body.errors![0].extensions).toEqual({ code: 'UNAUTHENTICATED', messageEn: expect.stringContaining('invalid token') });
    expect(r.body.errors![0].message).toMatch(/トークン/);
    expect(r.body.data).toBeUndefined();
    expect(subgraphCalls()).toBe(before);
  });

  it('a header that is not "Bearer <token>" is refused the same way', async () => {
    const r = await post(gw, { query: '{ taxonomy { code } }' }, { authorization: 'Basic dXNlcjpwYXNz' });
    expect(r.status).toBe(401);
    expect(r.body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});

describe('subgraph errors pass through with their codes and extensions', () => {
  const IMPORT = `mutation Import($f: FileInput!) { importMunicipalities(input: $f) { ok } }`;
  const file = { fileName: 'm.csv', contentBase64: Buffer.from('code,name\n').toString('base64') };

  it('UNAUTHENTICATED (no token where one is needed) and FORBIDDEN (wrong role), on the field path', async () => {
    const anonymous = await post(gw, { query: IMPORT, variables: { f: file } });
    expect(anonymous.body.errors![0]).toMatchObject({ path: ['importMunicipalities'], extensions: { code: 'UNAUTHENTICATED', serviceName: 'region' } });
    const forbidden = await post(gw, { query: IMPORT, variables: { f: file } }, await bearer(family));
    expect(forbidden.body.errors![0]).toMatchObject({ path: ['importMunicipalities'], extensions: { code: 'FORBIDDEN', serviceName: 'region' } });
  });

  it('BAD_USER_INPUT keeps its problems and field (JSON Pointer)', async () => {
    const r = await post(gw, { query: IMPORT, variables: { f: { fileName: 'm.csv', contentBase64: '*** not base64 ***' } } }, await bearer(admin));
    expect(r.body.errors![0]).toMatchObject({ path: ['importMunicipalities'], extensions: { code: 'BAD_USER_INPUT', field: '/input/contentBase64', problems: [{ path: '/input/contentBase64' }], serviceName: 'region' } });
  });
});

describe('limits', () => {
  it('a query deeper than GATEWAY_MAX_DEPTH → 400 QUERY_TOO_DEEP before any subgraph call', async () => {
    const strict = await startGateway({ maxDepth: 3 });
    const before = subgraphCalls();
    const r = await post(strict, { query: '{ areas(prefectureCode: "37") { classification { recommendedModel { titleJa } } } }' }, await bearer(family));
    expect(r.status).toBe(400);
    expect(r.body.errors![0].extensions).toEqual({ code: 'QUERY_TOO_DEEP', messageEn: 'query depth 4 exceeds the maximum of 3', depth: 4, maxDepth: 3 });
    expect(subgraphCalls()).toBe(before);
    // Depth 3 is allowed.
    const ok = await post(strict, { query: '{ taxonomy { categories { code } } }' }, await bearer(family));
    expect(ok.body.errors).toBeUndefined();
  });

  it('a query costlier than GATEWAY_MAX_COST (alias fan-out) → 400 QUERY_TOO_COSTLY before any subgraph call', async () => {
    const costly = await startGateway({ maxCost: 2_000 });
    const before = subgraphCalls();
    const aliases = Array.from({ length: 20 }, (_, i) => `t${i}: taxonomy { code categories { code labelJa } }`).join('\n');
    const r = await post(costly, { query: `query Fanout {\n${aliases}\n}` }, await bearer(family));
    expect(r.status).toBe(400);
    // each alias: 1 + 10 × (1 + (1 + 10 × 2)) = 221
    expect(r.body.errors![0].extensions).toEqual({ code: 'QUERY_TOO_COSTLY', messageEn: expect.any(String), cost: 20 * 221, maxCost: 2_000 });
    expect(subgraphCalls()).toBe(before);
  });

  it('gateway.too-many-aliases-is-refused: more than GATEWAY_MAX_ALIASES aliased fields → 400 before any subgraph call', async () => {
    const before = subgraphCalls();
    const aliases = Array.from({ length: 60 }, (_, i) => `t${i}: taxonomy { code }`).join('\n');
    const r = await post(gw, { query: `{\n${aliases}\n}` }, await bearer(family));
    expect(r.status).toBe(400);
    expect(r.body.errors![0].extensions).toEqual({ code: 'QUERY_TOO_COSTLY', messageEn: expect.any(String), aliases: 60, maxAliases: 30 });
    expect(subgraphCalls()).toBe(before);
  });

  it('gateway.aliased-introspection-counts-toward-the-limits: 200 aliased __schema anonymously in development is refused', async () => {
    const aliases = Array.from({ length: 200 }, (_, i) => `s${i}: __schema { types { name fields { name type { name ofType { name } } } } }`).join(' ');
    const r = await post(gw, { query: `{ ${aliases} }` });
    expect(r.status).toBe(400);
    expect(r.body.errors![0].extensions!.code).toBe('QUERY_TOO_COSTLY');
    expect(JSON.stringify(r.body).length).toBeLessThan(2_000);
  });

  it('a body over GATEWAY_BODY_LIMIT → 413 PAYLOAD_TOO_LARGE', async () => {
    const small = await startGateway({ bodyLimit: '2kb' });
    const r = await post(small, { query: `{ taxonomy { code } } # ${'x'.repeat(4096)}` });
    expect(r.status).toBe(413);
    expect(r.body.errors![0].extensions!.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('CSRF prevention: a simple cross-site request (GET without a preflight header) is refused', async () => {
    const r = await fetch(`${gw}/graphql?query=${encodeURIComponent('{ taxonomy { code } }')}`);
    expect(r.status).toBe(400);
    const withHeader = await fetch(`${gw}/graphql?query=${encodeURIComponent('{ taxonomy { code } }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(withHeader.status).toBe(200);
  });

  it('rate limit per user: past the budget → 429 RATE_LIMITED with retry-after; another user is unaffected', async () => {
    const limited = await startGateway({ rateLimitPerMinute: 3 });
    const headers = await bearer(family);
    for (let i = 0; i < 3; i++) expect((await post(limited, { query: '{ taxonomy { code } }' }, headers)).status).toBe(200);
    const before = subgraphCalls();
    const r = await post(limited, { query: '{ taxonomy { code } }' }, headers);
    expect(r.status).toBe(429);
    expect(Number(r.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(r.body.errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(subgraphCalls()).toBe(before);
    expect((await post(limited, { query: '{ taxonomy { code } }' }, await bearer(family2))).status).toBe(200);
  });
});

describe('persisted-query allow-list (PERSISTED_QUERIES=allowlist)', () => {
  const LISTED = 'query Taxonomy { taxonomy { code labelJa } }';
  let allowlisted: string;

  beforeAll(async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sanpuku-pq-')), 'persisted-queries.json');
    writeFileSync(file, JSON.stringify({ [sha256Hex(LISTED)]: LISTED }));
    allowlisted = await startGateway({ persistedQueries: 'allowlist', persistedQueriesFile: file });
  });

  it('runs a listed operation by its exact text', async () => {
    const r = await post(allowlisted, { query: LISTED }, await bearer(family));
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.taxonomy.length).toBeGreaterThan(0);
  });

  it('runs a listed operation by hash only (extensions.persistedQuery.sha256Hash)', async () => {
    const r = await post(allowlisted, { extensions: { persistedQuery: { version: 1, sha256Hash: sha256Hex(LISTED) } } }, await bearer(family));
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.taxonomy.length).toBeGreaterThan(0);
  });

  it('refuses an unlisted operation (even the same one written differently) without calling a subgraph', async () => {
    const before = subgraphCalls();
    const r = await post(allowlisted, { query: '{ taxonomy { code labelJa } }' }, await bearer(family));
    expect(r.status).toBe(400);
    expect(r.body.errors![0].extensions).toEqual({ code: 'PERSISTED_QUERY_NOT_ALLOWED', messageEn: expect.any(String) });
    expect(subgraphCalls()).toBe(before);
  });

  it('an unknown hash is not found, and sending it with a text does not register it', async () => {
    const text = '{ taxonomy { code } }';
    const pq = { persistedQuery: { version: 1, sha256Hash: sha256Hex(text) } };
    expect((await post(allowlisted, { extensions: pq })).body.errors![0].extensions!.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await post(allowlisted, { query: text, extensions: pq })).body.errors![0].extensions!.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');
    expect((await post(allowlisted, { extensions: pq })).body.errors![0].extensions!.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});

describe('development login', () => {
  it('is refused when not enabled (the default)', async () => {
    const r = await fetch(`${gw}/dev/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"userId":"demo-family-1"}' });
    expect(r.status).toBe(404);
    expect(await r.json()).toMatchObject({ errors: [{ extensions: { code: 'ROUTE_NOT_FOUND', reason: 'dev_login_disabled' } }] });
    expect((await fetch(`${gw}/dev/users`)).status).toBe(404);
  });

  it('in production the gateway refuses to boot with it', async () => {
    const boot = createGatewayApp({
      subgraphUrls: { catalogue: `${catalogue.url}/graphql`, region: `${region.url}/graphql`, matching: `${matching.url}/graphql` },
      production: true,
      auth: { ...TEST_AUTH, secret: 'a-production-secret-that-is-long-enough-0123' },
      supergraphSdl,
      devLogin: true,
    });
    await expect(boot).rejects.toThrow(ConfigError);
    await expect(boot).rejects.toThrow(/DEV_LOGIN: the development login is never available in production/);
  });

  it('when enabled: lists the demo users of every role and issues tokens the gateway and subgraphs accept', async () => {
    const dev = await startGateway({ devLogin: true });
    const users = (await (await fetch(`${dev}/dev/users`)).json()) as { users: { userId: string; role: string; name: string }[] };
    expect(new Set(users.users.map((u) => u.role))).toEqual(new Set(['municipal_staff', 'care_manager', 'operator', 'family', 'admin']));
    expect(users.users.every((u) => u.name.startsWith('【デモ】'))).toBe(true);

    const login = await fetch(`${dev}/dev/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"userId":"demo-operator-hidamari"}' });
    const { token, actor } = (await login.json()) as { token: string; actor: Actor };
    expect(actor).toEqual({ sub: 'demo-operator-hidamari', name: '【デモ】ひだまり配食株式会社 受付担当', role: 'operator', organizationId: '11111111-1111-4111-8111-111111111101' });
    const r = await post(dev, { query: '{ taxonomy { code } }' }, { authorization: `Bearer ${token}` });
    expect(r.status).toBe(200);
    expect(r.body.errors).toBeUndefined();

    const unknown = await fetch(`${dev}/dev/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"userId":"nobody"}' });
    expect(unknown.status).toBe(404);
  });
});

describe('request id and access log', () => {
  it('echoes the client request id and forwards it to every subgraph the operation touches', async () => {
    const marks = { catalogue: seen.catalogue.length, region: seen.region.length };
    const r = await post(gw, { query: SUMMARY_AND_TAXONOMY }, { 'x-request-id': 'gw-test-req-0001', ...(await bearer(family)) });
    expect(r.body.errors).toBeUndefined();
    expect(r.headers.get('x-request-id')).toBe('gw-test-req-0001');
    expect(seen.region.slice(marks.region).map((h) => h['x-request-id'])).toEqual(['gw-test-req-0001']);
    expect(seen.catalogue.slice(marks.catalogue).map((h) => h['x-request-id'])).toEqual(['gw-test-req-0001']);
  });

  it('makes one when the client sends none, and uses the same one downstream', async () => {
    const mark = seen.catalogue.length;
    const r = await post(gw, { query: '{ taxonomy { code } }' });
    const id = r.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(seen.catalogue.slice(mark).map((h) => h['x-request-id'])).toEqual([id]);
  });

  it('logs one JSON line per request with correlation id, operation, status, duration and the actor — never the variables', async () => {
    const secret = 'VARIABLE-VALUE-9f3a';
    await post(gw, { query: 'query AreaByCode($c: String!) { area(code: $c) { name } }', variables: { c: secret }, operationName: 'AreaByCode' }, { 'x-request-id': 'gw-test-log-0001', ...(await bearer(family)) });
    await post(gw, { query: '{ taxonomy { code } }' }, { 'x-request-id': 'gw-test-log-0002', authorization: 'Bearer forged' });
    const lines = logLines.filter((l) => l.component === 'gateway-access' && String(l.correlationId).startsWith('gw-test-log-'));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ correlationId: 'gw-test-log-0001', operationName: 'AreaByCode', operationType: 'query', status: 200, role: 'family', sub: 'family-gw-1' });
    expect(typeof lines[0].durationMs).toBe('number');
    expect(lines[1]).toMatchObject({ correlationId: 'gw-test-log-0002', status: 401, role: 'anonymous', errorCodes: ['UNAUTHENTICATED'] });
    expect(JSON.stringify(logLines)).not.toContain(secret);
  });
});

describe('production mode', () => {
  let prod: string;
  beforeAll(async () => {
    prod = await startGateway({ production: true, auth: { ...TEST_AUTH, secret: 'a-production-secret-that-is-long-enough-0123' } });
  });

  it('introspection is off and validation errors give no schema hints', async () => {
    const r = await post(prod, { query: '{ __schema { types { name } } }' });
    expect(r.body.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const typo = await post(prod, { query: '{ taxonom { code } }' });
    expect(typo.body.errors![0].message).not.toMatch(/Did you mean/);
  });

  it('no stack trace reaches the client, not even the one a subgraph in development mode adds', async () => {
    // The production gateway uses another key than the subgraphs here, so send no token: region answers UNAUTHENTICATED with its stack trace.
    const mutation = `mutation { importMunicipalities(input: { fileName: "m.csv", contentBase64: "" }) { ok } }`;
    const direct = (await (await fetch(`${region.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: mutation }) })).json()) as Body;
    expect(direct.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(direct)).not.toMatch(/stacktrace|\.ts:\d+/); // not even a development-mode subgraph sends one
    const r = await post(prod, { query: mutation });
    expect(r.body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(r.body)).not.toMatch(/stacktrace|\.ts:\d+/);
  });
});

describe('a subgraph that hangs', () => {
  it('answers UNAVAILABLE on its fields after SUBGRAPH_TIMEOUT_MS, while the other subgraphs still answer', async () => {
    const hanging = createServer(() => undefined /* never answers */);
    await new Promise<void>((r) => hanging.listen(0, '127.0.0.1', r));
    try {
      const port = (hanging.address() as { port: number }).port;
      const app = await createGatewayApp({
        subgraphUrls: { catalogue: `${catalogue.url}/graphql`, region: `http://127.0.0.1:${port}/graphql`, matching: `${matching.url}/graphql` },
        production: false,
        supergraphSdl,
        subgraphTimeoutMs: 500,
      });
      await app.listen(0, '127.0.0.1');
      gateways.push(app);
      const url = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
      const started = Date.now();
      const r = await post(url, { query: AREA_AND_TAXONOMY }, await bearer(family));
      const elapsed = Date.now() - started;
      expect(r.status).toBe(200);
      expect(r.body.data.taxonomy.length).toBeGreaterThan(0);
      expect(r.body.data.area).toBeNull();
      expect(r.body.errors).toEqual([
        {
          message: expect.stringContaining('時間内に応答しませんでした'),
          path: ['area'],
          extensions: { code: 'UNAVAILABLE', messageEn: expect.stringContaining('did not answer within 500 ms'), serviceName: 'region', reason: 'timeout' },
        },
      ]);
      expect(elapsed).toBeLessThan(10_000); // not a performance check: it must not hang
    } finally {
      hanging.closeAllConnections();
      hanging.close();
    }
  });
});

describe('a subgraph that is down', () => {
  it('answers UNAVAILABLE on its fields at once, while the catalogue field in the same query still answers', async () => {
    await region.close();
    regionClosed = true;
    const r = await post(gw, { query: AREA_AND_TAXONOMY }, await bearer(family));
    expect(r.status).toBe(200);
    expect(r.body.data.taxonomy.length).toBeGreaterThan(0);
    expect(r.body.data.area).toBeNull();
    expect(r.body.errors).toEqual([
      { message: expect.stringContaining('接続できません'), path: ['area'], extensions: { code: 'UNAVAILABLE', messageEn: expect.stringContaining('region'), serviceName: 'region', reason: 'unreachable' } },
    ]);
    const health = await fetch(`${gw}/health`);
    expect(health.status).toBe(503);
    expect(((await health.json()) as { subgraphs: Record<string, { ok: boolean }> }).subgraphs.region.ok).toBe(false);
  });
});

/**
 * GET /maps/* through the gateway: relayed untouched to the region service (same origin for the
 * browser), caching headers and 304 included; a region that cannot be reached is 503 UNAVAILABLE
 * in the one error shape. The upstream here is a stand-in answering as region's MapsController
 * does (apps may not import apps; region's own behaviour is tested in apps/region).
 */
import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import { setLogLevel } from '@sanpuku/platform';
import { TEST_AUTH } from '@sanpuku/platform/testing';
import { createGatewayApp } from '../gateway.app';
import { regionBaseUrl } from '../maps/maps.proxy';

setLogLevel('silent');

const BODY = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { code: '37201', name: '高松市', prefectureCode: '37' }, geometry: { type: 'MultiPolygon', coordinates: [] } }] });
const ETAG = '"pref-37-city-pref-v1-abc"';

let upstream: Server;
let seen: { method?: string; url?: string; headers: IncomingHttpHeaders }[] = [];
const started: INestApplication[] = [];

async function gatewayFor(regionUrl: string): Promise<string> {
  const app = await createGatewayApp({
    subgraphUrls: { catalogue: 'http://127.0.0.1:9/graphql', region: regionUrl, matching: 'http://127.0.0.1:9/graphql' },
    production: false,
    auth: TEST_AUTH,
    subgraphTimeoutMs: 2000,
  });
  await app.listen(0, '127.0.0.1');
  started.push(app);
  return `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
}

beforeAll(async () => {
  upstream = createServer((req, res) => {
    seen.push({ method: req.method, url: req.url, headers: req.headers });
    if (req.url !== '/maps/prefectures/37.geojson') {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: 'この都道府県の境界データはありません', extensions: { code: 'NOT_FOUND', messageEn: 'no boundaries' } }] }));
      return;
    }
    const headers = { etag: ETAG, 'cache-control': 'public, max-age=3600' };
    if (req.headers['if-none-match'] === ETAG) return void res.writeHead(304, headers).end();
    res.writeHead(200, { ...headers, 'content-type': 'application/geo+json', 'content-length': Buffer.byteLength(BODY) }).end(BODY);
  });
  await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
});

afterAll(async () => {
  for (const app of started) await app.close();
  await new Promise((r) => upstream.close(r));
});

beforeEach(() => {
  seen = [];
});

describe('gateway: /maps/* is relayed to the region service', () => {
  it('gateway.maps-prefecture-geojson-comes-through-the-gateway-with-its-caching-headers', async () => {
    const regionUrl = `http://127.0.0.1:${(upstream.address() as { port: number }).port}/graphql`;
    expect(regionBaseUrl(regionUrl)).toBe(`http://127.0.0.1:${(upstream.address() as { port: number }).port}`);
    const gw = await gatewayFor(regionUrl);
    const r = await fetch(`${gw}/maps/prefectures/37.geojson`, { headers: { 'x-request-id': 'maps-req-1' } });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/geo+json');
    expect(r.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(r.headers.get('etag')).toBe(ETAG);
    expect(await r.text()).toBe(BODY);
    expect(seen).toEqual([expect.objectContaining({ method: 'GET', url: '/maps/prefectures/37.geojson' })]);
    expect(seen[0].headers['x-request-id']).toBe('maps-req-1');

    const cached = await fetch(`${gw}/maps/prefectures/37.geojson`, { headers: { 'if-none-match': ETAG } });
    expect(cached.status).toBe(304);
    expect(cached.headers.get('etag')).toBe(ETAG);

    const missing = await fetch(`${gw}/maps/prefectures/99.geojson`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('NOT_FOUND');

    // Only reads are relayed; /graphql and other routes stay the gateway's.
    seen = [];
    const post = await fetch(`${gw}/maps/prefectures/37.geojson`, { method: 'POST' });
    expect([404, 405]).toContain(post.status);
    expect(seen).toEqual([]);
  });

  it('gateway.maps-with-the-region-service-down-is-503-unavailable-in-the-one-shape', async () => {
    const gw = await gatewayFor('http://127.0.0.1:9/graphql');
    const r = await fetch(`${gw}/maps/prefectures/37.geojson`);
    expect(r.status).toBe(503);
    expect(await r.json()).toEqual({
      errors: [{ message: expect.stringMatching(/地図/), extensions: { code: 'UNAVAILABLE', messageEn: expect.any(String), serviceName: 'region', reason: 'unreachable' } }],
    });
  });
});

/**
 * Maps of 香川県 through the region service, against real PostgreSQL and the real Kafka broker:
 * the boundary import (N03 GeoJSON), the boundaries over HTTP with caching headers, the drill-down
 * map of one municipality and the what-if's changed blocks for recolouring it.
 */
import { readFileSync } from 'node:fs';
import { get as httpGet, IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DataSource } from 'typeorm';
import { Actor, repoRoot, setLogLevel } from '@sanpuku/platform';
import { createTestDatabase, createTestKafka, RunningTestService, startTestService, TestDatabase, TestKafka } from '@sanpuku/platform/testing';
import { haversineDistance } from '@sanpuku/region-domain';
import { RegionAppModule } from '../app.module';
import { regionService } from '../region.service-definition';

setLogLevel('silent');

const admin: Actor = { sub: 'admin-1', name: 'テスト管理者', role: 'admin' };
const family: Actor = { sub: 'family-1', name: 'テスト家族', role: 'family' };
const file = (f: string) => readFileSync(join(repoRoot(), 'data/kagawa', f));
const b64 = (b: Buffer | string) => Buffer.from(b).toString('base64');

const IMPORT_BOUNDARIES = `mutation($f: FileInput!) { importBoundaries(input: $f) { ok dataset { kind kindLabelJa kindLabelEn format rowCount scope } errors { file line column code codeLabelJa messageEn messageJa } } }`;
const MAP = `query($code: String!) { municipalityMap(code: $code) { code name bbox radiusM runId policyLabelJa
  townBlocks { id name lat lng covered elderly75Estimate atHomeElderlyEstimate }
  shops { id name category categoryLabelJa categoryLabelEn lat lng counted } } }`;
const WHAT_IF = `query($add: [ResourcePointInput!], $remove: [ID!]) { whatIf(input: { add: $add, removeResourceIds: $remove }) {
  municipalities { code before { coveredBlockCount } after { coveredBlockCount }
    newlyCoveredBlocks { id name lat lng covered elderly75Estimate } newlyUncoveredBlocks { id name lat lng covered elderly75Estimate } }
  notes { path code } } }`;

let db: TestDatabase;
let kafka: TestKafka;
let region: RunningTestService;

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${region.url}${path}`, { headers });
const json = async (r: Promise<Response>): Promise<any> => (await r).json();
/** Raw bytes and headers, no transparent decompression (fetch would undo the gzip). */
const raw = (path: string, headers: Record<string, string>) =>
  new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    httpGet(`${region.url}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
const boundaryCount = async () => (await region.app.get(DataSource).query(`SELECT count(*)::int AS n FROM municipality_boundary`))[0].n as number;

beforeAll(async () => {
  db = await createTestDatabase('region_maps');
  kafka = await createTestKafka('region_maps');
  region = await startTestService(regionService, (rt) => RegionAppModule.forRoot(rt), { databaseUrl: db.url, kafka });
  for (const [m, f, input] of [
    ['importMunicipalities', 'FileInput', { fileName: 'municipalities.csv', contentBase64: b64(file('municipalities.csv')) }],
    ['importTownBlocks', 'FileInput', { fileName: 'town-blocks-37.csv', contentBase64: b64(file('town-blocks-37.csv')) }],
    ['importResources', 'ResourceFileInput', { fileName: 'shops-37.geojson', contentBase64: b64(file('shops-37.geojson')) }],
  ] as const) {
    const r = await region.gql(`mutation($f: ${f}!) { ${m}(input: $f) { ok } }`, { f: input }, admin);
    expect(r.data?.[m]).toEqual({ ok: true });
  }
});

afterAll(async () => {
  await region?.close();
  await db?.drop();
});

describe('boundaries: import (国土数値情報 N03)', () => {
  it('boundaries.only-an-administrator-may-import', async () => {
    const r = await region.gql(IMPORT_BOUNDARIES, { f: { fileName: 'b.geojson', contentBase64: b64(file('boundaries-37.geojson')) } }, family);
    expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await boundaryCount()).toBe(0);
  });

  it('boundaries.a-bad-file-names-every-problem-by-feature-and-pointer-and-changes-nothing', async () => {
    const json = JSON.parse(file('boundaries-37.geojson').toString('utf8'));
    json.features[2].properties.N03_007 = '37999';
    json.features[5].geometry.coordinates[0][3] = [13.4, 34.3]; // さぬき市 is one Polygon
    const r = await region.gql(IMPORT_BOUNDARIES, { f: { fileName: 'edited.geojson', contentBase64: b64(JSON.stringify(json)) } }, admin);
    expect(r.data.importBoundaries.ok).toBe(false);
    expect(r.data.importBoundaries.dataset).toBeNull();
    expect(r.data.importBoundaries.errors.map((e: { line: number; column: string; code: string }) => [e.line, e.column, e.code])).toEqual([
      [6, '/features/5/geometry/coordinates/0/3', 'outside_japan'],
      [3, '/features/2/properties/N03_007', 'unknown_municipality'],
    ]);
    for (const e of r.data.importBoundaries.errors) {
      expect(e.file).toBe('edited.geojson');
      expect(e.messageJa).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    }
    expect(await boundaryCount()).toBe(0);
  });

  it('boundaries.imports-kagawa-one-row-per-municipality-as-a-versioned-dataset', async () => {
    const r = await region.gql(IMPORT_BOUNDARIES, { f: { fileName: 'boundaries-37.geojson', contentBase64: b64(file('boundaries-37.geojson')) } }, admin);
    expect(r.data.importBoundaries).toEqual({
      ok: true,
      dataset: { kind: 'boundaries', kindLabelJa: '市区町村の境界（行政区域）', kindLabelEn: 'Municipal boundaries', format: 'geojson', rowCount: 17, scope: ['37'] },
      errors: [],
    });
    const rows = await region.app.get(DataSource).query(`SELECT code, name, level, jsonb_array_length(polygons) AS polygons FROM municipality_boundary WHERE code IN ('37201', '37364') ORDER BY code`);
    expect(rows).toEqual([
      { code: '37201', name: '高松市', level: 'municipality', polygons: expect.any(Number) },
      { code: '37364', name: '直島町', level: 'municipality', polygons: expect.any(Number) },
    ]);
    expect(rows[1].polygons).toBeGreaterThan(1); // 直島町: islands in one MultiPolygon
  });
});

describe('maps over HTTP: boundaries for drawing, with caching headers', () => {
  it('maps.prefecture-geojson-is-cached-and-answers-304', async () => {
    const r = await get('/maps/prefectures/37.geojson');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/geo+json');
    expect(r.headers.get('cache-control')).toBe('public, max-age=3600');
    const etag = r.headers.get('etag')!;
    expect(etag).toMatch(/^"[^"]+"$/); // strong: no W/
    const text = await r.text();
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(150 * 1024);
    const fc = JSON.parse(text);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(17);
    expect(fc.features[0].properties).toEqual({ code: '37201', name: '高松市', prefectureCode: '37' });
    for (const f of fc.features) {
      expect(f.geometry.type).toBe('MultiPolygon');
      for (const poly of f.geometry.coordinates) for (const ring of poly) for (const [lng, lat] of ring) {
        expect(Math.abs(lng * 1e5 - Math.round(lng * 1e5))).toBeLessThan(1e-6);
        expect(Math.abs(lat * 1e5 - Math.round(lat * 1e5))).toBeLessThan(1e-6);
      }
    }

    const again = await get('/maps/prefectures/37.geojson', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe('');
    const other = await get('/maps/prefectures/37.geojson', { 'if-none-match': '"something-else"' });
    expect(other.status).toBe(200);
    expect(other.headers.get('etag')).toBe(etag);
    expect(await other.text()).toBe(text);
  });

  it('maps.gzip-when-accepted-with-its-own-strong-etag', async () => {
    const plain = await raw('/maps/prefectures/37.geojson', { 'accept-encoding': 'identity' });
    const gz = await raw('/maps/prefectures/37.geojson', { 'accept-encoding': 'gzip, deflate' });
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBeLessThanOrEqual(150 * 1024);
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers.vary).toMatch(/Accept-Encoding/i);
    expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
    expect(gz.body.length).toBeLessThan(plain.body.length / 2);
    expect(gz.headers.etag).not.toBe(plain.headers.etag);
    expect(gz.headers.etag).toMatch(/^"[^"]+"$/);
    for (const etag of [plain.headers.etag!, gz.headers.etag!]) {
      expect((await raw('/maps/prefectures/37.geojson', { 'accept-encoding': 'gzip', 'if-none-match': etag })).status).toBe(304);
    }
    expect((await raw('/maps/prefectures/37.geojson', { 'accept-encoding': 'gzip;q=0' })).headers['content-encoding']).toBeUndefined();
  });

  it('maps.a-new-import-changes-the-etag', async () => {
    const before = (await get('/maps/prefectures/37.geojson')).headers.get('etag');
    const r = await region.gql(IMPORT_BOUNDARIES, { f: { fileName: 'boundaries-37.geojson', contentBase64: b64(file('boundaries-37.geojson')) } }, admin);
    expect(r.data.importBoundaries.ok).toBe(true);
    const after = await get('/maps/prefectures/37.geojson', { 'if-none-match': before! });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(before);
    expect(await boundaryCount()).toBe(17);
  });

  it('maps.japan-geojson-is-what-is-imported-at-a-coarser-simplification', async () => {
    const pref = await (await get('/maps/prefectures/37.geojson')).text();
    const r = await get('/maps/japan.geojson');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/geo+json');
    expect(r.headers.get('cache-control')).toBe('public, max-age=3600');
    const etag = r.headers.get('etag')!;
    expect(etag).not.toBe((await get('/maps/prefectures/37.geojson')).headers.get('etag'));
    const text = await r.text();
    const fc = JSON.parse(text);
    expect(fc.features.map((f: { properties: { code: string } }) => f.properties.code)).toEqual(JSON.parse(pref).features.map((f: { properties: { code: string } }) => f.properties.code));
    expect(text.length).toBeLessThan(pref.length);
    expect((await get('/maps/japan.geojson', { 'if-none-match': etag })).status).toBe(304);
  });

  it('maps.unknown-prefecture-is-404-in-the-one-error-shape', async () => {
    for (const path of ['/maps/prefectures/13.geojson', '/maps/prefectures/99.geojson', '/maps/prefectures/kagawa.geojson']) {
      const r = await get(path);
      expect(r.status).toBe(404);
      const body = await json(Promise.resolve(r));
      expect(body).toEqual({ errors: [{ message: expect.stringMatching(/都道府県/), extensions: { code: 'NOT_FOUND', messageEn: expect.stringMatching(/prefecture/) } }] });
    }
    const bad = await get('/maps/prefectures/37.geojson?level=towns');
    expect(bad.status).toBe(400);
    expect((await json(Promise.resolve(bad))).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: '/level' });
  });

  it('maps.designated-city-wards-keep-their-codes-and-roll-up-to-the-city', async () => {
    // A designated city with two wards (real codes of 横浜市, toy squares as boundaries).
    const csv = [
      'jis_code5,name,pref_name,unit_type,parent_code5,census2020_pop,area_km2_from_census_density',
      '14100,横浜市,神奈川県,designated_city,,3777491,437.71',
      '14101,横浜市鶴見区,神奈川県,designated_city_ward,14100,295000,33.23',
      '14102,横浜市神奈川区,神奈川県,designated_city_ward,14100,247000,23.59',
    ].join('\n');
    const m = await region.gql(`mutation($f: FileInput!) { importMunicipalities(input: $f) { ok } }`, { f: { fileName: 'yokohama.csv', contentBase64: b64(csv) } }, admin);
    expect(m.data.importMunicipalities).toEqual({ ok: true });
    const sq = (x: number, y: number) => [[[x, y], [x + 0.02, y], [x + 0.02, y + 0.02], [x, y + 0.02], [x, y]]];
    const n03 = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { N03_001: '神奈川県', N03_003: '横浜市', N03_004: '鶴見区', N03_007: '14101' }, geometry: { type: 'Polygon', coordinates: sq(139.66, 35.5) } },
        { type: 'Feature', properties: { N03_001: '神奈川県', N03_003: '横浜市', N03_004: '神奈川区', N03_007: '14102' }, geometry: { type: 'Polygon', coordinates: sq(139.62, 35.48) } },
      ],
    };
    const r = await region.gql(IMPORT_BOUNDARIES, { f: { fileName: 'N03-21_14.json', contentBase64: b64(JSON.stringify(n03)) } }, admin);
    expect(r.data.importBoundaries.dataset).toMatchObject({ rowCount: 3, scope: ['14'] });

    const city = await json(get('/maps/prefectures/14.geojson'));
    expect(city.features.map((f: { properties: unknown; geometry: { coordinates: unknown[] } }) => [f.properties, f.geometry.coordinates.length])).toEqual([
      [{ code: '14100', name: '横浜市', prefectureCode: '14' }, 2],
    ]);
    const wards = await get('/maps/prefectures/14.geojson?level=wards');
    expect(wards.headers.get('etag')).not.toBe((await get('/maps/prefectures/14.geojson')).headers.get('etag'));
    expect((await json(Promise.resolve(wards))).features.map((f: { properties: { code: string } }) => f.properties.code)).toEqual(['14101', '14102']);
    // 香川県 is untouched by another prefecture's import.
    expect((await json(get('/maps/prefectures/37.geojson'))).features).toHaveLength(17);
  });
});

describe('municipalityMap and the what-if on the map (香川県 classified)', () => {
  beforeAll(async () => {
    const r = await region.gql(`mutation { classifyAreas { runId } }`, {}, admin);
    expect(r.errors).toBeUndefined();
  });

  it('municipalityMap.blocks-are-covered-exactly-when-a-counted-shop-is-within-500-m', async () => {
    const r = await region.gql(MAP, { code: '37201' });
    expect(r.errors).toBeUndefined();
    const map = r.data.municipalityMap;
    expect(map).toMatchObject({ code: '37201', name: '高松市', radiusM: 500, policyLabelJa: '標準の方針（国の資料の基準）' });
    const [{ n }] = await region.app.get(DataSource).query(`SELECT count(*)::int AS n FROM town_block WHERE municipality_code = '37201'`);
    expect(map.townBlocks).toHaveLength(n);
    const area = await region.gql(`{ area(code: "37201") { classification { uncoveredBlockCount } } }`);
    expect(map.townBlocks.filter((b: { covered: boolean }) => !b.covered)).toHaveLength(area.data.area.classification.uncoveredBlockCount);
    const [minLng, minLat, maxLng, maxLat] = map.bbox;
    expect(map.bbox).toHaveLength(4);
    expect(minLng).toBeLessThan(maxLng);
    expect(minLat).toBeLessThan(maxLat);
    expect(map.shops.length).toBeGreaterThan(0);
    expect(map.shops[0]).toMatchObject({ category: 'convenience', categoryLabelJa: expect.any(String), categoryLabelEn: expect.any(String), counted: true });
    expect(map.shops[0].categoryLabelJa).not.toBe('convenience');
    // Against the shops listed (a sphere is within ±1 m of the ellipsoid at 500 m).
    const counted = map.shops.filter((s: { counted: boolean }) => s.counted);
    for (const b of map.townBlocks) {
      const nearest = Math.min(...counted.map((s: { lat: number; lng: number }) => haversineDistance(b.lat, b.lng, s.lat, s.lng)));
      if (b.covered) expect(nearest).toBeLessThan(502);
      else expect(nearest).toBeGreaterThan(498);
      expect(b.elderly75Estimate).toBeGreaterThanOrEqual(0);
    }
  });

  it('municipalityMap.unknown-code-is-not-found-and-a-malformed-one-names-its-path', async () => {
    const r = await region.gql(MAP, { code: '37999' });
    expect(r.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const bad = await region.gql(MAP, { code: '高松' });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: '/code' });
  });

  it('whatIf.adding-a-shop-lists-the-newly-covered-blocks', async () => {
    const map = (await region.gql(MAP, { code: '37201' })).data.municipalityMap;
    const target = map.townBlocks.find((b: { covered: boolean }) => !b.covered);
    expect(target).toBeDefined();
    const w = await region.gql(WHAT_IF, { add: [{ lat: target.lat, lng: target.lng, category: 'convenience', name: '計画中の店舗' }] });
    expect(w.errors).toBeUndefined();
    const takamatsu = w.data.whatIf.municipalities.find((m: { code: string }) => m.code === '37201');
    expect(takamatsu.newlyUncoveredBlocks).toEqual([]);
    expect(takamatsu.newlyCoveredBlocks).toContainEqual({ id: target.id, name: target.name, lat: target.lat, lng: target.lng, covered: true, elderly75Estimate: target.elderly75Estimate });
    expect(takamatsu.after.coveredBlockCount - takamatsu.before.coveredBlockCount).toBe(takamatsu.newlyCoveredBlocks.length);
    for (const b of takamatsu.newlyCoveredBlocks) {
      expect(haversineDistance(b.lat, b.lng, target.lat, target.lng)).toBeLessThan(502);
      expect(map.townBlocks.find((x: { id: string }) => x.id === b.id).covered).toBe(false);
    }
  });

  it('whatIf.removing-a-map-shop-by-its-id-lists-the-newly-uncovered-blocks', async () => {
    const map = (await region.gql(MAP, { code: '37201' })).data.municipalityMap;
    let found = false;
    for (const shop of map.shops.filter((s: { counted: boolean }) => s.counted)) {
      const w = await region.gql(WHAT_IF, { remove: [shop.id] });
      expect(w.errors).toBeUndefined();
      expect(w.data.whatIf.notes).toEqual([]);
      const lost = w.data.whatIf.municipalities.flatMap((m: { newlyUncoveredBlocks: unknown[] }) => m.newlyUncoveredBlocks);
      for (const m of w.data.whatIf.municipalities) expect(m.newlyCoveredBlocks).toEqual([]);
      for (const b of lost) {
        expect(b.covered).toBe(false);
        expect(haversineDistance(b.lat, b.lng, shop.lat, shop.lng)).toBeLessThan(502);
      }
      if (lost.length) {
        found = true;
        break;
      }
    }
    expect(found).toBe(true);
  });
});

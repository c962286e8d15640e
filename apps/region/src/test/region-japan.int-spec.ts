/**
 * All of Japan as `npm start` ships it (data/japan, made by tools/ops/prepare-japan-data.mjs from
 * the shared raw data): imported through the region service's own imports, classified, and
 * checked against figures computed outside the code under test — the counts from the raw files'
 * README and the preparation tool's cleaning report, and for five municipalities the density
 * (census population ÷ official area, from the municipality master, divided by hand below) and
 * the segment by docs/domain.md's rules. The covered-block counts were computed independently
 * (haversine distance to every shop, with no block within ±3 m of the 500 m radius, so the
 * sphere/ellipsoid difference cannot change them); with no per-block figures the 75+ population
 * is apportioned equally, so sufficiency = covered blocks ÷ blocks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DataSource } from 'typeorm';
import { repoRoot, setLogLevel } from '@sanpuku/platform';
import { createTestDatabase, RunningTestService, startTestService, TestDatabase } from '@sanpuku/platform/testing';
import { RegionAppModule } from '../app.module';
import { ClassificationService, RunSummary } from '../classification/classification.service';
import { ImportService } from '../imports/import.service';
import { regionService } from '../region.service-definition';

setLogLevel('silent');
jest.setTimeout(600_000);

const shipped = (f: string) => gunzipSync(readFileSync(join(repoRoot(), 'data/japan', f)));

/** Expected figures, written out. Thresholds (domain.md §4): rural < 200 ≤ general city < 2,000 ≤ large city; A ≥ 80 %, B ≥ 40 %, else C; rural is C. */
const KNOWN = [
  // 千代田区: 66,680 people ÷ 11.66 km² = 5,718.7 /km² → large city; 110 of 115 blocks within 500 m of a shop = 95.7 % → A.
  { code: '13101', name: '千代田区', density: 5718.7, tier: 'large_city', blocks: 115, covered: 110, segment: 'A' },
  // 新宿区: 349,385 ÷ 18.22 = 19,175.9 /km² → large city; 124 of 152 = 81.6 % → A.
  { code: '13104', name: '新宿区', density: 19175.9, tier: 'large_city', blocks: 152, covered: 124, segment: 'A' },
  // 宇多津町: 18,699 ÷ 8.10 = 2,308.5 /km² → large city; 17 of 31 = 54.8 % → B.
  { code: '37386', name: '宇多津町', density: 2308.5, tier: 'large_city', blocks: 31, covered: 17, segment: 'B' },
  // 泊村 (古宇郡): 1,569 ÷ 82.15 = 19.1 /km² → rural → C whatever its sufficiency; its 5 blocks (tagged 01696 in the raw file) have no shop within 500 m.
  { code: '01403', name: '泊村', density: 19.1, tier: 'rural', blocks: 5, covered: 0, segment: 'C' },
  // 浜松市 (designated city, its 2024 wards' blocks): 790,718 ÷ 1,559.87 = 506.9 /km² → general city; 138 of 549 = 25.1 % (< 40 %) → C.
  { code: '22130', name: '浜松市', density: 506.9, tier: 'general_city', blocks: 549, covered: 138, segment: 'C' },
] as const;

let db: TestDatabase;
let region: RunningTestService;
let run: RunSummary;

beforeAll(async () => {
  db = await createTestDatabase('region_japan');
  region = await startTestService(regionService, (rt) => RegionAppModule.forRoot(rt), { databaseUrl: db.url });
  const imports = region.app.get(ImportService);
  await imports.importMunicipalities('municipalities.csv', shipped('municipalities.csv.gz'), 'test');
  await imports.importTownBlocks('town-blocks.csv', shipped('town-blocks.csv.gz'), 'test');
  await imports.importResources('shops.geojson', shipped('shops.geojson.gz'), 'test');
  run = await region.app.get(ClassificationService).classify({});
});

afterAll(async () => {
  await region?.close();
  await db?.drop();
});

describe('all of Japan from the shipped files', () => {
  it('imports every municipality, town block and shop the cleaned files hold', async () => {
    const [c] = await region.app.get(DataSource).query(
      `SELECT (SELECT count(*)::int FROM municipality) AS municipalities, (SELECT count(*)::int FROM town_block) AS blocks, (SELECT count(*)::int FROM resource) AS shops`,
    );
    // 1,925 master rows − 6 北方領土 villages − 7 pre-2024 浜松市 wards; 277,676 blocks − 469 without coordinates − 2 repeated after retagging 浜松市's wards.
    expect(c).toEqual({ municipalities: 1925 - 6 - 7, blocks: 277676 - 469 - 2, shops: 12472 });
  });

  it('classifies 1,741 units holding every block and the whole census population', async () => {
    // 1,698 municipalities (1,704 − 6 北方領土) + 23 Tokyo special wards + 20 designated cities (their 171 wards counted in them).
    expect(run).toMatchObject({ unitCount: 1698 + 23 + 20, blockCount: 277676 - 469 - 2, resourceCount: 12472, segmentChanges: 1741 });
    const [p] = await region.app.get(DataSource).query(
      `SELECT sum(m.population)::bigint::text AS population, count(*)::int AS n FROM municipality_classification c JOIN municipality m ON m.code = c.municipality_code WHERE c.run_id = $1`,
      [run.runId],
    );
    // The 2020 census total of Japan (shared data README: 126,146,099 over the 1,741 units).
    expect(p).toEqual({ population: '126146099', n: 1741 });
  });

  it.each(KNOWN)('$name ($code): density, tier, sufficiency and segment as computed by hand', async (k) => {
    const r = await region.gql(
      `query($code: String!) { area(code: $code) { code name classification { tier segment densityPerKm2 sufficiency uncoveredBlockCount } } }`,
      { code: k.code },
    );
    expect(r.errors).toBeUndefined();
    const c = r.data.area.classification;
    expect(r.data.area.name).toBe(k.name);
    expect(c.densityPerKm2).toBeCloseTo(k.density, 0);
    expect(c.tier).toBe(k.tier);
    expect(c.sufficiency).toBeCloseTo(k.covered / k.blocks, 6);
    expect(c.uncoveredBlockCount).toBe(k.blocks - k.covered);
    expect(c.segment).toBe(k.segment);
  });
});

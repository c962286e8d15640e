/**
 * What a classification run stores of its explanations, against real PostgreSQL: the uncovered
 * blocks are stored packed and their GeoJSON built on read; it must be the GeoJSON the run
 * computed, and a run stored by the previous schema (the GeoJSON inside the explanation) must
 * read exactly as before. 香川県 (data/kagawa) through the service.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { Actor, repoRoot, setLogLevel } from '@sanpuku/platform';
import { createTestDatabase, RunningTestService, startTestService, TestDatabase } from '@sanpuku/platform/testing';
import { RegionAppModule } from '../app.module';
import { loadClassificationInput } from '../classification/classification-input';
import { ClassificationService } from '../classification/classification.service';
import { ImportService } from '../imports/import.service';
import { regionService } from '../region.service-definition';

setLogLevel('silent');

const admin: Actor = { sub: 'admin-1', name: 'テスト管理者', role: 'admin' };
const file = (f: string) => readFileSync(join(repoRoot(), 'data/kagawa', f));

/** Every field that comes from a stored explanation, for every area, and one area on its own. */
const EXPLAINED = `{
  areas(prefectureCode: "37") { code classification { runId segment estimationNotesJa estimationNotesEn estimationNotes provenanceJa provenanceEn
    recommendedModel { titleJa titleEn measuresJa measuresEn } uncoveredBlockCount uncoveredBlocksGeoJson } }
  area(code: "37201") { classification { estimationNotesJa uncoveredBlockCount uncoveredBlocksGeoJson } } }`;

let db: TestDatabase;
let region: RunningTestService;
let ds: DataSource;
let runId: string;

beforeAll(async () => {
  db = await createTestDatabase('region_stored_explanations');
  region = await startTestService(regionService, (rt) => RegionAppModule.forRoot(rt), { databaseUrl: db.url });
  ds = region.app.get(DataSource);
  const imports = region.app.get(ImportService);
  await imports.importMunicipalities('municipalities.csv', file('municipalities.csv'), admin.sub);
  await imports.importTownBlocks('town-blocks-37.csv', file('town-blocks-37.csv'), admin.sub);
  await imports.importResources('shops-37.geojson', file('shops-37.geojson'), admin.sub);
  const r = await region.gql(`mutation { classifyAreas { runId } }`, {}, admin);
  expect(r.errors).toBeUndefined();
  runId = r.data.classifyAreas.runId;
});

afterAll(async () => {
  await region?.close();
  await db?.drop();
});

describe('stored explanations', () => {
  it('classification.uncovered-blocks-geojson-on-read-equals-what-the-run-computed', async () => {
    // The service keeps the session that computed the run: its explanations are the reference.
    const cached = (await region.app.get(ClassificationService).latestSession())!;
    expect(cached.runId).toBe(runId);
    const r = await region.gql(EXPLAINED);
    expect(r.errors).toBeUndefined();
    let blocks = 0;
    for (const a of r.data.areas) {
      const e = cached.session.explain(a.code);
      if (!e) continue; // a designated city classified as a whole has no explanation of its own
      expect(a.classification.uncoveredBlocksGeoJson).toBe(JSON.stringify(e.uncoveredBlocks));
      expect(a.classification.uncoveredBlockCount).toBe(e.uncoveredBlocks.features.length);
      blocks += e.uncoveredBlocks.features.length;
    }
    expect(blocks).toBeGreaterThan(100);
    const [{ packed }] = await ds.query(`SELECT count(*)::int AS packed FROM municipality_classification WHERE run_id = $1 AND uncovered_blocks IS NOT NULL`, [runId]);
    expect(packed).toBe(17);
  });

  it('classification.run-stored-by-the-previous-schema-reads-identically', async () => {
    const before = await region.gql(EXPLAINED);
    const { session } = (await region.app.get(ClassificationService).latestSession())!;
    const codes: { code: string }[] = await ds.query(`SELECT municipality_code AS code FROM municipality_classification WHERE run_id = $1 ORDER BY 1`, [runId]);
    // As the previous schema wrote a run: the whole explanation, GeoJSON inside, no packed blocks.
    const storeAsBefore = async (cast: string) => {
      for (const { code } of codes) {
        await ds.query(`UPDATE municipality_classification SET explanation = $3${cast}, uncovered_blocks = NULL WHERE run_id = $1 AND municipality_code = $2`, [
          runId,
          code,
          JSON.stringify(session.explain(code)),
        ]);
      }
      const [{ packed }] = await ds.query(`SELECT count(*)::int AS packed FROM municipality_classification WHERE uncovered_blocks IS NOT NULL`);
      expect(packed).toBe(0);
    };
    await storeAsBefore('::json');
    const after = await region.gql(EXPLAINED);
    expect(after.errors).toBeUndefined();
    expect(after).toEqual(before);
    // Runs from before ExplanationAsJson were jsonb turned into json text: jsonb had reordered the
    // keys, and their GeoJSON reads in that order (as it did before), with the same content.
    await storeAsBefore('::jsonb::json');
    const older = await region.gql(EXPLAINED);
    const geo = (r: typeof before) => r.data.areas.map((a: any) => JSON.parse(a.classification.uncoveredBlocksGeoJson));
    const rest = (r: typeof before) => r.data.areas.map((a: any) => ({ ...a.classification, uncoveredBlocksGeoJson: undefined }));
    expect(geo(older)).toEqual(geo(before));
    expect(rest(older)).toEqual(rest(before));
  });

  it('classification.input-read-as-packed-columns-equals-the-rows', async () => {
    // Figures of every kind: the open data has none per block, so give some blocks their own.
    await ds.query(`UPDATE town_block SET pop_75plus = 12.25, care3plus = CASE WHEN id % 2 = 0 THEN 0 END WHERE id % 7 = 0`);
    const rows: Record<string, any>[] = await ds.query(`SELECT id, municipality_code, name, lat, lng, pop_75plus, care3plus FROM town_block ORDER BY id`);
    const { input, datasetVersions } = await loadClassificationInput(ds, 'city');
    expect(input.blocks).toEqual(
      rows.map((r) => ({ id: String(r.id), municipalityCode: r.municipality_code, name: r.name, lat: r.lat, lng: r.lng, pop75Plus: r.pop_75plus, care3Plus: r.care3plus })),
    );
    expect(input.blocks.filter((b) => b.pop75Plus === 12.25 && b.care3Plus === 0).length).toBeGreaterThan(0);
    expect(input.blocks.filter((b) => b.pop75Plus === null).length).toBeGreaterThan(0);
    const versions: { id: string }[] = await ds.query(`SELECT id FROM dataset_version WHERE kind IN ('municipalities', 'town_blocks', 'resources') ORDER BY id`);
    expect(datasetVersions).toEqual(versions.map((v) => v.id));
  });

  it('classification.migration-down-puts-the-packed-blocks-back-into-the-explanations', async () => {
    const r = await region.gql(`mutation { classifyAreas { runId } }`, {}, admin);
    const latest = r.data.classifyAreas.runId;
    const { session } = (await region.app.get(ClassificationService).latestSession())!;
    await ds.undoLastMigration({ transaction: 'all' });
    const rows: { code: string; explanation: unknown }[] = await ds.query(`SELECT municipality_code AS code, explanation FROM municipality_classification WHERE run_id = $1`, [latest]);
    expect(rows).toHaveLength(17);
    for (const row of rows) expect(row.explanation).toEqual(JSON.parse(JSON.stringify(session.explain(row.code))));
    await ds.runMigrations({ transaction: 'each' });
  });
});

/**
 * Region imports against real PostgreSQL through the GraphQL mutations: the raw municipality
 * master imported leniently (its quirks reported), several town-block files as ONE dataset
 * version with counts over all files, retired codes landing in current units, and the strict
 * default unchanged. Fixtures are real data (apps/region/src/imports/fixtures, see its README).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { Actor, setLogLevel } from '@sanpuku/platform';
import { createTestDatabase, createTestKafka, RunningTestService, startTestService, TestDatabase, TestKafka } from '@sanpuku/platform/testing';
import { RegionAppModule } from '../app.module';
import { ImportService } from '../imports/import.service';
import { regionService } from '../region.service-definition';

setLogLevel('silent');

const admin: Actor = { sub: 'admin-1', name: 'テスト管理者', role: 'admin' };
const fixture = (f: string) => readFileSync(join(__dirname, '../imports/fixtures', f));
const b64 = (b: Buffer | string) => Buffer.from(b).toString('base64');

const REPORT = `report { lenient rowsRead imported skipped skippedByReason { code codeLabelJa rows } skippedRows { file line column code } notes { file line code fromCode toCode } files { file rowsRead imported skipped } csv }`;
const IMPORT_MASTER = `mutation($f: FileInput!) { importMunicipalities(input: $f) { ok dataset { rowCount } errors { line column code } ${REPORT} } }`;
const IMPORT_FILES = `mutation($f: TownBlockFilesInput!) { importTownBlockFiles(input: $f) { ok dataset { datasetVersionId rowCount sourceName } errors { file line column code } ${REPORT} } }`;

let db: TestDatabase;
let kafka: TestKafka;
let region: RunningTestService;
const sql = <T = Record<string, unknown>>(q: string, p: unknown[] = []): Promise<T[]> => region.app.get(DataSource).query(q, p);

beforeAll(async () => {
  db = await createTestDatabase('region_imports');
  kafka = await createTestKafka('region_imports');
  region = await startTestService(regionService, (rt) => RegionAppModule.forRoot(rt), { databaseUrl: db.url, kafka });
});

afterAll(async () => {
  await region?.close();
  await db?.drop();
});

describe('a data officer loading this year\'s raw files', () => {
  it('imports.strict-default-refuses-the-raw-master-and-writes-nothing', async () => {
    const r = await region.gql(IMPORT_MASTER, { f: { fileName: 'municipality_master.csv', contentBase64: b64(fixture('municipality_master.csv')) } }, admin);
    expect(r.data.importMunicipalities).toMatchObject({ ok: false, dataset: null, report: null });
    expect(new Set(r.data.importMunicipalities.errors.map((e: { line: number }) => e.line))).toEqual(new Set([191, 192, 193, 194, 195, 196, 424]));
    expect(await sql(`SELECT count(*)::int AS n FROM municipality`)).toEqual([{ n: 0 }]);
  });

  it('imports.lenient-raw-master-through-graphql-imports-1911-units-and-reports-the-skipped-rows', async () => {
    const r = await region.gql(IMPORT_MASTER, { f: { fileName: 'municipality_master.csv', contentBase64: b64(fixture('municipality_master.csv')), lenient: true } }, admin);
    const m = r.data.importMunicipalities;
    expect(m).toMatchObject({ ok: true, dataset: { rowCount: 1911 }, errors: [] });
    expect(m.report).toMatchObject({ lenient: true, rowsRead: 1925, imported: 1911, skipped: 7, skippedByReason: [{ code: 'invalid_value', codeLabelJa: '値が不正', rows: 7 }] });
    expect(m.report.notes.filter((n: { code: string }) => n.code === 'retired_unit_left_out')).toHaveLength(7);
    expect(m.report.csv.split('\r\n')[0]).toBe('\uFEFFfile,line,column,kind,code,value,new_value,reason_ja,reason_en');
    expect(await sql(`SELECT count(*)::int AS n FROM municipality WHERE code BETWEEN '22131' AND '22137'`)).toEqual([{ n: 0 }]);
    expect(await sql(`SELECT code, prefecture_name FROM municipality WHERE parent_code = '22130' ORDER BY code`)).toEqual([
      { code: '22138', prefecture_name: '静岡県' },
      { code: '22139', prefecture_name: '静岡県' },
      { code: '22140', prefecture_name: '静岡県' },
    ]);
  });

  it('imports.several-town-block-files-are-one-dataset-version-with-counts-over-all-files', async () => {
    const versionsBefore = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM dataset_version WHERE kind = 'town_blocks'`);
    const files = [
      { fileName: '01-cut.csv', contentBase64: b64(fixture('town-blocks-01-cut.csv')) },
      { fileName: '22.csv', contentBase64: b64(fixture('town-blocks-22.csv')) },
    ];
    const strict = await region.gql(IMPORT_FILES, { f: { files } }, admin);
    expect(strict.errors).toBeUndefined();
    expect(strict.data.importTownBlockFiles.ok).toBe(false);
    expect(new Set(strict.data.importTownBlockFiles.errors.map((e: { file: string }) => e.file))).toEqual(new Set(['01-cut.csv', '22.csv']));

    const r = await region.gql(IMPORT_FILES, { f: { files, lenient: true } }, admin);
    const t = r.data.importTownBlockFiles;
    expect(t.ok).toBe(true);
    expect(t.report.files).toEqual([
      { file: '01-cut.csv', rowsRead: 11, imported: 8, skipped: 3 },
      { file: '22.csv', rowsRead: 3688, imported: 3677, skipped: 11 },
    ]);
    expect(t.report).toMatchObject({ rowsRead: 3699, imported: 3685, skipped: 14 });
    expect(t.dataset).toMatchObject({ rowCount: 3685, sourceName: '01-cut.csv … 22.csv (2 files)' });
    expect(await sql(`SELECT count(*)::int AS n FROM dataset_version WHERE kind = 'town_blocks'`)).toEqual([{ n: versionsBefore[0].n + 1 }]);
    expect(await sql(`SELECT count(*)::int AS n FROM town_block WHERE dataset_version_id = $1`, [t.dataset.datasetVersionId])).toEqual([{ n: 3685 }]);
    // Every block is in a current unit: 古宇郡泊村's five in 01403, 浜松市's in its 2024 wards, none under a retired code.
    expect(await sql(`SELECT municipality_code AS code, count(*)::int AS n FROM town_block WHERE municipality_code IN ('01403', '01696', '22131', '22135', '22137', '22138', '22139', '22140') GROUP BY 1 ORDER BY 1`)).toEqual([
      { code: '01403', n: 5 },
      { code: '22138', n: expect.any(Number) },
      { code: '22139', n: expect.any(Number) },
      { code: '22140', n: 77 },
    ]);
    expect(t.report.notes.filter((n: { code: string }) => n.code === 'code_changed')).toHaveLength(5 + 551);
  });

  it('imports.a-bulk-import-rebuilds-exactly-the-indexes-and-constraints-it-dropped-and-they-still-hold', async () => {
    const definitions = () =>
      sql(
        `SELECT conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = 'town_block'::regclass
         UNION ALL SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'town_block' ORDER BY 1, 2`,
      );
    const before = await definitions();
    expect(before.length).toBeGreaterThanOrEqual(5);
    const saved = ImportService.bulkRows;
    ImportService.bulkRows = 1;
    try {
      const r = await region.gql(IMPORT_FILES, { f: { files: [{ fileName: '22.csv', contentBase64: b64(fixture('town-blocks-22.csv')) }], lenient: true } }, admin);
      expect(r.data.importTownBlockFiles).toMatchObject({ ok: true, dataset: { rowCount: 3677 } });
    } finally {
      ImportService.bulkRows = saved;
    }
    expect(await definitions()).toEqual(before);
    await expect(
      sql(`INSERT INTO town_block (municipality_code, block_key, name, lat, lng, name_search, dataset_version_id) SELECT municipality_code, block_key, name, lat, lng, name_search, dataset_version_id FROM town_block LIMIT 1`),
    ).rejects.toThrow(/unique|duplicate/);
    await expect(
      sql(`INSERT INTO town_block (municipality_code, block_key, name, lat, lng, name_search, dataset_version_id) SELECT '22131', 'x', name, lat, lng, name_search, dataset_version_id FROM town_block LIMIT 1`),
    ).rejects.toThrow(/foreign key/);
  });

  it('imports.a-lenient-flag-on-an-all-or-nothing-only-import-is-refused-at-its-field', async () => {
    const r = await region.gql(`mutation($f: FileInput!) { importBoundaries(input: $f) { ok } }`, { f: { fileName: 'b.json', contentBase64: b64('{}'), lenient: true } }, admin);
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: '/input/lenient' });
  });
});

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
import { ImportRejected } from '../imports/import.errors';
import { ImportService } from '../imports/import.service';
import { streamCopy } from '../imports/pg-copy';
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

describe('a nationwide import streamed into PostgreSQL while its files are read', () => {
  // 22.csv's rows that have coordinates (strictly valid), cut into three files; bulkRows = 1 sends even these through the streamed path.
  const [header, ...body] = fixture('town-blocks-22.csv').toString('utf8').split('\n').filter((l) => l && !/,,\r?$/.test(l));
  const part = (rows: string[]) => Buffer.from([header, ...rows].join('\n') + '\n');
  const third = Math.ceil(body.length / 3);
  const parts = [body.slice(0, third), body.slice(third, 2 * third), body.slice(2 * third)];
  const files = (second = parts[1], last = parts[2]) => [
    { name: 'a.csv', bytes: part(parts[0]) },
    { name: 'b.csv', bytes: part(second) },
    { name: 'c.csv', bytes: part(last) },
  ];
  /** Everything an import may change: the blocks (content and version), the dataset versions, the catalogue of constraints and indexes. */
  const state = async () => ({
    blocks: await sql(`SELECT count(*)::int AS n, md5(string_agg(municipality_code || block_key || name || lat || lng || dataset_version_id, ',' ORDER BY municipality_code, block_key)) AS h FROM town_block`),
    versions: await sql(`SELECT count(*)::int AS n FROM dataset_version`),
    catalogue: await sql(
      `SELECT conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = 'town_block'::regclass
       UNION ALL SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'town_block' ORDER BY 1, 2`,
    ),
  });
  let saved: number;
  beforeAll(() => {
    saved = ImportService.bulkRows;
    ImportService.bulkRows = 1;
  });
  afterAll(() => {
    ImportService.bulkRows = saved;
  });
  const imports = () => region.app.get(ImportService);

  it('imports.a-bad-row-in-the-second-of-three-streamed-files-refuses-all-three-and-writes-nothing', async () => {
    const before = await state();
    expect(before.blocks[0].n).toBeGreaterThan(3000);
    const bad = [...parts[1]];
    bad[10] = bad[10].replace(/,[\d.]+,([\d.]+)\r?$/, ',north,$1'); // line 12 of b.csv: the header is line 1
    const err = await imports().importTownBlocks(files(bad), null, 'test').catch((e: ImportRejected) => e);
    expect(err).toBeInstanceOf(ImportRejected);
    expect((err as ImportRejected).issues).toEqual([expect.objectContaining({ file: 'b.csv', line: 12, column: 'lat', code: 'invalid_number' })]);
    expect(await state()).toEqual(before);
  });

  it('imports.a-streamed-file-with-no-valid-row-refuses-the-lenient-import-and-writes-nothing', async () => {
    const before = await state();
    const none = parts[1].map((l) => l.replace(/,[\d.]+,([\d.]+)\r?$/, ',,$1'));
    const err = await imports().importTownBlocks(files(none), null, 'test', { lenient: true }).catch((e: ImportRejected) => e);
    expect(err).toBeInstanceOf(ImportRejected);
    expect((err as ImportRejected).issues[0]).toMatchObject({ file: 'b.csv', line: 0, code: 'no_valid_row' });
    expect(await state()).toEqual(before);
  });

  it('imports.the-last-of-three-streamed-files-cut-inside-a-multi-byte-character-refuses-all-three-naming-its-line', async () => {
    const before = await state();
    const [a, b, c] = files();
    // c.csv ends one byte into the first multi-byte character of its last line (静 of 静岡県).
    const text = c.bytes.toString('utf8').trimEnd();
    const wide = text.slice(text.lastIndexOf('\n')).search(/[^\x00-\x7f]/) + text.lastIndexOf('\n');
    const cut = Buffer.from(text).subarray(0, Buffer.byteLength(text.slice(0, wide)) + 1);
    const err = await imports().importTownBlocks([a, b, { name: 'c.csv', bytes: cut }], null, 'test').catch((e: ImportRejected) => e);
    expect(err).toBeInstanceOf(ImportRejected);
    expect((err as ImportRejected).issues).toEqual([expect.objectContaining({ file: 'c.csv', line: parts[2].length + 1, code: 'wrong_encoding' })]);
    expect(await state()).toEqual(before);
  });

  it('imports.postgresql-failing-mid-copy-in-the-second-of-three-files-rolls-back-everything', async () => {
    const before = await state();
    // A row PostgreSQL refuses while the COPY runs (the parser accepted it): the 20th row of b.csv.
    const victim = parts[1][19].split(',')[4];
    await sql(`CREATE FUNCTION refuse_victim() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.name = '${victim}' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$`);
    await sql(`CREATE TRIGGER refuse_victim BEFORE INSERT ON town_block FOR EACH ROW EXECUTE FUNCTION refuse_victim()`);
    try {
      await expect(imports().importTownBlocks(files(), null, 'test')).rejects.toThrow(/refused by the test/);
    } finally {
      await sql(`DROP TRIGGER refuse_victim ON town_block`);
      await sql(`DROP FUNCTION refuse_victim()`);
    }
    expect(await state()).toEqual(before);
  });

  it('imports.three-streamed-files-replace-the-older-blocks-and-find-duplicates-across-files', async () => {
    const before = await state();
    const others = `SELECT md5(string_agg(municipality_code || block_key || dataset_version_id, ',' ORDER BY municipality_code, block_key)) AS h FROM town_block WHERE municipality_code NOT LIKE '22%'`;
    const othersBefore = await sql(others);
    const dup = parts[0][5]; // a.csv line 7, again as c.csv's last line
    const r = await imports().importTownBlocks(files(parts[1], [...parts[2], dup]), null, 'test', { lenient: true });
    expect(r.report.files).toEqual([
      { file: 'a.csv', rowsRead: parts[0].length, imported: parts[0].length, skipped: 0 },
      { file: 'b.csv', rowsRead: parts[1].length, imported: parts[1].length, skipped: 0 },
      { file: 'c.csv', rowsRead: parts[2].length + 1, imported: parts[2].length, skipped: 1 },
    ]);
    expect(r.report.skippedRows).toEqual([expect.objectContaining({ file: 'c.csv', line: parts[2].length + 2, code: 'duplicate_key', messageEn: expect.stringContaining('a.csv line 7') })]);
    expect(r.rowCount).toBe(body.length);
    // 静岡県's blocks are now exactly this version's (the 22.csv import before is replaced); the rest is untouched.
    const shizuoka = await sql(`SELECT dataset_version_id AS v, count(*)::int AS n FROM town_block WHERE municipality_code LIKE '22%' GROUP BY 1`);
    expect(shizuoka).toEqual([{ v: r.datasetVersionId, n: body.length }]);
    expect(await sql(`SELECT row_count AS n, scope FROM dataset_version WHERE id = $1`, [r.datasetVersionId])).toEqual([{ n: body.length, scope: r.scope }]);
    expect(await sql(others)).toEqual(othersBefore);
    expect((await state()).catalogue).toEqual(before.catalogue);
  });

  it('imports.streamed-copy-keeps-every-row-whole-across-chunk-boundaries-and-multi-byte-characters', async () => {
    // Rows of multi-byte text (3-byte kana, 4-byte emoji as surrogate pairs) given in pieces, so
    // chunk boundaries (every ~128 Ki characters, and at each flush) fall inside rows and between
    // the halves of a pair.
    const rows = Array.from({ length: 6000 }, (_, i) => ({ n: i, t: `${'あ'.repeat(i % 97)}🏠${'番町'.repeat(i % 13)}\\t${i}` }));
    const read = await region.app.get(DataSource).transaction(async (m) => {
      await m.query(`CREATE TEMP TABLE copy_probe (n int, t text) ON COMMIT DROP`);
      await streamCopy(m, 'copy_probe', ['n', 't'], async (sink) => {
        for (const r of rows) {
          const line = `${r.n}\t${r.t}\n`;
          const cut = line.indexOf('🏠') + 1; // between the two halves of the emoji's surrogate pair
          sink.line(line.slice(0, cut));
          // Sent now, before the second half arrives (a chunk filling up does the same wherever it happens to fill).
          if (r.n % 500 === 0) await sink.flush();
          sink.line(line.slice(cut));
        }
      });
      return m.query(`SELECT n, t FROM copy_probe ORDER BY n`);
    });
    expect(read).toEqual(rows.map((r) => ({ n: r.n, t: r.t.replace('\\t', '\t') })));
  });
});

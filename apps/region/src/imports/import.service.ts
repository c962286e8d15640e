import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';
import { DatasetImportedV1 } from '@sanpuku/contracts';
import { OutboxWriter, UnitOfWork } from '@sanpuku/platform';
import { normaliseTownBlockName } from '@sanpuku/region-domain';
import { KnownMunicipality, parseBoundaries } from './boundaries.parser';
import { codeChangeTable } from './code-changes';
import { decide, ImportReport, plainReport } from './import-report';
import { readMunicipalities } from './municipalities.parser';
import { CopySink, copyValue, streamCopy } from './pg-copy';
import { parseResources } from './resources.parser';
import { readTownBlocks, SeenBlocks, TownBlockFile, TownBlockRow } from './town-blocks.parser';

export interface ImportSummary {
  datasetVersionId: string;
  kind: 'municipalities' | 'town_blocks' | 'resources' | 'boundaries';
  sourceName: string;
  format: string;
  rowCount: number;
  /** Municipalities (town blocks), prefectures (municipalities, boundaries) or categories (resources) the dataset covers. */
  scope: string[];
  /** Rows read, imported and skipped (with every skipped row and reason), and the code changes applied. */
  report: ImportReport;
}

export type Progress = (done: number, total: number) => void;

/** One file of an import. */
export interface ImportFile {
  name: string;
  bytes: Buffer;
}

export interface ImportOptions {
  /** Import every valid row and report the others (default: all or nothing). */
  lenient?: boolean;
  progress?: Progress;
}

/**
 * Runs `write` with the table's unique constraints, foreign keys and secondary indexes dropped,
 * then recreates them exactly as the catalogue had them (read back with pg_get_constraintdef /
 * pg_get_indexdef, so a migration that adds one is followed): PostgreSQL builds a B-tree from
 * sorted input and validates a foreign key with one join, far faster than 277,000 single-row
 * index insertions and trigger checks. All inside the import's transaction: a failure rolls the
 * DDL back too. The price: the table is locked (ACCESS EXCLUSIVE) until the import commits, so
 * reads of it wait for a nationwide import (a few seconds, its files' reading included).
 */
async function withoutSecondaryIndexes<T>(m: EntityManager, table: string, write: () => Promise<T>): Promise<T> {
  const constraints: { name: string; def: string }[] = await m.query(
    `SELECT conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = $1::regclass AND contype IN ('u', 'f') ORDER BY contype DESC, conname`,
    [table],
  );
  const indexes: { name: string; def: string }[] = await m.query(
    `SELECT i.relname AS name, pg_get_indexdef(i.oid) AS def FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
     WHERE x.indrelid = $1::regclass AND NOT x.indisprimary AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)`,
    [table],
  );
  const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
  for (const c of constraints) await m.query(`ALTER TABLE ${table} DROP CONSTRAINT ${q(c.name)}`);
  for (const i of indexes) await m.query(`DROP INDEX ${q(i.name)}`);
  const result = await write();
  // Each index build sorts all rows; with the default 64 MB, split between PostgreSQL's parallel
  // workers, a nationwide sort goes to disk (trace_sort: "switching to external sort"). Raised for
  // this transaction only, and never lowered.
  await m.query(`SELECT set_config('maintenance_work_mem', '256MB', true) WHERE pg_size_bytes(current_setting('maintenance_work_mem')) < 256 * 1024 * 1024`);
  for (const i of indexes) await m.query(i.def);
  for (const c of constraints) await m.query(`ALTER TABLE ${table} ADD CONSTRAINT ${q(c.name)} ${c.def}`);
  return result;
}

/** Data lines in a file (for a progress bar over several files before they are parsed). */
function lineCount(bytes: Buffer): number {
  let n = 0;
  for (let i = bytes.indexOf(0x0a); i >= 0; i = bytes.indexOf(0x0a, i + 1)) n++;
  return Math.max(1, n);
}

const CHUNK = 5000;

const TOWN_BLOCK_COLUMNS = ['municipality_code', 'block_key', 'name', 'lat', 'lng', 'pop_75plus', 'care3plus', 'name_search', 'dataset_version_id'];

/**
 * Dataset imports. Each import is parsed completely (every problem reported with file, line,
 * column and reason; a large town-block import streams its rows to PostgreSQL meanwhile) and
 * written in ONE transaction as a new dataset version: by default
 * a file either lands whole or not at all; with `lenient` (municipalities, town blocks) every
 * valid row lands and the report lists every skipped row. Retired municipality codes are mapped
 * to current ones by the code-change table, each change a note in the report. Re-importing replaces what the previous version covered
 * (the same municipalities' blocks; resources from the same source name).
 */
@Injectable()
export class ImportService {
  /** From this many rows on, a town-block import rebuilds the table's secondary indexes and foreign keys once instead of updating them row by row. */
  static bulkRows = 20_000;

  constructor(
    private readonly ds: DataSource,
    private readonly tx: UnitOfWork,
    private readonly outbox: OutboxWriter,
  ) {}

  async importMunicipalities(file: string, bytes: Buffer, by: string, o: ImportOptions | Progress = {}): Promise<ImportSummary> {
    const { lenient = false, progress } = typeof o === 'function' ? { progress: o } : o;
    const { rows, report } = decide([readMunicipalities(file, bytes, codeChangeTable())], lenient);
    const scope = [...new Set(rows.map((r) => r.prefectureCode))];
    return this.tx.run(async (m) => {
      const version = await this.newVersion(m, 'municipalities', file, 'csv', bytes, rows.length, scope, by);
      for (let i = 0; i < rows.length; i += CHUNK) {
        const c = rows.slice(i, i + CHUNK);
        await m.query(
          `INSERT INTO municipality (code, lg_code6, name, prefecture_code, prefecture_name, unit_type, parent_code, area_km2, population, pop_75plus, care3plus, dataset_version_id)
           SELECT *, $12::uuid FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::float8[], $9::int[], $10::int[], $11::int[])
           ON CONFLICT (code) DO UPDATE SET lg_code6 = EXCLUDED.lg_code6, name = EXCLUDED.name, prefecture_code = EXCLUDED.prefecture_code,
             prefecture_name = EXCLUDED.prefecture_name, unit_type = EXCLUDED.unit_type, parent_code = EXCLUDED.parent_code, area_km2 = EXCLUDED.area_km2,
             population = EXCLUDED.population, pop_75plus = EXCLUDED.pop_75plus, care3plus = EXCLUDED.care3plus, dataset_version_id = EXCLUDED.dataset_version_id`,
          [
            c.map((r) => r.code), c.map((r) => r.lgCode6), c.map((r) => r.name), c.map((r) => r.prefectureCode), c.map((r) => r.prefectureName),
            c.map((r) => r.unitType), c.map((r) => r.parentCode), c.map((r) => r.areaKm2), c.map((r) => r.population), c.map((r) => r.pop75plus),
            c.map((r) => r.care3plus), version,
          ],
        );
        progress?.(Math.min(i + CHUNK, rows.length), rows.length);
      }
      return { datasetVersionId: version, kind: 'municipalities', sourceName: file, format: 'csv', rowCount: rows.length, scope, report };
    });
  }

  /**
   * Town blocks from one file, or several files (all 47 prefecture files) as ONE dataset version
   * in one transaction: the files are read one after the other (the progress bar runs over all of
   * them), duplicates are found across files, and the rows are written with COPY. A large import
   * (`bulkRows` lines or more) streams each valid row into the COPY as soon as it is read, so
   * PostgreSQL stores the rows while the next file is parsed; its decision (strict: any bad row
   * refuses everything; lenient: a file with no valid row refuses everything) comes at the end
   * and a refusal cancels the COPY, so nothing of any file remains. The older blocks of the
   * covered municipalities are deleted after the COPY (they are told apart by dataset version).
   */
  async importTownBlocks(file: string | ImportFile[], bytes: Buffer | null, by: string, o: ImportOptions | Progress = {}): Promise<ImportSummary> {
    const { lenient = false, progress } = typeof o === 'function' ? { progress: o } : o;
    const files: ImportFile[] = typeof file === 'string' ? [{ name: file, bytes: bytes! }] : file;
    if (files.length === 0) throw new Error('importTownBlocks: no file');
    const known = new Set<string>((await this.ds.query(`SELECT code FROM municipality`)).map((r: { code: string }) => r.code));
    const lines = files.map((f) => lineCount(f.bytes));
    const total = lines.reduce((s, n) => s + n, 0);
    const sourceName = files.length === 1 ? files[0].name : `${files[0].name} … ${files[files.length - 1].name} (${files.length} files)`;
    const sha = createHash('sha256');
    for (const f of files) sha.update(f.bytes);
    const sha256 = sha.digest('hex');
    const version = randomUUID();
    /** Reads every file, each valid row into `sink` as a COPY line; the import's decision at the end (throws when it refuses). */
    const read = async (sink: CopySink) => {
      const ctx = { known, changes: codeChangeTable(), seen: new SeenBlocks() };
      const outcomes: TownBlockFile[] = [];
      const scope = new Set<string>();
      let done = 0;
      const row = (r: TownBlockRow, lat: string, lng: string) => {
        scope.add(r.municipalityCode);
        // One string per row straight from the parsed fields.
        sink.line(
          `${r.municipalityCode}\t${copyValue(r.blockKey)}\t${copyValue(r.name)}\t${lat}\t${lng}\t${copyValue(r.pop75plus)}\t${copyValue(r.care3plus)}\t${copyValue(normaliseTownBlockName(r.name))}\t${version}\n`,
        );
      };
      for (const [i, f] of files.entries()) {
        outcomes.push(readTownBlocks(f.name, f.bytes, ctx, row));
        done += lines[i];
        // Reading and sending is most of the work; rebuilding the indexes is the rest.
        progress?.(Math.round(done * 0.9), total);
        await sink.flush();
      }
      return { outcomes, report: decide(outcomes, lenient).report, codes: [...scope].sort() };
    };
    type Read = Awaited<ReturnType<typeof read>>;
    const finish = async (m: EntityManager, { outcomes, report, codes }: Read) => {
      const formats = [...new Set(outcomes.map((x) => `${x.format} (${x.encoding})`))].join(', ');
      await this.newVersion(m, 'town_blocks', sourceName, formats, sha256, report.imported, codes, by, version);
      // Blocks a previous import kept under a retired code now belong to the current one: drop them too.
      const retired = [...new Set(report.notes.filter((n) => n.code === 'code_changed').map((n) => n.fromCode!))];
      await m.query(`DELETE FROM town_block WHERE municipality_code = ANY($1::text[]) AND dataset_version_id <> $2`, [[...codes, ...retired], version]);
    };
    return this.tx.run(async (m) => {
      let outcome: Read;
      if (total >= ImportService.bulkRows) {
        outcome = await withoutSecondaryIndexes(m, 'town_block', async () => {
          const r = await streamCopy(m, 'town_block', TOWN_BLOCK_COLUMNS, read);
          await finish(m, r);
          return r;
        });
      } else {
        // Few rows: the unique constraint stays, so the older blocks go before the new ones arrive.
        const pending: string[] = [];
        outcome = await read({ line: (l) => pending.push(l), flush: async () => undefined });
        await finish(m, outcome);
        await streamCopy(m, 'town_block', TOWN_BLOCK_COLUMNS, async (sink) => pending.forEach((l) => sink.line(l)));
      }
      progress?.(total, total);
      const { outcomes, report, codes } = outcome;
      return { datasetVersionId: version, kind: 'town_blocks', sourceName, format: outcomes[0].format, rowCount: report.imported, scope: codes, report };
    });
  }

  async importResources(file: string, bytes: Buffer, by: string, o: { defaultCategory?: string; sourceName?: string } = {}, progress?: Progress): Promise<ImportSummary> {
    const rows = parseResources(file, bytes, o.defaultCategory);
    const sourceName = o.sourceName ?? file;
    const scope = [...new Set(rows.map((r) => r.category))].sort();
    const format = bytes.subarray(0, 64).toString('utf8').trimStart().startsWith('{') ? 'geojson' : 'csv';
    return this.tx.run(async (m) => {
      await m.query(`DELETE FROM resource WHERE dataset_version_id IN (SELECT id FROM dataset_version WHERE kind = 'resources' AND source_name = $1)`, [sourceName]);
      const version = await this.newVersion(m, 'resources', sourceName, format, bytes, rows.length, scope, by);
      for (let i = 0; i < rows.length; i += CHUNK) {
        const c = rows.slice(i, i + CHUNK);
        await m.query(
          `INSERT INTO resource (category, name, lat, lng, source_ref, dataset_version_id)
           SELECT *, $6::uuid FROM unnest($1::text[], $2::text[], $3::float8[], $4::float8[], $5::text[])`,
          [c.map((r) => r.category), c.map((r) => r.name), c.map((r) => r.lat), c.map((r) => r.lng), c.map((r) => r.sourceRef), version],
        );
        progress?.(Math.min(i + CHUNK, rows.length), rows.length);
      }
      return { datasetVersionId: version, kind: 'resources', sourceName, format, rowCount: rows.length, scope, report: plainReport(file, rows.length) };
    });
  }

  /**
   * Municipal boundaries (N03 GeoJSON). Re-importing a prefecture replaces its boundaries. The
   * rows keep the imported geometry; the maps API simplifies it for drawing (and caches by
   * dataset version). `rowCount` counts stored municipalities (roll-ups of designated cities included).
   */
  async importBoundaries(file: string, bytes: Buffer, by: string, progress?: Progress): Promise<ImportSummary> {
    const known = new Map<string, KnownMunicipality>(
      (await this.ds.query(`SELECT code, name, prefecture_code, unit_type, parent_code FROM municipality`)).map(
        (r: { code: string; name: string; prefecture_code: string; unit_type: string; parent_code: string | null }) => [
          r.code,
          { code: r.code, name: r.name, prefectureCode: r.prefecture_code, unitType: r.unit_type, parentCode: r.parent_code },
        ],
      ),
    );
    const parsed = parseBoundaries(file, bytes, known);
    const rows = parsed.rows;
    const scope = [...new Set(rows.map((r) => r.prefectureCode))].sort();
    return this.tx.run(async (m) => {
      const version = await this.newVersion(m, 'boundaries', file, 'geojson', bytes, rows.length, scope, by);
      await m.query(`DELETE FROM municipality_boundary WHERE prefecture_code = ANY($1::text[]) OR code = ANY($2::text[])`, [scope, rows.map((r) => r.code)]);
      const chunk = 200;
      for (let i = 0; i < rows.length; i += chunk) {
        const c = rows.slice(i, i + chunk);
        await m.query(
          `INSERT INTO municipality_boundary (code, prefecture_code, name, level, parent_code, polygons, bbox, position_count, dataset_version_id)
           SELECT u.code, u.pref, u.name, u.level, u.parent, u.polygons::jsonb, ARRAY[u.b0, u.b1, u.b2, u.b3], u.n, $12::uuid
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::float8[], $8::float8[], $9::float8[], $10::float8[], $11::int[])
             AS u(code, pref, name, level, parent, polygons, b0, b1, b2, b3, n)`,
          [
            c.map((r) => r.code), c.map((r) => r.prefectureCode), c.map((r) => r.name), c.map((r) => r.level), c.map((r) => r.parentCode),
            c.map((r) => JSON.stringify(r.polygons)), c.map((r) => r.bbox[0]), c.map((r) => r.bbox[1]), c.map((r) => r.bbox[2]), c.map((r) => r.bbox[3]),
            c.map((r) => r.positionCount), version,
          ],
        );
        progress?.(Math.min(i + chunk, rows.length), rows.length);
      }
      return { datasetVersionId: version, kind: 'boundaries', sourceName: file, format: 'geojson', rowCount: rows.length, scope, report: plainReport(file, rows.length) };
    });
  }

  private async newVersion(
    m: EntityManager,
    kind: ImportSummary['kind'],
    source: string,
    format: string,
    bytes: Buffer | string,
    rows: number,
    scope: string[],
    by: string,
    id: string = randomUUID(),
  ): Promise<string> {
    const sha256 = typeof bytes === 'string' ? bytes : createHash('sha256').update(bytes).digest('hex');
    await m.query(
      `INSERT INTO dataset_version (id, kind, source_name, format, sha256, row_count, scope, imported_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [id, kind, source, format, sha256, rows, scope, by],
    );
    // Every instance's in-memory area reads drop what the new version may have changed.
    await this.outbox.append(m, { type: DatasetImportedV1.type, subject: id, data: { datasetVersionId: id, kind, rowCount: rows, scope } });
    return id;
  }
}

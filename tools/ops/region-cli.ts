/**
 * Region command line: dataset imports with a progress bar, and classification runs, against
 * DATABASE_URL (or the embedded database of `npm start`). Writes go through the region service's
 * own use cases; events wait in its outbox and are published by the running service's relay.
 *
 *   npm run region -- import municipalities <file.csv> [--lenient]
 *   npm run region -- import town-blocks <file.csv|folder>... [--lenient]   (MLIT Shift_JIS or UTF-8 layout;
 *        several files or a folder of *.csv are ONE import: one dataset version, one progress bar)
 *   --lenient imports every valid row and reports the others; a report CSV (skipped rows, code
 *   changes) is written to --report <file>, by default ./<kind>-import-report-<time>.csv
 *   npm run region -- import resources <file.geojson|csv> [--category convenience] [--source NAME]
 *   npm run region -- import boundaries <N03-21_PP_210101.json>   (国土数値情報 行政区域 GeoJSON)
 *   npm run region -- classify [--wards]
 */
import 'reflect-metadata';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { SingleBar, Presets } from 'cli-progress';
import { authConfigFrom, CommonEnv, createDatabase, InProcessBus, loadEnv, repoRoot, setLogLevel, startEmbeddedPostgres, withDatabase } from '@sanpuku/platform';
import { RegionAppModule } from '../../apps/region/src/app.module';
import { ClassificationService } from '../../apps/region/src/classification/classification.service';
import { ImportRejected } from '../../apps/region/src/imports/import.errors';
import { reportCsv } from '../../apps/region/src/imports/import-report';
import { ImportFile, ImportService } from '../../apps/region/src/imports/import.service';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

const VALUED = new Set(['--category', '--source', '--report']);

/** The positional arguments after `import <kind>`: files, and folders read as their *.csv files in name order. */
function inputFiles(args: string[]): string[] {
  const paths: string[] = [];
  for (let i = 2; i < args.length; i++) {
    if (VALUED.has(args[i])) i++;
    else if (!args[i].startsWith('--')) paths.push(args[i]);
  }
  return paths.flatMap((p) =>
    statSync(p).isDirectory()
      ? readdirSync(p)
          .filter((f) => /\.csv$/i.test(f))
          .sort()
          .map((f) => join(p, f))
      : [p],
  );
}

function stamp(): string {
  return new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const env = loadEnv('region-cli', {
    NODE_ENV: CommonEnv.NODE_ENV,
    LOG_LEVEL: CommonEnv.LOG_LEVEL.default('warn'),
    DATABASE_URL: CommonEnv.DATABASE_URL,
    AUTH_JWT_SECRET: CommonEnv.AUTH_JWT_SECRET,
    AUTH_ISSUER: CommonEnv.AUTH_ISSUER,
    AUTH_AUDIENCE: CommonEnv.AUTH_AUDIENCE,
  });
  setLogLevel(env.LOG_LEVEL);
  let databaseUrl = env.DATABASE_URL;
  let stop: (() => Promise<void>) | undefined;
  if (!databaseUrl) {
    const pg = await startEmbeddedPostgres({ dataDir: join(repoRoot(), '.data/postgres'), port: 54329, persistent: true });
    stop = pg.stop;
    await createDatabase(pg.url, 'sanpuku');
    databaseUrl = withDatabase(pg.url, 'sanpuku');
  }
  const app = await NestFactory.createApplicationContext(
    RegionAppModule.forJobs({
      databaseUrl,
      messaging: { mode: 'in-process', bus: new InProcessBus() },
      outboxPollMs: 1000,
      consumerMaxAttempts: 1,
      nodeEnv: env.NODE_ENV,
      schemaFile: null,
      auth: authConfigFrom(env, 'region-cli'),
    }),
    { logger: false },
  );
  try {
    const [command, kind] = args;
    const paths = command === 'import' ? inputFiles(args) : [];
    if (command === 'import' && paths.length) {
      const lenient = args.includes('--lenient');
      const reportFile = resolve(option(args, 'report') ?? `${kind}-import-report-${stamp()}.csv`);
      const bar = new SingleBar({ format: `${kind} {bar} {percentage}% | {value}/{total} rows`, hideCursor: true }, Presets.shades_classic);
      let started = false;
      const progress = (done: number, total: number) => {
        if (!started) bar.start(total, 0);
        started = true;
        bar.update(done);
      };
      if (paths.length > 1 && kind !== 'town-blocks') throw new Error(`several files in one import are for town-blocks only (got ${paths.length} files for ${kind})`);
      const files: ImportFile[] = paths.map((p) => ({ name: basename(p), bytes: readFileSync(p) }));
      const [{ name: file, bytes }] = files;
      const imports = app.get(ImportService);
      const by = `cli:${process.env.USER ?? 'unknown'}`;
      try {
        const s =
          kind === 'municipalities'
            ? await imports.importMunicipalities(file, bytes, by, { lenient, progress })
            : kind === 'town-blocks'
              ? await imports.importTownBlocks(files, null, by, { lenient, progress })
              : kind === 'resources'
                ? await imports.importResources(file, bytes, by, { defaultCategory: option(args, 'category'), sourceName: option(args, 'source') }, progress)
                : kind === 'boundaries'
                  ? await imports.importBoundaries(file, bytes, by, progress)
                  : null;
        if (started) bar.stop();
        if (!s) throw new Error(`unknown dataset kind ${kind}`);
        const r = s.report;
        process.stdout.write(`imported ${s.rowCount} ${s.kind} rows from ${files.length} file(s) as dataset ${s.datasetVersionId} (${s.format}) / 取り込み完了\n`);
        process.stdout.write(`rows read ${r.rowsRead}, imported ${r.imported}, skipped ${r.skipped}${r.skippedByReason.map((x) => ` (${x.code} ${x.rows})`).join('')}, notes ${r.notes.length}\n`);
        if (r.skippedRows.length || r.notes.length) {
          writeFileSync(reportFile, reportCsv(r));
          process.stdout.write(`report (skipped rows and code changes) / 報告: ${reportFile}\n`);
        }
        return 0;
      } catch (err) {
        if (started) bar.stop();
        if (!(err instanceof ImportRejected)) throw err;
        process.stderr.write(`${err.message}\n`);
        for (const i of err.issues) process.stderr.write(`  ${i.file}:${i.line}${i.column ? ` [${i.column}]` : ''} ${i.code}: ${i.messageEn} / ${i.messageJa}\n`);
        writeFileSync(reportFile, reportCsv({ skippedRows: err.issues, notes: [] }));
        process.stderr.write(`problems as CSV / 問題の一覧: ${reportFile}${lenient ? '' : ' (--lenient imports the valid rows and skips these)'}\n`);
        return 1;
      }
    }
    if (command === 'classify') {
      const r = await app.get(ClassificationService).classify({ level: args.includes('--wards') ? 'wards' : 'city' });
      process.stdout.write(`run ${r.runId}: ${r.unitCount} units, ${r.blockCount} blocks, ${r.resourceCount} shops, ${r.segmentChanges} segment changes (${r.policyRef}, ${r.distanceModel})\n`);
      return 0;
    }
    process.stderr.write('usage: npm run region -- import municipalities|town-blocks|resources|boundaries <file|folder>... [--lenient] [--report FILE] [--category C] [--source NAME] | classify [--wards]\n');
    return 2;
  } finally {
    await app.close();
    await stop?.();
  }
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  },
);

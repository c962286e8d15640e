/**
 * Nationwide town-block import benchmark (issue 12): the 47 prefecture files as ONE import, and
 * the same blocks as one 277,207-row file, through the region service's ImportService (parse,
 * code changes, one transaction, COPY) against a real PostgreSQL.
 *
 *   npm run bench:import [-- --data ../shared/data] [--runs 3] [--statements]
 *
 * DATABASE_URL (a server where a throw-away database `sanpuku_test_bench_import_*` is created
 * and dropped), else the embedded PostgreSQL of `npm start`. The municipalities are the raw
 * master imported leniently, with 双葉町's area taken from its N03 polygon (bench only, so its
 * 218 blocks have a unit and the one-file case has all 277,207 blocks with coordinates).
 * Prints the machine, then per case the median wall time over the runs, the files' parsing
 * measured on its own (the import streams rows to PostgreSQL while it parses, so the two overlap
 * and the wall time is no longer their sum), the import's own CPU time and, when the server runs
 * on this machine, the CPU time of its backends (/proc; parallel index-build workers not counted):
 * on a shared machine these, not the wall time, say what changed. Then rows per second and the
 * load average after the case. `--statements` also lists every statement of each run that took
 * 5 ms or more, with its duration (sent → ReadyForQuery). Target: ≤ 3 s per case. Numbers, never
 * assertions.
 *
 * Streaming the rows into COPY while parsing, reading CSV fields as slices, and rebuilding the
 * indexes in memory (2 cores shared with other work, 2026-12-08; main's version run right before
 * or after in the same session, PostgreSQL 15 at DATABASE_URL and the embedded 18 alike): node CPU
 * per case 1.3–1.8 s → 0.8–1.0 s, PostgreSQL CPU unchanged (1.0–1.4 s), and as the COPY now runs
 * while node parses, wall medians of 1.7–3.1 s for either case at load 6–10 where main took
 * 3.0–4.5 s at load 5–9 (both several times that in bursts of load 11–12). The previous
 * quiet-machine medians were 3.85 s (47 files) and 3.68 s (one file); a quiet machine is still
 * to measure.
 */
import 'reflect-metadata';
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import {
  authConfigFrom,
  CommonEnv,
  createDatabase,
  InProcessBus,
  loadEnv,
  repoRoot,
  setLogLevel,
  startEmbeddedPostgres,
  withDatabase,
} from '@sanpuku/platform';
import { dropTestDatabase, randomTestDatabaseName } from '../../libs/platform/src/persistence/databases';
import { RegionAppModule } from '../../apps/region/src/app.module';
import { codeChangeTable } from '../../apps/region/src/imports/code-changes';
import { ImportService } from '../../apps/region/src/imports/import.service';
import { readTownBlocks, SeenBlocks } from '../../apps/region/src/imports/town-blocks.parser';
import { median, numberArg, printMachine, stringArg } from '../common/bench.util';

const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/**
 * `--statements`: every statement the import sends, with its duration as node-postgres sees it
 * (sent → ReadyForQuery), printed after each run — where PostgreSQL spends the write.
 */
const statements: { sql: string; ms: number }[] = [];
function timeStatements(): void {
  const { Client } = require('pg') as { Client: { prototype: { query: (...a: unknown[]) => unknown } } };
  const query = Client.prototype.query;
  Client.prototype.query = function timed(this: unknown, ...args: unknown[]) {
    const q = args[0] as { text?: string; submit?: unknown; handleReadyForQuery: () => void; handleError?: (e: Error) => void } | string;
    const sql = (typeof q === 'string' ? q : (q.text ?? q.constructor.name)).replace(/\s+/g, ' ').slice(0, 90);
    const t = performance.now();
    const note = () => statements.push({ sql, ms: performance.now() - t });
    if (typeof q === 'object' && typeof q.submit === 'function') {
      // A submittable (COPY): done at its ReadyForQuery or error.
      const ready = q.handleReadyForQuery.bind(q);
      const error = q.handleError?.bind(q);
      q.handleReadyForQuery = () => (note(), ready());
      if (error) q.handleError = (e: Error) => (note(), error(e));
      return query.apply(this, args);
    }
    const r = query.apply(this, args) as Promise<unknown> | undefined;
    if (r && typeof (r as Promise<unknown>).then === 'function') (r as Promise<unknown>).then(note, note);
    return r;
  };
}
/**
 * CPU time (ms) of this database's server processes, by pid, read from /proc when the server
 * runs on this machine (embedded, or a local DATABASE_URL); empty otherwise. On a loaded machine
 * this, not the wall time, says what the import costs PostgreSQL.
 */
async function serverCpu(ds: DataSource): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  const rows: { pid: number }[] = await ds.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`);
  for (const { pid } of rows) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(pid, ((Number(f[11]) + Number(f[12])) * 1000) / 100);
    } catch {
      /* not on this machine */
    }
  }
  return out;
}
function cpuSpent(before: Map<number, number>, after: Map<number, number>): number | null {
  if (after.size === 0) return null;
  let ms = 0;
  for (const [pid, t] of after) ms += t - (before.get(pid) ?? 0);
  return ms;
}
function printStatements(): void {
  for (const s of statements.splice(0)) if (s.ms >= 5) console.log(`   ${sec(s.ms).padStart(8)}  ${s.sql}`);
}

/** The raw master with 双葉町's missing area filled from its polygon area (bench input only). */
function benchMaster(dir: string): Buffer {
  const lines = readFileSync(join(dir, 'municipalities/municipality_master.csv'), 'utf8').split('\n');
  const header = lines[0].split(',');
  const area = header.indexOf('area_km2_from_census_density');
  const polygon = header.indexOf('area_km2_n03_polygon_approx');
  return Buffer.from(
    lines
      .map((l) => {
        if (!l.startsWith('07546,')) return l;
        const f = l.split(',');
        f[area] = f[polygon];
        return f.join(',');
      })
      .join('\n'),
  );
}

/** The 47 files' rows that have coordinates, in one file with one header. */
function oneFile(files: { name: string; bytes: Buffer }[]): Buffer {
  const out: string[] = [];
  for (const [i, f] of files.entries()) {
    const lines = f.bytes.toString('utf8').split('\n');
    if (i === 0) out.push(lines[0]);
    for (const l of lines.slice(1)) if (l && !/,,\r?$/.test(l)) out.push(l);
  }
  return Buffer.from(out.join('\n') + '\n');
}

async function main(): Promise<void> {
  const env = loadEnv('bench-import', { NODE_ENV: CommonEnv.NODE_ENV, DATABASE_URL: CommonEnv.DATABASE_URL, AUTH_JWT_SECRET: CommonEnv.AUTH_JWT_SECRET, AUTH_ISSUER: CommonEnv.AUTH_ISSUER, AUTH_AUDIENCE: CommonEnv.AUTH_AUDIENCE });
  setLogLevel('warn');
  const dir = resolve(stringArg('data') ?? join(repoRoot(), '../shared/data'));
  const runs = numberArg('runs', 3);
  printMachine();
  const showStatements = process.argv.includes('--statements');
  let adminUrl = env.DATABASE_URL;
  let stop: (() => Promise<void>) | undefined;
  if (!adminUrl) {
    const pg = await startEmbeddedPostgres({ dataDir: join(repoRoot(), '.data/postgres'), port: 54329, persistent: true });
    stop = pg.stop;
    adminUrl = pg.url;
  }
  const name = randomTestDatabaseName('bench_import');
  await createDatabase(adminUrl, name);
  const app = await NestFactory.createApplicationContext(
    RegionAppModule.forJobs({
      databaseUrl: withDatabase(adminUrl, name),
      messaging: { mode: 'in-process', bus: new InProcessBus() },
      outboxPollMs: 1000,
      consumerMaxAttempts: 1,
      nodeEnv: env.NODE_ENV,
      schemaFile: null,
      auth: authConfigFrom(env, 'bench-import'),
    }),
    { logger: false },
  );
  try {
    const imports = app.get(ImportService);
    const m = await imports.importMunicipalities('municipality_master.csv', benchMaster(dir), 'bench', { lenient: true });
    const blocksDir = join(dir, 'town-blocks');
    const files = readdirSync(blocksDir)
      .filter((f) => f.endsWith('.csv'))
      .sort()
      .map((f) => ({ name: f, bytes: readFileSync(join(blocksDir, f)) }));
    const single = oneFile(files);
    console.log('== input');
    console.log(`data       ${dir}`);
    console.log(`units      ${m.rowCount} municipalities (raw master, lenient; 双葉町's area from its polygon)`);
    console.log(`files      ${files.length} prefecture files, ${(files.reduce((s, f) => s + f.bytes.length, 0) / 2 ** 20).toFixed(1)} MiB; one file ${(single.length / 2 ** 20).toFixed(1)} MiB`);
    const ds = app.get(DataSource);
    const known = new Set<string>((await ds.query(`SELECT code FROM municipality`)).map((r: { code: string }) => r.code));
    const cases: [string, () => Promise<number>, () => void][] = [
      [
        '47 files as one import (lenient)',
        async () => (await imports.importTownBlocks(files, null, 'bench', { lenient: true })).rowCount,
        () => {
          const ctx = { known, changes: codeChangeTable(), seen: new SeenBlocks() };
          for (const f of files) readTownBlocks(f.name, f.bytes, ctx);
        },
      ],
      [
        'one 277,207-row file (strict)',
        async () => (await imports.importTownBlocks('japan.csv', single, 'bench')).rowCount,
        () => readTownBlocks('japan.csv', single, { known, changes: codeChangeTable() }),
      ],
    ];
    if (showStatements) timeStatements();
    console.log(`== town-block import (median of ${runs} runs after 1 warm-up; target ≤ 3 s)`);
    for (const [label, run, parse] of cases) {
      let rows = await run();
      const total: number[] = [];
      const parseOnly: number[] = [];
      const cpu: number[] = [];
      const pgCpu: number[] = [];
      for (let i = 0; i < runs; i++) {
        let t = performance.now();
        parse();
        parseOnly.push(performance.now() - t);
        const server = await serverCpu(ds);
        t = performance.now();
        const c = process.cpuUsage();
        statements.length = 0;
        rows = await run();
        total.push(performance.now() - t);
        const used = process.cpuUsage(c);
        cpu.push((used.user + used.system) / 1000);
        const spent = cpuSpent(server, await serverCpu(ds));
        if (spent !== null) pgCpu.push(spent);
        if (showStatements) printStatements();
      }
      const t = median(total);
      const p = median(parseOnly);
      console.log(
        `${label.padEnd(36)} ${sec(t).padStart(8)}  (parse alone ${sec(p)}; node CPU ${sec(median(cpu))}${pgCpu.length ? `, PostgreSQL CPU ${sec(median(pgCpu))}` : ''})  ${rows.toLocaleString('en')} rows  ${Math.round(rows / (t / 1000)).toLocaleString('en')} rows/s  load ${loadavg()[0].toFixed(1)}`,
      );
    }
  } finally {
    await app.close();
    await dropTestDatabase(adminUrl, name);
    await stop?.();
  }
}

main().then(
  () => process.exit(0),
  (err: Error) => {
    console.error(err);
    process.exit(1);
  },
);

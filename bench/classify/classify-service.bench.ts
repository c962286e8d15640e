/**
 * Classification end to end through the region service, on the shipped nationwide data
 * (data/japan): read the datasets from PostgreSQL, classify, store the run, every municipality's
 * result and explanation, the segment states and the `segment-changed` events (outbox), in one
 * transaction — what `classifyAreas` and `npm run region -- classify` do.
 *
 *   node tools/run-ts.cjs bench/classify/classify-service.bench.ts [--runs N]
 *
 * Database: a throw-away `sanpuku_test_bench_*` database on DATABASE_URL's server, else an
 * embedded PostgreSQL in a temporary directory. The first run writes ~1,740 events (every
 * segment is new); later runs change nothing and write none, so both are printed.
 * `npm run bench:classify` runs it after the in-memory benchmark. Target: ≤ 1.5 s per run (load + classify + store). Printed, never asserted.
 *
 * Each run prints its wall time per phase and the CPU time of node and of the PostgreSQL backends
 * (/proc), which vary much less with the load of a shared machine; the end prints what the last
 * run stored: explanations (json), summaries (jsonb) and the packed uncovered blocks (bytea; their
 * GeoJSON is built on read, see apps/region/README.md "What a classification run stores").
 */
import 'reflect-metadata';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DataSource } from 'typeorm';
import {
  createDatabase,
  dropTestDatabase,
  randomTestDatabaseName,
  repoRoot,
  setLogLevel,
  startEmbeddedPostgres,
  withDatabase,
} from '@sanpuku/platform';
import { freePort, startTestService } from '@sanpuku/platform/testing';
import { RegionAppModule } from '../../apps/region/src/app.module';
import { ClassificationService } from '../../apps/region/src/classification/classification.service';
import { ImportService } from '../../apps/region/src/imports/import.service';
import { regionService } from '../../apps/region/src/region.service-definition';
import { median, numberArg, printMachine } from '../common/bench.util';

const ms = (v: number): string => `${v.toFixed(0).padStart(6)} ms`;

/**
 * CPU seconds PostgreSQL spent for this database: the backends connected to it, from /proc (the
 * server runs on this machine in both modes). On a shared machine wall time varies with the
 * load; CPU time does much less.
 */
async function serverCpuMs(ds: DataSource): Promise<number> {
  const pids: { pid: number }[] = await ds.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`);
  let ticks = 0;
  for (const { pid } of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime
    } catch {
      // a backend that ended in between
    }
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}

async function main(): Promise<void> {
  setLogLevel('warn');
  const runs = numberArg('runs', 5);
  printMachine();
  const stops: (() => Promise<void>)[] = [];
  let adminUrl = process.env.DATABASE_URL;
  let where = 'DATABASE_URL';
  if (!adminUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'sanpuku-bench-pg-'));
    const pg = await startEmbeddedPostgres({ dataDir: dir, port: await freePort(), persistent: false });
    stops.push(async () => {
      await pg.stop();
      rmSync(dir, { recursive: true, force: true });
    });
    adminUrl = pg.url;
    where = 'embedded PostgreSQL (temporary)';
  }
  const name = randomTestDatabaseName('bench_classify');
  await createDatabase(adminUrl, name);
  stops.unshift(() => dropTestDatabase(adminUrl!, name));
  try {
    const region = await startTestService(regionService, (rt) => RegionAppModule.forRoot(rt), { databaseUrl: withDatabase(adminUrl, name) });
    stops.unshift(() => region.close());
    const dir = join(repoRoot(), 'data/japan');
    const gz = (f: string) => gunzipSync(readFileSync(join(dir, f)));
    const imports = region.app.get(ImportService);
    const t = performance.now();
    await imports.importMunicipalities('municipalities.csv', gz('municipalities.csv.gz'), 'bench');
    await imports.importTownBlocks('town-blocks.csv', gz('town-blocks.csv.gz'), 'bench');
    await imports.importResources('shops.geojson', gz('shops.geojson.gz'), 'bench');
    const [counts] = await region.app.get(DataSource).query(
      `SELECT (SELECT count(*)::int FROM municipality) AS m, (SELECT count(*)::int FROM town_block) AS b, (SELECT count(*)::int FROM resource) AS r`,
    );
    console.log(`\n== classification through the service (${where}), data/japan`);
    console.log(`imported ${counts.m} municipalities, ${counts.b} town blocks, ${counts.r} shops in ${(performance.now() - t) / 1000 | 0} s (not measured below)`);
    const service = region.app.get(ClassificationService);
    const ds = region.app.get(DataSource);
    const measured = async (label: string) => {
      const [c0, s0, t0] = [process.cpuUsage(), await serverCpuMs(ds), performance.now()];
      const r = await service.classify({});
      const total = performance.now() - t0;
      const c = process.cpuUsage(c0);
      const cpu = { node: (c.user + c.system) / 1000, server: (await serverCpuMs(ds)) - s0 };
      console.log(
        `${label.padEnd(24)} total ${ms(total)}  load ${ms(r.phasesMs.load)}  classify ${ms(r.phasesMs.classify)}  store ${ms(r.phasesMs.store)}  cpu node ${ms(cpu.node)} + postgres ${ms(cpu.server)}  (${r.unitCount} units, ${r.segmentChanges} events)`,
      );
      return { total, phases: r.phasesMs, cpu, runId: r.runId };
    };
    await measured('first run (all events)');
    const samples: Awaited<ReturnType<typeof measured>>[] = [];
    for (let i = 0; i < runs; i++) samples.push(await measured(`run ${i + 2} (no changes)`));
    const med = (f: (s: (typeof samples)[number]) => number) => ms(median(samples.map(f)));
    console.log(
      `median of ${runs}: total ${med((s) => s.total)}  load ${med((s) => s.phases.load)}  classify ${med((s) => s.phases.classify)}  store ${med((s) => s.phases.store)}  cpu node ${med((s) => s.cpu.node)} + postgres ${med((s) => s.cpu.server)}   (target ≤ 1500 ms)`,
    );
    const [size] = await ds.query(
      `SELECT sum(octet_length(explanation::text))::float8 AS explanation, sum(octet_length(explanation_summary::text))::float8 AS summary,
              sum(octet_length(uncovered_blocks))::float8 AS packed, sum(pg_column_size(explanation) + pg_column_size(explanation_summary) + COALESCE(pg_column_size(uncovered_blocks), 0))::float8 AS stored
         FROM municipality_classification WHERE run_id = $1`,
      [samples[samples.length - 1].runId],
    );
    const mb = (v: number | null) => `${((v ?? 0) / 1e6).toFixed(1)} MB`;
    console.log(
      `one run stores: explanations ${mb(size.explanation)} json + summaries ${mb(size.summary)} jsonb + uncovered blocks ${mb(size.packed)} packed (${mb(size.stored)} as stored, compressed)`,
    );
    console.log(`load       ${loadavg().map((l) => l.toFixed(2)).join(' ')} (1/5/15-min average at the end)`);
  } finally {
    for (const stop of stops) await stop().catch((e: Error) => console.error(`cleanup: ${e.message}`));
  }
}

main().catch((err: Error) => {
  console.error(err.stack ?? err.message);
  process.exit(1);
});

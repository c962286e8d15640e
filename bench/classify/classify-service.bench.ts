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
 */
import 'reflect-metadata';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
import { ClassificationService, RunSummary } from '../../apps/region/src/classification/classification.service';
import { ImportService } from '../../apps/region/src/imports/import.service';
import { regionService } from '../../apps/region/src/region.service-definition';
import { median, numberArg, printMachine } from '../common/bench.util';

const ms = (v: number): string => `${v.toFixed(0).padStart(6)} ms`;

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
    const row = (label: string, r: RunSummary, total: number) =>
      console.log(`${label.padEnd(28)} total ${ms(total)}  load ${ms(r.phasesMs.load)}  classify ${ms(r.phasesMs.classify)}  store ${ms(r.phasesMs.store)}  (${r.unitCount} units, ${r.segmentChanges} events)`);
    let t0 = performance.now();
    const first = await service.classify({});
    row('first run (all events)', first, performance.now() - t0);
    const totals: number[] = [];
    const phases: RunSummary['phasesMs'][] = [];
    for (let i = 0; i < runs; i++) {
      t0 = performance.now();
      const r = await service.classify({});
      totals.push(performance.now() - t0);
      phases.push(r.phasesMs);
      row(`run ${i + 2} (no changes)`, r, totals[i]);
    }
    console.log(
      `median of ${runs}: total ${ms(median(totals))}  load ${ms(median(phases.map((p) => p.load)))}  classify ${ms(median(phases.map((p) => p.classify)))}  store ${ms(median(phases.map((p) => p.store)))}   (target ≤ 1500 ms)`,
    );
  } finally {
    for (const stop of stops) await stop().catch((e: Error) => console.error(`cleanup: ${e.message}`));
  }
}

main().catch((err: Error) => {
  console.error(err.stack ?? err.message);
  process.exit(1);
});

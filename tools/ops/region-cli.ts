/**
 * Region command line: dataset imports with a progress bar, and classification runs, against
 * DATABASE_URL (or the embedded database of `npm start`). Writes go through the region service's
 * own use cases; events wait in its outbox and are published by the running service's relay.
 *
 *   npm run region -- import municipalities <file.csv>
 *   npm run region -- import town-blocks <file.csv>          (MLIT Shift_JIS or UTF-8 layout)
 *   npm run region -- import resources <file.geojson|csv> [--category convenience] [--source NAME]
 *   npm run region -- import boundaries <N03-21_PP_210101.json>   (国土数値情報 行政区域 GeoJSON)
 *   npm run region -- classify [--wards]
 */
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { SingleBar, Presets } from 'cli-progress';
import { authConfigFrom, CommonEnv, createDatabase, InProcessBus, loadEnv, repoRoot, setLogLevel, startEmbeddedPostgres, withDatabase } from '@sanpuku/platform';
import { RegionAppModule } from '../../apps/region/src/app.module';
import { ClassificationService } from '../../apps/region/src/classification/classification.service';
import { ImportRejected } from '../../apps/region/src/imports/import.errors';
import { ImportService } from '../../apps/region/src/imports/import.service';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
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
    const [command, kind, file] = args;
    if (command === 'import' && file) {
      const bar = new SingleBar({ format: `${kind} {bar} {percentage}% | {value}/{total} rows`, hideCursor: true }, Presets.shades_classic);
      let started = false;
      const progress = (done: number, total: number) => {
        if (!started) bar.start(total, 0);
        started = true;
        bar.update(done);
      };
      const bytes = readFileSync(file);
      const imports = app.get(ImportService);
      const by = `cli:${process.env.USER ?? 'unknown'}`;
      try {
        const s =
          kind === 'municipalities'
            ? await imports.importMunicipalities(basename(file), bytes, by, progress)
            : kind === 'town-blocks'
              ? await imports.importTownBlocks(basename(file), bytes, by, progress)
              : kind === 'resources'
                ? await imports.importResources(basename(file), bytes, by, { defaultCategory: option(args, 'category'), sourceName: option(args, 'source') }, progress)
                : kind === 'boundaries'
                  ? await imports.importBoundaries(basename(file), bytes, by, progress)
                  : null;
        if (started) bar.stop();
        if (!s) throw new Error(`unknown dataset kind ${kind}`);
        process.stdout.write(`imported ${s.rowCount} ${s.kind} rows as dataset ${s.datasetVersionId} (${s.format}) / 取り込み完了\n`);
        return 0;
      } catch (err) {
        if (started) bar.stop();
        if (!(err instanceof ImportRejected)) throw err;
        process.stderr.write(`${err.message}\n`);
        for (const i of err.issues) process.stderr.write(`  ${i.file}:${i.line}${i.column ? ` [${i.column}]` : ''} ${i.code}: ${i.messageEn} / ${i.messageJa}\n`);
        return 1;
      }
    }
    if (command === 'classify') {
      const r = await app.get(ClassificationService).classify({ level: args.includes('--wards') ? 'wards' : 'city' });
      process.stdout.write(`run ${r.runId}: ${r.unitCount} units, ${r.blockCount} blocks, ${r.resourceCount} shops, ${r.segmentChanges} segment changes (${r.policyRef}, ${r.distanceModel})\n`);
      return 0;
    }
    process.stderr.write('usage: npm run region -- import municipalities|town-blocks|resources|boundaries <file> [--category C] [--source NAME] | classify [--wards]\n');
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

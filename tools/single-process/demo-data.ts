import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { getLogger, repoRoot } from '@sanpuku/platform';
import { ClassificationService } from '../../apps/region/src/classification/classification.service';
import { ImportService } from '../../apps/region/src/imports/import.service';
import { loadCatalogueDemo } from '../../apps/catalogue/src/demo/catalogue-demo';

export interface DemoApps {
  catalogue: INestApplication;
  region: INestApplication;
  matching: INestApplication;
}

/** `DEMO_DATA`: `true` = all of Japan (data/japan) plus the demo operators and users; `kagawa` = 香川県 only (fast, for tests). */
export type DemoScope = 'japan' | 'kagawa';

/** Where the nationwide load stands, for the log and the readiness details. */
export type DemoProgress = {
  scope: DemoScope;
  state: 'loading' | 'ready';
  step: string;
  dataVersion?: string;
  seconds?: number;
};

/**
 * First-start demo data, loaded through the services' own use cases (so events flow as in real
 * use): real open data imported and classified — every municipality of Japan from data/japan
 * (`DEMO_DATA=true`, the default) or just 香川県 from data/kagawa (`DEMO_DATA=kagawa`) — and
 * clearly fictional 【デモ】 operators whose offerings (all in 香川県) are published through the
 * real review workflow (so matching receives them as events). The demo users are in
 * data/demo/users.json. Idempotent: each part checks whether it is already there, so later
 * starts on the same database skip it.
 */
export async function loadDemoData(apps: DemoApps, scope: DemoScope = 'japan', onProgress?: (p: DemoProgress) => void): Promise<void> {
  if (scope === 'japan') await loadJapan(apps.region, onProgress);
  else await loadKagawa(apps.region);
  await loadCatalogueDemo(apps.catalogue);
}

async function loadKagawa(region: INestApplication): Promise<void> {
  const log = getLogger('demo-data');
  const dir = join(repoRoot(), 'data/kagawa');
  const [{ n }] = await region.get(DataSource).query(`SELECT count(*)::int AS n FROM municipality WHERE prefecture_code = '37'`);
  if (n === 0) {
    const imports = region.get(ImportService);
    await imports.importMunicipalities('municipalities.csv', readFileSync(join(dir, 'municipalities.csv')), 'demo-loader');
    await imports.importTownBlocks('town-blocks-37.csv', readFileSync(join(dir, 'town-blocks-37.csv')), 'demo-loader');
    await imports.importResources('shops-37.geojson', readFileSync(join(dir, 'shops-37.geojson')), 'demo-loader', { sourceName: KAGAWA_SHOPS });
    const run = await region.get(ClassificationService).classify({});
    log.info({ runId: run.runId, municipalities: run.unitCount, blocks: run.blockCount }, 'demo: 香川県 imported and classified');
  }
  // Municipal boundaries for the maps (checked on their own, so a demo database from before them gets them too).
  const [{ b }] = await region.get(DataSource).query(`SELECT count(*)::int AS b FROM municipality_boundary WHERE prefecture_code = '37'`);
  if (b === 0) {
    await region.get(ImportService).importBoundaries('boundaries-37.geojson', readFileSync(join(dir, 'boundaries-37.geojson')), 'demo-loader');
    log.info('demo: 香川県 boundaries imported');
  }
}

const KAGAWA_SHOPS = 'osm-convenience-2013-kagawa';

export interface JapanManifest {
  version: string;
  files: Record<string, { bytes: number; sha256: string }>;
}

export function japanDataDir(): string {
  return join(repoRoot(), 'data/japan');
}

export function readJapanManifest(dir = japanDataDir()): JapanManifest {
  const file = join(dir, 'manifest.json');
  if (!existsSync(file)) throw new Error(`${file} is missing (see data/japan/README.md)`);
  return JSON.parse(readFileSync(file, 'utf8')) as JapanManifest;
}

/** The dataset source names of one version of the shipped data: a new version imports again, the same one is skipped. */
export const japanSourceName = (version: string, file: string): string => `japan-${version}/${file.replace(/\.gz$/, '')}`;

/**
 * All of Japan from data/japan (gzip files made by tools/ops/prepare-japan-data.mjs): the
 * municipality master, every town block, the shops and the boundaries, each imported once per
 * shipped version (the dataset version's source name carries it), then one classification.
 * Kagawa's demo shops, if an older start imported them, are dropped: the nationwide file has them.
 */
export async function loadJapan(region: INestApplication, onProgress?: (p: DemoProgress) => void, dir = japanDataDir()): Promise<void> {
  const log = getLogger('demo-data');
  const started = performance.now();
  const manifest = readJapanManifest(dir);
  const ds = region.get(DataSource);
  const imports = region.get(ImportService);
  const report = (step: string, state: DemoProgress['state'] = 'loading') => {
    const seconds = Math.round((performance.now() - started) / 100) / 10;
    onProgress?.({ scope: 'japan', state, step, dataVersion: manifest.version, seconds });
    if (state === 'loading') log.info({ step, dataVersion: manifest.version, seconds }, `demo: Japan — ${step}`);
  };
  const imported = new Set<string>(
    (await ds.query(`SELECT source_name FROM dataset_version WHERE source_name LIKE $1`, [`japan-${manifest.version}/%`])).map((r: { source_name: string }) => r.source_name),
  );
  const read = (file: string): Buffer => gunzipSync(readFileSync(join(dir, file)));
  const running = new Set<string>();
  /** Imports one shipped file unless this version of it is there; true when it imported. */
  const step = async (file: string, label: string, run: (name: string, bytes: Buffer) => Promise<unknown>): Promise<boolean> => {
    const name = japanSourceName(manifest.version, file);
    if (imported.has(name)) return false;
    running.add(label);
    report(`importing ${[...running].join(', ')}`);
    await run(name, read(file));
    running.delete(label);
    if (running.size) report(`importing ${[...running].join(', ')}`);
    return true;
  };
  const municipalities = await step('municipalities.csv.gz', 'municipalities', (name, bytes) => imports.importMunicipalities(name, bytes, 'demo-loader'));
  // Town blocks, shops and boundaries only need the municipalities: import them side by side,
  // so one file's parsing overlaps another's writing (each is still its own all-or-nothing import).
  const boundaries = step('boundaries.geojson.gz', 'boundaries', (name, bytes) => imports.importBoundaries(name, bytes, 'demo-loader'));
  const [blocks, shops] = await Promise.all([
    step('town-blocks.csv.gz', 'town blocks', (name, bytes) => imports.importTownBlocks(name, bytes, 'demo-loader')),
    step('shops.geojson.gz', 'shops', async (name, bytes) => {
      await ds.query(`DELETE FROM resource WHERE dataset_version_id IN (SELECT id FROM dataset_version WHERE kind = 'resources' AND source_name = $1)`, [KAGAWA_SHOPS]);
      return imports.importResources(name, bytes, 'demo-loader', { sourceName: name });
    }),
    boundaries.catch(() => false), // awaited (and its error thrown) below
  ]);
  const changed = municipalities || blocks || shops;
  const [{ runs }] = await ds.query(`SELECT count(*)::int AS runs FROM classification_run`);
  if (changed || runs === 0) {
    report('classifying');
    const run = await region.get(ClassificationService).classify({});
    log.info({ runId: run.runId, municipalities: run.unitCount, blocks: run.blockCount, phasesMs: run.phasesMs }, 'demo: Japan classified');
  }
  const boundariesImported = await boundaries;
  report(changed || boundariesImported ? 'imported and classified' : 'already imported', 'ready');
  if (changed || boundariesImported) log.info({ dataVersion: manifest.version, seconds: Math.round((performance.now() - started) / 100) / 10 }, 'demo: all of Japan imported and classified');
}

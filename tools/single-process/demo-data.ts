import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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

/**
 * First-start demo data, loaded through the services' own use cases (so events flow as in real
 * use): a real prefecture (香川県, data/kagawa with its attribution) imported and classified, and
 * clearly fictional 【デモ】 operators whose offerings are published through the real review
 * workflow (so matching receives them as events). The demo users are in data/demo/users.json.
 * Idempotent: each part checks whether it is already there.
 */
export async function loadDemoData(apps: DemoApps): Promise<void> {
  const log = getLogger('demo-data');
  const dir = join(repoRoot(), 'data/kagawa');
  const region = apps.region;
  const [{ n }] = await region.get(DataSource).query(`SELECT count(*)::int AS n FROM municipality WHERE prefecture_code = '37'`);
  if (n === 0) {
    const imports = region.get(ImportService);
    await imports.importMunicipalities('municipalities.csv', readFileSync(join(dir, 'municipalities.csv')), 'demo-loader');
    await imports.importTownBlocks('town-blocks-37.csv', readFileSync(join(dir, 'town-blocks-37.csv')), 'demo-loader');
    await imports.importResources('shops-37.geojson', readFileSync(join(dir, 'shops-37.geojson')), 'demo-loader', { sourceName: 'osm-convenience-2013-kagawa' });
    const run = await region.get(ClassificationService).classify({});
    log.info({ runId: run.runId, municipalities: run.unitCount, blocks: run.blockCount }, 'demo: 香川県 imported and classified');
  }
  // Municipal boundaries for the maps (checked on their own, so a demo database from before them gets them too).
  const [{ b }] = await region.get(DataSource).query(`SELECT count(*)::int AS b FROM municipality_boundary WHERE prefecture_code = '37'`);
  if (b === 0) {
    await region.get(ImportService).importBoundaries('boundaries-37.geojson', readFileSync(join(dir, 'boundaries-37.geojson')), 'demo-loader');
    log.info('demo: 香川県 boundaries imported');
  }
  await loadCatalogueDemo(apps.catalogue);
}

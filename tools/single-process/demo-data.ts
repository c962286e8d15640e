import { INestApplication } from '@nestjs/common';
import { getLogger } from '@sanpuku/platform';

/**
 * First-start demo data: a real prefecture (香川県) for region, and clearly fictional operators,
 * offerings and users of every role. Idempotent: each part checks whether it is already there.
 */
export async function loadDemoData(apps: INestApplication[]): Promise<void> {
  const log = getLogger('demo-data');
  log.info({ services: apps.length }, 'demo data: nothing to load yet');
}

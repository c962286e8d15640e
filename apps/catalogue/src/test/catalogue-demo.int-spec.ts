/**
 * The demo loader through the real service and PostgreSQL: clearly fictional operators and eight
 * offerings in 香川県, published through the workflow (so published events leave the outbox), and
 * a second run changes nothing.
 */
import { DataSource } from 'typeorm';
import { InProcessBus, setLogLevel } from '@sanpuku/platform';
import { createTestDatabase, RunningTestService, startTestService, TestDatabase, waitFor } from '@sanpuku/platform/testing';
import { CatalogueAppModule } from '../app.module';
import { catalogueService } from '../catalogue.service-definition';
import { loadCatalogueDemo } from '../demo/catalogue-demo';
import { SEARCH } from './catalogue.fixtures';

setLogLevel('silent');

let db: TestDatabase;
let catalogue: RunningTestService;
const bus = new InProcessBus();

beforeAll(async () => {
  db = await createTestDatabase('catalogue_demo');
  catalogue = await startTestService(catalogueService, (rt) => CatalogueAppModule.forRoot(rt), { databaseUrl: db.url, bus });
});

afterAll(async () => {
  await catalogue?.close();
  await db?.drop();
});

describe('the catalogue demo data', () => {
  it('publishes eight offerings of 【デモ】 operators in 香川県 through the workflow, once', async () => {
    await loadCatalogueDemo(catalogue.app);
    await loadCatalogueDemo(catalogue.app);
    const ds = catalogue.app.get(DataSource);
    const orgs: { name: string }[] = await ds.query(`SELECT name FROM organization ORDER BY name`);
    expect(orgs).toHaveLength(5);
    for (const o of orgs) expect(o.name.startsWith('【デモ】')).toBe(true);
    const r = await catalogue.gql(SEARCH, { filter: {}, first: 20 });
    expect(r.data.searchOfferings.total).toBe(8);
    const categories: { c: string }[] = await ds.query(`SELECT DISTINCT unnest(categories) AS c FROM offering WHERE status = 'published' ORDER BY c`);
    expect(categories.map((x) => x.c)).toEqual(
      expect.arrayContaining(['housework', 'meal_delivery', 'mobility', 'monitoring_emergency', 'shopping_delivery', 'workplace_consultation']),
    );
    const served: { code: string }[] = await ds.query(`SELECT DISTINCT unnest(served_municipalities) AS code FROM offering ORDER BY code`);
    expect(served.map((x) => x.code)).toEqual(['37201', '37202', '37364', '37386']);
    const published = await waitFor(async () => {
      const n = bus.unrouted.filter((m) => m.headers.ce_type === 'catalogue.offering.published').length;
      return n === 8 ? n : null;
    }, 'eight published events');
    expect(published).toBe(8);
    const history: { action: string; role: string; n: number }[] = await ds.query(
      `SELECT action, role, count(*)::int AS n FROM listing_history GROUP BY action, role ORDER BY action`,
    );
    expect(history).toEqual([
      { action: 'create', role: 'operator', n: 8 },
      { action: 'publish', role: 'municipal_reviewer', n: 8 },
      { action: 'submit', role: 'operator', n: 8 },
    ]);
  });
});

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

  it('search.text-ranks-title-and-category-above-operator-name', async () => {
    await loadCatalogueDemo(catalogue.app);
    type Hit = { relevance: number; matchedIn: string[]; offering: { title: string; organizationName: string } };
    const hits = async (text: string): Promise<{ order: string; items: Hit[] }> => {
      const r = await catalogue.gql(SEARCH, { filter: { text, municipalityCode: '37201' }, first: 20 });
      if (r.errors) throw new Error(JSON.stringify(r.errors));
      return r.data.searchOfferings;
    };
    // 配食: in one title and in one operator's name (whose housework offering is listed by title before it).
    const meals = await hits('配食');
    expect(meals.order).toBe('relevance');
    expect(meals.items.map((i) => [i.offering.title, i.matchedIn])).toEqual([
      ['【デモ】ひだまり配食 夕食お届け', ['title', 'operator']],
      ['【デモ】ひだまり 家事代行', ['operator']],
    ]);
    // 見守り: the sensor (title, category, description) above the meal delivery that is only in the 見守り category;
    // every whole-text match ranks above the operator-name-only ones.
    const watch = await hits('見守り');
    const rel = watch.items.map((i) => i.relevance);
    expect(rel).toEqual([...rel].sort((a, b) => b - a));
    expect(watch.items[0].offering.title).toBe('【デモ】みまもりネット 見守りセンサー');
    expect(watch.items[0].matchedIn).toEqual(expect.arrayContaining(['title', 'category']));
    const meal = watch.items.find((i) => i.offering.title === '【デモ】ひだまり配食 夕食お届け');
    expect(meal?.matchedIn).toEqual(['category']);
  });
});

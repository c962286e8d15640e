/**
 * Two catalogue instances over one PostgreSQL and the real Kafka broker: each keeps the taxonomy
 * (the category words every search reads, the families `taxonomy` answers) in memory
 * (TaxonomyReads), and a category added, renamed, retired or restored on EITHER instance reaches
 * the other through `catalogue.taxonomy.changed` on its fan-out. The changing instance answers
 * from the change at once (its own commit).
 */
import { DataSource } from 'typeorm';
import { Actor, EventFanout, setLogLevel } from '@sanpuku/platform';
import { createTestDatabase, createTestKafka, RunningTestService, startTestService, TestDatabase, TestKafka, waitFor } from '@sanpuku/platform/testing';
import { CatalogueAppModule } from '../app.module';
import { catalogueService } from '../catalogue.service-definition';
import { TaxonomyReads } from '../taxonomy/taxonomy-reads';

setLogLevel('silent');

const admin: Actor = { sub: 'admin-1', name: 'テスト管理者', role: 'admin' };
const TAXONOMY = `{ taxonomy { code categories { code labelJa labelEn } } }`;
const SEARCH = `query($c: [String!]) { searchOfferings(filter: { categories: $c }) { total } }`;
const TEXT_SEARCH = `query($t: String) { searchOfferings(filter: { text: $t }) { total } }`;

let db: TestDatabase;
let kafka: TestKafka;
let a: RunningTestService;
let b: RunningTestService;

const stats = (s: RunningTestService) => s.app.get(TaxonomyReads).stats;
const category = (families: { categories: { code: string; labelJa: string }[] }[], code: string) => families.flatMap((f) => f.categories).find((c) => c.code === code);

/** Until `s` has dropped its taxonomy more often than `before` (an event reached it). */
async function told(s: RunningTestService, before: number): Promise<void> {
  await waitFor(async () => stats(s).invalidations > before && stats(s).lastEvent?.type === 'catalogue.taxonomy.changed', `${s.url} told of the change`, 30_000, 10);
}

/** Reads the taxonomy and the category words on `s` so that both are in memory. */
async function warm(s: RunningTestService): Promise<void> {
  await s.data(TAXONOMY);
  await s.data(SEARCH, { c: ['meal_delivery'] });
  expect(stats(s).entries).toBeGreaterThanOrEqual(2);
}

beforeAll(async () => {
  db = await createTestDatabase('catalogue_cache_two');
  kafka = await createTestKafka('catalogue-cache-two');
  a = await startTestService(catalogueService, (rt) => CatalogueAppModule.forRoot(rt), { databaseUrl: db.url, kafka }); // migrates first
  b = await startTestService(catalogueService, (rt) => CatalogueAppModule.forRoot(rt), { databaseUrl: db.url, kafka });
  await waitFor(async () => a.app.get(EventFanout).ready && b.app.get(EventFanout).ready, 'both fan-outs receiving', 60_000, 50);
}, 120_000);

afterAll(async () => {
  for (const s of [a, b]) await s?.close();
  await db?.drop();
});

describe('the taxonomy kept in memory on two catalogue instances', () => {
  it('taxonomy.cache-answers-from-memory-until-told', async () => {
    await warm(a);
    // A change behind the service's back (no event) is not seen: A answers from memory.
    await a.app.get(DataSource).query(`UPDATE taxonomy_category SET label_ja = '裏口の変更' WHERE code = 'housework'`);
    expect(category((await a.data(TAXONOMY)).taxonomy, 'housework')?.labelJa).not.toBe('裏口の変更');
    await a.app.get(DataSource).query(`UPDATE taxonomy_category SET label_ja = '家事' WHERE code = 'housework'`);
  });

  it('taxonomy.cache-a-category-renamed-on-b-is-what-a-answers-afterwards', async () => {
    await warm(a);
    await warm(b);
    const before = stats(a).invalidations;
    const renamed = await b.data(`mutation { renameTaxonomyCategory(input: { code: "meal_delivery", labelJa: "お弁当の配達", labelEn: "Lunch box delivery" }) { code categories { code labelJa } } }`, {}, admin);
    expect(category(renamed.renameTaxonomyCategory, 'meal_delivery')?.labelJa).toBe('お弁当の配達');
    // B, which made the change, answers from it at once.
    expect(category((await b.data(TAXONOMY)).taxonomy, 'meal_delivery')?.labelJa).toBe('お弁当の配達');
    await told(a, before);
    expect(category((await a.data(TAXONOMY)).taxonomy, 'meal_delivery')).toMatchObject({ labelJa: 'お弁当の配達', labelEn: 'Lunch box delivery' });
    // The words a text search matches category names with are the new ones too (no offering: the search answers, it does not refuse).
    expect((await a.data(TEXT_SEARCH, { t: 'お弁当' })).searchOfferings.total).toBe(0);
  });

  it('taxonomy.cache-a-category-added-retired-and-restored-on-b-reaches-a', async () => {
    await warm(a);
    // Unknown on A before it exists.
    const unknown = await a.gql(SEARCH, { c: ['pet_care'] });
    expect(unknown.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    let before = stats(a).invalidations;
    await b.data(`mutation { addTaxonomyCategory(input: { code: "pet_care", familyCode: "daily_living", labelJa: "ペットの世話", labelEn: "Pet care" }) { code } }`, {}, admin);
    await told(a, before);
    expect((await a.data(SEARCH, { c: ['pet_care'] })).searchOfferings.total).toBe(0);
    expect(category((await a.data(TAXONOMY)).taxonomy, 'pet_care')?.labelJa).toBe('ペットの世話');

    before = stats(a).invalidations;
    await b.data(`mutation { deactivateTaxonomyCategory(code: "pet_care") { code } }`, {}, admin);
    await told(a, before);
    expect(category((await a.data(TAXONOMY)).taxonomy, 'pet_care')).toBeUndefined();

    before = stats(a).invalidations;
    await b.data(`mutation { reactivateTaxonomyCategory(code: "pet_care") { code } }`, {}, admin);
    await told(a, before);
    expect(category((await a.data(TAXONOMY)).taxonomy, 'pet_care')?.labelJa).toBe('ペットの世話');
  });
});

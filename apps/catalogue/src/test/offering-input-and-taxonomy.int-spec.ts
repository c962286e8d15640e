/**
 * Rejected input through the catalogue service and real PostgreSQL: every problem of an offering
 * comes back at once as BAD_USER_INPUT, `extensions.field` naming the first field and
 * `extensions.errors` listing all of them (JSON Pointer into the GraphQL input, stable code,
 * ja and en messages) — and nothing is stored. Also: the taxonomy an administrator edits decides
 * which category codes an offering may use.
 */
import { DataSource } from 'typeorm';
import { InProcessBus, setLogLevel } from '@sanpuku/platform';
import { createTestDatabase, RunningTestService, startTestService, TestDatabase } from '@sanpuku/platform/testing';
import { CatalogueAppModule } from '../app.module';
import { catalogueService } from '../catalogue.service-definition';
import { CREATE, PLACES, REGISTER, admin, mealOfferingInput, operatorA, operatorB, organizationInput } from './catalogue.fixtures';

setLogLevel('silent');

let db: TestDatabase;
let catalogue: RunningTestService;

beforeAll(async () => {
  db = await createTestDatabase('catalogue_input');
  catalogue = await startTestService(catalogueService, (rt) => CatalogueAppModule.forRoot(rt), { databaseUrl: db.url, bus: new InProcessBus() });
  const r = await catalogue.gql(REGISTER, { input: organizationInput('株式会社テスト入力検査', '700110005901') }, operatorA);
  expect(r.errors).toBeUndefined();
});

afterAll(async () => {
  await catalogue?.close();
  await db?.drop();
});

type Err = { path: string; code: string; messageJa: string; messageEn: string };
const errorsOf = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => (r.errors?.[0].extensions?.problems ?? []) as Err[];
const stored = async () => (await catalogue.app.get(DataSource).query(`SELECT count(*)::int AS n FROM offering`))[0].n as number;

describe('an offering with bad input', () => {
  it('negative price, unknown category, hours ending before starting and a base outside Japan: all reported, none stored', async () => {
    const input = mealOfferingInput({
      categories: ['meal_delivery', 'time_travel'],
      price: { amountYen: -600, unit: 'per_visit' },
      schedule: [{ day: 1, opensAt: '18:00', closesAt: '16:00' }],
      base: { lat: 10.5, lng: 134.05 },
    });
    const r = await catalogue.gql(CREATE, { input }, operatorA);
    expect(r.data).toBeNull();
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: '/input/categories/1' });
    const errors = errorsOf(r);
    expect(errors.map((e) => `${e.path} ${e.code}`).sort()).toEqual(
      ['/input/base base_outside_japan', '/input/categories/1 category_unknown', '/input/price/amountYen price_negative', '/input/schedule/0/closesAt schedule_end_not_after_start'].sort(),
    );
    const price = errors.find((e) => e.code === 'price_negative')!;
    expect(price).toEqual({ path: '/input/price/amountYen', code: 'price_negative', messageJa: '金額にマイナスは指定できません。', messageEn: 'The amount cannot be negative.' });
    const unknown = errors.find((e) => e.code === 'category_unknown')!;
    expect(unknown.messageJa).toBe('この分類は分類表にありません。分類表から選んでください。');
    expect(`${unknown.messageJa} ${unknown.messageEn}`).not.toContain('time_travel'); // the path names the item; a sentence never repeats a code
    expect(await stored()).toBe(0);
  });

  it('a radius over 100 km, with its centre named as the input names it', async () => {
    const input = mealOfferingInput({ serviceArea: { kind: 'radius', center: { lat: 34.3, lng: 160 }, radiusM: 150_000 }, servedMunicipalityCodes: ['37201'] });
    const errors = errorsOf(await catalogue.gql(CREATE, { input }, operatorA));
    expect(errors.map((e) => `${e.path} ${e.code}`).sort()).toEqual(['/input/serviceArea/center base_outside_japan', '/input/serviceArea/radiusM radius_too_large']);
    expect(await stored()).toBe(0);
  });

  it('a polygon that is not closed, and one that crosses itself', async () => {
    const open = [[[133.815, 34.295], [133.845, 34.295], [133.845, 34.318], [133.815, 34.318]]];
    const bowTie = [[[133.815, 34.295], [133.845, 34.318], [133.845, 34.295], [133.815, 34.318], [133.815, 34.295]]];
    const e1 = errorsOf(await catalogue.gql(CREATE, { input: mealOfferingInput({ serviceArea: { kind: 'polygon', polygon: open } }) }, operatorA));
    expect(e1.map((e) => `${e.path} ${e.code}`)).toEqual(['/input/serviceArea/polygon/0 polygon_ring_not_closed']);
    const e2 = errorsOf(await catalogue.gql(CREATE, { input: mealOfferingInput({ serviceArea: { kind: 'polygon', polygon: bowTie } }) }, operatorA));
    expect(e2.map((e) => `${e.path} ${e.code}`)).toEqual(['/input/serviceArea/polygon/0 polygon_self_intersecting']);
    expect(e2[0].messageEn).toMatch(/^The polygon boundary crosses itself \(near lng 133\.83\d+, lat 34\.30\d+\)\.$/);
    expect(await stored()).toBe(0);
  });

  it('fields that do not fit the area kind, an insured service without care levels, an over-long English title; a missing capacity', async () => {
    const input = mealOfferingInput({
      titleEn: 'x'.repeat(201),
      coverage: 'covered',
      serviceArea: { kind: 'radius', center: PLACES.takamatsuBancho1, radiusM: 3000, municipalityCodes: ['37201'] },
    });
    const errors = errorsOf(await catalogue.gql(CREATE, { input }, operatorA));
    expect(errors.map((e) => `${e.path} ${e.code}`).sort()).toEqual(
      ['/input/eligibility/careLevels covered_requires_care_level', '/input/serviceArea/municipalityCodes not_applicable_for_kind', '/input/titleEn text_too_long'].sort(),
    );
    const noCapacity = errorsOf(await catalogue.gql(CREATE, { input: mealOfferingInput({ capacityStatus: null }) }, operatorA));
    expect(noCapacity.map((e) => `${e.path} ${e.code}`)).toEqual(['/input/capacityStatus required']);
    expect(await stored()).toBe(0);
  });

  it('a value GraphQL itself cannot accept is refused before the service, naming the field', async () => {
    const r = await catalogue.gql(CREATE, { input: mealOfferingInput({ coverage: 'sometimes' }) }, operatorA);
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: '/input/coverage', problems: [{ path: '/input/coverage' }] });
    expect(await stored()).toBe(0);
  });

  it('the valid offering is stored as a draft', async () => {
    const r = await catalogue.gql(CREATE, { input: mealOfferingInput() }, operatorA);
    expect(r.errors).toBeUndefined();
    expect(r.data.createOffering.status).toBe('draft');
    expect(await stored()).toBe(1);
  });
});

describe('taxonomy administration', () => {
  const TAXONOMY = `query($all: Boolean) { taxonomy(includeInactive: $all) { code categories { code labelJa active } } }`;
  const codes = async (all: boolean) =>
    ((await catalogue.gql(TAXONOMY, { all })).data.taxonomy as { categories: { code: string }[] }[]).flatMap((f) => f.categories.map((c) => c.code));

  it('only an administrator edits it; a bad category names its fields', async () => {
    const denied = await catalogue.gql(`mutation { deactivateTaxonomyCategory(code: "housing") { code } }`, {}, operatorA);
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const bad = await catalogue.gql(
      `mutation { addTaxonomyCategory(input: { code: "Pet Care", familyCode: "nowhere", labelJa: "", labelEn: "Pet care" }) { code } }`,
      {},
      admin,
    );
    expect((bad.errors?.[0].extensions?.problems as { path: string; code: string }[]).map((e) => `${e.path} ${e.code}`)).toEqual([
      '/input/code code_invalid',
      '/input/familyCode family_unknown',
      '/input/labelJa label_invalid',
    ]);
    const taken = await catalogue.gql(`mutation { addTaxonomyCategory(input: { code: "housework", familyCode: "daily_living", labelJa: "家事", labelEn: "Housework" }) { code } }`, {}, admin);
    expect(taken.errors?.[0].extensions?.field).toBe('/input/code');
  });

  it('a deactivated category is hidden and cannot be chosen; reactivated, it can; renaming keeps the code', async () => {
    const d = await catalogue.gql(`mutation { deactivateTaxonomyCategory(code: "meal_delivery") { code } }`, {}, admin);
    expect(d.errors).toBeUndefined();
    expect(await codes(false)).not.toContain('meal_delivery');
    expect(await codes(true)).toContain('meal_delivery');
    const refused = await catalogue.gql(CREATE, { input: mealOfferingInput() }, operatorA);
    expect((refused.errors?.[0].extensions?.problems as { path: string; code: string }[]).map((e) => `${e.path} ${e.code}`)).toEqual(['/input/categories/0 category_unknown']);
    await catalogue.gql(`mutation { reactivateTaxonomyCategory(code: "meal_delivery") { code } }`, {}, admin);
    const renamed = await catalogue.gql(`mutation { renameTaxonomyCategory(input: { code: "meal_delivery", labelJa: "配食", labelEn: "Meal delivery" }) { code } }`, {}, admin);
    expect(renamed.errors).toBeUndefined();
    const families = (await catalogue.gql(TAXONOMY, { all: false })).data.taxonomy as { categories: { code: string; labelJa: string }[] }[];
    expect(families.flatMap((f) => f.categories).find((c) => c.code === 'meal_delivery')?.labelJa).toBe('配食');
    const added = await catalogue.gql(`mutation { addTaxonomyCategory(input: { code: "pet_care", familyCode: "daily_living", labelJa: "ペットの世話", labelEn: "Pet care" }) { code } }`, {}, admin);
    expect(added.errors).toBeUndefined();
    const ok = await catalogue.gql(CREATE, { input: mealOfferingInput({ categories: ['pet_care', 'meal_delivery'] }) }, operatorA);
    expect(ok.errors).toBeUndefined();
  });
});

describe('what an administrator sees next to categories and organizations (offerings made above)', () => {
  type Count = { status: string; statusLabelJa: string; count: number };
  const byStatus = (xs: Count[]) => Object.fromEntries(xs.filter((x) => x.count > 0).map((x) => [x.status, x.count]));

  it('taxonomy.listing-counts-per-state-show-what-a-category-carries-admin-only', async () => {
    const Q = `{ taxonomy(includeInactive: true) { categories { code listingCounts { status statusLabelJa statusLabelEn count } } } }`;
    const r = await catalogue.gql(Q, {}, admin);
    expect(r.errors).toBeUndefined();
    const cats = (r.data.taxonomy as { categories: { code: string; listingCounts: Count[] }[] }[]).flatMap((f) => f.categories);
    const [{ n }] = await catalogue.app.get(DataSource).query(`SELECT count(*)::int AS n FROM offering WHERE 'meal_delivery' = ANY(categories) AND status = 'draft'`);
    expect(n).toBeGreaterThan(0);
    expect(byStatus(cats.find((c) => c.code === 'meal_delivery')!.listingCounts)).toEqual({ draft: n });
    expect(byStatus(cats.find((c) => c.code === 'pet_care')!.listingCounts)).toEqual({ draft: 1 });
    expect(byStatus(cats.find((c) => c.code === 'housing')?.listingCounts ?? [])).toEqual({});
    const draft = cats.find((c) => c.code === 'pet_care')!.listingCounts.find((x) => x.status === 'draft')!;
    expect(draft).toMatchObject({ statusLabelJa: '下書き', count: 1 });
    const asOperator = await catalogue.gql(Q, {}, operatorA);
    expect((asOperator.data.taxonomy as { categories: { listingCounts: unknown }[] }[]).flatMap((f) => f.categories).every((c) => c.listingCounts === null)).toBe(true);
  });

  it('organizations.listing-counts-and-served-municipalities-for-admin-and-own-operator-only', async () => {
    const FIELDS = `id name corporateNumber createdAt listingCounts { status count } servedMunicipalities { code name }`;
    const list = await catalogue.gql(`{ organizations { ${FIELDS} } }`, {}, admin);
    expect(list.errors).toBeUndefined();
    const org = (list.data.organizations as { name: string; listingCounts: Count[]; servedMunicipalities: { code: string; name: string }[] }[]).find(
      (o) => o.name === '株式会社テスト入力検査',
    )!;
    const [{ n }] = await catalogue.app.get(DataSource).query(`SELECT count(*)::int AS n FROM offering WHERE status = 'draft'`);
    expect(byStatus(org.listingCounts)).toEqual({ draft: n });
    expect(org.listingCounts.map((c) => c.status)).toEqual(['draft', 'submitted', 'published', 'returned', 'withdrawn']);
    expect(org.servedMunicipalities).toEqual([
      { code: '37201', name: '香川県高松市' },
      { code: '37386', name: '香川県宇多津町' },
    ]);
    const mine = await catalogue.gql(`{ myOrganization { ${FIELDS} } }`, {}, operatorA);
    expect(byStatus(mine.data.myOrganization.listingCounts)).toEqual({ draft: n });
    const other = await catalogue.gql(`query($id: ID!) { organization(id: $id) { listingCounts { count } servedMunicipalities { code } } }`, { id: mine.data.myOrganization.id }, operatorB);
    expect(other.data.organization).toEqual({ listingCounts: null, servedMunicipalities: null });
    const anonymous = await catalogue.gql(`query($id: ID!) { organization(id: $id) { listingCounts { count } } }`, { id: mine.data.myOrganization.id });
    expect(anonymous.data.organization.listingCounts).toBeNull();
  });
});

/**
 * Search through the catalogue service and real PostgreSQL, over listings published through the
 * real workflow in 香川県: by category, point (radius boundary to the metre, polygon with a hole,
 * municipality-list areas with the point's municipality), municipality, coverage, care level,
 * price ceiling, day, capacity and Japanese free text (ｶﾞｲﾄﾞ ≡ ガイド), with pagination, the total
 * and a deterministic order. Drafts and listings under review are never found.
 */
import { geodesicDestination } from '@sanpuku/catalogue-domain';
import { Actor, InProcessBus, setLogLevel } from '@sanpuku/platform';
import { createTestDatabase, RunningTestService, startTestService, TestDatabase } from '@sanpuku/platform/testing';
import { CatalogueAppModule } from '../app.module';
import { catalogueService } from '../catalogue.service-definition';
import {
  CREATE,
  OFFERING,
  OFFERING_FIELDS,
  ORG_A,
  PLACES,
  PUBLISH,
  REGISTER,
  SEARCH,
  SUBMIT,
  UPDATE_ORG,
  WITHDRAW,
  mealOfferingInput,
  operatorA,
  operatorB,
  organizationInput,
  takamatsuReviewer,
  utazuReviewer,
} from './catalogue.fixtures';

setLogLevel('silent');

const marugameReviewer: Actor = { sub: 'rv-marugame', name: '丸亀市 審査担当', role: 'municipal_staff', municipalityCode: '37202' };
const naoshimaReviewer: Actor = { sub: 'rv-naoshima', name: '直島町 審査担当', role: 'municipal_staff', municipalityCode: '37364' };

let db: TestDatabase;
let catalogue: RunningTestService;
const ids: Record<string, string> = {};

const RADIUS_CENTER = PLACES.takamatsuBancho1;
const RADIUS_M = 3000;
/** 宇多津町: an outer ring with one hole (GeoJSON [lng, lat]). */
const UTAZU_POLYGON = [
  [[133.815, 34.295], [133.845, 34.295], [133.845, 34.318], [133.815, 34.318], [133.815, 34.295]],
  [[133.836, 34.3], [133.84, 34.3], [133.84, 34.304], [133.836, 34.304], [133.836, 34.3]],
];

async function publish(key: string, input: Record<string, unknown>, operator: Actor, reviewer: Actor): Promise<void> {
  const c = await catalogue.gql(CREATE, { input }, operator);
  if (c.errors) throw new Error(JSON.stringify(c.errors));
  ids[key] = c.data.createOffering.id;
  const s = await catalogue.gql(SUBMIT, { id: ids[key] }, operator);
  if (s.errors) throw new Error(JSON.stringify(s.errors));
  const p = await catalogue.gql(PUBLISH, { id: ids[key] }, reviewer);
  if (p.errors) throw new Error(JSON.stringify(p.errors));
}

beforeAll(async () => {
  db = await createTestDatabase('catalogue_search');
  catalogue = await startTestService(catalogueService, (rt) => CatalogueAppModule.forRoot(rt), { databaseUrl: db.url, bus: new InProcessBus() });
  await catalogue.gql(REGISTER, { input: organizationInput('株式会社テストひだまり', '700110005901') }, operatorA);
  await catalogue.gql(REGISTER, { input: organizationInput('合同会社テストおでかけ', '800110005904') }, operatorB);

  // 高松市, municipality list, meals Mon/Wed/Fri, ¥600, available.
  await publish('meals', mealOfferingInput({ serviceArea: { kind: 'municipalities', municipalityCodes: ['37201'] } }), operatorA, takamatsuReviewer);
  // 3 km around 番町一丁目, outings with a guide helper, ¥2,000/h, Tue/Thu.
  await publish(
    'guide',
    mealOfferingInput({
      title: 'ガイドヘルパーとおでかけ',
      description: '通院や買い物に付き添います。',
      categories: ['mobility'],
      price: { amountYen: 2000, unit: 'per_hour' },
      schedule: [
        { day: 2, opensAt: '09:00', closesAt: '17:00' },
        { day: 4, opensAt: '09:00', closesAt: '17:00' },
      ],
      serviceArea: { kind: 'radius', center: RADIUS_CENTER, radiusM: RADIUS_M },
      servedMunicipalityCodes: ['37201'],
      base: null,
    }),
    operatorB,
    takamatsuReviewer,
  );
  // 宇多津町 polygon with a hole, shopping tours written in half-width katakana, ¥500, by arrangement.
  await publish(
    'shopping',
    mealOfferingInput({
      title: '買い物ツアー',
      description: 'ｶﾞｲﾄﾞ付きで商店街をまわります。ＧＰＳ見守り付き。',
      categories: ['shopping_delivery'],
      price: { amountYen: 500, unit: 'per_visit' },
      schedule: [],
      serviceArea: { kind: 'polygon', polygon: UTAZU_POLYGON },
      servedMunicipalityCodes: ['37386'],
      base: PLACES.utazuNakamura,
    }),
    operatorB,
    utazuReviewer,
  );
  // 丸亀市, insured monitoring for care levels 1–3, ¥1,200/month, waitlist.
  await publish(
    'monitoring',
    mealOfferingInput({
      title: '見守りセンサー 安心コール',
      description: '介護保険の福祉用具貸与で利用できる見守りセンサーです。',
      categories: ['monitoring_emergency'],
      coverage: 'covered',
      eligibility: { certificationRequired: true, careLevels: ['care_1', 'care_2', 'care_3'] },
      price: { amountYen: 1200, unit: 'per_month' },
      capacityStatus: 'waitlist',
      serviceArea: { kind: 'municipalities', municipalityCodes: ['37202'] },
      base: PLACES.marugameOte1,
    }),
    operatorA,
    marugameReviewer,
  );
  // 直島町, full, Saturdays.
  await publish(
    'naoshima',
    mealOfferingInput({
      title: '島の家事お手伝い',
      categories: ['housework'],
      price: { amountYen: 1500, unit: 'per_hour' },
      schedule: [{ day: 6, opensAt: '10:00', closesAt: '12:00' }],
      capacityStatus: 'full',
      serviceArea: { kind: 'municipalities', municipalityCodes: ['37364'] },
      base: PLACES.naoshimaNakaoku,
    }),
    operatorA,
    naoshimaReviewer,
  );
  // More 高松市 meal services for paging.
  for (const [i, title] of ['あおぞら弁当', 'さくら配食', 'みどり食堂 宅配', 'わかば夕食便'].entries()) {
    await publish(`meals${i}`, mealOfferingInput({ title, serviceArea: { kind: 'municipalities', municipalityCodes: ['37201'] } }), operatorA, takamatsuReviewer);
  }
  // A draft and a submitted listing that match everything: never found.
  await catalogue.gql(CREATE, { input: mealOfferingInput({ title: '下書きの配食ガイド' }) }, operatorA);
  const c = await catalogue.gql(CREATE, { input: mealOfferingInput({ title: '審査中の配食ガイド' }) }, operatorA);
  await catalogue.gql(SUBMIT, { id: c.data.createOffering.id }, operatorA);
});

afterAll(async () => {
  await catalogue?.close();
  await db?.drop();
});

type Result = {
  total: number;
  order: string;
  municipalityAreasIncluded: boolean;
  items: { distanceM: number | null; relevance: number; matchedIn: string[]; matchedInLabelJa: string[]; offering: { id: string; title: string } }[];
};
async function search(filter: Record<string, unknown>, first = 100, offset = 0): Promise<Result> {
  const r = await catalogue.gql(SEARCH, { filter, first, offset });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data.searchOfferings;
}
const keysOf = (r: Result) => r.items.map((i) => Object.keys(ids).find((k) => ids[k] === i.offering.id) ?? i.offering.title);
const MEALS = ['meals', 'meals0', 'meals1', 'meals2', 'meals3'];

describe('searching published offerings (anyone, no token)', () => {
  it('by category (any of), in normalised-title order, with the total', async () => {
    const r = await search({ categories: ['meal_delivery'] });
    expect(r.total).toBe(5);
    expect(r.order).toBe('title');
    expect(keysOf(r)).toEqual(['meals0', 'meals1', 'meals', 'meals2', 'meals3']); // あおぞら, さくら, ひだまり, みどり, わかば
    expect(keysOf(await search({ categories: ['mobility', 'housework'] })).sort()).toEqual(['guide', 'naoshima']);
  });

  it('by a point in a radius area: a metre inside the circle is found, a metre outside is not', async () => {
    for (const bearing of [0, 90, 225]) {
      const inside = geodesicDestination(RADIUS_CENTER, bearing, RADIUS_M - 1);
      const outside = geodesicDestination(RADIUS_CENTER, bearing, RADIUS_M + 1);
      const r = await search({ near: inside });
      expect(keysOf(r)).toEqual(['guide']);
      expect(r.items[0].distanceM).toBeCloseTo(RADIUS_M - 1, 3); // from the radius area's centre
      expect(keysOf(await search({ near: outside }))).toEqual([]);
    }
  });

  it('by a point with its municipality: municipality-list areas count too, nearest base first', async () => {
    const r = await search({ near: { ...PLACES.takamatsuBancho1, municipalityCode: '37201' } });
    expect(r.municipalityAreasIncluded).toBe(true);
    expect(r.order).toBe('distance');
    expect(r.total).toBe(6);
    // All meal services share a base (瓦町一丁目, ~0.5 km away): ordered by id among themselves.
    const mealIds = MEALS.map((k) => ids[k]).sort();
    expect(r.items.map((i) => i.offering.id)).toEqual([ids.guide, ...mealIds]);
    expect(r.items[0].distanceM).toBe(0);
    expect(r.items[1].distanceM).toBeGreaterThan(400);
    expect(r.items[1].distanceM).toBeLessThan(600);
    const without = await search({ near: PLACES.takamatsuBancho1 });
    expect(without.municipalityAreasIncluded).toBe(false);
    expect(keysOf(without)).toEqual(['guide']);
  });

  it('by a point in a polygon: inside is found, in its hole or outside is not', async () => {
    expect(keysOf(await search({ near: { ...PLACES.utazuNakamura, municipalityCode: '37386' } }))).toEqual(['shopping']);
    expect(keysOf(await search({ near: { lat: 34.302, lng: 133.838, municipalityCode: '37386' } }))).toEqual([]);
    expect(keysOf(await search({ near: { lat: 34.32, lng: 133.83, municipalityCode: '37386' } }))).toEqual([]);
  });

  it('by municipality: its municipality-list offerings and the radius/polygon offerings that declared it', async () => {
    expect(keysOf(await search({ municipalityCode: '37386' }))).toEqual(['shopping']);
    expect(keysOf(await search({ municipalityCode: '37201' })).sort()).toEqual(['guide', ...MEALS].sort());
    expect(keysOf(await search({ municipalityCode: '37202' }))).toEqual(['monitoring']);
    expect((await search({ municipalityCode: '37203' })).total).toBe(0);
  });

  it('by insurance coverage and by the care level of the person', async () => {
    expect(keysOf(await search({ coverage: 'covered' }))).toEqual(['monitoring']);
    expect((await search({ coverage: 'not_covered' })).total).toBe(8);
    expect(keysOf(await search({ careLevel: 'care_2', categories: ['monitoring_emergency'] })).sort()).toEqual(['monitoring', ...MEALS].sort());
    expect(keysOf(await search({ careLevel: 'care_5', categories: ['monitoring_emergency'] })).sort()).toEqual([...MEALS].sort());
    expect(keysOf(await search({ careLevel: 'none' }))).not.toContain('monitoring');
  });

  it('by price ceiling, day of week (offerings by arrangement match every day) and capacity', async () => {
    expect(keysOf(await search({ maxPriceYen: 600 })).sort()).toEqual(['shopping', ...MEALS].sort());
    expect(keysOf(await search({ maxPriceYen: 499 }))).toEqual([]);
    expect(keysOf(await search({ dayOfWeek: 2 })).sort()).toEqual(['guide', 'shopping']);
    expect(keysOf(await search({ dayOfWeek: 6 })).sort()).toEqual(['naoshima', 'shopping']);
    expect(keysOf(await search({ capacity: ['full'] }))).toEqual(['naoshima']);
    expect(keysOf(await search({ capacity: ['waitlist', 'full'] })).sort()).toEqual(['monitoring', 'naoshima']);
  });

  it('by Japanese free text: ｶﾞｲﾄﾞ and ガイド find each other, full-width ＧＰＳ is gps, one kanji matches inside words', async () => {
    expect(keysOf(await search({ text: 'ｶﾞｲﾄﾞ' })).sort()).toEqual(['guide', 'shopping']);
    expect(keysOf(await search({ text: 'ガイド' })).sort()).toEqual(['guide', 'shopping']);
    expect(keysOf(await search({ text: 'がいど' })).sort()).toEqual(['guide', 'shopping']);
    expect(keysOf(await search({ text: 'gps' }))).toEqual(['shopping']);
    expect(keysOf(await search({ text: '商店街 ガイド' }))).toEqual(['shopping']);
    expect(keysOf(await search({ text: '島' }))).toEqual(['naoshima']);
    expect(keysOf(await search({ text: 'テストおでかけ' })).sort()).toEqual(['guide', 'shopping']); // the operator's name
    expect((await search({ text: '配食ガイド' })).total).toBe(0); // drafts and submissions are not searchable
  });

  it('combined criteria', async () => {
    const r = await search({ categories: ['meal_delivery'], near: { ...PLACES.takamatsuRitsurin1, municipalityCode: '37201' }, maxPriceYen: 600, dayOfWeek: 3, text: '弁当' });
    expect(keysOf(r)).toEqual(['meals0']);
  });

  it('pages partition the result, with the same total on every page, in the same order every time', async () => {
    const all = await search({});
    expect(all.total).toBe(9);
    const pages: string[] = [];
    for (let offset = 0; offset < 10; offset += 2) {
      const p = await search({}, 2, offset);
      expect(p.total).toBe(9);
      pages.push(...p.items.map((i) => i.offering.id));
    }
    expect(pages).toEqual(all.items.map((i) => i.offering.id));
    expect((await search({})).items.map((i) => i.offering.id)).toEqual(all.items.map((i) => i.offering.id));
    const near = { near: { ...PLACES.takamatsuBancho1, municipalityCode: '37201' } };
    const nearAll = await search(near);
    const nearPaged = [...(await search(near, 4, 0)).items, ...(await search(near, 4, 4)).items].map((i) => i.offering.id);
    expect(nearPaged).toEqual(nearAll.items.map((i) => i.offering.id));
  });

  it('search.ranked-items-are-the-whole-stored-offering', async () => {
    // A point or text search reads each candidate's record in the same query as its ranking
    // columns; what it answers must be exactly what the offering itself answers.
    const q = `query($filter: OfferingSearchInput) { searchOfferings(filter: $filter) { items { offering { ${OFFERING_FIELDS} } } } }`;
    for (const filter of [{ near: { ...PLACES.takamatsuBancho1, municipalityCode: '37201' } }, { text: '弁当' }]) {
      const r = await catalogue.gql(q, { filter });
      expect(r.errors).toBeUndefined();
      const items: { offering: { id: string } }[] = r.data.searchOfferings.items;
      expect(items.length).toBeGreaterThan(0);
      for (const { offering } of items) {
        const alone = await catalogue.gql(OFFERING, { id: offering.id });
        expect(offering).toEqual(alone.data.offering);
      }
    }
  });

  it('search.answers-are-marked-uncacheable', async () => {
    const r = await fetch(`${catalogue.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SEARCH, variables: { filter: { categories: ['meal_delivery'] } } }),
    });
    expect(r.status).toBe(200);
    expect(r.headers.get('cache-control')).toBe('no-store');
  });

  it('search.symbol-only-text-matches-nothing-special', async () => {
    expect((await search({})).total).toBe(9);
    // LIKE/regex/glob wildcards and escapes, alone or together, in half and full width: no searchable character, so nothing.
    for (const text of ['%', '_', '*', '\\', '%%', '%_%', '\\%', '.*', '＊', '％', "'", '?', '"%"']) {
      const r = await search({ text });
      expect([text, r.total, r.items.length]).toEqual([text, 0, 0]);
    }
    // A symbol next to a word is a separator: the word is still searched.
    expect(keysOf(await search({ text: '%ガイド%' })).sort()).toEqual(['guide', 'shopping']);
    // A blank text is no criterion.
    expect((await search({ text: '   ' })).total).toBe(9);
  });

  it('search.category-name-finds-its-offerings', async () => {
    // 「食事」 is the name of category meal_delivery and occurs in no title, description or operator name.
    const r = await search({ text: '食事' });
    expect(keysOf(r).sort()).toEqual([...MEALS].sort());
    expect(r.order).toBe('relevance');
    for (const i of r.items) expect(i).toMatchObject({ relevance: 4, matchedIn: ['category'], matchedInLabelJa: ['サービス分類'] });
    // English category names too, case-insensitively.
    expect(keysOf(await search({ text: 'MEALS' })).sort()).toEqual([...MEALS].sort());
  });

  it('search.text-with-a-point-orders-by-relevance-then-distance', async () => {
    const r = await search({ text: 'ガイド', near: { ...PLACES.takamatsuBancho1, municipalityCode: '37201' } });
    expect(r.order).toBe('relevance_distance');
    expect(keysOf(r)).toEqual(['guide']);
    expect(r.items[0]).toMatchObject({ relevance: 8, matchedIn: ['title'], distanceM: 0 });
  });

  it('search.negative-or-absurd-paging-is-refused', async () => {
    const refused = async (first: number, offset: number) => {
      const r = await catalogue.gql(SEARCH, { filter: {}, first, offset });
      expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      return (r.errors?.[0].extensions?.problems as { path: string; code: string }[]).map((e) => `${e.path} ${e.code}`);
    };
    expect(await refused(-1, 0)).toEqual(['/first first_invalid']);
    expect(await refused(0, 0)).toEqual(['/first first_invalid']);
    expect(await refused(101, 0)).toEqual(['/first first_invalid']);
    expect(await refused(2_000_000_000, 0)).toEqual(['/first first_invalid']);
    expect(await refused(20, -1)).toEqual(['/offset offset_invalid']);
    expect(await refused(20, 10_001)).toEqual(['/offset offset_invalid']);
    expect(await refused(-5, -5)).toEqual(['/first first_invalid', '/offset offset_invalid']);
    // The limits themselves are accepted, not clamped: past the end is an empty page with the true total.
    const last = await search({}, 100, 10_000);
    expect([last.total, last.items.length]).toEqual([9, 0]);
  });

  it('labels.offering-carries-the-words-of-its-codes', async () => {
    const q = `query($id: ID!) { offering(id: $id) {
      status statusLabelJa statusLabelEn coverage coverageLabelJa coverageLabelEn
      categories categoryLabels { code labelJa labelEn }
      price { unit unitLabelJa unitLabelEn } otherCosts { unit unitLabelJa unitLabelEn }
      eligibility { careLevels careLevelsLabelJa careLevelsLabelEn }
      schedule { day dayLabelJa dayLabelEn } capacity { status statusLabelJa statusLabelEn }
      serviceArea { kind kindLabelJa kindLabelEn } } }`;
    const m = (await catalogue.gql(q, { id: ids.monitoring })).data.offering;
    expect(m).toMatchObject({
      status: 'published',
      statusLabelJa: '掲載中',
      statusLabelEn: 'Published',
      coverage: 'covered',
      coverageLabelJa: '介護保険の対象',
      categories: ['monitoring_emergency'],
      categoryLabels: [{ code: 'monitoring_emergency', labelJa: '見守り・緊急連絡', labelEn: 'Monitoring & emergency contact' }],
      price: { unit: 'per_month', unitLabelJa: '1か月あたり', unitLabelEn: 'Per month' },
      otherCosts: [{ unit: 'one_time', unitLabelJa: '1回限り', unitLabelEn: 'One-time' }],
      eligibility: { careLevels: ['care_1', 'care_2', 'care_3'], careLevelsLabelJa: ['要介護1', '要介護2', '要介護3'], careLevelsLabelEn: ['Care level 1', 'Care level 2', 'Care level 3'] },
      capacity: { status: 'waitlist', statusLabelJa: '空き待ち', statusLabelEn: 'Waiting list' },
      serviceArea: { kind: 'municipalities', kindLabelJa: '市区町村の一覧' },
    });
    expect(m.schedule[0]).toEqual({ day: 1, dayLabelJa: '月曜日', dayLabelEn: 'Monday' });
    const g = (await catalogue.gql(q, { id: ids.guide })).data.offering;
    expect(g.price).toEqual({ unit: 'per_hour', unitLabelJa: '1時間あたり', unitLabelEn: 'Per hour' });
    expect(g.serviceArea.kindLabelJa).toBe('拠点からの半径');
    // Search results carry the same words, and say in words how they are ordered.
    const r = await catalogue.gql(`{ searchOfferings(filter: { capacity: [full] }) { order orderLabelJa items { offering { capacity { statusLabelJa } } } } }`);
    expect(r.data.searchOfferings).toEqual({ order: 'title', orderLabelJa: 'サービス名順', items: [{ offering: { capacity: { statusLabelJa: '満員' } } }] });
  });

  it('search.unknown-category-is-refused-not-an-empty-result', async () => {
    const r = await catalogue.gql(SEARCH, { filter: { categories: ['meal_delivery', 'no_such_category'] } });
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: '/filter/categories/1' });
    expect(r.errors?.[0].message).not.toContain('no_such_category');
    expect((await search({ categories: ['meal_delivery'] })).total).toBe(5);
  });

  it('search.unknown-municipality-code-is-not-found', async () => {
    for (const filter of [{ municipalityCode: '99999' }, { near: { lat: 34.34, lng: 134.04, municipalityCode: '37999' } }]) {
      const r = await catalogue.gql(SEARCH, { filter });
      expect(r.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(r.errors?.[0].message).toContain('市区町村');
    }
    // A real municipality with no listing is an empty success.
    expect((await search({ municipalityCode: '01101' })).total).toBe(0);
  });

  it('limits.overlong-strings-are-refused-naming-the-field', async () => {
    const paths = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => {
      expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      return (r.errors?.[0].extensions?.problems as { path: string; code: string }[]).map((e) => `${e.path} ${e.code}`);
    };
    expect(paths(await catalogue.gql(SEARCH, { filter: { categories: Array(51).fill('meal_delivery') } }))).toEqual(['/filter/categories too_many']);
    expect(paths(await catalogue.gql(SEARCH, { filter: { categories: ['x'.repeat(65)], text: 'あ'.repeat(201) } }))).toEqual([
      '/filter/categories/0 text_too_long',
      '/filter/text text_too_long',
    ]);
    // A withdrawal note has a maximum too (2,000 characters); the listing stays as it was.
    expect(paths(await catalogue.gql(WITHDRAW, { id: ids.meals, note: 'メモ'.repeat(1001) }, operatorA))).toEqual(['/note text_too_long']);
    expect((await catalogue.gql(OFFERING, { id: ids.meals })).data.offering.status).toBe('published');
    expect(paths(await catalogue.gql(UPDATE_ORG, { id: ORG_A, input: organizationInput('株式会社テストひだまり', '700110005901', { website: `https://example.jp/${'a'.repeat(2000)}` }) }, operatorA))).toEqual([
      '/input/website text_too_long',
    ]);
  });

  it('bad criteria are refused with the field', async () => {
    const r = await catalogue.gql(SEARCH, { filter: { dayOfWeek: 7, near: { lat: 95, lng: 134 } }, first: 500 });
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((r.errors?.[0].extensions?.problems as { path: string }[]).map((e) => e.path)).toEqual(['/filter/near/lat', '/filter/dayOfWeek', '/first']);
  });
});

/**
 * The administrator's pages and the map of Japan in a real browser (Debian's Chromium) against the
 * real platform (single-process mode, real PostgreSQL, the 香川県 demo data classified at start),
 * at 1280 px and 375 px, with axe-core on every page (no serious or critical violation). What the
 * pages change is checked through the API, not through the page that changed it.
 */
import { corporateNumberFromBase } from '@sanpuku/catalogue-domain';
import { axeOnEveryPage, devToken, WIDTHS, webTestFile } from './browser';
import { adminClassificationJourney, adminOrganizationsJourney, adminTaxonomyJourney, japanMapJourney } from './roles';

jest.setTimeout(240_000);

const web = webTestFile('web_admin');
const newPage = web.newPage;

async function api(query: string, variables: Record<string, unknown> = {}, userId = 'demo-admin') {
  const token = await devToken(web.url, userId);
  const r = await fetch(`${web.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
  const body = (await r.json()) as { data: any; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data;
}

const NO_CODES_OR_IDS = (text: string) => {
  expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
  expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
  expect(text).not.toMatch(/\b37\d{3}\b/);
};

describe.each(Object.entries(WIDTHS))('admin’s service categories at %s width', (_label, viewport) => {
  it('adminTaxonomy.add-rename-retire-from-the-page-are-what-the-api-then-answers', async () => {
    const page = await newPage(viewport);
    const a11y = axeOnEveryPage();
    const { code, labelJa, labelEn } = await adminTaxonomyJourney(page, web.url, a11y.onPage, String(viewport.width));
    expect(a11y.pages).toEqual(expect.arrayContaining(['admin-taxonomy', 'admin-taxonomy-retire', 'admin-taxonomy-edit', 'admin-taxonomy-retired']));
    expect(a11y.violations).toEqual({});
    const families = (await api(`{ taxonomy(includeInactive: true) { categories { code labelJa labelEn active } } }`)).taxonomy as { categories: { code: string }[] }[];
    expect(families.flatMap((f) => f.categories).find((c) => c.code === code)).toEqual({ code, labelJa, labelEn, active: false });
    // Retired: gone from the taxonomy a form offers.
    const active = (await api(`{ taxonomy { categories { code } } }`)).taxonomy as { categories: { code: string }[] }[];
    expect(active.flatMap((f) => f.categories).map((c) => c.code)).not.toContain(code);
    // The category the admin looked at and kept is still active.
    expect(active.flatMap((f) => f.categories).length).toBeGreaterThan(0);
    const text = await page.locator('main').innerText();
    NO_CODES_OR_IDS(text);
    expect(text).not.toContain(code);
  });
});

describe.each(Object.entries(WIDTHS))('admin’s classification runs at %s width', (_label, viewport) => {
  it('adminRuns.a-run-started-from-the-page-is-listed-first-with-its-policy-datasets-and-counts', async () => {
    const page = await newPage(viewport);
    const a11y = axeOnEveryPage();
    const { before, after, firstRow } = await adminClassificationJourney(page, web.url, a11y.onPage);
    expect(after).toBe(before + 1);
    expect(a11y.violations).toEqual({});
    const [latest] = (await api(`{ classificationRuns(first: 1) { latest levelLabelJa policyLabelJa segmentCounts { A B C } datasets { kindLabelJa sourceName rowCount } } }`)).classificationRuns;
    expect(latest).toMatchObject({ latest: true, levelLabelJa: '区ごとに分類' });
    expect(firstRow).toContain(latest.policyLabelJa);
    for (const d of latest.datasets) expect(firstRow).toContain(`${d.kindLabelJa}：${d.sourceName}（${d.rowCount} 行、`);
    expect(firstRow).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
    for (const s of ['A', 'B', 'C'] as const) expect(firstRow).toContain(`${latest.segmentCounts[s]} 市区町村`);
    NO_CODES_OR_IDS(await page.locator('main').innerText());
  });
});

describe.each(Object.entries(WIDTHS))('admin’s organisations at %s width', (_label, viewport) => {
  it('adminOrganizations.a-registered-organisation-is-listed-with-its-corporate-number-and-found-by-name', async () => {
    const name = `株式会社サヌキ見守り${viewport.width}`;
    const corporateNumber = corporateNumberFromBase(`7001100${String(viewport.width).padStart(5, '0')}`);
    await api(`mutation($input: OrganizationInput!) { registerOrganization(input: $input) { id } }`, { input: { name, corporateNumber, description: `${name}は見守りサービスの事業者です。` } });
    const page = await newPage(viewport);
    const a11y = axeOnEveryPage();
    const row = await adminOrganizationsJourney(page, web.url, a11y.onPage, name, `さぬき見守り${viewport.width}`);
    expect(a11y.violations).toEqual({});
    expect(row).toContain(name);
    expect(row).toContain(corporateNumber);
    expect(row).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
    expect(row).toContain('まだありません');
    NO_CODES_OR_IDS(await page.locator('main').innerText());
  });
});

describe.each(Object.entries(WIDTHS))('the map of Japan at %s width', (label, viewport) => {
  it('japanMap.prefectures-are-focusable-named-shapes-the-table-says-データなし-and-香川県-opens', async () => {
    const page = await newPage(viewport);
    const a11y = axeOnEveryPage();
    const { prefectures, rows, noData } = await japanMapJourney(page, web.url, a11y.onPage, label === 'desktop' ? 'click' : 'keyboard');
    expect(a11y.pages).toEqual(expect.arrayContaining(['japan-map', 'japan-map-zoomed', 'japan-to-prefecture']));
    expect(a11y.violations).toEqual({});
    // The demo data has boundaries of 香川県 only: one shape, named with its counts in words.
    const { areaSummary } = await api(`{ areaSummary { prefectures { prefectureCode counts { A B C } } } }`);
    const kagawa = areaSummary.prefectures.find((p: { prefectureCode: string }) => p.prefectureCode === '37').counts;
    expect(prefectures).toEqual([{ code: '37', name: `香川県：A ${kagawa.A}、B ${kagawa.B}、C ${kagawa.C} の市区町村。地図を開く`, tab: '0' }]);
    expect(rows).toBe(47);
    expect(noData).toBe(46);
    NO_CODES_OR_IDS(await page.locator('main').innerText());
  });
});

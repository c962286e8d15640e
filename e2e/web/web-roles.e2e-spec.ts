/**
 * Part 2 in a real browser (Debian's Chromium via playwright-core) against the real platform
 * (single-process mode, real PostgreSQL, the 香川県 demo data classified at start): municipal
 * staff's area dashboard, drill-down and what-if, at 1280 px and 375 px, with axe-core on every
 * page (no serious or critical violation).
 */
import { axeOnEveryPage, devToken, WIDTHS, webTestFile } from './browser';
import { adminImportJourney, servedAreasJourney, demandJourney, offeringsJourney, organizationJourney, fileRequests, fileRequestWithShortlist, municipalJourney, neutralityJourney, operatorInboxJourney, reviewJourney } from './roles';

jest.setTimeout(240_000);

const web = webTestFile('web_roles');
const newPage = web.newPage;

const NO_CODES_OR_IDS = (text: string) => {
  expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
  expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
  // JIS municipality codes (37202) are never shown.
  expect(text).not.toMatch(/\b37\d{3}\b/);
};

describe.each(Object.entries(WIDTHS))('municipal staff at %s width', (_label, viewport) => {
  it('opens the 香川県 map coloured A/B/C, reads a municipality’s card by click and by keyboard, drills down, and a planned shop on the map turns 丸亀市 from C to B', async () => {
    const page = await newPage(viewport);
    const a11y = axeOnEveryPage();
    await municipalJourney(page, web.url, a11y.onPage);
    expect(a11y.pages).toEqual(expect.arrayContaining(['muni-dashboard', 'muni-card', 'muni-drill', 'muni-whatif']));
    expect(a11y.violations).toEqual({});
    NO_CODES_OR_IDS(await page.locator('main').innerText());
  });
});

describe.each(Object.entries(WIDTHS))('listing review at %s width', (_label, viewport) => {
  it('municipal staff return a submitted listing with a reason about one field, the operator sees it there and resubmits, and staff publish it', async () => {
    const page = await newPage(viewport);
    const a11y = axeOnEveryPage();
    const operator = await devToken(web.url, 'demo-operator-hidamari');
    const { statusAfter } = await reviewJourney(page, web.url, a11y.onPage, operator, `さぬき配食 夕食お届け（${viewport.width}）`);
    expect(await statusAfter()).toBe('published');
    expect(a11y.pages).toEqual(expect.arrayContaining(['muni-review', 'muni-review-return', 'muni-review-resubmitted']));
    expect(a11y.violations).toEqual({});
    NO_CODES_OR_IDS(await page.locator('main').innerText());
  });
});

describe.each(Object.entries(WIDTHS))('operator’s referral inbox at %s width', (_label, viewport) => {
  it('a referral arrives live while the inbox is open, pseudonymous; accepting shows the consented name; another is declined with a labelled reason that the API records', async () => {
    const page = await newPage(viewport);
    const a11y = axeOnEveryPage();
    const { declinedReason } = await operatorInboxJourney(page, web.url, a11y.onPage);
    expect(await declinedReason()).toBe('no_capacity');
    expect(a11y.pages).toEqual(expect.arrayContaining(['op-inbox', 'op-inbox-arrived', 'op-inbox-accepted', 'op-inbox-reject']));
    expect(a11y.violations).toEqual({});
    NO_CODES_OR_IDS(await page.locator('main').innerText());
  });
});

describe.each(Object.entries(WIDTHS))('admin’s dataset import at %s width', (_label, viewport) => {
  it('an admin uploads a municipalities file with a bad row, sees the row, column and value named, and nothing is imported', async () => {
    const page = await newPage(viewport);
    const a11y = axeOnEveryPage();
    await adminImportJourney(page, web.url, a11y.onPage);
    expect(a11y.pages).toEqual(expect.arrayContaining(['admin-import', 'admin-import-problems']));
    expect(a11y.violations).toEqual({});
    // Nothing was written: 香川県 still has its 17 municipalities, 丸亀市's population unchanged.
    const r = await fetch(`${web.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ areas(prefectureCode: "37") { code population } }' }) });
    const areas = ((await r.json()) as { data: { areas: { code: string; population: number }[] } }).data.areas;
    expect(areas).toHaveLength(17);
    expect(areas.find((a) => a.code === '37202')?.population).toBe(109513);
  });
});

describe.each(Object.entries(WIDTHS))('operator’s organisation at %s width', (_label, viewport) => {
  it('a mistyped 法人番号 is refused live by its check digit next to the field, the API’s refusal of a phone number shows at that field, and corrected (full-width, hyphenated number) it is saved', async () => {
    const page = await newPage(viewport);
    const a11y = axeOnEveryPage();
    const phone = `087-000-${1000 + viewport.width}`;
    await organizationJourney(page, web.url, a11y.onPage, phone);
    expect(a11y.violations).toEqual({});
    const token = await devToken(web.url, 'demo-operator-hidamari');
    const r = await fetch(`${web.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: '{ myOrganization { phone corporateNumber } }' }) });
    expect(((await r.json()) as { data: { myOrganization: unknown } }).data.myOrganization).toEqual({ phone, corporateNumber: '1470001099001' });
  });
});

describe.each(Object.entries(WIDTHS))('operator’s listings at %s width', (_label, viewport) => {
  it('a draft without cancellation terms says what is missing and cannot be submitted; capacity and 「内容を確認しました」 are one click each', async () => {
    const page = await newPage(viewport);
    const a11y = axeOnEveryPage();
    const { capacity } = await offeringsJourney(page, web.url, a11y.onPage, `さぬき配食 下書き（${viewport.width}）`);
    expect(await capacity()).toBe('full');
    expect(a11y.violations).toEqual({});
    NO_CODES_OR_IDS(await page.locator('main').innerText());
  });
});

describe('unmet demand', () => {
  it('an operator reads unmet demand by municipality and kind of help: 5 requests show as a count, a single one as 「少数のため非表示」 in the table and the chart', async () => {
    // 住まい (housing): no listed service offers it, so every such request is unmet.
    await fileRequests(web.url, 5, '37201', ['housing'], { lat: 34.34253, lng: 134.046355 });
    await fileRequests(web.url, 1, '37202', ['housing'], { lat: 34.2894, lng: 133.7979 });
    for (const viewport of Object.values(WIDTHS)) {
      const page = await newPage(viewport);
      const a11y = axeOnEveryPage();
      const { takamatsu, marugame } = await demandJourney(page, web.url, a11y.onPage);
      expect(takamatsu).toMatch(/高松市・住まい[\s\S]*5 件/);
      expect(marugame).toMatch(/丸亀市・住まい[\s\S]*少数のため非表示/);
      expect(marugame).not.toMatch(/\d+ 件/);
      expect(a11y.violations).toEqual({});
      NO_CODES_OR_IDS(await page.locator('main').innerText());
      await web.closePage();
    }
  });
});

describe('neutrality report', () => {
  it('after a family’s request is shortlisted, municipal staff read each operator’s two shares in the chart and table, and download the same rows as CSV', async () => {
    expect(await fileRequestWithShortlist(web.url)).toBeGreaterThan(0);
    for (const viewport of Object.values(WIDTHS)) {
      const page = await newPage(viewport);
      const a11y = axeOnEveryPage();
      const { csv, operators } = await neutralityJourney(page, web.url, a11y.onPage);
      expect(operators.length).toBeGreaterThan(0);
      expect(operators).toContain('【デモ】ひだまり配食株式会社');
      const lines = csv.replace(/^\ufeff/, '').trim().split('\r\n');
      expect(lines[0]).toBe('"事業者","条件に合った回数","上位に表示された回数","条件に合った割合","上位に表示された割合","差（上位表示 − 条件に合った割合）"');
      expect(lines.slice(1).map((l) => JSON.parse(`[${l}]`)[0])).toEqual(operators);
      // Each operator's bar pair is drawn: two bars per row of the table.
      expect(await page.locator('[data-testid="paired-bars"] rect').count()).toBe(operators.length * 2);
      expect(a11y.violations).toEqual({});
      NO_CODES_OR_IDS(await page.locator('main').innerText());
      await web.closePage();
    }
  });
});

describe('the market viability map', () => {
  it('colours every municipality of 香川県 by its segment from the API, each a focusable path with an accessible name, and the table says the same', async () => {
    const page = await newPage(WIDTHS.desktop);
    const { signIn } = await import('./browser');
    await signIn(page, web.url, 'demo-municipal-utazu', async () => undefined);
    await page.getByRole('heading', { level: 1, name: '地域の市場性マップ' }).waitFor();
    await page.locator('path[data-code]').first().waitFor();
    const regions = (await page.locator('path[data-code]').evaluateAll((els) =>
      els.map((e) => ({ code: e.getAttribute('data-code'), cls: e.getAttribute('class'), name: e.getAttribute('aria-label'), tab: e.getAttribute('tabindex') })),
    )) as { code: string; cls: string; name: string; tab: string }[];
    expect(regions).toHaveLength(17);
    const r = await fetch(`${web.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ areas(prefectureCode: "37") { code name classification { segment segmentLabelJa } } }' }),
    });
    const areas = ((await r.json()) as { data: { areas: { code: string; name: string; classification: { segment: string; segmentLabelJa: string } }[] } }).data.areas;
    for (const a of areas) {
      const region = regions.find((x) => x.code === a.code)!;
      expect(region.cls).toContain(`seg-${a.classification.segment}`);
      expect(region.name).toBe(`${a.name}：${a.classification.segmentLabelJa}`);
      expect(region.tab).toBe('0');
      await page.getByRole('table').getByRole('row', { name: new RegExp(`^${a.name} ${a.classification.segmentLabelJa}`) }).waitFor();
    }
    // Both segments of the demo data are on the map (B and C), so the colours mean something.
    expect(new Set(areas.map((a) => a.classification.segment))).toEqual(new Set(['B', 'C']));
    // The staff's own town is chosen at first; English switches the card's words.
    await page.getByTestId('area-card').getByRole('heading', { name: '宇多津町' }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Market viability map' }).waitFor();
    await page.getByTestId('area-card').getByText('Medium market viability', { exact: true }).waitFor();
  });
});

describe.each(Object.entries(WIDTHS))('an operator deciding where to expand at %s width', (_label, viewport) => {
  it('sees the market-viability map of the prefecture it serves, its own service areas outlined and named as served, and the table marks the same ones', async () => {
    const page = await newPage(viewport);
    const a11y = axeOnEveryPage();
    const token = await devToken(web.url, 'demo-operator-hidamari');
    const r = await fetch(`${web.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ myOrganization { servedMunicipalities { code name } } }' }),
    });
    const served = ((await r.json()) as { data: { myOrganization: { servedMunicipalities: { code: string; name: string }[] } } }).data.myOrganization.servedMunicipalities;
    expect(served.length).toBeGreaterThan(0);
    await servedAreasJourney(page, web.url, a11y.onPage);
    const regions = (await page.locator('path[data-code]').evaluateAll((els) =>
      els.map((e) => ({ code: e.getAttribute('data-code'), cls: e.getAttribute('class') ?? '', name: e.getAttribute('aria-label') ?? '' })),
    )) as { code: string; cls: string; name: string }[];
    expect(regions).toHaveLength(17);
    const outlined = regions.filter((x) => x.cls.split(' ').includes('served')).map((x) => x.code).sort();
    expect(outlined).toEqual(served.map((s) => s.code).sort());
    for (const x of regions) expect(x.name.endsWith('（提供地域）')).toBe(outlined.includes(x.code));
    const rows = await page.getByRole('table').getByRole('row').filter({ hasText: '提供中' }).count();
    expect(rows).toBe(served.length);
    expect(a11y.violations).toEqual({});
    NO_CODES_OR_IDS(await page.locator('main').innerText());
    await web.closePage();
  });
});

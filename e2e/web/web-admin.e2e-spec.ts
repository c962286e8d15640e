/**
 * The administrator's pages and the map of Japan in a real browser (Debian's Chromium) against the
 * real platform (single-process mode, real PostgreSQL, the 香川県 demo data classified at start),
 * at 1280 px and 375 px, with axe-core on every page (no serious or critical violation). What the
 * pages change is checked through the API, not through the page that changed it.
 */
import { corporateNumberFromBase } from '@sanpuku/catalogue-domain';
import { axeOnEveryPage, devToken, WIDTHS, webTestFile } from './browser';
import { adminTownBlockImportJourney, BAD_FILE, townBlockFixture } from './admin-import';
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

/** A CSV file's records (RFC 4180 quoting, CRLF or LF), the header first. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell), records.push(row), (row = []), (cell = '');
    } else cell += c;
  }
  if (cell || row.length) row.push(cell), records.push(row);
  return records;
}

describe.each(Object.entries(WIDTHS))('a prefecture’s data officer importing town blocks at %s width', (_label, viewport) => {
  it('dataOfficer.strict-refuses-naming-each-line-lenient-lists-skipped-rows-and-saves-the-apis-report-csv-two-files-count-apart', async () => {
    const fx = townBlockFixture();
    const page = await newPage(viewport);
    const a11y = axeOnEveryPage();
    const r = await adminTownBlockImportJourney(page, web.url, a11y.onPage);
    expect(a11y.pages).toEqual(expect.arrayContaining(['admin-import-town-blocks', 'admin-import-town-blocks-refused', 'admin-import-town-blocks-lenient', 'admin-import-town-blocks-files', 'admin-import-refused-413', 'admin-import-too-large', 'admin-import-english']));
    expect(a11y.violations).toEqual({});

    // Strict: every problem of the four bad rows at its file, line and column; nothing else.
    const strict = r.strictRows.map(([file, line, column]) => [file, line, column]);
    expect(strict).toEqual([
      [BAD_FILE, '8', 'town_name'],
      [BAD_FILE, '9', 'lat,lng'],
      [BAD_FILE, '10', 'lat'],
      [BAD_FILE, '10', 'lng'],
      [BAD_FILE, '10', 'city_code'],
      [BAD_FILE, '11', 'city_code'],
    ]);
    expect(r.strictRows[0][4]).toContain('重複している');
    expect(r.strictRows[5][4]).toContain('未登録の市区町村');

    // Lenient: 10 rows read, 琴平町's 6 imported, the 4 bad ones skipped, by reason in both languages.
    const report = r.lenient.api.report;
    expect(r.lenient.api.ok).toBe(true);
    expect([report.rowsRead, report.imported, report.skipped]).toEqual([10, 6, 4]);
    expect(r.lenient.counts).toEqual(['10 行', '6 行', '4 行']);
    expect(r.lenient.reasons.sort()).toEqual(
      ['値が不正（Invalid value）：1 行', '座標が日本の範囲外（Coordinates outside Japan）：1 行', '重複している（Duplicate）：1 行', '未登録の市区町村（Unknown municipality）：1 行'].sort(),
    );
    // The skipped rows' table: file, line, column, reason — as the API listed them.
    expect(r.lenient.skippedRows.map(([file, line, column]) => [file, Number(line), column])).toEqual(
      report.skippedRows.map((s: { file: string; line: number; column: string }) => [s.file, s.line, s.column]),
    );
    for (const b of fx.bad) expect(r.lenient.skippedRows.some(([, line, column]) => line === String(b.line) && column === b.column)).toBe(true);
    // The saved report.csv is the API's CSV byte for byte, with the BOM Excel needs.
    expect([...r.lenient.csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(r.lenient.csv.equals(Buffer.from(report.csv, 'utf8'))).toBe(true);
    const [head, ...records] = parseCsv(r.lenient.csv.toString('utf8').replace(/^\uFEFF/, ''));
    expect(head).toEqual(['file', 'line', 'column', 'kind', 'code', 'value', 'new_value', 'reason_ja', 'reason_en']);
    expect(records.map(([file, line, column, kind, , value, , ja, en]) => [file, Number(line), column, kind, value, ja, en])).toEqual(
      report.skippedRows.map((s: { file: string; line: number; column: string | null; value: string | null; messageJa: string; messageEn: string }) => [s.file, s.line, s.column ?? '', 'skipped', s.value ?? '', s.messageJa, s.messageEn]),
    );
    expect(new Set(records.map((x) => x[4]))).toEqual(new Set(fx.bad.map((b) => b.code)));

    // Two files, one import, counted per file; the repeated block is found across them.
    const several = r.several.api.report;
    expect(several.files.map((f: { file: string; rowsRead: number; imported: number; skipped: number }) => [f.file, f.rowsRead, f.imported, f.skipped])).toEqual([
      ['town-blocks-kotohira-2026.csv', 6, 6, 0],
      ['town-blocks-miki-2026.csv', 14, 13, 1],
    ]);
    expect(r.several.files).toEqual([
      ['town-blocks-kotohira-2026.csv', '6', '6', '0'],
      ['town-blocks-miki-2026.csv', '14', '13', '1'],
    ]);
    expect(r.several.folderFiles).toEqual(['town-blocks-kotohira-2026.csv', 'town-blocks-miki-2026.csv']);
    expect(r.several.summary).toContain('20 行');
    expect(r.several.summary).toContain('19 行');
    // What the page imported is what the API now has: 琴平町's and 三木町's real blocks, all of them (names NFKC-normalised, as region stores them).
    for (const [code, rows] of [['37403', fx.kotohira], ['37341', fx.miki]] as const) {
      const { townBlocks } = await api(`query($c: String!) { townBlocks(municipalityCode: $c, first: 100) { name } }`, { c: code });
      expect(townBlocks.map((b: { name: string }) => b.name).sort()).toEqual(rows.map((l) => l.split(',').slice(4, 6).join('').normalize('NFKC')).sort());
    }

    // Too large to send from the browser: not sent, the region CLI named with --lenient.
    expect(r.tooLarge.sendDisabled).toBe(true);
    expect(r.tooLarge.refusedBySize).toContain('npm run region -- import town-blocks <フォルダー> --lenient');
    expect(r.tooLarge.message).toContain('npm run region -- import town-blocks <フォルダー> --lenient');
    for (const text of r.texts) NO_CODES_OR_IDS(text);
    // In English: the choice in English with the Japanese alongside, the CLI message in English.
    expect(r.english).toContain('All or nothing (default)');
    expect(r.english).toContain('正しい行だけ取り込み、除外した行を報告');
    expect(r.english).toContain('Import large files on the server with the region command instead:');
    expect(r.english).toContain('npm run region -- import town-blocks <folder> --lenient');
  });
});

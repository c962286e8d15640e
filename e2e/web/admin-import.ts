/**
 * A prefecture's data officer loads town-block files from the admin import page: strict first (a
 * file with bad rows is refused, every problem named), then lenient (the valid rows imported, the
 * skipped ones listed and saved as the API's report CSV), then two files as one import, then a
 * file too large for the browser (the page names the region CLI). Shared by
 * e2e/web/web-admin.e2e-spec.ts and `npm run web:screens -- --only=import`.
 *
 * The rows are real: 琴平町 and 三木町 from data/kagawa (位置参照情報（国土交通省）, Geolonia 住所データ,
 * MIT) — the platform's own demo blocks, so importing them again leaves the demo as it was — and
 * 北海道's rows from apps/region/src/imports/fixtures/town-blocks-01-cut.csv (same source): a
 * municipality the 香川県 demo has not imported, and a block without coordinates.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Response } from 'playwright-core';
import { signIn, type OnPage } from './browser';

const root = join(__dirname, '../..');

function rowsOf(path: string, cityName: string): string[] {
  return readFileSync(join(root, path), 'utf8')
    .split('\n')
    .filter((l) => l.split(',')[3] === cityName);
}

export interface TownBlockFixture {
  header: string;
  kotohira: string[];
  miki: string[];
  /** 琴平町's six blocks, then four rows an officer meets in real files, at lines 8–11. */
  withBadRows: Buffer;
  /** The bad rows: line, the column the API names, the reason code it gives first. */
  bad: { line: number; column: string; code: string }[];
}

export function townBlockFixture(): TownBlockFixture {
  const header = readFileSync(join(root, 'data/kagawa/town-blocks-37.csv'), 'utf8').split('\n')[0];
  const kotohira = rowsOf('data/kagawa/town-blocks-37.csv', '仲多度郡琴平町');
  const miki = rowsOf('data/kagawa/town-blocks-37.csv', '木田郡三木町');
  const hokkaido = readFileSync(join(root, 'apps/region/src/imports/fixtures/town-blocks-01-cut.csv'), 'utf8').split('\n');
  const tomari = hokkaido.find((l) => l.includes('古宇郡泊村'))!;
  const noCoordinates = hokkaido.find((l) => l.includes('旭川市') && l.endsWith(',,'))!;
  if (kotohira.length !== 6 || miki.length !== 13 || !tomari || !noCoordinates) throw new Error('the fixture rows are not where they were');
  const [lat, lng] = kotohira[5].split(',').slice(6);
  const lines = [
    header,
    ...kotohira,
    kotohira[1], // line 8: the same block twice
    [...kotohira[5].split(',').slice(0, 6), lng, lat].join(','), // line 9: latitude and longitude swapped
    noCoordinates, // line 10: no coordinates (and 旭川市 is not imported)
    tomari, // line 11: 古宇郡泊村, read as 01403 by the code-change table, is not imported
  ];
  return {
    header,
    kotohira,
    miki,
    withBadRows: Buffer.from(lines.join('\n') + '\n'),
    bad: [
      { line: 8, column: 'town_name', code: 'duplicate_key' },
      { line: 9, column: 'lat,lng', code: 'outside_japan' },
      { line: 10, column: 'lat', code: 'invalid_value' },
      { line: 11, column: 'city_code', code: 'unknown_municipality' },
    ],
  };
}

export const BAD_FILE = 'town-blocks-kotohira.csv';

/** Each row of a result table as its cells' text. */
async function tableRows(page: Page, testId: string): Promise<string[][]> {
  const rows = page.getByTestId(testId).locator('tbody tr');
  const out: string[][] = [];
  for (let i = 0; i < (await rows.count()); i++) out.push((await rows.nth(i).locator('td').allInnerTexts()).map((s) => s.trim()));
  return out;
}

const isImport = (r: Response) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('"operationName":"ImportTownBlockFiles"');

export interface ImportJourneyResult {
  strictRows: string[][];
  lenient: { api: any; counts: string[]; reasons: string[]; skippedRows: string[][]; csv: Buffer };
  several: { api: any; files: string[][]; summary: string; folderFiles: string[] };
  tooLarge: { message: string; sendDisabled: boolean; refusedBySize: string };
  /** The page's text at each step, for checking that no code, id or timestamp is in a sentence. */
  texts: string[];
  /** The page's text after switching to English. */
  english: string;
}

export async function adminTownBlockImportJourney(page: Page, base: string, onPage: OnPage): Promise<ImportJourneyResult> {
  const fx = townBlockFixture();
  await signIn(page, base, 'demo-admin', onPage);
  await page.getByRole('heading', { level: 1, name: 'データの取り込み' }).waitFor();
  await page.getByRole('radio', { name: /町丁目の代表点/ }).check();
  await page.getByRole('group', { name: '取り込み方' }).waitFor();
  await onPage('admin-import-town-blocks', page);

  // Strict, the default: refused, every problem by file, line and column.
  const input = page.getByLabel('ファイル（複数選べます）', { exact: true });
  await input.setInputFiles({ name: BAD_FILE, mimeType: 'text/csv', buffer: fx.withBadRows });
  await page.getByText(`1 個のファイルを選びました`).waitFor();
  await page.getByRole('button', { name: '取り込む', exact: true }).click();
  await page.getByText('何も取り込んでいません', { exact: false }).waitFor();
  await page.getByTestId('import-problems').waitFor();
  const strictRows = await tableRows(page, 'import-problems');
  const texts = [await page.locator('main').innerText()];
  await onPage('admin-import-town-blocks-refused', page);

  // Lenient: the valid rows are imported, the others listed.
  await page.getByRole('radio', { name: /正しい行だけ取り込み、除外した行を報告/ }).check();
  const [response] = await Promise.all([page.waitForResponse(isImport), page.getByRole('button', { name: '正しい行だけ取り込む' }).click()]);
  const api = ((await response.json()) as { data: { importTownBlockFiles: unknown } }).data.importTownBlockFiles;
  await page.getByRole('heading', { level: 2, name: '取り込みの結果' }).waitFor();
  await page.getByTestId('import-skipped').waitFor();
  const counts = (await page.getByTestId('import-counts').locator('dd').allInnerTexts()).map((s) => s.trim());
  const reasons = (await page.getByTestId('import-reasons').locator('li').allInnerTexts()).map((s) => s.trim());
  const skippedRows = await tableRows(page, 'import-skipped');
  texts.push(await page.locator('main').innerText());
  await onPage('admin-import-town-blocks-lenient', page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '報告を CSV ファイルで保存する' }).click()]);
  if (download.suggestedFilename() !== 'report.csv') throw new Error(`the report was saved as ${download.suggestedFilename()}`);
  const csv = readFileSync((await download.path())!);

  // Two files, one import: counted per file, a block repeated across them found.
  const second = [fx.header, ...fx.miki, fx.kotohira[1]].join('\n') + '\n';
  await input.setInputFiles([
    { name: 'town-blocks-kotohira-2026.csv', mimeType: 'text/csv', buffer: Buffer.from([fx.header, ...fx.kotohira].join('\n') + '\n') },
    { name: 'town-blocks-miki-2026.csv', mimeType: 'text/csv', buffer: Buffer.from(second) },
  ]);
  await page.getByText('2 個のファイルを選びました', { exact: false }).waitFor();
  const [response2] = await Promise.all([page.waitForResponse(isImport), page.getByRole('button', { name: '正しい行だけ取り込む' }).click()]);
  const api2 = ((await response2.json()) as { data: { importTownBlockFiles: unknown } }).data.importTownBlockFiles;
  await page.getByTestId('import-files').waitFor();
  const files = await tableRows(page, 'import-files');
  const summary = await page.locator('.import-live').innerText();
  texts.push(await page.locator('main').innerText());
  await onPage('admin-import-town-blocks-files', page);

  // A folder: its CSV files in name order, the README and a subfolder's file left out (as the CLI does).
  const dir = mkdtempSync(join(tmpdir(), 'sanpuku-import-'));
  const folder = join(dir, 'town-blocks-2026');
  mkdirSync(join(folder, 'old'), { recursive: true });
  writeFileSync(join(folder, 'town-blocks-miki-2026.csv'), second);
  writeFileSync(join(folder, 'town-blocks-kotohira-2026.csv'), [fx.header, ...fx.kotohira].join('\n') + '\n');
  writeFileSync(join(folder, 'README.md'), '出典：位置参照情報（国土交通省）\n');
  writeFileSync(join(folder, 'old', 'town-blocks-2020.csv'), fx.header + '\n');
  let folderFiles: string[];
  try {
    await page.getByLabel('フォルダーごと選ぶ', { exact: true }).setInputFiles(folder);
    await page.getByText('2 個のファイルを選びました', { exact: false }).waitFor();
    folderFiles = (await page.locator('.chosen-files li').allInnerTexts()).map((s) => s.replace(/（.*$/, ''));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  // A gateway with a smaller body limit than the page assumes: the request is sent and the real
  // gateway answers 413 (the request is padded past its 1 MB on the way); the page says the same.
  await input.setInputFiles({ name: 'town-blocks-kotohira-2026.csv', mimeType: 'text/csv', buffer: Buffer.from([fx.header, ...fx.kotohira].join('\n') + '\n') });
  await page.route('**/graphql', async (route) => {
    const body = JSON.parse(route.request().postData() ?? '{}') as Record<string, unknown>;
    const response = await route.fetch({ postData: JSON.stringify({ ...body, pad: 'x'.repeat(1_100_000) }) });
    await route.fulfill({ response });
  });
  await page.getByRole('button', { name: '正しい行だけ取り込む' }).click();
  await page.locator('#import-too-large').getByText('サーバーが受け取りませんでした', { exact: false }).waitFor();
  const refusedBySize = await page.locator('#import-too-large').innerText();
  await page.unroute('**/graphql');
  await onPage('admin-import-refused-413', page);

  // Too large for one request: not sent, the CLI named instead.
  const big = Buffer.from([fx.header, ...Array.from({ length: 12_000 }, (_, i) => fx.kotohira[i % 6])].join('\n'));
  await input.setInputFiles({ name: 'town-blocks-all.csv', mimeType: 'text/csv', buffer: big });
  const alert = page.locator('#import-too-large');
  await alert.waitFor();
  const tooLarge = { refusedBySize, message: await alert.innerText(), sendDisabled: await page.getByRole('button', { name: '正しい行だけ取り込む' }).isDisabled() };
  texts.push(await page.locator('main').innerText());
  await onPage('admin-import-too-large', page);

  // The same page in English (the app's switch): the choices and the CLI message in English words.
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await page.getByRole('radio', { name: /^Import the valid rows, report the skipped ones/ }).waitFor();
  const english = await page.locator('main').innerText();
  texts.push(english);
  await onPage('admin-import-english', page);
  await page.getByRole('button', { name: '日本語', exact: true }).click();
  return { strictRows, lenient: { api, counts, reasons, skippedRows, csv }, several: { api: api2, files, summary, folderFiles }, tooLarge, texts, english };
}

/**
 * The browser test harness for the web app, shared by the real-browser tests (e2e/web), the
 * screenshots (`npm run web:screens`) and the benchmark (`npm run bench:web`):
 * - Debian's Chromium (and Japanese fonts), installed with apt-get when missing — nothing
 *   downloads a browser;
 * - the real platform in single-process mode (build, PostgreSQL, demo data) on free ports;
 * - axe-core's serious and critical violations for a page;
 * - the two journeys as steps, calling back at every page (for axe checks or screenshots).
 */
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import axe from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { repoRoot } from '../../libs/platform/src/runtime/repo-root';
import { freePort } from '../../libs/platform/src/testing/free-port';
import { createTestDatabase, type TestDatabase } from '../../libs/platform/src/testing';

export const CHROMIUM = '/usr/bin/chromium';
export const WIDTHS = { desktop: { width: 1280, height: 900 }, phone: { width: 375, height: 812 } } as const;

/** Installs Debian's chromium and fonts-noto-cjk when the browser is missing (CI machines start fresh; we run as root). */
export function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium', 'fonts-noto-cjk'], { stdio: 'inherit', env });
}

export async function launchBrowser(): Promise<Browser> {
  ensureChromium();
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

export interface Platform {
  url: string;
  output(): string;
  stop(): Promise<void>;
}

/**
 * `npm start`'s runner on free ports: builds (the web app included), then boots everything in one
 * process with the demo data. `databaseUrl` is a throw-away database; without one, an embedded
 * PostgreSQL in a temporary directory.
 */
export async function startPlatform(databaseUrl?: string): Promise<Platform> {
  const root = repoRoot();
  execFileSync(process.execPath, [join(root, 'tools/build.mjs')], { stdio: 'ignore' });
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'sanpuku-web-'));
  let out = '';
  const child: ChildProcess = spawn(process.execPath, [join(root, 'dist/tools/single-process/main.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      DATABASE_URL: databaseUrl ?? '',
      // 香川県 only: the nationwide first start (DEMO_DATA=true) takes a minute; the journeys use 香川県's demo.
      DEMO_DATA: 'kagawa',
      PORT: String(port),
      SUBGRAPH_BASE_PORT: String(20000 + Math.floor(Math.random() * 20000)),
      EMBEDDED_PG_PORT: String(await freePort()),
      EMBEDDED_PG_DIR: join(dataDir, 'pg'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((res) => child.once('exit', res));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((res) => setTimeout(res, 15_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 150_000;
  while (!out.includes('GraphQL:   http://localhost:')) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`the platform did not start:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url: `http://127.0.0.1:${port}`, output: () => out, stop };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** axe-core on the page as it is now: its serious and critical violations (WCAG 2.x A/AA and best practice). */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Browser-side code as strings: this file is type-checked for Node, without the DOM library.
  if (!(await page.evaluate("'axe' in window"))) await page.addScriptTag({ content: axe.source });
  const result = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) =>
    r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) })))`)) as AxeViolation[];
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Called at every page of a journey: a name for the page (for screenshots and reports). */
export type OnPage = (name: string, page: Page) => Promise<void>;

async function gql(base: string, token: string, query: string, variables: Record<string, unknown> = {}) {
  const r = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
  const body = (await r.json()) as { data?: any; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data;
}

export async function devToken(base: string, userId: string): Promise<string> {
  const r = await fetch(`${base}/dev/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId }) });
  return ((await r.json()) as { token: string }).token;
}

/**
 * An operator acts, through the API, on its referrals of this request that are in `from`:
 * accept / reject (with a reason) / start / complete. Returns how many it acted on.
 */
export async function operatorActs(
  base: string,
  requestId: string,
  requesterToken: string,
  action: 'accept' | 'reject' | 'start' | 'complete',
  operatorUserId = 'demo-operator-hidamari',
  offeringTitle?: string,
): Promise<number> {
  const from = { accept: 'requested', reject: 'requested', start: 'accepted', complete: 'in_progress' }[action];
  const { helpRequest } = await gql(base, requesterToken, `query($id: ID!) { helpRequest(id: $id) { referrals { id status offeringTitle } } }`, { id: requestId });
  const operator = await devToken(base, operatorUserId);
  const inbox = (await gql(base, operator, `query($s: ReferralStatus) { referralInbox(status: $s) { id } }`, { s: from })).referralInbox as { id: string }[];
  const mine = (helpRequest.referrals as { id: string; status: string; offeringTitle: string }[]).filter(
    (r) => r.status === from && inbox.some((i) => i.id === r.id) && (!offeringTitle || r.offeringTitle === offeringTitle),
  );
  for (const r of mine) {
    if (action === 'reject') await gql(base, operator, `mutation($id: ID!) { rejectReferral(id: $id, reasonCode: "no_capacity") { status } }`, { id: r.id });
    else await gql(base, operator, `mutation($id: ID!) { ${action}Referral(id: $id) { status } }`, { id: r.id });
  }
  return mine.length;
}

/** The operator accepts every referral waiting in its inbox for this request, through the API. */
export function operatorAccepts(base: string, requestId: string, requesterToken: string, operatorUserId = 'demo-operator-hidamari'): Promise<number> {
  return operatorActs(base, requestId, requesterToken, 'accept', operatorUserId);
}

export async function signIn(page: Page, base: string, userId: string, onPage: OnPage): Promise<void> {
  await page.goto(`${base}/signin`);
  await page.getByRole('heading', { level: 1, name: 'ログイン' }).waitFor();
  await page.locator(`button[data-user="${userId}"]`).waitFor();
  await onPage('signin', page);
  await page.locator(`button[data-user="${userId}"]`).click();
}

/** The wizard's steps, as a family member (or a care manager on a senior's behalf) fills them in. */
export async function fillWizard(page: Page, who: { careManager: boolean; name: string; needs?: string[] }, onPage: OnPage, prefix: string): Promise<string> {
  const next = () => page.getByRole('button', { name: '次へ' }).click();
  await page.getByRole('heading', { level: 2, name: /どなたの相談/ }).waitFor();
  if (!who.careManager) await page.getByLabel('親', { exact: true }).check();
  await page.getByLabel('サービスを使う方のお名前').fill(who.name);
  // A family member mistypes the phone number: the API's error comes back next to that field.
  if (!who.careManager) await page.getByLabel('連絡先の電話番号（任意）').fill('でんわ');
  await page.locator('input[name="ageBand"][value="85_89"]').check();
  await page.locator('input[name="careLevel"][value="care_1"]').check();
  await page.locator('input[name="livingSituation"][value="alone"]').check();
  await onPage(`${prefix}-1-who`, page);
  await next();
  await page.getByRole('heading', { level: 2, name: /お住まい/ }).waitFor();
  await page.getByLabel('市区町村').locator('option[value="37201"]').waitFor({ state: 'attached' });
  await page.getByLabel('市区町村').selectOption('37201');
  // 町丁目 by name, never a code: search, then choose from the list.
  await page.getByLabel('町名・丁目').fill('番町');
  await page.getByRole('button', { name: '検索' }).click();
  await page.getByRole('radio', { name: '番町一丁目' }).check();
  await page.getByText('選んだ町名：番町一丁目').waitFor();
  await page.getByLabel('住所', { exact: true }).fill('香川県高松市番町一丁目1-1');
  await onPage(`${prefix}-2-where`, page);
  await next();
  await page.getByRole('heading', { level: 2, name: /困りごと/ }).waitFor();
  for (const need of who.needs ?? ['meal_delivery']) await page.locator(`input[type="checkbox"][value="${need}"]`).check();
  await onPage(`${prefix}-3-what`, page);
  await next();
  await page.getByRole('heading', { level: 2, name: /曜日と時間/ }).waitFor();
  await page.locator('input[type="checkbox"][value="1"]').check();
  await page.locator('input[type="checkbox"][value="3"]').check();
  await onPage(`${prefix}-4-when`, page);
  await next();
  await page.getByRole('heading', { level: 2, name: /費用/ }).waitFor();
  await onPage(`${prefix}-5-money`, page);
  await next();
  await page.getByRole('heading', { level: 2, name: /同意と送信/ }).waitFor();
  if (who.careManager) {
    await page.locator('input[name="givenBy"][value="family"]').check();
    await page.getByRole('radio', { name: '書面' }).check();
    await page.getByLabel('同意した人のお名前').fill('讃岐 花子');
  } else {
    await page.getByLabel('相談の内容を産福に預けることに同意します').check();
  }
  await onPage(`${prefix}-6-consent`, page);
  await page.getByRole('button', { name: '同意して相談を送る' }).click();
  if (!who.careManager) {
    await page.getByRole('heading', { level: 2, name: /どなたの相談/ }).waitFor();
    const error = page.locator('#contactPhone-err');
    await error.waitFor();
    if (!/電話番号/.test(await error.innerText())) throw new Error(`expected the API's Japanese message next to the phone field, got ${await error.innerText()}`);
    if ((await page.getByLabel('連絡先の電話番号（任意）').getAttribute('aria-invalid')) !== 'true') throw new Error('the phone field is not marked invalid');
    await onPage(`${prefix}-api-error`, page);
    await page.getByLabel('連絡先の電話番号（任意）').fill('087-000-1234');
    for (const step of ['お住まい', '困りごと', '曜日と時間', '費用', '同意と送信']) {
      await next();
      await page.getByRole('heading', { level: 2, name: new RegExp(step) }).waitFor();
    }
    await page.getByRole('button', { name: '同意して相談を送る' }).click();
  }
  await page.waitForURL(/\/requests\/[0-9a-f-]+$/);
  return page.url().split('/').pop()!;
}

export async function sessionToken(page: Page): Promise<string> {
  return (await page.evaluate("JSON.parse(sessionStorage.getItem('sanpuku.session') || '{}').token")) as string;
}

/** Sign in → 相談する → wizard → shortlist → consent → referral → live acceptance → withdraw consent. */
export async function familyJourney(page: Page, base: string, onPage: OnPage): Promise<void> {
  await signIn(page, base, 'demo-family-1', onPage);
  await page.getByRole('heading', { level: 1, name: 'ホーム' }).waitFor();
  await onPage('family-home', page);
  await page.getByRole('link', { name: /相談の状況/ }).click();
  await page.getByRole('heading', { level: 1, name: '相談の状況' }).waitFor();
  await onPage('family-requests-before', page);
  await page.goto(`${base}/family`);
  await page.getByRole('link', { name: /相談する/ }).click();
  const requestId = await fillWizard(page, { careManager: false, name: '讃岐 キヨ' }, onPage, 'family-wizard');

  await page.getByRole('heading', { level: 2, name: '合いそうなサービスの候補' }).waitFor();
  const card = page.locator('article.offer', { hasText: '【デモ】ひだまり配食 夕食お届け' });
  await card.waitFor();
  await card.locator('dd').first().waitFor();
  // The chosen 町丁目 gives the distance to the operator, in words.
  await card.getByText(/^約[0-9.]+(m|km)$/).waitFor();
  await page.getByText('候補になった理由', { exact: false }).first().waitFor();
  await onPage('family-shortlist', page);
  await card.getByLabel('このサービスの紹介を受けたい').check();
  await page.getByRole('button', { name: /選んだ 1件 の紹介に進む/ }).click();
  await page.getByLabel('この内容で紹介先に伝えることに同意します').check();
  await onPage('family-referral-consent', page);
  await page.getByRole('button', { name: '同意して紹介を依頼する' }).click();
  await page.getByText('事業者に紹介を送りました。返事を待っています。').waitFor();
  await onPage('family-status-requested', page);

  // The operator accepts through the API; the page changes by itself (subscription).
  const accepted = await operatorAccepts(base, requestId, await sessionToken(page));
  if (accepted !== 1) throw new Error(`expected one referral for the operator to accept, found ${accepted}`);
  await page.getByText('事業者が紹介を受けました。事業者から連絡が来ます。').waitFor({ timeout: 30_000 });
  await onPage('family-status-accepted', page);

  await page.getByRole('button', { name: '同意を取り消す' }).click();
  await page.getByRole('button', { name: /はい、取り消す/ }).click();
  await page.getByText('取り消した同意があります', { exact: false }).waitFor();
  await onPage('family-consent-withdrawn', page);
}

/**
 * Sign in as a care manager → file on a senior's behalf (consent recorded) → compare → refer to two
 * options with consent → the operator accepts one and refuses the other (through the API): the board moves
 * live → the service starts and completes: the outcome shows.
 */
export async function careManagerJourney(page: Page, base: string, onPage: OnPage): Promise<void> {
  const MEAL = '【デモ】ひだまり配食 夕食お届け';
  const HOUSEWORK = '【デモ】ひだまり 家事代行';
  await signIn(page, base, 'demo-care-manager-1', onPage);
  await page.getByRole('heading', { level: 1, name: '事業所の利用者' }).waitFor();
  await onPage('care-clients', page);
  await page.getByRole('link', { name: 'ご本人に代わって相談を登録する' }).click();
  const requestId = await fillWizard(page, { careManager: true, name: '讃岐 ゲン', needs: ['meal_delivery', 'housework'] }, onPage, 'care-wizard');

  await page.getByRole('heading', { level: 2, name: '候補の比較' }).waitFor();
  await page.getByRole('table', { name: '条件に合うサービスの比較' }).waitFor();
  await page.getByText('候補の並び順について', { exact: false }).click();
  await page.getByLabel(`${HOUSEWORK} を紹介する`).waitFor();
  await onPage('care-compare', page);
  await page.getByLabel(`${MEAL} を紹介する`).check();
  await page.getByLabel(`${HOUSEWORK} を紹介する`).check();
  await page.getByLabel('上の内容をご本人（またはご家族）に説明し、同意を得ました').check();
  await onPage('care-referral-consent', page);
  await page.getByRole('button', { name: /同意を記録して 2件 を紹介する/ }).click();
  const column = (key: string, title: string) => page.locator(`[data-column="${key}"] article`, { hasText: title });
  await column('waiting', MEAL).waitFor();
  await column('waiting', HOUSEWORK).waitFor();
  await page.locator('[data-column="waiting"]').getByText('返事の期限', { exact: false }).first().waitFor();
  await onPage('care-board-waiting', page);

  const token = await sessionToken(page);
  if ((await operatorActs(base, requestId, token, 'accept', 'demo-operator-hidamari', MEAL)) !== 1) throw new Error('expected the meal referral to accept');
  if ((await operatorActs(base, requestId, token, 'reject', 'demo-operator-hidamari', HOUSEWORK)) !== 1) throw new Error('expected the housework referral to refuse');
  await column('active', MEAL).waitFor({ timeout: 30_000 });
  await column('closed', HOUSEWORK).waitFor({ timeout: 30_000 });
  await onPage('care-board-accepted', page);

  await operatorActs(base, requestId, token, 'start');
  await operatorActs(base, requestId, token, 'complete');
  await column('done', MEAL).waitFor({ timeout: 30_000 });
  await onPage('care-board-outcome', page);

  await page.getByRole('link', { name: '利用者の一覧へ戻る' }).click();
  await page.getByRole('table', { name: /事業所で登録した相談/ }).waitFor();
  await onPage('care-clients-after', page);
}

/** Runs axe on every page a journey passes, and remembers which pages it saw. */
export function axeOnEveryPage(): { onPage: OnPage; pages: string[]; violations: Record<string, AxeViolation[]> } {
  const pages: string[] = [];
  const violations: Record<string, AxeViolation[]> = {};
  return {
    pages,
    violations,
    onPage: async (name, page) => {
      pages.push(name);
      const v = await seriousViolations(page);
      if (v.length) violations[name] = v;
    },
  };
}

/**
 * One browser test file's set-up: its own database, the platform on it and Chromium, started once
 * (a fresh CI machine installs Debian's chromium and fonts-noto-cjk first: allow for it); `newPage`
 * opens a Japanese-locale page in a fresh context, which is closed after each test or by `closePage`.
 */
export function webTestFile(label: string): { readonly url: string; newPage(viewport: { width: number; height: number }): Promise<Page>; closePage(): Promise<void> } {
  let db: TestDatabase;
  let platform: Platform;
  let browser: Browser;
  let context: BrowserContext | undefined;
  const closePage = async () => {
    await context?.close();
    context = undefined;
  };
  beforeAll(async () => {
    ensureChromium();
    db = await createTestDatabase(label);
    [platform, browser] = await Promise.all([startPlatform(db.url), launchBrowser()]);
  }, 600_000);
  afterEach(closePage);
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
    await db?.drop();
  });
  return {
    get url() {
      return platform.url;
    },
    async newPage(viewport) {
      context = await browser.newContext({ viewport, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
      return context.newPage();
    },
    closePage,
  };
}

/**
 * The operator's editor journey, shared by e2e/web/web-operator-editor.e2e-spec.ts and
 * `npm run web:screens -- --only=editor`: a new operator with no organisation registers it, writes
 * a listing in the editor (taxonomy picker; a radius chosen by keyboard and on the map, then
 * municipalities), is told what is missing, completes and submits it; 高松市's staff return it with
 * a reason; the operator reads the reason at its field, fixes it and resubmits; the staff publish.
 */
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { tokenFor } from '../../libs/platform/src/testing';
import { checkCorporateNumber } from '../../apps/web/src/ui/corporate-number';
import type { OnPage } from './browser';
import { openReviewQueue, staffPublishes, staffReturns } from './roles';

export interface NewOperator {
  token: string;
  user: { userId: string; name: string; role: 'operator'; organizationId: string };
}

/** An operator whose organisation is not registered yet: a token as the identity provider would issue it at sign-up. */
export async function newOperator(label: string): Promise<NewOperator> {
  const user = { userId: `e2e-operator-${randomUUID()}`, name: `【テスト】${label} 担当者`, role: 'operator' as const, organizationId: randomUUID() };
  return { token: await tokenFor({ sub: user.userId, name: user.name, role: user.role, organizationId: user.organizationId }), user };
}

/** A 法人番号 nobody has registered yet, with a correct check digit (its first digit). */
export function freshCorporateNumber(): string {
  const rest = String(Math.floor(Math.random() * 1e12)).padStart(12, '0');
  for (let d = 1; d <= 9; d++) if (checkCorporateNumber(`${d}${rest}`) === 'ok') return `${d}${rest}`;
  return freshCorporateNumber();
}

/** Opens the app signed in as this operator (the session the sign-in page would keep in this tab). */
async function openAs(page: Page, base: string, op: NewOperator, path: string): Promise<void> {
  await page.goto(`${base}/signin`);
  await page.getByRole('heading', { level: 1, name: 'ログイン' }).waitFor();
  await page.evaluate(`sessionStorage.setItem('sanpuku.session', ${JSON.stringify(JSON.stringify({ token: op.token, user: op.user }))})`);
  await page.goto(`${base}${path}`);
}

async function gql(base: string, token: string, query: string, variables: Record<string, unknown> = {}) {
  const r = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
  const body = (await r.json()) as { data?: any; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data;
}

export interface EditorJourneyResult {
  offeringId: string;
  /** The offering as the API has it after each save that the journey checks. */
  afterRadiusSave: { kind: string; radiusM: number | null; served: string[] };
  afterSubmit: { status: string; kind: string; municipalityCodes: string[]; categories: string[]; schedule: { day: number; opensAt: string; closesAt: string }[] };
  finalStatus: () => Promise<string>;
}

export async function operatorEditorJourney(page: Page, base: string, onPage: OnPage, title: string): Promise<EditorJourneyResult> {
  const op = await newOperator(title);
  const query = (q: string, v: Record<string, unknown> = {}) => gql(base, op.token, q, v);

  // 1. A new operator registers the organisation (with a complaint desk, which new listings inherit).
  await openAs(page, base, op, '/operator/organization');
  await page.getByRole('heading', { level: 1, name: '事業者の情報' }).waitFor();
  await page.getByText('紹介を受けるには、まず事業者を登録してください。').waitFor();
  await onPage('op-org-new', page);
  await page.getByLabel('事業者名（必須）').fill(`【テスト】${title} 合同会社`);
  await page.getByLabel('法人番号（13桁）').fill(freshCorporateNumber());
  await page.getByLabel('苦情の窓口の名称').fill('お客様相談室');
  await page.getByLabel('苦情の窓口の電話番号').fill('087-000-2222');
  await page.getByRole('button', { name: '登録する' }).click();
  await page.getByText('事業者を登録しました。').waitFor();

  // 2. The listings page, empty, leads to the editor.
  await page.getByRole('navigation', { name: '事業者のページ' }).getByRole('link', { name: '掲載の一覧' }).click();
  await page.getByRole('heading', { level: 1, name: '掲載の一覧' }).waitFor();
  await page.getByText('まだ掲載はありません。').waitFor();
  await page.getByRole('link', { name: '新しい掲載をつくる' }).click();
  await page.getByRole('heading', { level: 1, name: '新しい掲載' }).waitFor();

  // 3. What: the name and two kinds from the taxonomy, grouped as the taxonomy groups them.
  await page.getByLabel('サービス名', { exact: true }).fill(title);
  const family = page.getByRole('group', { name: '家族支援' });
  await family.getByRole('checkbox', { name: /^食事/ }).check();
  await family.getByRole('checkbox', { name: /^見守り・緊急連絡/ }).check();
  await page.getByTestId('chosen-categories').getByText('主な分類：食事　ほかの分類：見守り・緊急連絡').waitFor();
  await page.getByLabel('サービスの説明').fill('減塩メニューも選べる夕食を、安否確認を兼ねて手渡しでお届けします。');

  // 4. Where: a radius — by keyboard (centre on a municipality, km typed), then by a tap on the map.
  await page.getByRole('radio', { name: /地点からの距離で決める/ }).check();
  const map = page.getByTestId('area-map');
  await map.locator('path[data-code="37201"]').waitFor();
  await page.getByLabel('中心にする地点').selectOption({ label: '丸亀市の中心あたり' });
  await page.getByLabel('半径（キロメートル）').fill('8');
  const summary = page.getByTestId('area-summary');
  await summary.getByText(/^丸亀市のあたりを中心に半径8キロメートル。.*：.*丸亀市/).waitFor();
  await page.getByTestId('area-circle').waitFor();
  // A tap in the middle of 高松市's outline (relative to the map, so scrolling does not matter).
  await map.scrollIntoViewIfNeeded();
  const frame = (await map.boundingBox())!;
  const box = (await map.locator('path[data-code="37201"]').boundingBox())!;
  await map.click({ position: { x: box.x - frame.x + box.width / 2, y: box.y - frame.y + box.height / 2 }, force: true });
  await summary.getByText(/半径8キロメートル。この範囲にかかる市区町村（審査する自治体）：.*高松市/).waitFor();
  if (/丸亀市の/.test(await summary.innerText())) throw new Error('the tap on the map should move the centre');
  await onPage('op-editor-radius', page);

  // 5. Told what is missing: the checklist, and submission disabled with the reason.
  const submit = page.getByRole('button', { name: '保存して審査に提出する' });
  const checklist = page.getByTestId('checklist');
  await checklist.getByText('審査に提出する前に、次の 6 項目の記載が必要です。').waitFor();
  for (const item of ['料金', '介護保険の適用', 'スタッフの資格', '賠償責任保険', 'キャンセル・解約条件', '効果の根拠']) await checklist.locator('li', { hasText: item }).first().waitFor();
  if (!(await submit.isDisabled())) throw new Error('submission should be disabled while items are missing');
  await page.getByText('まだ記載が必要な項目が 6 つあるため、提出できません', { exact: false }).waitFor();
  // The complaint desk came from the organisation.
  if ((await page.getByLabel('窓口の名称').inputValue()) !== 'お客様相談室') throw new Error('the desk should default to the organisation’s');
  await onPage('op-editor-missing', page);
  // The same checklist in English, from the same rule's English words; then back to Japanese.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { level: 1, name: 'New listing' }).waitFor();
  await checklist.locator('li', { hasText: 'Cancellation terms: Not stated.' }).waitFor();
  await page.getByText('Cannot be submitted yet: 6 items still need stating', { exact: false }).waitFor();
  await page.getByRole('button', { name: '日本語' }).click();
  await page.getByRole('heading', { level: 1, name: '新しい掲載' }).waitFor();

  // A draft needs a price: said at the field before anything is sent.
  await page.getByRole('button', { name: '下書きを保存する' }).click();
  await page.locator('#ed-amount-err', { hasText: '料金を0以上の整数（円）で入力してください。' }).waitFor();
  await page.getByLabel('料金（税込）').fill('650');
  await page.getByLabel('料金に含まれるもの（任意）').fill('弁当代・配達料');
  await page.getByRole('radio', { name: /^自費（保険外）/ }).check();
  // Days: weekdays; Monday's hours typed the wrong way round — the API's refusal shows at the schedule.
  for (const day of ['月曜日', '火曜日', '水曜日', '木曜日', '金曜日']) {
    await page.getByRole('checkbox', { name: day, exact: true }).check();
    await page.getByLabel(`${day}の開始時刻`).fill('16:00');
    await page.getByLabel(`${day}の終了時刻`).fill('18:30');
  }
  await page.getByLabel('月曜日の開始時刻').fill('18:30');
  await page.getByLabel('月曜日の終了時刻').fill('16:00');
  await page.getByRole('button', { name: '下書きを保存する' }).click();
  await page.locator('#ed-schedule-err', { hasText: '終了時刻は開始時刻より後にしてください' }).waitFor();
  await onPage('op-editor-api-error', page);
  await page.getByLabel('月曜日の開始時刻').fill('16:00');
  await page.getByLabel('月曜日の終了時刻').fill('18:30');
  await page.getByText('提供する曜日と時間：月曜日・火曜日・水曜日・木曜日・金曜日 16:00〜18:30').waitFor();
  await page.getByRole('button', { name: '下書きを保存する' }).click();
  await page.waitForURL(/\/operator\/offerings\/[0-9a-f-]+\/edit$/);
  await page.getByText('下書きを保存しました。').waitFor();
  const offeringId = page.url().split('/').slice(-2)[0];
  const radiusSaved = (await query(`query($id: ID!) { offering(id: $id) { serviceArea { kind radiusM } servedMunicipalityCodes } }`, { id: offeringId })).offering;

  // 6. Where, again: municipalities, found by name in the prefecture's list.
  await page.getByRole('heading', { level: 1, name: '掲載の編集' }).waitFor();
  await page.getByRole('radio', { name: /市区町村で選ぶ/ }).check();
  const search = page.getByLabel('市区町村名で絞り込む');
  await search.fill('高松');
  await page.getByRole('checkbox', { name: '高松市', exact: true }).check();
  await search.fill('三木');
  await page.getByRole('checkbox', { name: '三木町', exact: true }).check();
  await summary.getByText('選んだ市区町村：高松市・三木町').waitFor();
  await onPage('op-editor-municipalities', page);

  // 7. The disclosures, watching the checklist shrink; then submit.
  await page.getByLabel('スタッフの資格・研修（資格が不要ならその旨）').fill('管理栄養士1名。配達員は認知症サポーター養成講座を修了しています。');
  await page.getByRole('radio', { name: '加入している' }).check();
  await checklist.locator('li', { hasText: '加入している保険会社名が記載されていません。' }).waitFor();
  await page.getByLabel('保険会社名').fill('テスト損害保険株式会社');
  await page.getByRole('radio', { name: '効果はうたわない' }).check();
  await checklist.getByText('審査に提出する前に、次の 1 項目の記載が必要です。').waitFor();
  await checklist.locator('li', { hasText: 'キャンセル・解約条件' }).waitFor();
  if (!(await submit.isDisabled())) throw new Error('submission should still be disabled');
  await page.getByLabel('キャンセル・解約の条件').fill('都度ご相談ください。');
  await checklist.getByText('共通開示項目はすべて記載されています。審査に提出できます。').waitFor();
  await onPage('op-editor-complete', page);
  await submit.click();
  await page.getByText('審査に提出しました。審査の結果は掲載の一覧に表示されます。').waitFor();
  await page.getByTestId('editor-status').getByText('審査待ち').waitFor();
  const submitted = (await query(`query($id: ID!) { offering(id: $id) { status categories serviceArea { kind municipalityCodes } schedule { day opensAt closesAt } } }`, { id: offeringId })).offering;

  // 8. 高松市's staff return it with a reason about the cancellation terms.
  const reason = 'キャンセル料がかかるか、いつまでに連絡すればよいかを書いてください。';
  await staffReturns(page, base, onPage, title, 'キャンセル・解約の条件', reason);

  // 9. The operator reads the reason on the listing and at its field in the editor, fixes it, resubmits.
  await openAs(page, base, op, '/operator/offerings');
  await page.getByRole('heading', { level: 1, name: '掲載の一覧' }).waitFor();
  const listing = page.locator(`[data-offering="${offeringId}"]`);
  await listing.getByText(`キャンセル・解約の条件：${reason}`).waitFor();
  await onPage('op-offerings-returned', page);
  await listing.getByRole('link', { name: `「${title}」を編集する` }).click();
  await page.getByRole('heading', { level: 1, name: '掲載の編集' }).waitFor();
  await page.getByTestId('returned-notice').getByText(reason, { exact: false }).waitFor();
  await page.locator('#ed-cancel-reason', { hasText: reason }).waitFor();
  const cancel = page.getByLabel('キャンセル・解約の条件');
  if (!(await cancel.getAttribute('aria-describedby'))?.includes('ed-cancel-reason')) throw new Error('the reason should describe the field');
  await onPage('op-editor-returned', page);
  await cancel.fill('前日17時までのご連絡でキャンセル料はかかりません。');
  await page.getByRole('button', { name: '保存して審査に提出する' }).click();
  await page.getByText('審査に提出しました。審査の結果は掲載の一覧に表示されます。').waitFor();

  // 10. The staff see the earlier reason with the fixed terms, and publish.
  const item = await openReviewQueue(page, base, onPage, title);
  await item.getByText(reason).waitFor();
  await item.getByText('前日17時までのご連絡でキャンセル料はかかりません。').waitFor();
  await onPage('muni-review-resubmitted', page);
  await staffPublishes(page, title);

  return {
    offeringId,
    afterRadiusSave: { kind: radiusSaved.serviceArea.kind, radiusM: radiusSaved.serviceArea.radiusM, served: radiusSaved.servedMunicipalityCodes },
    afterSubmit: { status: submitted.status, kind: submitted.serviceArea.kind, municipalityCodes: submitted.serviceArea.municipalityCodes, categories: submitted.categories, schedule: submitted.schedule },
    finalStatus: async () => (await query(`query($id: ID!) { offering(id: $id) { status } }`, { id: offeringId })).offering.status as string,
  };
}

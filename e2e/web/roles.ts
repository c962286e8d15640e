/**
 * The part-2 journeys (municipal staff; later operators and admins) as steps, calling back at
 * every page like the journeys in browser.ts: shared by e2e/web/web-roles.e2e-spec.ts and
 * `npm run web:screens`.
 */
import type { Page } from 'playwright-core';
import { signIn, type OnPage } from './browser';
import { mealOffering } from '../offering-input';

async function gqlAnon(base: string, query: string, variables: Record<string, unknown> = {}) {
  const r = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await r.json()) as { data?: any; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data;
}

/**
 * An uncovered town block of the municipality where one planned shop changes the segment (asked
 * of the API, so the test follows the demo data instead of hard-coding a block).
 */
export async function segmentFlippingBlock(base: string, code: string): Promise<{ id: string; name: string }> {
  const { municipalityMap } = await gqlAnon(base, `query($c: String!) { municipalityMap(code: $c) { townBlocks { id name lat lng covered } } }`, { c: code });
  for (const b of (municipalityMap.townBlocks as { id: string; name: string; lat: number; lng: number; covered: boolean }[]).filter((x) => !x.covered)) {
    const { whatIf } = await gqlAnon(base, `query($i: WhatIfInput!) { whatIf(input: $i) { municipalities { code segmentChanged } } }`, { i: { add: [{ lat: b.lat, lng: b.lng }] } });
    if ((whatIf.municipalities as { code: string; segmentChanged: boolean }[]).some((m) => m.code === code && m.segmentChanged)) return { id: b.id, name: b.name };
  }
  throw new Error(`no single shop changes the segment of ${code} on this data`);
}

/**
 * 高松市's staff: the prefecture map → 丸亀市 by click (C, 34.2 %) and 琴平町 by keyboard → the
 * drill-down of 丸亀市 → a click on the map at an uncovered block places a planned shop → the
 * what-if table shows C → B and the block turns covered.
 */
export async function municipalJourney(page: Page, base: string, onPage: OnPage): Promise<void> {
  const flip = segmentFlippingBlock(base, '37202');
  await signIn(page, base, 'demo-municipal-takamatsu', onPage);
  await page.getByRole('heading', { level: 1, name: '地域の市場性マップ' }).waitFor();
  await page.locator('path[data-code="37202"]').waitFor();
  // The staff's own municipality is chosen at first.
  await page.getByTestId('area-card').getByRole('heading', { name: '高松市' }).waitFor();
  await onPage('muni-dashboard', page);

  await page.locator('path[data-code="37202"]').click();
  const card = page.getByTestId('area-card');
  await card.getByRole('heading', { name: '丸亀市' }).waitFor();
  await card.getByText('市場性「低」', { exact: true }).waitFor();
  await card.getByText('34.2%').waitFor();
  await card.getByText('必要性の高い資源の維持を図るモデル').waitFor();
  await card.getByText('推計').first().waitFor();
  await onPage('muni-card', page);

  // Keyboard: the municipality is a focusable path with an accessible name.
  await page.getByRole('button', { name: '琴平町：市場性「低」' }).focus();
  await page.keyboard.press('Enter');
  await card.getByRole('heading', { name: '琴平町' }).waitFor();
  await page.locator('path[data-code="37202"]').click();
  await card.getByRole('heading', { name: '丸亀市' }).waitFor();

  await card.getByRole('link', { name: '丸亀市の町丁目の地図と試算' }).click();
  await page.getByRole('heading', { level: 1, name: '丸亀市の町丁目と店舗' }).waitFor();
  const { id } = await flip;
  const block = page.locator(`circle[data-block="${id}"]`);
  await block.waitFor();
  if ((await block.getAttribute('data-covered')) !== 'false') throw new Error('the chosen block should start uncovered');
  await onPage('muni-drill', page);

  await block.click({ force: true });
  const table = page.getByTestId('whatif-table');
  await table.getByText('区分が変わります').waitFor();
  await table.getByText('市場性「中」', { exact: false }).waitFor();
  await page.locator(`circle[data-block="${id}"][data-covered="true"]`).waitFor();
  await onPage('muni-whatif', page);
}

async function gqlAs(base: string, token: string, query: string, variables: Record<string, unknown> = {}) {
  const r = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
  const body = (await r.json()) as { data?: any; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data;
}

/** 高松市's staff sign in and open the review queue at the listing with this title. */
export async function openReviewQueue(page: Page, base: string, onPage: OnPage, title: string) {
  await signIn(page, base, 'demo-municipal-takamatsu', onPage);
  await page.getByRole('heading', { level: 1, name: '地域の市場性マップ' }).waitFor();
  await page.getByRole('navigation', { name: '自治体職員のページ' }).getByRole('link', { name: '掲載の審査' }).click();
  await page.getByRole('heading', { level: 1, name: '掲載の審査' }).waitFor();
  const item = page.getByTestId('review-item').filter({ has: page.getByRole('heading', { name: title }) });
  await item.waitFor();
  return item;
}

/**
 * 高松市's staff open the review queue and return the listing with one reason about one field
 * (chosen by its name); returns the listing's item in the queue.
 */
export async function staffReturns(page: Page, base: string, onPage: OnPage, title: string, field: string, reason: string) {
  const item = await openReviewQueue(page, base, onPage, title);
  await onPage('muni-review', page);

  await item.getByRole('button', { name: '差し戻す' }).click();
  await item.getByLabel('どの項目についてか').selectOption({ label: field });
  await item.getByLabel('事業者に伝える理由（直してほしい点）').fill(reason);
  await onPage('muni-review-return', page);
  await item.getByRole('button', { name: '理由を添えて差し戻す' }).click();
  await page.getByText(`「${title}」を差し戻しました。`, { exact: false }).waitFor();
  await item.waitFor({ state: 'detached' });
  return item;
}

/** The staff, on the review queue, publish the listing. */
export async function staffPublishes(page: Page, title: string): Promise<void> {
  const item = page.getByTestId('review-item').filter({ has: page.getByRole('heading', { name: title }) });
  await item.getByRole('button', { name: '掲載する' }).click();
  await page.getByText(`「${title}」を掲載しました。`, { exact: false }).waitFor();
  await item.waitFor({ state: 'detached' });
}

/**
 * The review round trip, the municipal side in the browser: an operator (through the API; the
 * editor's own round trip is e2e/web/operator-editor.ts) submits a listing for 高松市; 高松市's staff return it with a reason about the
 * cancellation terms; the operator reads that reason in the listing's history, fixes the terms and
 * resubmits; the staff see the earlier reason with the listing and publish it.
 */
export async function reviewJourney(page: Page, base: string, onPage: OnPage, operatorToken: string, title: string): Promise<{ offeringId: string; statusAfter: () => Promise<string> }> {
  const created = await gqlAs(base, operatorToken, `mutation($input: OfferingInput!) { createOffering(input: $input) { id } }`, { input: mealOffering(title, '都度ご相談ください。') });
  const id = created.createOffering.id as string;
  await gqlAs(base, operatorToken, `mutation($id: ID!) { submitOffering(id: $id) { status } }`, { id });

  const reason = 'キャンセル料がかかるか、いつまでに連絡すればよいかを書いてください。';
  const item = await staffReturns(page, base, onPage, title, 'キャンセル・解約の条件', reason);

  // The operator sees the reason at the field it names, fixes it and resubmits.
  const { offering } = await gqlAs(base, operatorToken, `query($id: ID!) { offering(id: $id) { status history { action reasons { path messageJa } } } }`, { id });
  const returned = (offering.history as { action: string; reasons: { path: string | null; messageJa: string }[] }[]).find((h) => h.action === 'return');
  if (offering.status !== 'returned' || returned?.reasons[0]?.messageJa !== reason || returned.reasons[0].path !== '/disclosure/cancellationTerms') {
    throw new Error(`the operator should see the reason at its field: ${JSON.stringify(offering)}`);
  }
  await gqlAs(base, operatorToken, `mutation($id: ID!, $input: OfferingInput!) { updateOffering(id: $id, input: $input) { status } }`, {
    id,
    input: mealOffering(title, '前日17時までのご連絡でキャンセル料はかかりません。'),
  });
  await gqlAs(base, operatorToken, `mutation($id: ID!) { submitOffering(id: $id) { status } }`, { id });

  await page.reload();
  await item.waitFor();
  await item.getByText(reason).waitFor();
  await item.getByText('前日17時までのご連絡でキャンセル料はかかりません。').waitFor();
  await onPage('muni-review-resubmitted', page);
  await staffPublishes(page, title);
  return {
    offeringId: id,
    statusAfter: async () => (await gqlAs(base, operatorToken, `query($id: ID!) { offering(id: $id) { status } }`, { id })).offering.status as string,
  };
}

/** A family files a request in 高松市 through the API and waits for its shortlist (so the neutrality report has data). */
export async function fileRequestWithShortlist(base: string, familyUserId = 'demo-family-1'): Promise<number> {
  return (await fileShortlistedRequest(base, familyUserId)).entries.length;
}

async function fileShortlistedRequest(base: string, familyUserId: string): Promise<{ id: string; family: string; entries: { offeringId: string; organizationId: string; title: string }[] }> {
  const { devToken } = await import('./browser');
  const family = await devToken(base, familyUserId);
  const filed = await gqlAs(base, family, `mutation($input: FileHelpRequestInput!) { fileHelpRequest(input: $input) { id } }`, {
    input: {
      senior: { fullName: '讃岐 キヨ', fullNameKana: 'サヌキ キヨ', addressText: '香川県高松市番町一丁目1-1', contactPhone: '087-000-1234', careLevel: 'care_1', healthNotes: '減塩食' },
      ageBand: '85_89',
      municipalityCode: '37201',
      location: { lat: 34.34253, lng: 134.046355 },
      livingSituation: 'alone',
      needs: ['meal_delivery', 'monitoring_emergency'],
      preferences: { coverage: 'any', budgetYen: 3000, preferredDays: [1, 3, 5] },
      acquisitionConsent: { givenBy: 'family', givenByName: '讃岐 花子', textVersion: 'acquisition-1' },
    },
  });
  const id = filed.fileHelpRequest.id as string;
  for (let i = 0; i < 40; i++) {
    const s = (await gqlAs(base, family, `mutation($id: ID!) { refreshShortlist(requestId: $id) { entries { offeringId organizationId title } } }`, { id })).refreshShortlist;
    if (s.entries.length) return { id, family, entries: s.entries };
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('no shortlist for the request');
}

/**
 * 高松市's staff open the neutrality report: the chart and its table name each operator with both
 * shares, and the CSV download holds the same rows. Returns the CSV's text.
 */
export async function neutralityJourney(page: Page, base: string, onPage: OnPage): Promise<{ csv: string; operators: string[] }> {
  await signIn(page, base, 'demo-municipal-takamatsu', onPage);
  await page.getByRole('heading', { level: 1, name: '地域の市場性マップ' }).waitFor();
  await page.getByRole('navigation', { name: '自治体職員のページ' }).getByRole('link', { name: '中立性レポート' }).click();
  await page.getByRole('heading', { level: 1, name: '中立性レポート' }).waitFor();
  const table = page.getByTestId('neutrality-table');
  await table.waitFor();
  await page.getByRole('img', { name: /上位に表示された割合と条件に合った割合の棒グラフ/ }).waitFor();
  const operators = await table.locator('tbody th').allInnerTexts();
  await onPage('muni-neutrality', page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '表を CSV ファイルで保存する' }).click()]);
  const path = await download.path();
  const { readFileSync } = await import('node:fs');
  return { csv: readFileSync(path!, 'utf8'), operators };
}

/**
 * A family files a request and, with consent to share name, phone and address, refers it to
 * ひだまり配食 (the first shortlisted offering of that organisation), through the API.
 */
export async function referToHidamari(base: string): Promise<{ referralId: string; title: string }> {
  const { id, family, entries } = await fileShortlistedRequest(base, 'demo-family-1');
  const entry = entries.find((e) => e.organizationId === '11111111-1111-4111-8111-111111111101');
  if (!entry) throw new Error('ひだまり配食 is not in the shortlist');
  const { consentText } = await gqlAs(base, family, `query { consentText(purpose: "third_party_provision") { version } }`);
  const items = ['full_name', 'address', 'contact_phone', 'age_band', 'care_level', 'needs_note'];
  const consent = await gqlAs(base, family, `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`, {
    input: { requestId: id, dataItems: items, given: { givenBy: 'family', givenByName: '讃岐 花子', method: 'on_screen', textVersion: consentText.version }, recipientOrganizationIds: [entry.organizationId] },
  });
  const ref = await gqlAs(base, family, `mutation($input: CreateReferralInput!) { createReferral(input: $input) { id } }`, {
    input: { requestId: id, offeringId: entry.offeringId, disclosedItems: items, consentId: consent.recordConsent.id, send: true },
  });
  return { referralId: ref.createReferral.id, title: entry.title };
}

/**
 * ひだまり配食's intake: the inbox is open when a referral is sent; it appears without a reload,
 * pseudonymous; accepting shows the consented name; a second one is declined with a reason picked
 * from the labelled choices, and the API records that reason.
 */
export async function operatorInboxJourney(page: Page, base: string, onPage: OnPage): Promise<{ declinedReason: () => Promise<string> }> {
  await signIn(page, base, 'demo-operator-hidamari', onPage);
  await page.getByRole('heading', { level: 1, name: '紹介の受付' }).waitFor();
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForTimeout(1000); // the subscription's WebSocket handshake
  const before = await page.getByTestId('inbox-item').count();
  await onPage('op-inbox', page);

  const first = await referToHidamari(base);
  await page.getByText('新しい紹介が届きました。').waitFor({ timeout: 20_000 });
  await page.waitForFunction(`document.querySelectorAll('[data-testid="inbox-item"]').length > ${before}`);
  // The referral's id is an attribute for the test only; the page never shows it.
  const item = page.locator(`[data-referral="${first.referralId}"]`);
  await item.locator('.badge', { hasText: '依頼中' }).waitFor();
  if (await item.getByText('讃岐 キヨ').count()) throw new Error('the name must not show before accepting');
  await onPage('op-inbox-arrived', page);
  await item.getByRole('button', { name: '受諾' }).click();
  await item.locator('.badge', { hasText: '受諾済み' }).waitFor();
  await item.getByTestId('disclosed').getByText('讃岐 キヨ（サヌキ キヨ）').waitFor();
  await onPage('op-inbox-accepted', page);

  const second = await referToHidamari(base);
  const waiting = page.locator(`[data-referral="${second.referralId}"]`);
  await waiting.waitFor({ timeout: 20_000 });
  await waiting.getByRole('button', { name: 'お断り' }).click();
  await waiting.getByRole('radio', { name: '受け入れ枠がない' }).check();
  await onPage('op-inbox-reject', page);
  await waiting.getByRole('button', { name: 'この理由でお断りする' }).click();
  // Declined, it leaves the open list for the finished ones.
  await page.getByText(/終わった紹介/).waitFor();
  await page.locator(`details [data-referral="${second.referralId}"]`).waitFor({ state: 'attached' });
  const operator = await (await import('./browser')).devToken(base, 'demo-operator-hidamari');
  return {
    declinedReason: async () => {
      const inbox = (await gqlAs(base, operator, `query { referralInbox(limit: 100) { id reasonCode } }`)).referralInbox as { id: string; reasonCode: string | null }[];
      return inbox.find((r) => r.id === second.referralId)?.reasonCode ?? '';
    },
  };
}

/**
 * The admin imports a municipalities file whose third line has 「十万」 for a population: nothing is
 * written, and the problem table names line 3, the column and the value, in Japanese.
 */
export async function adminImportJourney(page: Page, base: string, onPage: OnPage): Promise<void> {
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const lines = readFileSync(join(__dirname, '../../data/kagawa/municipalities.csv'), 'utf8').split('\n');
  const bad = lines[2].replace(/^(37202,[^,]*,[^,]*,[^,]*,[^,]*,[^,]*,)\d+/, '$1十万');
  if (bad === lines[2]) throw new Error('the bad row was not made');
  await signIn(page, base, 'demo-admin', onPage);
  await page.getByRole('heading', { level: 1, name: 'データの取り込み' }).waitFor();
  await onPage('admin-import', page);
  await page.getByRole('radio', { name: /市区町村（人口と面積）/ }).check();
  await page.getByLabel('ファイル', { exact: true }).setInputFiles({ name: 'municipalities-bad.csv', mimeType: 'text/csv', buffer: Buffer.from([lines[0], lines[1], bad].join('\n') + '\n') });
  await page.getByRole('button', { name: '取り込む' }).click();
  await page.getByText('ファイルに問題が 1 件あったため、何も取り込んでいません。', { exact: false }).waitFor();
  const row = page.getByTestId('import-problems').locator('tbody tr').first();
  await row.getByRole('cell', { name: '3', exact: true }).waitFor();
  await row.getByRole('cell', { name: 'census2020_pop', exact: true }).waitFor();
  await row.getByRole('cell', { name: '十万', exact: true }).waitFor();
  await row.getByText('数値ではありません', { exact: false }).waitFor();
  await onPage('admin-import-problems', page);
}

/** Files requests through the API (a family), e.g. with a need no listed service meets. */
export async function fileRequests(base: string, n: number, municipalityCode: string, needs: string[], location: { lat: number; lng: number }): Promise<void> {
  const { devToken } = await import('./browser');
  const family = await devToken(base, 'demo-family-1');
  for (let i = 0; i < n; i++) {
    await gqlAs(base, family, `mutation($input: FileHelpRequestInput!) { fileHelpRequest(input: $input) { id } }`, {
      input: {
        senior: { fullName: '讃岐 キヨ', fullNameKana: 'サヌキ キヨ', addressText: '香川県', contactPhone: '087-000-1234', careLevel: 'care_1' },
        ageBand: '85_89',
        municipalityCode,
        location,
        livingSituation: 'alone',
        needs,
        preferences: { coverage: 'any' },
        acquisitionConsent: { givenBy: 'family', givenByName: '讃岐 花子', textVersion: 'acquisition-1' },
      },
    });
  }
}

/**
 * An operator reads unmet demand: 高松市's row shows a count (at or over the threshold) and
 * 丸亀市's single request shows 「少数のため非表示」, in the table and the chart.
 */
export async function demandJourney(page: Page, base: string, onPage: OnPage): Promise<{ takamatsu: string; marugame: string }> {
  await signIn(page, base, 'demo-operator-hidamari', onPage);
  await page.getByRole('heading', { level: 1, name: '紹介の受付' }).waitFor();
  await page.getByRole('navigation', { name: '事業者のページ' }).getByRole('link', { name: '満たされていない需要' }).click();
  await page.getByRole('heading', { level: 1, name: '満たされていない需要' }).waitFor();
  const table = page.getByTestId('demand-table');
  await table.waitFor();
  const takamatsu = table.locator('tbody tr', { has: page.locator('th', { hasText: /^高松市・/ }) }).first();
  const marugame = table.locator('tbody tr', { has: page.locator('th', { hasText: /^丸亀市・/ }) }).first();
  await takamatsu.waitFor();
  await marugame.waitFor();
  await page.getByTestId('demand-chart').getByText('少数のため非表示').first().waitFor();
  await onPage('op-demand', page);
  return { takamatsu: await takamatsu.innerText(), marugame: await marugame.innerText() };
}

/**
 * ひだまり配食 opens its organisation: a mistyped 法人番号 is refused live (check digit) next to
 * the field before anything is sent; corrected, it is accepted, and a changed phone is saved.
 */
export async function organizationJourney(page: Page, base: string, onPage: OnPage, phone: string): Promise<void> {
  await signIn(page, base, 'demo-operator-hidamari', onPage);
  await page.getByRole('heading', { level: 1, name: '紹介の受付' }).waitFor();
  await page.getByRole('navigation', { name: '事業者のページ' }).getByRole('link', { name: '事業者の情報' }).click();
  await page.getByRole('heading', { level: 1, name: '事業者の情報' }).waitFor();
  const name = page.getByLabel('事業者名（必須）');
  await page.waitForFunction(`document.getElementById('org-name')?.value === '【デモ】ひだまり配食株式会社'`);
  void name;
  const number = page.getByLabel('法人番号（13桁）');
  await number.fill('2470001099001');
  await page.getByText('法人番号のチェックディジット（先頭の数字）が正しくありません。').waitFor();
  if ((await number.getAttribute('aria-invalid')) !== 'true') throw new Error('the field should be marked invalid');
  await onPage('op-org-invalid', page);
  await number.fill('１－４７００－０１０９－９００１');
  await page.getByText('番号の形は正しいです', { exact: false }).waitFor();
  // The API's refusal of a short phone number appears next to that field, in Japanese.
  const phoneField = page.getByLabel('代表電話番号');
  await phoneField.fill('087-000-375');
  await page.getByRole('button', { name: '保存する' }).click();
  await page.locator('#org-phone-err', { hasText: '電話番号は0から始まる10〜11桁' }).waitFor();
  if ((await phoneField.getAttribute('aria-invalid')) !== 'true') throw new Error('the phone field should be marked invalid');
  await onPage('op-org-phone-error', page);
  await phoneField.fill(phone);
  await page.getByRole('button', { name: '保存する' }).click();
  await page.getByText('事業者の情報を保存しました。').waitFor();
  await onPage('op-org-saved', page);
}

/**
 * ひだまり配食's listings: a draft without cancellation terms (made through the API) says what is
 * missing before submission; submitting anyway is refused; capacity is set to 満員 and
 * 「内容を確認しました」 recorded, one click each.
 */
export async function offeringsJourney(page: Page, base: string, onPage: OnPage, title: string): Promise<{ offeringId: string; capacity: () => Promise<string> }> {
  const { devToken } = await import('./browser');
  const operator = await devToken(base, 'demo-operator-hidamari');
  const input = mealOffering(title, '') as { disclosure: Record<string, unknown> };
  delete input.disclosure.cancellationTerms;
  const id = (await gqlAs(base, operator, `mutation($input: OfferingInput!) { createOffering(input: $input) { id } }`, { input })).createOffering.id as string;

  await signIn(page, base, 'demo-operator-hidamari', onPage);
  await page.getByRole('heading', { level: 1, name: '紹介の受付' }).waitFor();
  await page.getByRole('navigation', { name: '事業者のページ' }).getByRole('link', { name: '掲載の一覧' }).click();
  await page.getByRole('heading', { level: 1, name: '掲載の一覧' }).waitFor();
  const item = page.locator(`[data-offering="${id}"]`);
  await item.getByText('審査に提出する前に、次の 1 項目の記載が必要です。').waitFor();
  await onPage('op-offerings-missing', page);
  await item.getByRole('button', { name: '審査に提出する' }).click();
  await item.getByRole('alert').first().waitFor();
  await item.getByRole('button', { name: '満員' }).click();
  await item.getByText('受入状況を「満員」にしました。').waitFor();
  await item.getByRole('button', { name: '内容を確認しました' }).click();
  await item.getByText('内容を確認した日時を記録しました。').waitFor();
  await onPage('op-offerings-updated', page);
  return {
    offeringId: id,
    capacity: async () => (await gqlAs(base, operator, `query($id: ID!) { offering(id: $id) { status capacity { status } } }`, { id })).offering.capacity.status as string,
  };
}

// ── Admin pages and the map of Japan ──

type ListingCount = { status: string; statusLabelJa: string; count: number };

/**
 * The admin opens the service categories, reads what retiring a category that listings use would
 * affect (and keeps it), adds a category, renames it, retires it and brings it back. Returns the
 * new category's code for the caller to ask the API about.
 */
export async function adminTaxonomyJourney(page: Page, base: string, onPage: OnPage, suffix: string): Promise<{ code: string; labelJa: string; labelEn: string }> {
  const { devToken } = await import('./browser');
  const admin = await devToken(base, 'demo-admin');
  const before = (await gqlAs(base, admin, `{ taxonomy { categories { code labelJa listingCounts { status statusLabelJa count } } } }`)).taxonomy as {
    categories: { code: string; labelJa: string; listingCounts: ListingCount[] }[];
  }[];
  const used = before.flatMap((f) => f.categories).find((c) => c.listingCounts.some((x) => x.status === 'published' && x.count > 0));
  if (!used) throw new Error('the demo data should have a category with a published listing');
  const published = used.listingCounts.find((x) => x.status === 'published')!;

  await signIn(page, base, 'demo-admin', onPage);
  await page.getByRole('navigation', { name: '管理者のページ' }).getByRole('link', { name: 'サービス分類' }).click();
  await page.getByRole('heading', { level: 1, name: 'サービス分類の管理' }).waitFor();
  await page.locator(`tr[data-category="${used.code}"]`).waitFor();
  await onPage('admin-taxonomy', page);

  // Retiring shows what depends on it first; the admin keeps it.
  await page.getByRole('button', { name: `${used.labelJa}を停止` }).click();
  const confirm = page.getByTestId('retire-confirm');
  await confirm.getByText(`${published.statusLabelJa} ${published.count}件`, { exact: false }).waitFor();
  await onPage('admin-taxonomy-retire', page);
  await confirm.getByRole('button', { name: 'やめる' }).click();
  await confirm.waitFor({ state: 'detached' });

  const code = `pet_care_${suffix}`;
  const form = page.getByTestId('add-category');
  await form.getByLabel('大区分').selectOption({ index: 0 });
  await form.getByLabel('日本語名').fill(`ペットの世話${suffix}`);
  await form.getByLabel('英語名').fill(`Pet care ${suffix}`);
  await form.getByLabel('分類コード（システム用）').fill(code);
  await form.getByRole('button', { name: '追加する' }).click();
  await page.getByText(`「ペットの世話${suffix}」を追加しました。`).waitFor();
  const row = page.locator(`tr[data-category="${code}"]`);
  await row.getByRole('cell', { name: `Pet care ${suffix}`, exact: true }).waitFor();
  await row.getByRole('cell', { name: 'なし', exact: true }).waitFor();

  const labelJa = `ペットのお世話${suffix}`;
  const labelEn = `Pet sitting ${suffix}`;
  await page.getByRole('button', { name: `ペットの世話${suffix}の名前を変更` }).click();
  const edit = page.getByTestId('edit-category');
  await edit.getByLabel('日本語名').fill(labelJa);
  await edit.getByLabel('英語名').fill(labelEn);
  await onPage('admin-taxonomy-edit', page);
  await edit.getByRole('button', { name: '変更を保存' }).click();
  await page.getByText(`「${labelJa}」に名前を変更しました。`).waitFor();
  await row.getByRole('rowheader', { name: labelJa, exact: true }).waitFor();

  await page.getByRole('button', { name: `${labelJa}を停止` }).click();
  await confirm.getByText('この分類を使う掲載：なし。', { exact: false }).waitFor();
  await confirm.getByRole('button', { name: '停止する' }).click();
  await row.getByRole('cell', { name: '停止中', exact: true }).waitFor();
  await onPage('admin-taxonomy-retired', page);
  return { code, labelJa, labelEn };
}

/**
 * The admin starts a classification run by ward from the page; the run appears on top, marked
 * latest, with its policy, the datasets it read (file names and import dates in words) and its
 * municipalities per segment. Returns the rows' text for the caller to compare with the API.
 */
export async function adminClassificationJourney(page: Page, base: string, onPage: OnPage): Promise<{ before: number; after: number; firstRow: string }> {
  await signIn(page, base, 'demo-admin', onPage);
  await page.getByRole('navigation', { name: '管理者のページ' }).getByRole('link', { name: '市場性区分の計算' }).click();
  await page.getByRole('heading', { level: 1, name: '市場性区分の計算' }).waitFor();
  const rows = page.getByTestId('runs-table').locator('tbody tr');
  await rows.first().waitFor();
  const before = await rows.count();
  await onPage('admin-runs', page);
  await page.getByRole('radio', { name: '区ごとに計算する' }).check();
  await page.getByRole('button', { name: '計算を始める' }).click();
  await page.getByText('計算が終わりました。', { exact: false }).waitFor();
  await page.waitForFunction(`document.querySelectorAll('[data-testid="runs-table"] tbody tr').length === ${before + 1}`);
  const first = rows.first();
  await first.getByText('最新', { exact: true }).waitFor();
  await first.getByText('区ごとに分類', { exact: true }).waitFor();
  await onPage('admin-runs-started', page);
  return { before, after: await rows.count(), firstRow: await first.innerText() };
}

/** The admin lists organisations and finds one by part of its name (typed in hiragana: katakana names match). */
export async function adminOrganizationsJourney(page: Page, base: string, onPage: OnPage, name: string, query: string): Promise<string> {
  await signIn(page, base, 'demo-admin', onPage);
  await page.getByRole('navigation', { name: '管理者のページ' }).getByRole('link', { name: '事業者の一覧' }).click();
  await page.getByRole('heading', { level: 1, name: '事業者の一覧' }).waitFor();
  await page.getByTestId('orgs-table').waitFor();
  await onPage('admin-orgs', page);
  await page.getByLabel('事業者名で探す').fill(query);
  const row = page.getByTestId('orgs-table').getByRole('row', { name: new RegExp(`^${name}`) });
  await row.waitFor();
  await page.getByText(/事業者のうち 1 事業者/).waitFor();
  await onPage('admin-orgs-search', page);
  return row.innerText();
}

/**
 * Municipal staff open the map of Japan from their dashboard: each prefecture with boundaries is a
 * focusable shape with a name in words, the table lists all 47 (「データなし」 where nothing is
 * loaded), the zoom buttons work, and choosing 香川県 (by click or by keyboard) opens its map.
 */
export async function japanMapJourney(page: Page, base: string, onPage: OnPage, how: 'click' | 'keyboard'): Promise<{ prefectures: { code: string; name: string; tab: string }[]; rows: number; noData: number }> {
  await signIn(page, base, 'demo-municipal-takamatsu', onPage);
  await page.getByRole('heading', { level: 1, name: '地域の市場性マップ' }).waitFor();
  await page.getByRole('link', { name: '全国の市場性マップを見る' }).click();
  await page.getByRole('heading', { level: 1, name: '全国の市場性マップ' }).waitFor();
  await page.locator('g[data-pref]').first().waitFor();
  // The shapes come with the boundaries; their names in words with the counts (the table's data).
  await page.getByTestId('japan-table').waitFor();
  await onPage('japan-map', page);
  const prefectures = (await page.locator('g[data-pref]').evaluateAll((els) =>
    els.map((e) => ({ code: e.getAttribute('data-pref'), name: e.getAttribute('aria-label'), tab: e.getAttribute('tabindex') })),
  )) as { code: string; name: string; tab: string }[];
  const table = page.getByTestId('japan-table');
  const rows = await table.locator('tbody tr').count();
  const noData = await table.getByRole('cell', { name: 'データなし', exact: true }).count();

  // Zoom in and back with the buttons; the shapes stay focusable.
  const svg = page.getByTestId('japan-map');
  const full = await svg.getAttribute('viewBox');
  await page.getByRole('button', { name: '拡大', exact: true }).click();
  if ((await svg.getAttribute('viewBox')) === full) throw new Error('zoom in did not change the view');
  await page.getByRole('button', { name: '右へ移動' }).click();
  await onPage('japan-map-zoomed', page);
  await page.getByRole('button', { name: '全体を表示' }).click();
  if ((await svg.getAttribute('viewBox')) !== full) throw new Error('「全体を表示」 did not restore the view');

  if (how === 'click') await page.locator('g[data-pref="37"]').click();
  else {
    await page.getByRole('button', { name: /^香川県：/ }).focus();
    await page.keyboard.press('Enter');
  }
  await page.getByRole('heading', { level: 1, name: '地域の市場性マップ' }).waitFor();
  await page.getByText('香川県の市区町村').waitFor();
  await page.locator('path[data-code="37201"]').waitFor();
  await onPage('japan-to-prefecture', page);
  return { prefectures, rows, noData };
}

/** ひだまり配食 opens the market-viability map of where it serves (its service areas outlined). */
export async function servedAreasJourney(page: Page, base: string, onPage: OnPage): Promise<void> {
  await signIn(page, base, 'demo-operator-hidamari', onPage);
  await page.getByRole('heading', { level: 1, name: '紹介の受付' }).waitFor();
  await page.getByRole('navigation', { name: '事業者のページ' }).getByRole('link', { name: '提供地域の市場性' }).click();
  await page.getByRole('heading', { level: 1, name: '提供地域の市場性マップ' }).waitFor();
  await page.locator('path[data-code].served').first().waitFor();
  await onPage('op-areas', page);
}

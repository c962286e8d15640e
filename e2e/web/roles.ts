/**
 * The part-2 journeys (municipal staff; later operators and admins) as steps, calling back at
 * every page like the journeys in browser.ts: shared by e2e/web/web-roles.e2e-spec.ts and
 * `npm run web:screens`.
 */
import type { Page } from 'playwright-core';
import { signIn, type OnPage } from './browser';

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

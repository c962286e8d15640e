/**
 * Part 2 of `npm run bench:web`: the maps. In headless Chromium, CPU throttled like the rest
 * (4×), cold cache, medians of N:
 * - 香川県's market-viability map: from navigation to all 17 municipalities drawn as SVG paths
 *   (budget ≤ 500 ms for the drawing, reported apart from the page load), and the boundary bytes
 *   on the wire;
 * - what-if: from the click on 丸亀市's drill-down map to the block recoloured (budget ≤ 200 ms);
 * - the bytes of /maps/japan.geojson (no all-Japan page yet).
 */
import type { Browser } from 'playwright-core';
import { devToken, WIDTHS } from '../../e2e/web/browser';
import { segmentFlippingBlock } from '../../e2e/web/roles';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function staffContext(browser: Browser, base: string, throttle: number) {
  const token = await devToken(base, 'demo-municipal-takamatsu');
  const session = JSON.stringify({ token, user: { userId: 'demo-municipal-takamatsu', name: '【デモ】高松市 長寿福祉課 担当者', role: 'municipal_staff', municipalityCode: '37201' } });
  const context = await browser.newContext({ viewport: WIDTHS.desktop, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
  await context.addInitScript(`sessionStorage.setItem('sanpuku.session', ${JSON.stringify(session)});`);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  return { context, page, cdp };
}

/** One cold load of the prefecture map: [ms to drawn, ms from boundaries received to drawn, boundary bytes]. */
async function prefectureMap(browser: Browser, base: string, throttle: number): Promise<[number, number, number]> {
  const { context, page, cdp } = await staffContext(browser, base, throttle);
  let bytes = 0;
  const urls = new Map<string, string>();
  cdp.on('Network.requestWillBeSent', (e: { requestId: string; request: { url: string } }) => urls.set(e.requestId, e.request.url));
  cdp.on('Network.loadingFinished', (e: { requestId: string; encodedDataLength: number }) => {
    if (urls.get(e.requestId)?.includes('/maps/prefectures/')) bytes += e.encodedDataLength;
  });
  await context.addInitScript(`
    window.__drawn = 0; window.__geo = 0;
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name.includes('/maps/prefectures/')) window.__geo = e.responseEnd; }).observe({ type: 'resource', buffered: true });
    new MutationObserver(() => {
      if (!window.__drawn && document.querySelectorAll('path[data-code]').length >= 17) window.__drawn = performance.now();
    }).observe(document, { subtree: true, childList: true });
  `);
  await page.goto(`${base}/municipal`, { waitUntil: 'load' });
  await page.waitForFunction('window.__drawn > 0', undefined, { timeout: 60_000 });
  const drawn = (await page.evaluate('window.__drawn')) as number;
  const geo = (await page.evaluate('window.__geo')) as number;
  await context.close();
  return [drawn, Math.max(0, drawn - geo), bytes];
}

/** One what-if: ms from the click on the map to the block shown covered. */
async function whatIfClick(browser: Browser, base: string, throttle: number, blockId: string): Promise<number> {
  const { context, page } = await staffContext(browser, base, throttle);
  await page.goto(`${base}/municipal/areas/37202`, { waitUntil: 'load' });
  const block = page.locator(`circle[data-block="${blockId}"]`);
  await block.waitFor({ timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  await page.evaluate(`
    window.__clicked = 0; window.__recoloured = 0;
    document.querySelector('[data-testid="drill-map"]').addEventListener('pointerdown', () => { window.__clicked = performance.now(); }, { capture: true });
    new MutationObserver(() => {
      const b = document.querySelector('circle[data-block="${blockId}"]');
      if (!window.__recoloured && b && b.getAttribute('data-covered') === 'true') window.__recoloured = performance.now();
    }).observe(document, { subtree: true, attributes: true, childList: true });
  `);
  await block.click({ force: true });
  await page.waitForFunction('window.__recoloured > 0', undefined, { timeout: 60_000 });
  const ms = (await page.evaluate('window.__recoloured - window.__clicked')) as number;
  await context.close();
  return ms;
}

export async function benchMaps(browser: Browser, base: string, runs: number, throttle: number): Promise<boolean> {
  console.log(`\n== maps: ${WIDTHS.desktop.width} px viewport, CPU throttled ${throttle}×, cold cache, medians of ${runs}`);
  await prefectureMap(browser, base, throttle); // warm the server
  const maps: [number, number, number][] = [];
  for (let i = 0; i < runs; i++) maps.push(await prefectureMap(browser, base, throttle));
  const draw = median(maps.map((m) => m[1]));
  const total = median(maps.map((m) => m[0]));
  const bytes = median(maps.map((m) => m[2]));
  const mapOk = draw <= 500;
  console.log(`香川県 map      drawn ${draw.toFixed(0).padStart(5)} ms after its boundaries arrived (page load to map ${total.toFixed(0)} ms); boundaries ${(bytes / 1024).toFixed(1)} KB on the wire   ${mapOk ? 'within' : 'OVER'} (≤ 500 ms)`);

  const { id } = await segmentFlippingBlock(base, '37202');
  await whatIfClick(browser, base, throttle, id);
  const clicks: number[] = [];
  for (let i = 0; i < runs; i++) clicks.push(await whatIfClick(browser, base, throttle, id));
  const click = median(clicks);
  const clickOk = click <= 200;
  console.log(`what-if         click to recoloured block ${click.toFixed(0).padStart(5)} ms (丸亀市, one planned shop)   ${clickOk ? 'within' : 'OVER'} (≤ 200 ms)`);

  const japan = await fetch(`${base}/maps/japan.geojson`, { headers: { 'accept-encoding': 'gzip' } });
  const japanBytes = (await japan.arrayBuffer()).byteLength;
  console.log(`Japan map       /maps/japan.geojson ${(japanBytes / 1024).toFixed(1)} KB (decoded; only the prefectures imported); no all-Japan page yet, so no draw time`);
  return mapOk && clickOk;
}

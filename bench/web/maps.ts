/**
 * Part 2 of `npm run bench:web`: the maps. In headless Chromium, CPU throttled like the rest
 * (4×), cold cache, medians of N:
 * - 香川県's market-viability map: from navigation to all 17 municipalities drawn as SVG paths
 *   (budget ≤ 500 ms for the drawing, reported apart from the page load), and the boundary bytes
 *   on the wire;
 * - what-if: from the click on 丸亀市's drill-down map to the block recoloured (budget ≤ 200 ms);
 * - the map of Japan (/municipal/japan): from its boundaries received to every prefecture drawn
 *   (budget ≤ 1.5 s), and its boundary bytes on the wire. With `--japan-data <dir>` (the shared
 *   data: municipalities/municipality_master.csv and boundaries/N03-*.json) the whole country is
 *   imported first, so the map is all 47 prefectures, not the demo's one.
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

/**
 * One cold load of the map of Japan: [ms from boundaries received to every prefecture drawn, boundary
 * bytes, paths drawn, ms from boundaries received to the segment colours on the map].
 */
async function japanMap(browser: Browser, base: string, throttle: number, prefectures: number): Promise<[number, number, number, number]> {
  const { context, page, cdp } = await staffContext(browser, base, throttle);
  let bytes = 0;
  const urls = new Map<string, string>();
  cdp.on('Network.requestWillBeSent', (e: { requestId: string; request: { url: string } }) => urls.set(e.requestId, e.request.url));
  cdp.on('Network.loadingFinished', (e: { requestId: string; encodedDataLength: number }) => {
    if (urls.get(e.requestId)?.includes('/maps/japan.geojson')) bytes += e.encodedDataLength;
  });
  await context.addInitScript(`
    window.__drawn = 0; window.__geo = 0; window.__coloured = 0;
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name.includes('/maps/japan.geojson')) window.__geo = e.responseEnd; }).observe({ type: 'resource', buffered: true });
    new MutationObserver(() => {
      if (!window.__drawn && document.querySelectorAll('g[data-pref]').length >= ${prefectures}) window.__drawn = performance.now();
      if (!window.__coloured && document.querySelector('.pref-shape.seg-A, .pref-shape.seg-B, .pref-shape.seg-C')) window.__coloured = performance.now();
    }).observe(document, { subtree: true, childList: true, attributes: true });
  `);
  await page.goto(`${base}/municipal/japan`, { waitUntil: 'load' });
  await page.waitForFunction('window.__drawn > 0 && window.__coloured > 0', undefined, { timeout: 120_000 });
  const drawn = (await page.evaluate('window.__drawn')) as number;
  const geo = (await page.evaluate('window.__geo')) as number;
  const coloured = (await page.evaluate('window.__coloured')) as number;
  const shapes = (await page.evaluate(`document.querySelectorAll('[data-testid="japan-map"] path').length`)) as number;
  await context.close();
  return [Math.max(0, drawn - geo), bytes, shapes, Math.max(0, coloured - geo)];
}

/**
 * Imports every municipality of Japan and every prefecture's boundaries (as an administrator,
 * through the API) so the map of Japan is the whole country. Returns the prefectures imported.
 */
export async function importJapanBoundaries(base: string, dir: string): Promise<number> {
  const { readdirSync, readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const token = await devToken(base, 'demo-admin');
  const send = async (mutation: string, fileName: string, bytes: Buffer) => {
    const r = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: `mutation($f: FileInput!) { ${mutation}(input: $f) { ok errors { line messageEn } } }`, variables: { f: { fileName, contentBase64: bytes.toString('base64') } } }),
    });
    const body = (await r.json()) as { data?: Record<string, { ok: boolean; errors: { line: number; messageEn: string }[] }>; errors?: { message: string }[] };
    const out = body.data?.[mutation];
    if (!out?.ok) throw new Error(`${fileName}: ${JSON.stringify(body.errors ?? out?.errors.slice(0, 3))}`);
  };
  // The import is all or nothing: rows without a prefecture name, census population or area (the
  // Northern Territories villages, 双葉町, 浜松市's 2024 wards) are left out, and their boundaries too.
  const master = readFileSync(join(dir, 'municipalities/municipality_master.csv'), 'utf8').split('\n');
  const kept = master.filter((line, i) => i === 0 || (line.trim() && [2, 6, 9].every((c) => line.split(',')[c] !== '')));
  await send('importMunicipalities', 'municipality_master.csv', Buffer.from(kept.join('\n')));
  const files = readdirSync(join(dir, 'boundaries')).filter((f) => /^N03-.*\.json$/.test(f)).sort();
  const imported = new Set(kept.slice(1).map((line) => line.split(',')[0]));
  for (const f of files) {
    const n03 = JSON.parse(readFileSync(join(dir, 'boundaries', f), 'utf8')) as { features: { properties: { N03_007?: string | null } }[] };
    n03.features = n03.features.filter((x) => !x.properties.N03_007 || imported.has(x.properties.N03_007));
    await send('importBoundaries', f, Buffer.from(JSON.stringify(n03)));
  }
  return files.length;
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

  const japan = (await (await fetch(`${base}/maps/japan.geojson`)).json()) as { features: { properties: { prefectureCode: string } }[] };
  const prefectures = new Set(japan.features.map((f) => f.properties.prefectureCode)).size;
  await japanMap(browser, base, throttle, prefectures); // warm the server
  const japans: [number, number, number, number][] = [];
  for (let i = 0; i < runs; i++) japans.push(await japanMap(browser, base, throttle, prefectures));
  const japanDraw = median(japans.map((m) => m[0]));
  const japanBytes = median(japans.map((m) => m[1]));
  const japanOk = japanDraw <= 1500;
  console.log(
    `Japan map       drawn ${japanDraw.toFixed(0).padStart(5)} ms after its boundaries arrived, coloured by segment at ${median(japans.map((m) => m[3])).toFixed(0)} ms (${prefectures} prefectures, ${japan.features.length} municipalities, ${japans[0][2]} paths); boundaries ${(japanBytes / 1024).toFixed(1)} KB on the wire   ${japanOk ? 'within' : 'OVER'} (≤ 1500 ms)`,
  );
  return mapOk && clickOk && japanOk;
}

/**
 * `npm run web:screens <dir>`: a PNG of every page of the family and care-manager journeys at
 * 1280 px and 375 px wide, into <dir>, for review. Starts the platform itself like `npm start`
 * (DATABASE_URL's database when set — the journeys add requests to it — otherwise an embedded
 * PostgreSQL in a temporary directory), or uses a running one given as
 * SANPUKU_URL=http://localhost:3000.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { careManagerJourney, familyJourney, launchBrowser, startPlatform, WIDTHS, type OnPage } from '../e2e/web/browser';

async function main(): Promise<void> {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: npm run web:screens <dir>');
    process.exit(2);
  }
  const out = resolve(dir);
  mkdirSync(out, { recursive: true });
  const platform = process.env.SANPUKU_URL ? null : await startPlatform(process.env.DATABASE_URL || undefined);
  const base = process.env.SANPUKU_URL ?? platform!.url;
  const browser = await launchBrowser();
  let n = 0;
  try {
    for (const [label, viewport] of Object.entries(WIDTHS)) {
      for (const journey of [familyJourney, careManagerJourney]) {
        const context = await browser.newContext({ viewport, locale: 'ja-JP', timezoneId: 'Asia/Tokyo', deviceScaleFactor: 1 });
        const page = await context.newPage();
        const shot: OnPage = async (name, p) => {
          await p.waitForLoadState('networkidle').catch(() => undefined);
          await p.screenshot({ path: join(out, `${viewport.width}-${name}.png`), fullPage: true });
          n++;
        };
        await journey(page, base, shot);
        await context.close();
      }
      console.log(`web:screens: ${label} (${viewport.width} px) done`);
    }
  } finally {
    await browser.close();
    await platform?.stop();
  }
  console.log(`web:screens: wrote ${n} PNGs to ${out}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

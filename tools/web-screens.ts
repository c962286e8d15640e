/**
 * `npm run web:screens <dir>`: a PNG of every page of the family and care-manager journeys at
 * 1280 px and 375 px wide, into <dir>, for review. Starts the platform itself like `npm start`
 * (DATABASE_URL's database when set — the journeys add requests to it — otherwise an embedded
 * PostgreSQL in a temporary directory), or uses a running one given as
 * SANPUKU_URL=http://localhost:3000. Part 2 adds the other roles' pages; `--only=municipal,…`
 * shoots a subset.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { join, resolve } from 'node:path';
import { createDatabase, dropTestDatabase, randomTestDatabaseName, withDatabase } from '@sanpuku/platform';
import { axeOnEveryPage, careManagerJourney, devToken, familyJourney, launchBrowser, startPlatform, WIDTHS, type OnPage } from '../e2e/web/browser';
import { adminTownBlockImportJourney } from '../e2e/web/admin-import';
import { operatorEditorJourney } from '../e2e/web/operator-editor';
import { adminClassificationJourney, adminImportJourney, adminOrganizationsJourney, adminTaxonomyJourney, japanMapJourney } from '../e2e/web/roles';
import { demandJourney, servedAreasJourney, offeringsJourney, organizationJourney, fileRequests, fileRequestWithShortlist, municipalJourney, neutralityJourney, operatorInboxJourney, reviewJourney } from '../e2e/web/roles';

async function main(): Promise<void> {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: npm run web:screens <dir>');
    process.exit(2);
  }
  const out = resolve(dir);
  mkdirSync(out, { recursive: true });
  // With DATABASE_URL, a throw-away database on that server (the pages' journeys need the fresh
  // 香川県 demo, not whatever an earlier run left there); without, an embedded PostgreSQL.
  const admin = process.env.SANPUKU_URL ? undefined : process.env.DATABASE_URL || undefined;
  const scratch = admin ? randomTestDatabaseName('screens') : null;
  if (admin && scratch) await createDatabase(admin, scratch);
  const platform = process.env.SANPUKU_URL ? null : await startPlatform(admin && scratch ? withDatabase(admin, scratch) : undefined);
  const base = process.env.SANPUKU_URL ?? platform!.url;
  const browser = await launchBrowser();
  let n = 0;
  // Every shot is also checked with axe-core (serious and critical findings), as the browser tests do.
  const axe = axeOnEveryPage();
  try {
    for (const [label, viewport] of Object.entries(WIDTHS)) {
      // `--only=municipal` (a comma list of family, care, municipal, review, neutrality, inbox, admin, import, demand, organization, offerings, editor, areas, taxonomy, runs, orgs, japan) for a quicker look at some pages.
      const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');
      const journeys: Record<string, (page: Page, base: string, onPage: OnPage) => Promise<unknown>> = {
        family: familyJourney,
        care: careManagerJourney,
        municipal: municipalJourney,
        neutrality: async (page, b, onPage) => {
          await fileRequestWithShortlist(b);
          await neutralityJourney(page, b, onPage);
        },
        inbox: operatorInboxJourney,
        admin: adminImportJourney,
        import: adminTownBlockImportJourney,
        offerings: (page, b, onPage) => offeringsJourney(page, b, onPage, `さぬき配食 下書き（${viewport.width}）`),
        organization: (page, b, onPage) => organizationJourney(page, b, onPage, '0120-000-101'),
        areas: servedAreasJourney,
        demand: async (page, b, onPage) => {
          await fileRequests(b, 5, '37201', ['housing'], { lat: 34.34253, lng: 134.046355 });
          await fileRequests(b, 1, '37202', ['housing'], { lat: 34.2894, lng: 133.7979 });
          await demandJourney(page, b, onPage);
        },
        review: async (page, b, onPage) => reviewJourney(page, b, onPage, await devToken(b, 'demo-operator-hidamari'), `さぬき配食 夕食お届け（${viewport.width}）`),
        editor: (page, b, onPage) => operatorEditorJourney(page, b, onPage, `さぬき夕食便（${viewport.width}・${Date.now() % 100000}）`),
        taxonomy: (page, b, onPage) => adminTaxonomyJourney(page, b, onPage, String(viewport.width)),
        runs: adminClassificationJourney,
        orgs: (page, b, onPage) => adminOrganizationsJourney(page, b, onPage, '【デモ】ひだまり配食株式会社', 'ひだまり'),
        japan: (page, b, onPage) => japanMapJourney(page, b, onPage, 'keyboard'),
      };
      for (const [name, journey] of Object.entries(journeys).filter(([n]) => !only || only.includes(n))) {
        void name;
        const context = await browser.newContext({ viewport, locale: 'ja-JP', timezoneId: 'Asia/Tokyo', deviceScaleFactor: 1 });
        const page = await context.newPage();
        const shot: OnPage = async (name, p) => {
          await p.waitForLoadState('networkidle').catch(() => undefined);
          await p.screenshot({ path: join(out, `${viewport.width}-${name}.png`), fullPage: true });
          await axe.onPage(`${viewport.width}-${name}`, p);
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
    if (admin && scratch) await dropTestDatabase(admin, scratch);
  }
  console.log(`web:screens: wrote ${n} PNGs to ${out}`);
  const failing = Object.entries(axe.violations);
  for (const [page, vs] of failing) for (const v of vs) console.log(`axe: ${page}: ${v.impact} ${v.id} — ${v.help} (${v.nodes.join(', ')})`);
  console.log(`web:screens: axe-core found ${failing.length ? `serious or critical problems on ${failing.length} of ${axe.pages.length} pages` : `no serious or critical problem on any of ${axe.pages.length} pages`}`);
  if (failing.length) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

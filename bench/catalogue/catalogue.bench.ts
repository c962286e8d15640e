/**
 * Catalogue search benchmark: 50,000 generated offerings (default) in a real PostgreSQL, queried
 * through the service's own SearchService (SQL prefilter + exact containment in TypeScript +
 * loading the page), p50/p99 per query type.
 *
 *   node tools/run-ts.cjs bench/catalogue/catalogue.bench.ts [--offerings 50000] [--runs 200] [--warmup 20] [--seed 7] [--keep]
 *
 * --keep leaves the database in place (with DATABASE_URL) and prints its URL, to EXPLAIN queries.
 * Uses DATABASE_URL's server when set (a throw-away database sanpuku_test_bench_…, dropped at the
 * end), otherwise an embedded PostgreSQL in a temp directory on a free port.
 * Tests never assert on time; this script only prints numbers.
 */
import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  SERVICE_TAXONOMY_SEED,
  categoryCodesOf,
  corporateNumberFromBase,
  geodesicDestination,
  validateOffering,
  type CareLevel,
  type Offering,
} from '@sanpuku/catalogue-domain';
import {
  createDatabase,
  createServiceDataSource,
  dropTestDatabase,
  initialiseServiceDataSource,
  randomTestDatabaseName,
  setLogLevel,
  startEmbeddedPostgres,
  withDatabase,
} from '@sanpuku/platform';
import { catalogueService } from '../../apps/catalogue/src/catalogue.service-definition';
import { OFFERING_COLUMN_TYPES, OFFERING_COLUMNS, OfferingRecord, offeringRowValues } from '../../apps/catalogue/src/offerings/offering.row';
import { OfferingRepository } from '../../apps/catalogue/src/offerings/offering.repository';
import { SearchCriteria, searchSql } from '../../apps/catalogue/src/search/search.query';
import { SearchService } from '../../apps/catalogue/src/search/search.service';
import { TaxonomyReads } from '../../apps/catalogue/src/taxonomy/taxonomy-reads';
import { mulberry32, numberArg, printMachine } from '../common/bench.util';
import { freePort } from '@sanpuku/platform/testing';

const pct = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
const ms = (v: number): string => `${v.toFixed(2)} ms`;

/** A rough spine of the archipelago (lat, lng), Kyushu to Hokkaido. */
const SPINE: ReadonlyArray<readonly [number, number]> = [
  [31.6, 130.6], [33.6, 130.4], [34.4, 132.5], [33.8, 133.5], [34.7, 135.5], [35.2, 136.9],
  [35.7, 139.7], [36.6, 140.3], [38.3, 140.9], [39.7, 141.1], [40.8, 140.7], [43.1, 141.35], [43.8, 143.9],
];

const WORDS = ['配食', 'お弁当', '見守り', 'センサー', '家事代行', '掃除', '買い物', '付き添い', '送迎', 'ガイドヘルパー', 'おでかけ', '相談', '運動', '体操', 'サロン', '訪問', '理美容', '配達', '終活', '手すり'];
const TEXT_QUERIES = ['配食', 'ｶﾞｲﾄﾞ', 'ガイドヘルパー', '見守り センサー', '買い物', 'おでかけ', '体操', 'お弁当 配達', '掃除', '島'];

interface Municipality {
  code: string;
  lat: number;
  lng: number;
  neighbours: number[];
}

function generateMunicipalities(rnd: () => number, n = 1741): Municipality[] {
  const out: Municipality[] = [];
  const perPrefecture = Math.ceil(n / 47);
  for (let i = 0; i < n; i++) {
    const s = (i / n) * (SPINE.length - 1);
    const k = Math.min(SPINE.length - 2, Math.floor(s));
    const f = s - k;
    const lat = SPINE[k][0] + f * (SPINE[k + 1][0] - SPINE[k][0]) + 0.3 * (rnd() - 0.5) * 2;
    const lng = SPINE[k][1] + f * (SPINE[k + 1][1] - SPINE[k][1]) + 0.3 * (rnd() - 0.5) * 2;
    const pref = Math.min(47, 1 + Math.floor(i / perPrefecture));
    out.push({ code: `${String(pref).padStart(2, '0')}${String(201 + (i % perPrefecture)).padStart(3, '0')}`, lat, lng, neighbours: [] });
  }
  for (const m of out) {
    m.neighbours = out
      .map((o, j) => ({ j, d: (o.lat - m.lat) ** 2 + ((o.lng - m.lng) * Math.cos((m.lat * Math.PI) / 180)) ** 2 }))
      .sort((a, b) => a.d - b.d)
      .slice(0, 6)
      .map((x) => x.j);
  }
  return out;
}

function nearestMunicipality(ms: Municipality[], p: { lat: number; lng: number }): Municipality {
  let best = ms[0];
  let bd = Infinity;
  for (const m of ms) {
    const d = (m.lat - p.lat) ** 2 + ((m.lng - p.lng) * Math.cos((p.lat * Math.PI) / 180)) ** 2;
    if (d < bd) {
      bd = d;
      best = m;
    }
  }
  return best;
}

function generateOffering(rnd: () => number, ms: Municipality[], orgId: string, codes: string[]): { offering: unknown; served: string[] } {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const home = pick(ms);
  const base = { lat: home.lat + (rnd() - 0.5) * 0.05, lng: home.lng + (rnd() - 0.5) * 0.05 };
  const kindRoll = rnd();
  let serviceArea: unknown;
  let served: string[];
  if (kindRoll < 0.7) {
    served = [...new Set(home.neighbours.slice(0, 1 + Math.floor(rnd() * 5)).map((j) => ms[j].code))];
    serviceArea = { kind: 'municipalities', codes: served };
  } else if (kindRoll < 0.9) {
    const radiusM = Math.round(500 + rnd() * 29_500);
    serviceArea = { kind: 'radius', base, radiusM };
    served = [home.code];
  } else {
    const r = 1000 + rnd() * 9000;
    const ring: number[][] = [];
    for (let i = 0; i < 8; i++) {
      const p = geodesicDestination(base, i * 45, r * (0.7 + 0.3 * rnd()));
      ring.push([p.lng, p.lat]);
    }
    ring.push(ring[0]);
    serviceArea = { kind: 'polygon', geometry: { type: 'Polygon', coordinates: [ring] } };
    served = [home.code];
  }
  const covered = rnd() < 0.2;
  const careLevels: CareLevel[] = ['support_1', 'support_2', 'care_1', 'care_2', 'care_3', 'care_4', 'care_5'];
  const from = Math.floor(rnd() * 5);
  const days = [0, 1, 2, 3, 4, 5, 6].filter(() => rnd() < 0.5);
  const w1 = pick(WORDS);
  const w2 = pick(WORDS);
  const categories = [...new Set([pick(codes), ...(rnd() < 0.3 ? [pick(codes)] : [])])];
  return {
    served,
    offering: {
      id: randomUUID(),
      organizationId: orgId,
      name: `${w1}と${w2}のサービス ${Math.floor(rnd() * 1000)}`,
      description: `${pick(WORDS)}や${pick(WORDS)}をお手伝いします。`,
      categories,
      price: { amountYen: Math.round(rnd() * 100) * 100, unit: pick(['per_hour', 'per_visit', 'per_month'] as const) },
      otherCosts: [],
      coverage: covered ? 'covered' : 'not_covered',
      eligibility: { careLevels: covered || rnd() < 0.1 ? careLevels.slice(from, from + 3) : 'none_required', minAge: rnd() < 0.5 ? 65 : null, maxAge: null },
      schedule: days.map((day) => ({ day, opensAt: '09:00', closesAt: '17:00' })),
      capacity: { status: pick(['available', 'available', 'waitlist', 'full'] as const), confirmedAt: '2026-11-01T09:00:00+09:00' },
      detailsConfirmedAt: '2026-10-01T09:00:00+09:00',
      languages: ['ja'],
      serviceArea,
      base,
      disclosure: {
        staffQualifications: '介護職員初任者研修修了',
        liabilityInsurance: { enrolled: true, insurer: '損害保険', coverageSummary: null },
        complaintDesk: { name: '相談窓口', phone: '0120-000-000', email: null },
        cancellationTerms: '前日までのご連絡で無料',
        effectClaim: { claimed: false },
      },
    },
  };
}

async function main(): Promise<void> {
  setLogLevel('warn');
  const N = numberArg('offerings', 50_000);
  const runs = numberArg('runs', 200);
  const warmup = numberArg('warmup', 20);
  const rnd = mulberry32(numberArg('seed', 7));

  printMachine();

  const stops: Array<() => Promise<void>> = [];
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const pg = await startEmbeddedPostgres({ dataDir: join(mkdtempSync(join(tmpdir(), 'sanpuku-bench-pg-')), 'data'), port: await freePort(), persistent: false });
    stops.push(() => pg.stop());
    adminUrl = pg.url;
  }
  const dbName = randomTestDatabaseName('bench_catalogue');
  await createDatabase(adminUrl, dbName);
  if (process.argv.includes('--keep') && process.env.DATABASE_URL) console.log(`database   ${withDatabase(adminUrl, dbName)} (kept)`);
  else stops.unshift(() => dropTestDatabase(adminUrl!, dbName));
  const ds: DataSource = createServiceDataSource({ url: withDatabase(adminUrl, dbName), schema: catalogueService.schema, entities: catalogueService.entities, migrations: catalogueService.migrations });
  await initialiseServiceDataSource(ds);
  stops.unshift(() => ds.destroy());
  try {
    const [{ version }] = await ds.query(`SELECT version()`);
    console.log(`postgres   ${String(version).split(',')[0]}${process.env.DATABASE_URL ? ' (DATABASE_URL)' : ' (embedded)'}`);

    // ---------------------------------------------------------------- data
    const t0 = performance.now();
    const municipalities = generateMunicipalities(rnd);
    const codes = [...categoryCodesOf(SERVICE_TAXONOMY_SEED)];
    const orgIds: string[] = [];
    for (let i = 0; i < 2000; i++) orgIds.push(randomUUID());
    await ds.query(
      `INSERT INTO organization (id, name, description, corporate_number, created_by)
       SELECT id, name, '', cn, 'bench' FROM unnest($1::uuid[], $2::text[], $3::text[]) AS t(id, name, cn)`,
      [orgIds, orgIds.map((_, i) => `ベンチ事業者${i}`), orgIds.map((_, i) => corporateNumberFromBase(String(100000000000 + i)))],
    );
    const ctx = { categoryCodes: new Set(codes) };
    const now = new Date();
    let batch: OfferingRecord[] = [];
    let published = 0;
    const flush = async () => {
      if (batch.length === 0) return;
      const values: unknown[] = [];
      const rows = batch.map((r, i) => {
        values.push(...offeringRowValues(r));
        return `(${OFFERING_COLUMNS.map((c, j) => `$${i * OFFERING_COLUMNS.length + j + 1}::${OFFERING_COLUMN_TYPES[c]}`).join(', ')})`;
      });
      await ds.query(`INSERT INTO offering (${OFFERING_COLUMNS.join(', ')}) VALUES ${rows.join(', ')}`, values);
      batch = [];
    };
    for (let i = 0; i < N; i++) {
      const orgIndex = Math.floor(rnd() * orgIds.length);
      const { offering, served } = generateOffering(rnd, municipalities, orgIds[orgIndex], codes);
      const v = validateOffering(offering, ctx);
      if (!v.ok) throw new Error(`generated an invalid offering: ${JSON.stringify(v.errors)}`);
      const status = rnd() < 0.9 ? 'published' : 'draft';
      if (status === 'published') published++;
      batch.push({
        id: v.value.id,
        organizationId: v.value.organizationId,
        organizationName: `ベンチ事業者${orgIndex}`,
        organizationAlternateName: null,
        status,
        version: status === 'published' ? 1 : 0,
        offering: v.value as Offering,
        extras: { titleEn: null, descriptionEn: null, priceIncludes: null, eligibilityNotes: null, servedMunicipalityCodes: served },
        createdAt: now,
        updatedAt: now,
        submittedAt: null,
        publishedAt: status === 'published' ? now : null,
      });
      if (batch.length === 800) await flush();
    }
    await flush();
    await ds.query(`ANALYZE`);
    console.log(`\n== data\n${N.toLocaleString('en-US')} offerings (${published.toLocaleString('en-US')} published; 70 % municipality lists, 20 % radius, 10 % polygon), ${orgIds.length} operators, ${municipalities.length} municipalities; generated, validated and inserted in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    // ---------------------------------------------------------------- queries
    const search = new SearchService(ds, new OfferingRepository(ds), new TaxonomyReads(ds, null));
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
    const randomPoint = () => {
      const m = pick(municipalities);
      const p = { lat: m.lat + (rnd() - 0.5) * 0.1, lng: m.lng + (rnd() - 0.5) * 0.1 };
      return { ...p, municipalityCode: nearestMunicipality(municipalities, p).code };
    };
    const types: Array<[string, () => SearchCriteria]> = [
      ['category', () => ({ categories: rnd() < 0.5 ? [pick(codes)] : [pick(codes), pick(codes)] })],
      ['point', () => ({ near: randomPoint() })],
      ['municipality', () => ({ municipalityCode: pick(municipalities).code })],
      ['text', () => ({ text: pick(TEXT_QUERIES) })],
      [
        'combined',
        () => ({
          categories: [pick(codes), pick(codes), pick(codes)],
          near: randomPoint(),
          maxPriceYen: 5000,
          dayOfWeek: Math.floor(rnd() * 7),
          capacity: ['available', 'waitlist'],
          careLevel: 'care_1',
        }),
      ],
    ];
    console.log(`\n== search (first page of 20, including loading the page; ${runs} runs after ${warmup} warm-up, random criteria)`);
    console.log(`${'query'.padEnd(14)}${'p50'.padStart(11)}${'p99'.padStart(11)}${'max'.padStart(11)}   mean total   indexes used`);
    for (const [name, make] of types) {
      const times: number[] = [];
      let totals = 0;
      for (let i = 0; i < warmup + runs; i++) {
        const c = make();
        const t = performance.now();
        const r = await search.search(c, { first: 20, offset: 0 });
        const dt = performance.now() - t;
        if (i >= warmup) {
          times.push(dt);
          totals += r.total;
        }
      }
      const c = make();
      const sql = searchSql(c);
      const plan: { 'QUERY PLAN': string }[] = await ds.query(`EXPLAIN SELECT id FROM offering WHERE ${sql.where}`, sql.params);
      const indexes = [...new Set(plan.map((p) => /using (\w+)/i.exec(p['QUERY PLAN'])?.[1] ?? /Index Scan on (\w+)/.exec(p['QUERY PLAN'])?.[1]).filter(Boolean))];
      console.log(`${name.padEnd(14)}${ms(pct(times, 0.5)).padStart(11)}${ms(pct(times, 0.99)).padStart(11)}${ms(Math.max(...times)).padStart(11)}   ${(totals / runs).toFixed(0).padStart(10)}   ${indexes.join(', ') || 'seq scan'}`);
    }
    const mem = process.memoryUsage();
    console.log(`\nnode rss ${(mem.rss / 2 ** 20).toFixed(0)} MiB`);
  } finally {
    for (const stop of stops) await stop().catch(() => undefined);
  }
}

main().catch((err: Error) => {
  process.stderr.write(`${err.stack ?? err.message}\n`);
  process.exit(1);
});

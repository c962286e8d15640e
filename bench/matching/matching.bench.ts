/**
 * Shortlist benchmark: the matching domain's whole pipeline (hard filters → scoring → bands →
 * fair rotation) per request, after an in-memory candidate prefilter by municipality and
 * category (what the service's SQL prefilter on `offering_read_model` does), with the rotation
 * state of each scope carried from one request to the next as the service persists it.
 *
 *   node tools/run-ts.cjs bench/matching/matching.bench.ts [--offerings 50000] [--requests 10000]
 *     [--municipalities 300] [--warmup 500] [--seed 42]
 *
 * Prints the machine, the input's shape, and shortlist latency p50 / p90 / p99 / max (one core,
 * no database). Synthetic but Japan-shaped: 26 taxonomy categories, municipality-list, radius and
 * polygon service areas, care-level and age limits, capacity, days and prices.
 */
import {
  buildShortlist,
  type ExposureState,
  type HelpRequestFacts,
  type OfferingReadModel,
  AGE_BANDS,
  CARE_LEVELS,
  DEFAULT_MATCHING_CONFIG,
} from '@sanpuku/matching-domain';
import { mulberry32, numberArg, printMachine } from '../common/bench.util';

const CATEGORIES = [
  'hobby_leisure', 'learning_work', 'exercise', 'social_exchange', 'care_prevention', 'housework', 'mobility', 'asset_management',
  'shopping_delivery', 'procedures', 'meals_medication', 'decision_support', 'housing', 'grooming_toileting', 'home_modification',
  'personal_care', 'life_assistance', 'other_needs', 'monitoring_emergency', 'meal_delivery', 'workplace_consultation',
  'care_situation_assessment', 'training', 'balance_decision_support', 'insurance_end_of_life',
];

const pct = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
const fmt = (ms: number): string => `${ms.toFixed(3)} ms`;
const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

interface Municipality {
  code: string;
  lat: number;
  lng: number;
  /** Index of neighbours (for multi-municipality service areas). */
  near: number[];
}

function main(): void {
  const nOfferings = numberArg('offerings', 50_000);
  const nRequests = numberArg('requests', 10_000);
  const nMunicipalities = numberArg('municipalities', 300);
  const warmup = numberArg('warmup', 500);
  const rnd = mulberry32(numberArg('seed', 42));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];

  printMachine();

  // Municipalities on a grid around the Kanto plain, ~7 km apart.
  const munis: Municipality[] = [];
  const side = Math.ceil(Math.sqrt(nMunicipalities));
  for (let i = 0; i < nMunicipalities; i++) {
    munis.push({ code: String(10000 + i * 7).padStart(5, '0'), lat: 35 + Math.floor(i / side) * 0.065, lng: 139 + (i % side) * 0.08, near: [] });
  }
  for (let i = 0; i < munis.length; i++) {
    munis[i].near = [i - 1, i + 1, i - side, i + side].filter((j) => j >= 0 && j < munis.length);
  }

  const now = new Date('2026-11-20T00:00:00Z');
  const offerings: OfferingReadModel[] = [];
  // Prefilter index: municipality code → category → offerings (radius/polygon offerings are
  // indexed under every municipality whose centre their area could reach).
  const index = new Map<string, Map<string, OfferingReadModel[]>>();
  const addToIndex = (code: string, o: OfferingReadModel) => {
    let byCat = index.get(code);
    if (!byCat) index.set(code, (byCat = new Map()));
    for (const c of o.categories) {
      const list = byCat.get(c);
      if (list) list.push(o);
      else byCat.set(c, [o]);
    }
  };
  for (let i = 0; i < nOfferings; i++) {
    const home = Math.floor(rnd() * munis.length);
    const m = munis[home];
    const categories = [...new Set(Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => pick(CATEGORIES)))];
    const kind = rnd();
    const base = { lat: m.lat + (rnd() - 0.5) * 0.05, lng: m.lng + (rnd() - 0.5) * 0.05 };
    let serviceArea: OfferingReadModel['serviceArea'];
    let reach: number[];
    if (kind < 0.8) {
      reach = [home, ...m.near.filter(() => rnd() < 0.5)];
      serviceArea = { kind: 'municipalities', codes: reach.map((j) => munis[j].code) };
    } else if (kind < 0.95) {
      serviceArea = { kind: 'radius', lat: base.lat, lng: base.lng, radiusM: 2000 + rnd() * 8000 };
      reach = [home, ...m.near];
    } else {
      const d = 0.03 + rnd() * 0.05;
      serviceArea = {
        kind: 'polygon',
        geometry: {
          type: 'Polygon',
          coordinates: [[[base.lng - d, base.lat - d], [base.lng + d, base.lat - d], [base.lng + d, base.lat + d], [base.lng - d, base.lat + d], [base.lng - d, base.lat - d]]],
        },
      };
      reach = [home, ...m.near];
    }
    const covered = rnd() < 0.3;
    const o: OfferingReadModel = {
      id: `off-${String(i).padStart(6, '0')}`,
      organizationId: `org-${Math.floor(i / 3)}`,
      categories,
      coverage: covered ? 'covered' : 'not_covered',
      priceYen: rnd() < 0.1 ? 0 : 300 + Math.floor(rnd() * 50) * 100,
      priceUnit: pick(['per_hour', 'per_visit', 'per_month'] as const),
      eligibleCareLevels: rnd() < 0.2 ? CARE_LEVELS.filter(() => rnd() < 0.5) : [],
      minAge: rnd() < 0.2 ? 65 : null,
      maxAge: null,
      days: rnd() < 0.3 ? [] : [1, 2, 3, 4, 5, 6, 0].filter(() => rnd() < 0.6),
      languages: rnd() < 0.1 ? ['ja', 'en'] : [],
      capacity: rnd() < 0.85 ? 'available' : rnd() < 0.5 ? 'waitlist' : 'full',
      capacityConfirmedAt: new Date(now.getTime() - rnd() * 40 * 86_400_000).toISOString(),
      serviceArea,
      base: rnd() < 0.9 ? base : null,
    };
    offerings.push(o);
    for (const j of reach) addToIndex(munis[j].code, o);
  }

  const requests: HelpRequestFacts[] = [];
  for (let i = 0; i < nRequests + warmup; i++) {
    const m = pick(munis);
    requests.push({
      careLevel: pick(CARE_LEVELS),
      ageBand: pick(AGE_BANDS.slice(1)),
      municipalityCode: m.code,
      location: rnd() < 0.9 ? { lat: m.lat + (rnd() - 0.5) * 0.04, lng: m.lng + (rnd() - 0.5) * 0.04 } : null,
      needs: [...new Set(Array.from({ length: 1 + Math.floor(rnd() * 2) }, () => pick(CATEGORIES)))],
      preferences: {
        coverage: pick(['any', 'any', 'covered', 'not_covered'] as const),
        budgetYen: rnd() < 0.6 ? 500 + Math.floor(rnd() * 30) * 100 : null,
        preferredDays: rnd() < 0.5 ? [1, 3, 5] : [],
        language: rnd() < 0.05 ? 'en' : null,
      },
    });
  }

  console.log('\n== input');
  console.log(`offerings  ${nOfferings.toLocaleString('en')} across ${nMunicipalities} municipalities, ${CATEGORIES.length} categories`);
  console.log(`requests   ${nRequests.toLocaleString('en')} (+ ${warmup} warm-up), 1–2 needs each`);
  console.log(`config     bandWidth ${DEFAULT_MATCHING_CONFIG.rotation.bandWidth}, topPositions ${DEFAULT_MATCHING_CONFIG.rotation.topPositions}, weights ${JSON.stringify(DEFAULT_MATCHING_CONFIG.scoring.weights)}`);

  /** The in-memory stand-in for the service's SQL prefilter (area list contains the code, categories overlap). */
  const prefilter = (r: HelpRequestFacts): OfferingReadModel[] => {
    const byCat = index.get(r.municipalityCode);
    if (!byCat) return [];
    const seen = new Set<string>();
    const out: OfferingReadModel[] = [];
    for (const need of r.needs) {
      for (const o of byCat.get(need) ?? []) {
        if (!seen.has(o.id)) {
          seen.add(o.id);
          out.push(o);
        }
      }
    }
    return out;
  };

  const states = new Map<string, ExposureState>();
  const latencies: number[] = [];
  const candidates: number[] = [];
  const listed: number[] = [];
  let empty = 0;
  let peakRss = 0;
  const started = performance.now();
  for (let i = 0; i < requests.length; i++) {
    const r = requests[i];
    const scope = `${r.municipalityCode}|${[...r.needs].sort().join('+')}`;
    const t0 = performance.now();
    const pool = prefilter(r);
    const result = buildShortlist({ request: r, offerings: pool, exposureState: states.get(scope) ?? null, rotationKey: `req-${i}`, now });
    states.set(scope, result.nextExposureState);
    const dt = performance.now() - t0;
    if (i >= warmup) {
      latencies.push(dt);
      candidates.push(pool.length);
      listed.push(result.entries.length);
      if (result.entries.length === 0) empty++;
    }
    if (i % 1000 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  const total = performance.now() - started;
  peakRss = Math.max(peakRss, process.memoryUsage().rss);

  const l = [...latencies].sort((a, b) => a - b);
  const c = [...candidates].sort((a, b) => a - b);
  const s = [...listed].sort((a, b) => a - b);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  console.log('\n== shortlist latency (prefilter + filters + scoring + rotation, per request)');
  console.log(`p50        ${fmt(pct(l, 0.5))}`);
  console.log(`p90        ${fmt(pct(l, 0.9))}`);
  console.log(`p99        ${fmt(pct(l, 0.99))}`);
  console.log(`max        ${fmt(l[l.length - 1])}`);
  console.log(`mean       ${fmt(mean(l))}   throughput ${(requests.length / (total / 1000)).toFixed(0)} shortlists/s (incl. warm-up)`);
  console.log('\n== shape');
  console.log(`candidates after prefilter  p50 ${pct(c, 0.5)}, p99 ${pct(c, 0.99)}, max ${c[c.length - 1]}`);
  console.log(`listed (eligible)           p50 ${pct(s, 0.5)}, p99 ${pct(s, 0.99)}, max ${s[s.length - 1]}; no candidate: ${empty}`);
  console.log(`rotation scopes             ${states.size.toLocaleString('en')}`);
  console.log(`peak RSS                    ${mib(peakRss)}`);
}

main();

/**
 * Classification benchmark.
 *
 *   node tools/run-ts.cjs bench/classify/classify.bench.ts                # synthetic, Japan-sized
 *   node tools/run-ts.cjs bench/classify/classify.bench.ts \
 *     --blocks ../shared/data/town-blocks \
 *     --shops ../shared/data/shops/osm-convenience-2013.geojson \
 *     --municipalities ../shared/data/municipalities/municipality_master.csv [--level city|wards]
 *
 * Options: --runs N (measured full classifications, default 9), --warmup N (default 3), --whatif N (what-if samples, default 2000),
 * --turf-sample N (blocks for the naive turf baseline, default 300), --seed S (synthetic input).
 * Prints machine, timings (medians), peak memory, and a naive @turf/distance baseline.
 * Targets (one core): coverage + aggregation ≤ 50 ms, whole session < 200 ms, one-shop what-if < 5 ms, peak memory < 1 GiB.
 */
import { readFileSync } from 'node:fs';
import { ClassificationInput, ClassificationLevel, ClassificationSession, ResourceInput, SEED_DEFAULT_POLICY, SPHERE_MEAN_RADIUS_MODEL } from '@sanpuku/region-domain';
import { geodesicDirect } from '@sanpuku/kernel';
import { generateSyntheticInput, JAPAN_SIZED } from './synthetic.input';
import { loadRealInput } from './real-data.loader';
import { median, mulberry32, printMachine, stringArg } from '../common/bench.util';

const turfDistance: (a: unknown, b: unknown, o: { units: 'meters' }) => number = require('@turf/distance').default;
const turfPoint: (c: [number, number]) => unknown = require('@turf/helpers').point;

const pct = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
const ms = (v: number): string => `${v.toFixed(v < 10 ? 3 : 1)} ms`;
const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

const peak = { rss: 0, heapUsed: 0 };
function sampleMemory(): void {
  const m = process.memoryUsage();
  peak.rss = Math.max(peak.rss, m.rss);
  peak.heapUsed = Math.max(peak.heapUsed, m.heapUsed);
}
function vmHwm(): number | null {
  try {
    const line = readFileSync('/proc/self/status', 'utf8').split('\n').find((l) => l.startsWith('VmHWM:'));
    return line ? Number(line.replace(/\D+/g, '')) * 1024 : null;
  } catch {
    return null;
  }
}

function main(): void {
  const runs = Number(stringArg('runs') ?? 9);
  const warmup = Math.max(1, Number(stringArg('warmup') ?? 3));
  const whatIfSamples = Number(stringArg('whatif') ?? 2000);
  const turfSample = Number(stringArg('turf-sample') ?? 300);
  const level = (stringArg('level') ?? 'city') as ClassificationLevel;
  const blocksDir = stringArg('blocks');
  const shopsFile = stringArg('shops');
  const municipalitiesFile = stringArg('municipalities');

  printMachine();

  const tLoad = performance.now();
  let input: ClassificationInput;
  let label: string;
  if (blocksDir || shopsFile || municipalitiesFile) {
    if (!blocksDir || !shopsFile || !municipalitiesFile) throw new Error('--blocks, --shops and --municipalities go together');
    input = loadRealInput({ blocks: blocksDir, shops: shopsFile, municipalities: municipalitiesFile, level });
    label = `real data (${blocksDir}, ${shopsFile}, ${municipalitiesFile}), level=${level}`;
  } else {
    const seed = Number(stringArg('seed') ?? JAPAN_SIZED.seed);
    input = generateSyntheticInput({ ...JAPAN_SIZED, seed });
    label = `synthetic Japan-sized input, seed ${seed}`;
  }
  const loadMs = performance.now() - tLoad;
  sampleMemory();
  console.log(`\n== input: ${label}`);
  console.log(
    `municipality rows ${input.municipalities.length}, town blocks ${input.blocks.length}, resources ${input.resources.length} (loaded in ${ms(loadMs)})`,
  );

  // ---- full classification, several runs
  const policy = SEED_DEFAULT_POLICY;
  const totals: number[] = [];
  const cpuTotals: number[] = [];
  const phases = { prepareMs: [] as number[], indexMs: [] as number[], coverageMs: [] as number[], aggregateMs: [] as number[] };
  const cpuPhases = { prepareMs: [] as number[], indexMs: [] as number[], coverageMs: [] as number[], aggregateMs: [] as number[] };
  let session: ClassificationSession | null = null;
  // Warm-up runs let the JIT settle; the first (cold) one is reported, none is in the medians.
  let coldMs = 0;
  for (let w = 0; w < warmup; w++) {
    const c0 = performance.now();
    ClassificationSession.create(input, policy);
    if (w === 0) coldMs = performance.now() - c0;
    sampleMemory();
  }
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const s = ClassificationSession.create(input, policy);
    totals.push(performance.now() - t0);
    const c1 = process.cpuUsage(c0);
    cpuTotals.push((c1.user + c1.system) / 1000);
    for (const k of Object.keys(phases) as Array<keyof typeof phases>) {
      phases[k].push(s.timings[k]);
      cpuPhases[k].push(s.timings.cpu?.[k] ?? NaN);
    }
    session = s;
    sampleMemory();
  }
  if (!session) throw new Error('no run');
  const run = session.result();
  const classifyOnly = phases.coverageMs.map((c, i) => c + phases.aggregateMs[i]);
  console.log(`\n== full classification (median of ${runs} runs after ${warmup} warm-up runs; policy ${run.policyRef}, ${run.distanceModelRef}, radius ${run.radiusM} m)`);
  console.log(`units ${run.stats.unitCount}, blocks classified ${run.stats.blockCount}, counted resources ${run.stats.countedResourceCount} (ignored ${run.stats.ignoredResourceCount})`);
  console.log(`prepare (units, validation, apportionment)  ${ms(median(phases.prepareMs))}`);
  console.log(`index build (block lat-band index)          ${ms(median(phases.indexMs))}`);
  console.log(`coverage (all resources → blocks)           ${ms(median(phases.coverageMs))}`);
  console.log(`aggregation (sums, tiers, segments)         ${ms(median(phases.aggregateMs))}`);
  console.log(`classification = coverage + aggregation     ${ms(median(classifyOnly))}   (target ≤ 50 ms)`);
  const cpuOf = (k: keyof typeof cpuPhases): string => ms(median(cpuPhases[k]));
  const cpuClassify = ms(median(cpuPhases.coverageMs.map((c, i) => c + cpuPhases.aggregateMs[i])));
  console.log(`  phases in process CPU time: prepare ${cpuOf('prepareMs')}, index ${cpuOf('indexMs')}, coverage ${cpuOf('coverageMs')}, aggregation ${cpuOf('aggregateMs')}; coverage + aggregation ${cpuClassify}`);
  console.log(`whole session create (all phases)           ${ms(median(totals))}   (min ${ms(Math.min(...totals))}, max ${ms(Math.max(...totals))})`);
  console.log(`first (cold, JIT warm-up) session create     ${ms(coldMs)}`);
  console.log(`  same, process CPU time (all threads, GC incl.) ${ms(median(cpuTotals))}   (wall > CPU means the machine was busy)`);
  console.log(`exact geodesic evaluations (guard band)     ${run.stats.exactDistanceEvaluations}`);
  const seg = { A: 0, B: 0, C: 0 };
  for (const m of run.municipalities) seg[m.segment]++;
  const covered = run.stats.coveredBlockCount;
  console.log(`segments A ${seg.A}, B ${seg.B}, C ${seg.C}; covered blocks ${covered}/${run.stats.blockCount} (${((100 * covered) / Math.max(1, run.stats.blockCount)).toFixed(1)} %)`);
  const diagCounts = new Map<string, number>();
  for (const d of run.diagnostics) diagCounts.set(`${d.severity}:${d.code}`, (diagCounts.get(`${d.severity}:${d.code}`) ?? 0) + 1);
  console.log(`diagnostics ${[...diagCounts].map(([k, v]) => `${k}×${v}`).join(', ') || 'none'}`);

  // ---- what-if: one added shop, and one removed shop
  const rnd = mulberry32(7);
  const counted = input.resources.filter((r) => policy.resourceCategories.includes(r.category));
  const addTimes: number[] = [];
  const removeTimes: number[] = [];
  let flips = 0;
  for (let i = 0; i < whatIfSamples; i++) {
    const near = counted[Math.floor(rnd() * counted.length)];
    const p = geodesicDirect(near.lat, near.lng, 360 * rnd(), 300 + 900 * rnd());
    const shop: ResourceInput = { id: `whatif-${i}`, category: 'supermarket', lat: p.lat, lng: p.lng };
    let t0 = performance.now();
    const res = session.whatIf({ add: [shop] });
    addTimes.push(performance.now() - t0);
    flips += res.changedBlocks.length;
    const gone = counted[Math.floor(rnd() * counted.length)];
    t0 = performance.now();
    session.whatIf({ remove: [gone.id] });
    removeTimes.push(performance.now() - t0);
  }
  sampleMemory();
  console.log(`\n== what-if (${whatIfSamples} samples each)`);
  console.log(`add one shop     median ${ms(median(addTimes))}, p99 ${ms(pct(addTimes, 0.99))}   (target < 5 ms); mean blocks flipped ${(flips / whatIfSamples).toFixed(2)}`);
  console.log(`remove one shop  median ${ms(median(removeTimes))}, p99 ${ms(pct(removeTimes, 0.99))}`);

  // ---- distance model: ellipsoid vs sphere on the same input
  const sphereSession = ClassificationSession.create(input, {
    ...policy,
    id: 'seed-default-sphere',
    distanceModel: SPHERE_MEAN_RADIUS_MODEL,
  });
  const sphere = sphereSession.result();
  let flipsToSphere = 0;
  let flipsToEllipsoid = 0;
  for (const b of input.blocks) {
    const e = session.resourcesWithin(b.id);
    const sp = sphereSession.resourcesWithin(b.id);
    if (e === undefined || sp === undefined) continue;
    if (e > 0 && sp === 0) flipsToEllipsoid++; // covered only on the ellipsoid
    if (e === 0 && sp > 0) flipsToSphere++; // covered only on the sphere
  }
  const sphereByCode = new Map(sphere.municipalities.map((m) => [m.code, m]));
  const segDiff = run.municipalities.filter((m) => sphereByCode.get(m.code)?.segment !== m.segment).map((m) => m.code);
  sampleMemory();
  console.log(`\n== ellipsoid (WGS84) vs sphere (R=6371008.8)`);
  console.log(`covered blocks: ellipsoid ${run.stats.coveredBlockCount}, sphere ${sphere.stats.coveredBlockCount}`);
  console.log(`blocks covered only on the ellipsoid ${flipsToEllipsoid}, only on the sphere ${flipsToSphere}; units whose segment differs ${segDiff.length}${segDiff.length ? ` (${segDiff.slice(0, 10).join(', ')})` : ''}`);

  // ---- naive baseline: @turf/distance from a sample of blocks to every counted shop
  const valid = input.blocks.filter((b) => Number.isFinite(b.lat) && Number.isFinite(b.lng));
  const shopPoints = counted.map((r) => turfPoint([r.lng, r.lat]));
  const sample = Array.from({ length: Math.min(turfSample, valid.length) }, () => valid[Math.floor(rnd() * valid.length)]);
  const t0 = performance.now();
  let naiveCovered = 0;
  for (const b of sample) {
    const bp = turfPoint([b.lng, b.lat]);
    let any = false;
    for (const sp of shopPoints) {
      if (turfDistance(bp, sp, { units: 'meters' }) <= policy.radiusM) {
        any = true; // keep scanning: the naive approach has no early exit structure to lean on
      }
    }
    if (any) naiveCovered++;
  }
  const naiveMs = performance.now() - t0;
  const naivePerBlock = naiveMs / sample.length;
  const naiveAll = naivePerBlock * run.stats.blockCount;
  sampleMemory();
  console.log(`\n== naive baseline (@turf/distance, all ${shopPoints.length} shops per block, ${sample.length} sampled blocks)`);
  console.log(`per block ${ms(naivePerBlock)}; extrapolated to ${run.stats.blockCount} blocks: ${(naiveAll / 1000).toFixed(1)} s`);
  console.log(`ratio naive / indexed classification: ${(naiveAll / median(classifyOnly)).toFixed(0)}×  (sample coverage ${naiveCovered}/${sample.length})`);

  const hwm = vmHwm();
  console.log(`\n== peak memory`);
  console.log(`rss max sampled ${mib(peak.rss)}, heapUsed max sampled ${mib(peak.heapUsed)}${hwm ? `, VmHWM (true peak RSS) ${mib(hwm)}` : ''}   (target < 1 GiB)`);
}

main();

// Then the same classification end to end through the service on the shipped nationwide data
// (--no-service skips it; `node tools/run-ts.cjs bench/classify/classify-service.bench.ts` runs it alone).
if (!process.argv.includes('--no-service')) {
  console.log('');
  require('./classify-service.bench');
}

import type { ClassificationInput, MunicipalityInput, ResourceInput, TownBlockInput } from '@sanpuku/region-domain';
import { mulberry32 } from '../common/bench.util';

function gaussian(rnd: () => number): number {
  const u = Math.max(rnd(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd());
}

/** A rough spine of the Japanese archipelago (lat, lng), Kyushu to Hokkaido. */
const SPINE: ReadonlyArray<readonly [number, number]> = [
  [31.6, 130.6], [33.6, 130.4], [34.4, 132.5], [33.8, 133.5], [34.7, 135.5], [35.2, 136.9],
  [35.7, 139.7], [36.6, 140.3], [38.3, 140.9], [39.7, 141.1], [40.8, 140.7], [43.1, 141.35], [43.8, 143.9],
];

export interface SyntheticOptions {
  readonly municipalities: number;
  readonly blocks: number;
  readonly shops: number;
  readonly seed: number;
}

export const JAPAN_SIZED: SyntheticOptions = { municipalities: 1741, blocks: 280_000, shops: 100_000, seed: 20240401 };

/**
 * A Japan-sized input: municipalities along the archipelago with log-normal population and
 * density; town blocks clustered around each centre (denser near the centre); shops placed
 * near blocks in proportion to population, so coverage ranges from near 0 to 100 %.
 * 30 % of municipalities get per-block 75+ counts, half get a care3+ figure.
 */
export function generateSyntheticInput(opts: SyntheticOptions = JAPAN_SIZED): ClassificationInput {
  const rnd = mulberry32(opts.seed);
  const M = opts.municipalities;
  const pops: number[] = [];
  for (let i = 0; i < M; i++) pops.push(Math.exp(Math.log(25_000) + 1.25 * gaussian(rnd)));
  const scale = 126_000_000 / pops.reduce((s, p) => s + p, 0);
  const municipalities: MunicipalityInput[] = [];
  const centres: Array<[number, number]> = [];
  const radiiKm: number[] = [];
  const withBlockCounts: boolean[] = [];
  for (let i = 0; i < M; i++) {
    const population = Math.max(200, Math.round(pops[i] * scale));
    const density = Math.exp(Math.log(250) + 1.5 * gaussian(rnd));
    const areaKm2 = Math.min(2200, Math.max(1.5, Math.round((population / density) * 100) / 100));
    const s = rnd() * (SPINE.length - 1);
    const k = Math.floor(s);
    const f = s - k;
    const lat = SPINE[k][0] + f * (SPINE[k + 1][0] - SPINE[k][0]) + 0.35 * gaussian(rnd);
    const lng = SPINE[k][1] + f * (SPINE[k + 1][1] - SPINE[k][1]) + 0.35 * gaussian(rnd);
    centres.push([lat, lng]);
    radiiKm.push(Math.sqrt(areaKm2 / Math.PI));
    withBlockCounts.push(rnd() < 0.3);
    const pop75Plus = Math.round(population * (0.1 + 0.12 * rnd()));
    const pref = 1 + (i % 47);
    municipalities.push({
      code: `${String(pref).padStart(2, '0')}${String(201 + Math.floor(i / 47)).padStart(3, '0')}`,
      name: `synthetic-${i}`,
      unitType: 'municipality',
      population,
      areaKm2,
      pop75Plus,
      care3Plus: rnd() < 0.5 ? Math.round(pop75Plus * (0.07 + 0.06 * rnd())) : null,
    });
  }

  // Blocks per municipality ∝ population^0.7.
  const weights = municipalities.map((m) => Math.pow(m.population, 0.7));
  const wSum = weights.reduce((s, w) => s + w, 0);
  const blockCounts = weights.map((w) => Math.max(1, Math.round((w / wSum) * opts.blocks)));
  const blocks: TownBlockInput[] = [];
  const blocksByMunicipality: number[][] = [];
  for (let i = 0; i < M; i++) {
    const [cLat, cLng] = centres[i];
    const list: number[] = [];
    const kmPerDegLng = 111.32 * Math.cos((cLat * Math.PI) / 180);
    for (let j = 0; j < blockCounts[i]; j++) {
      const r = radiiKm[i] * Math.pow(rnd(), 0.9); // denser towards the centre
      const t = 2 * Math.PI * rnd();
      const lat = cLat + (r * Math.sin(t)) / 110.57;
      const lng = cLng + (r * Math.cos(t)) / kmPerDegLng;
      list.push(blocks.length);
      blocks.push({
        id: `${municipalities[i].code}-${j}`,
        municipalityCode: municipalities[i].code,
        lat: Math.min(45.9, Math.max(20.1, lat)),
        lng: Math.min(153.9, Math.max(122.1, lng)),
        pop75Plus: withBlockCounts[i] ? Math.round(((municipalities[i].pop75Plus ?? 0) / blockCounts[i]) * 2 * rnd()) : null,
      });
    }
    blocksByMunicipality.push(list);
  }

  // Shops ∝ population^1.1, near a random block of the municipality.
  const shopWeights = municipalities.map((m) => Math.pow(m.population, 1.1));
  const sSum = shopWeights.reduce((s, w) => s + w, 0);
  const resources: ResourceInput[] = [];
  const categories = ['convenience', 'convenience', 'convenience', 'supermarket', 'supermarket', 'drugstore', 'other'];
  for (let i = 0; i < M; i++) {
    const n = Math.round((shopWeights[i] / sSum) * opts.shops);
    const list = blocksByMunicipality[i];
    for (let j = 0; j < n; j++) {
      const b = blocks[list[Math.floor(rnd() * list.length)]];
      const dKm = 0.45 * Math.abs(gaussian(rnd));
      const t = 2 * Math.PI * rnd();
      resources.push({
        id: `shop-${resources.length}`,
        category: categories[Math.floor(rnd() * categories.length)],
        lat: b.lat + (dKm * Math.sin(t)) / 110.57,
        lng: b.lng + (dKm * Math.cos(t)) / (111.32 * Math.cos((b.lat * Math.PI) / 180)),
      });
    }
  }
  return { municipalities, blocks, resources, level: 'city' };
}

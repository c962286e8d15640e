import { BOUNDARY_TOLERANCE_M, ClassificationSession, exactDistanceFunction, LatBandIndex, ResourceInput, SEED_DEFAULT_POLICY, SPHERE_MEAN_RADIUS_MODEL, TownBlockInput } from '../index';
import { geodesicDirect, sphereDirect } from '@sanpuku/kernel';
import { block, input, municipality, seededRandom, shop } from '../testing/classification.fixtures';

describe('LatBandIndex box queries equal a linear scan', () => {
  it('on seeded random points and boxes, including empty, degenerate and out-of-range boxes', () => {
    const rnd = seededRandom(2024);
    const n = 3000;
    const lat = new Float64Array(n);
    const lng = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      // Clustered: half in a 2 km patch, half spread over 1°; some exact duplicates.
      const spread = i % 2 === 0 ? 0.02 : 1;
      lat[i] = i % 97 === 0 && i > 0 ? lat[i - 1] : 35 + spread * rnd();
      lng[i] = i % 97 === 0 && i > 0 ? lng[i - 1] : 139 + spread * rnd();
    }
    const index = LatBandIndex.build(lat, lng);
    for (let q = 0; q < 500; q++) {
      const w = q % 5 === 0 ? 0 : 0.05 * rnd();
      const h = q % 7 === 0 ? 0 : 0.05 * rnd();
      const minLat = 34.95 + 1.1 * rnd();
      const minLng = 138.95 + 1.1 * rnd();
      const [qLat, qLng] = q % 11 === 0 ? [lat[q], lng[q]] : [minLat, minLng]; // boxes starting exactly on a point
      const expected: number[] = [];
      for (let i = 0; i < n; i++) {
        if (lat[i] >= qLat && lat[i] <= qLat + h && lng[i] >= qLng && lng[i] <= qLng + w) expected.push(i);
      }
      expect(index.search(qLat, qLat + h, qLng, qLng + w).sort((a, b) => a - b)).toEqual(expected);
    }
    expect(index.search(10, 11, 100, 101)).toEqual([]);
    expect(index.search(36, 35, 139, 140)).toEqual([]); // inverted box
  });

  it('handles an empty set and a single point', () => {
    expect(LatBandIndex.build([], []).search(-90, 90, -180, 180)).toEqual([]);
    expect(LatBandIndex.build([35], [139]).search(35, 35, 139, 139)).toEqual([0]);
  });
});

/**
 * Full pipeline against an all-pairs brute force with the exact distance of each model.
 * Shops are placed both at random and deliberately on the 500 m circle of random blocks
 * (± a few millimetres), where the guard band and the exact solver have to decide.
 */
function scenario(seed: number, sphere: boolean): { blocks: TownBlockInput[]; shops: ResourceInput[] } {
  const direct = sphere ? sphereDirect : geodesicDirect; // put boundary shops on this model's circle
  const rnd = seededRandom(seed);
  const blocks: TownBlockInput[] = [];
  for (let i = 0; i < 800; i++) {
    const p = geodesicDirect(43.06, 141.35, 360 * rnd(), 5000 * Math.sqrt(rnd())); // around Sapporo
    blocks.push(block(`b${i}`, '01102', p.lat, p.lng));
  }
  const shops: ResourceInput[] = [];
  for (let i = 0; i < 200; i++) {
    const anchor = blocks[Math.floor(rnd() * blocks.length)];
    const d = i % 2 === 0 ? 1000 * rnd() : 500 + (rnd() - 0.5) * 0.01; // half on the boundary ±5 mm
    const p = direct(anchor.lat, anchor.lng, 360 * rnd(), d);
    shops.push(shop(`s${i}`, p.lat, p.lng));
  }
  return { blocks, shops };
}

describe.each([
  ['ellipsoid', SEED_DEFAULT_POLICY],
  ['sphere', { ...SEED_DEFAULT_POLICY, id: 'sphere', distanceModel: SPHERE_MEAN_RADIUS_MODEL }],
] as const)('coverage counts (%s) equal an all-pairs brute force', (_name, policy) => {
  it.each([1, 2, 3])('seed %p', (seed) => {
    const { blocks, shops } = scenario(seed, policy.distanceModel.kind === 'sphere');
    const session = ClassificationSession.create(
      input([municipality({ code: '01102', population: 280_000, areaKm2: 63 })], blocks, shops),
      policy,
    );
    const distance = exactDistanceFunction(policy.distanceModel);
    let boundaryPairs = 0;
    for (const b of blocks) {
      let expected = 0;
      for (const s of shops) {
        const d = distance(s.lat, s.lng, b.lat, b.lng);
        if (d <= policy.radiusM + BOUNDARY_TOLERANCE_M) expected++;
        if (Math.abs(d - policy.radiusM) < 0.01) boundaryPairs++;
      }
      expect(session.resourcesWithin(b.id)).toBe(expected);
    }
    expect(boundaryPairs).toBeGreaterThanOrEqual(100); // the boundary really was exercised
    expect(session.result().stats.exactDistanceEvaluations).toBeGreaterThanOrEqual(boundaryPairs);
  });
});

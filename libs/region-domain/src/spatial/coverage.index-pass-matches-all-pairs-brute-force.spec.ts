import { BOUNDARY_TOLERANCE_M, GUARD_BAND_M, LatBandIndex, RadiusPredicate, SEED_DEFAULT_POLICY, SPHERE_MEAN_RADIUS_MODEL } from '..';
import { geodesicDirect, geodesicDistance, haversineDistance, MEAN_EARTH_RADIUS_M, seededRandom, sphereDirect } from '@sanpuku/kernel';

/**
 * `LatBandIndex.addCountsWithin` (the whole-country coverage pass: centres in band order,
 * per-band cursors, counts in index order) against the plainest possible reference: every
 * (centre, point) pair measured with the kernel's exact distance, `≤ r + 1 µm`.
 *
 * The points are built to catch what an index gets wrong: points at 500 m ± 1e-6 m (and at the
 * guard band's edges, ± 1 cm, ± 2 cm) from a centre, placed with the model's own direct
 * problem; points exactly on band and longitude-cell borders; centres whose box edge falls on
 * a band border; duplicate coordinates among the points and among the centres.
 */
const RADIUS = 500;
const ORIGIN = { lat: 35, lng: 139 };
const BOUNDARY_OFFSETS = [-2 * GUARD_BAND_M, -GUARD_BAND_M, -0.005, -1e-6, 0, 1e-6, 0.005, GUARD_BAND_M, 2 * GUARD_BAND_M];

interface Scene {
  readonly pointLat: number[];
  readonly pointLng: number[];
  readonly centreLat: number[];
  readonly centreLng: number[];
}

function scene(seed: number, sphere: boolean, bandDeg: number): Scene {
  const rnd = seededRandom(seed);
  const direct = sphere ? (la: number, ln: number, az: number, d: number) => sphereDirect(la, ln, az, d, MEAN_EARTH_RADIUS_M) : geodesicDirect;
  const pointLat: number[] = [ORIGIN.lat]; // the south-west corner fixes the index's origin,
  const pointLng: number[] = [ORIGIN.lng]; // so the band and cell borders below are real ones
  const centreLat: number[] = [];
  const centreLng: number[] = [];
  const addPoint = (lat: number, lng: number): void => {
    pointLat.push(lat);
    pointLng.push(lng);
  };
  // Random points over six bands of 0.01° and 7 km of longitude.
  for (let i = 0; i < 700; i++) addPoint(ORIGIN.lat + 0.001 + 0.058 * rnd(), ORIGIN.lng + 0.001 + 0.07 * rnd());
  // Points exactly on band borders and on longitude-cell borders.
  for (let k = 1; k < 6; k++) {
    for (let j = 0; j < 25; j++) {
      addPoint(ORIGIN.lat + k * bandDeg, ORIGIN.lng + 0.005 + j * 0.0025);
      addPoint(ORIGIN.lat + 0.003 + k * 0.009 * rnd(), ORIGIN.lng + Math.round(7000 * rnd()) * LatBandIndex.DEFAULT_CELL_DEG);
    }
  }
  // Centres: random, on band borders, half a box away from a band border, and repeated.
  for (let i = 0; i < 60; i++) {
    const lat = ORIGIN.lat + 0.005 + 0.05 * rnd();
    const lng = ORIGIN.lng + 0.005 + 0.06 * rnd();
    centreLat.push(lat);
    centreLng.push(lng);
    // Around each centre, points at the boundary offsets (random azimuths), some twice.
    for (const offset of BOUNDARY_OFFSETS) {
      const p = direct(lat, lng, 360 * rnd(), RADIUS + offset);
      addPoint(p.lat, p.lng);
      if (rnd() < 0.2) addPoint(p.lat, p.lng);
    }
  }
  const probe = new RadiusPredicate(sphere ? SPHERE_MEAN_RADIUS_MODEL : SEED_DEFAULT_POLICY.distanceModel, RADIUS);
  for (let k = 1; k < 6; k++) {
    const border = ORIGIN.lat + k * bandDeg;
    centreLat.push(border, border + probe.halfLatDeg, border - probe.halfLatDeg);
    centreLng.push(ORIGIN.lng + 0.01 * k, ORIGIN.lng + 0.01 * k + 0.003, ORIGIN.lng + 0.01 * k - 0.003);
  }
  for (let i = 0; i < 10; i++) {
    centreLat.push(centreLat[i]);
    centreLng.push(centreLng[i]);
  }
  return { pointLat, pointLng, centreLat, centreLng };
}

function bruteForceCounts(s: Scene, sphere: boolean): Uint32Array {
  const counts = new Uint32Array(s.pointLat.length);
  for (let c = 0; c < s.centreLat.length; c++) {
    for (let i = 0; i < s.pointLat.length; i++) {
      // Same argument order as the predicate (centre first): the decision must be the exact one.
      const d = sphere
        ? haversineDistance(s.centreLat[c], s.centreLng[c], s.pointLat[i], s.pointLng[i], MEAN_EARTH_RADIUS_M)
        : geodesicDistance(s.centreLat[c], s.centreLng[c], s.pointLat[i], s.pointLng[i]);
      if (d <= RADIUS + BOUNDARY_TOLERANCE_M) counts[i]++;
    }
  }
  return counts;
}

describe.each([
  ['ellipsoid', false],
  ['sphere', true],
] as const)('the coverage pass on the %s counts exactly the centres within 500 m of each point', (_name, sphere) => {
  const model = sphere ? SPHERE_MEAN_RADIUS_MODEL : SEED_DEFAULT_POLICY.distanceModel;

  it.each([
    [11, LatBandIndex.DEFAULT_BAND_DEG],
    [12, 0.0025],
    [13, 0.003],
  ])('seed %p, bands of %p°', (seed, bandDeg) => {
    const s = scene(seed, sphere, bandDeg);
    const expected = bruteForceCounts(s, sphere);
    const index = LatBandIndex.build(s.pointLat, s.pointLng, bandDeg);
    const counts = new Uint32Array(s.pointLat.length);
    index.addCountsWithin(new RadiusPredicate(model, RADIUS), s.centreLat, s.centreLng, counts);
    expect(Array.from(counts)).toEqual(Array.from(expected));

    // The scene did exercise what it is built for.
    let pairs = 0;
    for (const n of expected) pairs += n;
    expect(pairs).toBeGreaterThan(2000);
    expect(expected.some((n) => n >= 2)).toBe(true);
  });

  /** A scene on the default bands, its index, and the counts of one pass over all its centres. */
  const onePass = (seed: number): { s: Scene; index: LatBandIndex; counts: Uint32Array } => {
    const s = scene(seed, sphere, LatBandIndex.DEFAULT_BAND_DEG);
    const index = LatBandIndex.build(s.pointLat, s.pointLng);
    const counts = new Uint32Array(s.pointLat.length);
    index.addCountsWithin(new RadiusPredicate(model, RADIUS), s.centreLat, s.centreLng, counts);
    return { s, index, counts };
  };

  it('adds to the counts it is given, so two passes over halves equal one pass over all', () => {
    const { s, index, counts: once } = onePass(21);
    const twice = new Uint32Array(s.pointLat.length);
    const half = s.centreLat.length >> 1;
    index.addCountsWithin(new RadiusPredicate(model, RADIUS), s.centreLat.slice(0, half), s.centreLng.slice(0, half), twice);
    index.addCountsWithin(new RadiusPredicate(model, RADIUS), s.centreLat.slice(half), s.centreLng.slice(half), twice);
    expect(Array.from(twice)).toEqual(Array.from(once));
  });

  it('equals a per-centre box query with the same radius test', () => {
    const { s, index, counts: pass } = onePass(31);
    const perCentre = new Uint32Array(s.pointLat.length);
    const p = new RadiusPredicate(model, RADIUS);
    for (let c = 0; c < s.centreLat.length; c++) {
      const [lat, lng] = [s.centreLat[c], s.centreLng[c]];
      p.setCentre(lat, lng);
      index.forEachInBox(lat - p.halfLatDeg, lat + p.halfLatDeg, lng - p.halfLngDeg, lng + p.halfLngDeg, (i, y, x) => {
        if (p.contains(y, x)) perCentre[i]++;
      });
    }
    expect(Array.from(pass)).toEqual(Array.from(perCentre));
  });
});

describe('the coverage pass at the edges of the index', () => {
  const model = SEED_DEFAULT_POLICY.distanceModel;

  it('counts nothing for centres far outside the indexed points, and nothing for no centres', () => {
    const index = LatBandIndex.build([35, 35.001], [139, 139.001]);
    const counts = new Uint32Array(2);
    index.addCountsWithin(new RadiusPredicate(model, RADIUS), [], [], counts);
    index.addCountsWithin(new RadiusPredicate(model, RADIUS), [30, 40, 35], [139, 139, 130], counts);
    expect(Array.from(counts)).toEqual([0, 0]);
  });

  it('counts a centre south of or west of every point when the point is within the radius', () => {
    const p = geodesicDirect(35, 139, 45, 400);
    const index = LatBandIndex.build([p.lat], [p.lng]);
    const counts = new Uint32Array(1);
    index.addCountsWithin(new RadiusPredicate(model, RADIUS), [35], [139], counts);
    expect(Array.from(counts)).toEqual([1]);
  });

  it('refuses counts that do not have one slot per point, and centre arrays of different lengths', () => {
    const index = LatBandIndex.build([35], [139]);
    expect(() => index.addCountsWithin(new RadiusPredicate(model, RADIUS), [35], [139], new Uint32Array(2))).toThrow(RangeError);
    expect(() => index.addCountsWithin(new RadiusPredicate(model, RADIUS), [35, 35], [139], new Uint32Array(1))).toThrow(RangeError);
  });
});

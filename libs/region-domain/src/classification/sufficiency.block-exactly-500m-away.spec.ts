import { classify, ClassificationSession, SEED_DEFAULT_POLICY, SPHERE_MEAN_RADIUS_MODEL } from '../index';
import { geodesicDistance, haversineDistance, sphereDirect } from '@sanpuku/kernel';
import { block, IIDABASHI_1, input, municipality, shop, shopAtDistance } from '../testing/classification.fixtures';

const M = municipality({ code: '13101' });
const B = block('b1', '13101', IIDABASHI_1.lat, IIDABASHI_1.lng);
const SPHERE_POLICY = { ...SEED_DEFAULT_POLICY, id: 'seed-sphere', distanceModel: SPHERE_MEAN_RADIUS_MODEL };

function coveredWith(resource: ReturnType<typeof shop>, policy = SEED_DEFAULT_POLICY): boolean {
  const run = classify(input([M], [B], [resource]), policy);
  return run.municipalities[0].coveredBlockCount === 1;
}

describe('a block with a single shop near the 500 m boundary (WGS84 geodesic)', () => {
  // Several directions: north–south and east–west lines have different local scales.
  it.each([0, 37, 90, 181, 270, 333])('azimuth %p°: 499.999 m and 500.000 m are covered, 500.001 m is not', (azimuth) => {
    const inside = shopAtDistance('in', IIDABASHI_1, azimuth, 499.999);
    const exact = shopAtDistance('exact', IIDABASHI_1, azimuth, 500);
    const outside = shopAtDistance('out', IIDABASHI_1, azimuth, 500.001);

    // The constructed points really are where we think (inverse agrees with direct to < 1 µm).
    expect(Math.abs(geodesicDistance(IIDABASHI_1.lat, IIDABASHI_1.lng, exact.lat, exact.lng) - 500)).toBeLessThan(1e-6);

    expect(coveredWith(inside)).toBe(true);
    expect(coveredWith(exact)).toBe(true); // 500 m inclusive
    expect(coveredWith(outside)).toBe(false);
  });

  it('decides these boundary cases with the exact geodesic, not the local approximation', () => {
    const session = ClassificationSession.create(
      input([M], [B], [shopAtDistance('exact', IIDABASHI_1, 45, 500)]),
    );
    expect(session.result().stats.exactDistanceEvaluations).toBe(1);
    expect(session.result().municipalities[0].sufficiency).toBe(1);
  });

  it('a shop far from the boundary never needs the exact solver', () => {
    const session = ClassificationSession.create(input([M], [B], [shopAtDistance('near', IIDABASHI_1, 45, 480)]));
    expect(session.result().stats.exactDistanceEvaluations).toBe(0);
    expect(session.result().municipalities[0].coveredBlockCount).toBe(1);
  });
});

describe('ellipsoid and sphere disagree near the boundary, and results say which model was used', () => {
  it('north–south: 499.5 m on the ellipsoid is ≈ 500.6 m on the sphere (ellipsoid covers, sphere does not)', () => {
    const s = shopAtDistance('ns', IIDABASHI_1, 0, 499.5);
    const onSphere = haversineDistance(IIDABASHI_1.lat, IIDABASHI_1.lng, s.lat, s.lng);
    expect(onSphere).toBeGreaterThan(500.5);
    expect(onSphere).toBeLessThan(500.7);
    expect(coveredWith(s, SEED_DEFAULT_POLICY)).toBe(true);
    expect(coveredWith(s, SPHERE_POLICY)).toBe(false);
  });

  it('east–west: 500.8 m on the ellipsoid is ≈ 499.7 m on the sphere (sphere covers, ellipsoid does not)', () => {
    const s = shopAtDistance('ew', IIDABASHI_1, 90, 500.8);
    const onSphere = haversineDistance(IIDABASHI_1.lat, IIDABASHI_1.lng, s.lat, s.lng);
    expect(onSphere).toBeLessThan(500);
    expect(coveredWith(s, SEED_DEFAULT_POLICY)).toBe(false);
    expect(coveredWith(s, SPHERE_POLICY)).toBe(true);
  });

  it('the sphere model has the same inclusive boundary on its own distance', () => {
    const p = sphereDirect(IIDABASHI_1.lat, IIDABASHI_1.lng, 123, 500);
    const q = sphereDirect(IIDABASHI_1.lat, IIDABASHI_1.lng, 123, 500.001);
    expect(coveredWith(shop('p', p.lat, p.lng), SPHERE_POLICY)).toBe(true);
    expect(coveredWith(shop('q', q.lat, q.lng), SPHERE_POLICY)).toBe(false);
  });

  it('each result carries its policy and distance model', () => {
    const s = shopAtDistance('x', IIDABASHI_1, 0, 499.5);
    const ellipsoid = classify(input([M], [B], [s]));
    const sphere = classify(input([M], [B], [s]), SPHERE_POLICY);
    expect(ellipsoid).toMatchObject({ policyRef: 'seed-default@1', distanceModelRef: 'ellipsoid:WGS84', radiusM: 500 });
    expect(sphere).toMatchObject({ policyRef: 'seed-sphere@1', distanceModelRef: 'sphere:6371008.8' });
  });
});

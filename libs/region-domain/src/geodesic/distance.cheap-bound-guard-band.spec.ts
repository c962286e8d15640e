import { GUARD_BAND_M, RadiusPredicate, SEED_DEFAULT_POLICY, SPHERE_MEAN_RADIUS_MODEL } from '../index';
import { geodesicDirect, haversineDistance, sphereDirect } from '@sanpuku/kernel';
import { seededRandom } from '../testing/classification.fixtures';

/**
 * The fast path trusts the local metric only outside a ±GUARD_BAND_M (1 cm) ring around the
 * radius. That is safe only if the local metric's error is well below 1 cm for every pair the
 * bounding box can return (up to √2 × radius), everywhere in Japan.
 */
describe('local-metric error stays far inside the guard band', () => {
  it.each([
    [500, 1e-5],
    [2000, 5e-4],
    [5000, GUARD_BAND_M / 4],
  ])('radius %p m: max error over 20,000 random pairs (lat 20–46) < %p m', (radius, bound) => {
    const rnd = seededRandom(radius);
    const ellipsoid = new RadiusPredicate(SEED_DEFAULT_POLICY.distanceModel, radius);
    const sphere = new RadiusPredicate(SPHERE_MEAN_RADIUS_MODEL, radius);
    let maxErr = 0;
    for (let i = 0; i < 20_000; i++) {
      const lat = 20 + 26 * rnd();
      const lng = 122 + 32 * rnd();
      const az = 360 * rnd();
      const d = 1.45 * radius * rnd();
      const p = geodesicDirect(lat, lng, az, d);
      ellipsoid.setCentre(lat, lng);
      maxErr = Math.max(maxErr, Math.abs(ellipsoid.approximateDistance(p.lat, p.lng) - d));
      const q = sphereDirect(lat, lng, az, d);
      sphere.setCentre(lat, lng);
      maxErr = Math.max(maxErr, Math.abs(sphere.approximateDistance(q.lat, q.lng) - haversineDistance(lat, lng, q.lat, q.lng)));
    }
    expect(maxErr).toBeLessThan(bound);
  });

  it('the bounding box contains the whole circle (radius + guard band)', () => {
    const rnd = seededRandom(11);
    const p = new RadiusPredicate(SEED_DEFAULT_POLICY.distanceModel, 500);
    for (let i = 0; i < 5000; i++) {
      const lat = 20 + 26 * rnd();
      const lng = 122 + 32 * rnd();
      p.setCentre(lat, lng);
      const q = geodesicDirect(lat, lng, 360 * rnd(), 500 + GUARD_BAND_M);
      expect(Math.abs(q.lat - lat)).toBeLessThan(p.halfLatDeg);
      expect(Math.abs(q.lng - lng)).toBeLessThan(p.halfLngDeg);
    }
  });

  it('refuses radii the local metric was not validated for', () => {
    expect(() => new RadiusPredicate(SEED_DEFAULT_POLICY.distanceModel, 5001)).toThrow(RangeError);
    expect(() => new RadiusPredicate(SEED_DEFAULT_POLICY.distanceModel, 0)).toThrow(RangeError);
  });
});

import { distance } from '@turf/turf';
import { DISTANCE_MODEL, evaluateHardFilters, geodesicDistanceM } from '@sanpuku/matching-domain';
import { aRequest, anOffering, outcomeOf } from './testing/matching.fixtures';

// Distance model: the geodesic on the WGS84 ellipsoid (shared with region and catalogue).
describe('radius service area: boundary included, distance model stated', () => {
  const centre = { lat: 35.681236, lng: 139.767125 }; // Tokyo Station
  const senior = { lat: 35.6895, lng: 139.7672 }; // ≈ 919 m north
  const d = geodesicDistanceM(centre, senior);
  const offeringWithRadius = (radiusM: number) =>
    anOffering({ serviceArea: { kind: 'radius', lat: centre.lat, lng: centre.lng, radiusM } });

  it('measures on the ellipsoid, not on turf’s sphere (they differ by metres at 1 km in Japan)', () => {
    const sphere = distance([centre.lng, centre.lat], [senior.lng, senior.lat], { units: 'meters' });
    expect(DISTANCE_MODEL).toBe('ellipsoid:WGS84');
    expect(d).toBeGreaterThan(900);
    expect(d).toBeLessThan(940);
    expect(Math.abs(d - sphere)).toBeGreaterThan(0.5);
    expect(Math.abs(d - sphere) / d).toBeLessThan(0.006);
  });

  it('a senior exactly on the radius is inside', () => {
    const o = outcomeOf(evaluateHardFilters(aRequest({ location: senior }), offeringWithRadius(d)), 'service_area');
    expect(o).toMatchObject({ passed: true, code: 'area_within_radius' });
    expect(o.detail).toMatchObject({ distanceModel: DISTANCE_MODEL, radiusM: d });
  });

  it('a senior 1 cm beyond the radius is outside', () => {
    const o = outcomeOf(
      evaluateHardFilters(aRequest({ location: senior }), offeringWithRadius(d - 0.01)),
      'service_area',
    );
    expect(o).toMatchObject({ passed: false, code: 'area_outside_radius' });
    expect(o.en).toMatch(/Outside the service radius/);
  });

  it('without a location the radius cannot be checked and fails explicitly', () => {
    const o = outcomeOf(evaluateHardFilters(aRequest({ location: null }), offeringWithRadius(5000)), 'service_area');
    expect(o).toMatchObject({ passed: false, code: 'area_location_unknown' });
  });
});

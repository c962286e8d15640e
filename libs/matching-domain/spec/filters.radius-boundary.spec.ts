import { distance } from '@turf/turf';
import { DISTANCE_MODEL, evaluateHardFilters, haversineDistanceM } from '@sanpuku/matching-domain';
import { aRequest, anOffering, outcomeOf } from './matching.fixtures';

// Distance model: haversine on a sphere of radius 6,371,008.8 m (the radius turf.distance uses).
describe('radius service area: boundary included, distance model stated', () => {
  const centre = { lat: 35.681236, lng: 139.767125 }; // Tokyo Station
  const senior = { lat: 35.6895, lng: 139.7672 }; // ≈ 919 m north
  const d = haversineDistanceM(centre, senior);
  const offeringWithRadius = (radiusM: number) =>
    anOffering({ serviceArea: { kind: 'radius', lat: centre.lat, lng: centre.lng, radiusM } });

  it('agrees with turf.distance (same sphere) to the millimetre', () => {
    const t = distance([centre.lng, centre.lat], [senior.lng, senior.lat], { units: 'meters' });
    expect(Math.abs(d - t)).toBeLessThan(0.001);
    expect(d).toBeGreaterThan(900);
    expect(d).toBeLessThan(940);
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

import { locateInServiceArea, type ServiceArea } from '../index';

// Base: 佐渡市両津夷 (town-block representative point). Targets computed with GeographicLib 2.1.2
// `GeodSolve -f` (direct problem, WGS84), independent of the library's own formulae.
const AREA: ServiceArea = { kind: 'radius', base: { lat: 38.084823, lng: 138.43225 }, radiusM: 5000 };
const NE_4999_99 = { lat: 38.116668142679856, lng: 138.472567032791517 };
const NE_5000_00 = { lat: 38.116668206356252, lng: 138.472567113460769 };
const NE_5000_01 = { lat: 38.116668270032648, lng: 138.472567194129994 };
const E_5010 = { lat: 38.08480912551439, lng: 138.489356246763577 };

describe('the edge of a 5 km radius area', () => {
  it('1 cm inside is inside, 1 cm outside is outside', () => {
    expect(locateInServiceArea(AREA, NE_4999_99)).toMatchObject({ inside: true, method: 'geodesic_radius' });
    expect(locateInServiceArea(AREA, NE_5000_01)).toMatchObject({ inside: false, method: 'geodesic_radius' });
  });

  it('reports the geodesic distance from the base (to the millimetre)', () => {
    const r = locateInServiceArea(AREA, NE_5000_00);
    expect(Math.abs((r.distanceFromBaseM ?? NaN) - 5000)).toBeLessThan(0.001);
  });

  it('a distance exactly equal to the radius counts as inside', () => {
    const d = locateInServiceArea(AREA, NE_5000_01).distanceFromBaseM as number;
    expect(locateInServiceArea({ ...AREA, radiusM: d }, NE_5000_01).inside).toBe(true);
  });

  it('uses the ellipsoid: 5010 m due east is outside, though a sphere would put it at 4998 m (inside)', () => {
    expect(locateInServiceArea(AREA, E_5010)).toMatchObject({ inside: false });
    expect(Math.abs((locateInServiceArea(AREA, E_5010).distanceFromBaseM as number) - 5010)).toBeLessThan(0.001);
  });
});

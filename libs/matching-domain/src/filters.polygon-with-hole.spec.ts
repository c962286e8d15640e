import { evaluateHardFilters, type GeoJsonPolygon } from '@sanpuku/matching-domain';
import { aRequest, anOffering, outcomeOf } from './testing/matching.fixtures';

describe('polygon service area with a hole', () => {
  // Outer square 139.70–139.80 E, 35.60–35.70 N; hole 139.74–139.76 E, 35.64–35.66 N.
  const geometry: GeoJsonPolygon = {
    type: 'Polygon',
    coordinates: [
      [[139.7, 35.6], [139.8, 35.6], [139.8, 35.7], [139.7, 35.7], [139.7, 35.6]],
      [[139.74, 35.64], [139.74, 35.66], [139.76, 35.66], [139.76, 35.64], [139.74, 35.64]],
    ],
  };
  const offering = anOffering({ serviceArea: { kind: 'polygon', geometry } });
  const at = (lat: number, lng: number) =>
    outcomeOf(evaluateHardFilters(aRequest({ location: { lat, lng } }), offering), 'service_area');

  it('a point in the ring between outer boundary and hole is inside', () => {
    expect(at(35.62, 139.72)).toMatchObject({ passed: true, code: 'area_inside_polygon' });
  });

  it('a point inside the hole is outside the service area', () => {
    expect(at(35.65, 139.75)).toMatchObject({ passed: false, code: 'area_outside_polygon' });
  });

  it('a point outside the outer ring is outside', () => {
    expect(at(35.75, 139.75)).toMatchObject({ passed: false, code: 'area_outside_polygon' });
  });

  it('a point on the outer boundary counts as inside', () => {
    expect(at(35.65, 139.7)).toMatchObject({ passed: true, code: 'area_inside_polygon' });
  });
});

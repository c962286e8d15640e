import { evaluateHardFilters, type GeoJsonPolygon } from '@sanpuku/matching-domain';
import { aRequest, anOffering, outcomeOf } from './testing/matching.fixtures';

describe('a malformed service-area polygon excludes with its own reason, it does not crash', () => {
  it('an unclosed ring gives area_geometry_invalid', () => {
    const geometry: GeoJsonPolygon = {
      type: 'Polygon',
      coordinates: [[[139.7, 35.6], [139.8, 35.6], [139.8, 35.7], [139.7, 35.7]]],
    };
    const o = outcomeOf(
      evaluateHardFilters(aRequest(), anOffering({ serviceArea: { kind: 'polygon', geometry } })),
      'service_area',
    );
    expect(o).toMatchObject({ passed: false, code: 'area_geometry_invalid' });
  });
});

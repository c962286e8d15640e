import { ImportRejected } from './import.errors';
import { parseResources } from './resources.parser';

describe('resource (shop) files', () => {
  it('reads GeoJSON points, mapping OSM shop tags to our categories', () => {
    const fc = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { name: 'A', shop: 'chemist' }, geometry: { type: 'Point', coordinates: [134.046, 34.345] } },
        { type: 'Feature', properties: { category: 'mobile_shop' }, geometry: { type: 'Point', coordinates: [134.0, 34.3] } },
      ],
    };
    expect(parseResources('s.geojson', Buffer.from(JSON.stringify(fc))).map((r) => [r.category, r.name])).toEqual([
      ['drugstore', 'A'],
      ['mobile_shop', null],
    ]);
  });

  it('reads CSV with a category column', () => {
    const rows = parseResources('s.csv', Buffer.from('name,lat,lng,category\nスーパーA,34.3,134.0,supermarket\n'));
    expect(rows).toEqual([{ line: 2, category: 'supermarket', name: 'スーパーA', lat: 34.3, lng: 134.0, sourceRef: null }]);
  });

  it('reports features outside Japan and non-points with their JSON path', () => {
    const fc = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { category: 'convenience' }, geometry: { type: 'Point', coordinates: [2.35, 48.85] } },
        { type: 'Feature', properties: { category: 'convenience' }, geometry: { type: 'LineString', coordinates: [[134, 34], [134.1, 34.1]] } },
      ],
    };
    try {
      parseResources('s.geojson', Buffer.from(JSON.stringify(fc)));
      throw new Error('expected rejection');
    } catch (e) {
      expect((e as ImportRejected).issues.map((i) => [i.column, i.code])).toEqual([
        ['/features/0/geometry/coordinates', 'outside_japan'],
        ['/features/1/geometry', 'invalid_value'],
      ]);
    }
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { boundingBox, mergeBoundariesByCode, parseBoundaryFeatures } from '../index';

const kagawa = JSON.parse(readFileSync(join(__dirname, '../../../../data/kagawa/boundaries-37.geojson'), 'utf8'));
const square = (x: number, y: number, d = 0.01) => [[[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]]];
const feature = (properties: Record<string, unknown>, geometry: unknown) => ({ type: 'Feature', properties, geometry });

describe('N03 boundary files (国土数値情報 行政区域)', () => {
  it('n03.reads-every-kagawa-municipality-with-its-code-and-name', () => {
    const r = parseBoundaryFeatures(kagawa);
    expect(r.problems).toEqual([]);
    const merged = mergeBoundariesByCode(r.features);
    expect(merged).toHaveLength(17);
    expect(merged[0]).toMatchObject({ code: '37201', name: '高松市', prefectureName: '香川県' });
    // 直島町 is islands only: one MultiPolygon with several polygons.
    const naoshima = merged.find((m) => m.code === '37364')!;
    expect(naoshima.name).toBe('直島町');
    expect(naoshima.polygons.length).toBeGreaterThan(1);
    const [minLng, minLat, maxLng, maxLat] = boundingBox(naoshima.polygons);
    expect(minLng).toBeGreaterThan(133.9);
    expect(maxLng).toBeLessThan(134.05);
    expect(minLat).toBeGreaterThan(34.4);
    expect(maxLat).toBeLessThan(34.55);
  });

  it('n03.features-of-one-code-merge-into-one-multipolygon-and-unassigned-land-is-skipped', () => {
    const r = parseBoundaryFeatures({
      type: 'FeatureCollection',
      features: [
        feature({ N03_001: '香川県', N03_004: '直島町', N03_007: '37364' }, { type: 'Polygon', coordinates: square(133.97, 34.45) }),
        feature({ N03_001: '香川県', N03_004: '所属未定地', N03_007: null }, { type: 'Polygon', coordinates: square(134.5, 34.5) }),
        feature({ N03_001: '香川県', N03_004: '直島町', N03_007: '３７３６４' }, { type: 'MultiPolygon', coordinates: [square(134.0, 34.46), square(134.02, 34.47)] }),
        // N03 from 2023 on: the ward in N03_005; a numeric code lost its leading zero.
        feature({ N03_001: '北海道', N03_003: '札幌市', N03_004: '札幌市', N03_005: '中央区', N03_007: 1101 }, { type: 'Polygon', coordinates: square(141.3, 43.05) }),
      ],
    });
    expect(r.problems).toEqual([]);
    expect(r.unassigned).toBe(1);
    const merged = mergeBoundariesByCode(r.features);
    expect(merged.map((m) => [m.code, m.name, m.polygons.length, m.featureIndexes])).toEqual([
      ['01101', '札幌市中央区', 1, [3]],
      ['37364', '直島町', 3, [0, 2]],
    ]);
    expect(merged[0].countyOrCityName).toBe('札幌市');
  });

  it('n03.every-bad-feature-is-reported-with-its-json-pointer', () => {
    const open = [[[134, 34.3], [134.01, 34.3], [134.01, 34.31], [134, 34.31]]];
    const r = parseBoundaryFeatures({
      type: 'FeatureCollection',
      features: [
        feature({ N03_007: '3720' }, { type: 'Polygon', coordinates: square(134, 34.3) }),
        feature({ N03_007: '37201' }, { type: 'Point', coordinates: [134, 34.3] }),
        feature({ N03_007: '37202' }, { type: 'Polygon', coordinates: open }),
        feature({ N03_007: '37203' }, { type: 'MultiPolygon', coordinates: [square(134, 34.3), square(34.3, 134)] }),
        feature({}, { type: 'Polygon', coordinates: square(134, 34.3) }),
      ],
    });
    expect(r.features).toEqual([]);
    expect(r.problems.map((p) => [p.featureIndex, p.pointer, p.code])).toEqual([
      [0, '/features/0/properties/N03_007', 'invalid_code'],
      [1, '/features/1/geometry/type', 'invalid_value'],
      [2, '/features/2/geometry/coordinates/0', 'invalid_value'],
      [3, '/features/3/geometry/coordinates/1/0/0', 'outside_japan'],
      [4, '/features/4/properties/N03_007', 'invalid_code'],
    ]);
    for (const p of r.problems) {
      expect(p.messageJa).toMatch(/[ぁ-んァ-ン一-龥]/);
      expect(p.messageEn).toMatch(/[a-z]/);
    }
  });

  it('n03.not-a-feature-collection-is-one-file-level-problem', () => {
    expect(parseBoundaryFeatures({ type: 'Feature' }).problems).toEqual([expect.objectContaining({ featureIndex: -1, pointer: '/type', code: 'unknown_format' })]);
    expect(parseBoundaryFeatures({ type: 'FeatureCollection', features: [] }).problems).toEqual([expect.objectContaining({ code: 'empty_file' })]);
  });
});

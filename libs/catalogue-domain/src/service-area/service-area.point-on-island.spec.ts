import { locateInServiceArea, validateOffering, type GeoJsonPolygon, type ServiceArea } from '../index';
import { CONTEXT, validOfferingInput } from '../testing/offering.fixtures';
import sado from './__fixtures__/sado-island.geojson.json';

// 佐渡島 as a polygon service area (the 佐渡市 boundary, N03 simplified; see __fixtures__/README.md).
const island: ServiceArea = { kind: 'polygon', geometry: sado.geometry as GeoJsonPolygon };

describe('a service area that is the island of 佐渡', () => {
  it('the island polygon is a valid service area', () => {
    const input = validOfferingInput();
    input.serviceArea = island;
    expect(validateOffering(input, CONTEXT).ok).toBe(true);
  });

  it.each([
    ['佐渡市千種 (near the city hall)', 38.041521, 138.3643],
    ['佐渡市両津夷 (ferry port town)', 38.084823, 138.43225],
    ['佐渡市小木町 (southern tip)', 37.819813, 138.269629],
  ])('contains %s', (_name, lat, lng) => {
    expect(locateInServiceArea(island, { lat, lng })).toEqual({ inside: true, method: 'polygon', distanceFromBaseM: null });
  });

  it.each([
    ['新潟市中央区学校町通一番町 (mainland)', 37.916493, 139.037728],
    ['the 佐渡海峡 strait between island and mainland', 37.95, 138.75],
    ['真野湾, a bay inside the island’s bounding box', 37.99, 138.29],
  ])('does not contain %s', (_name, lat, lng) => {
    expect(locateInServiceArea(island, { lat, lng }).inside).toBe(false);
  });
});

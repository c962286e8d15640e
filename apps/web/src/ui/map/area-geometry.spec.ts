/**
 * The editor's service-area geometry: which municipalities a radius reaches (they review the
 * listing), the middle of a municipality to centre on, and which municipality a tapped point is in.
 */
import { centreOf, circleReaches, featureAt } from './area-geometry';
import type { GeoFeature, Position } from './geo';

/** A square of `sizeKm` whose south-west corner is at (lat, lng), near 香川県's latitude. */
function square(code: string, lat: number, lng: number, sizeKm: number, holeKm = 0): GeoFeature {
  const dLat = sizeKm / 110.574;
  const dLng = sizeKm / (111.32 * Math.cos((lat * Math.PI) / 180));
  const ring = (a: number, b: number, c: number, d: number): Position[] => [[a, b], [c, b], [c, d], [a, d], [a, b]];
  const outer = ring(lng, lat, lng + dLng, lat + dLat);
  const rings = [outer];
  if (holeKm) {
    const h = holeKm / sizeKm / 2;
    rings.push(ring(lng + dLng * (0.5 - h), lat + dLat * (0.5 - h), lng + dLng * (0.5 + h), lat + dLat * (0.5 + h)));
  }
  return { properties: { code, name: code }, geometry: { type: 'Polygon', coordinates: rings } };
}

describe('service-area geometry', () => {
  const town = square('37201', 34.3, 134.0, 10); // 10 km × 10 km
  const kmEast = (km: number) => 134.0 + km / (111.32 * Math.cos((34.3 * Math.PI) / 180));
  const kmNorth = (km: number) => 34.3 + km / 110.574;

  it('a circle reaches a municipality when its centre is inside, or an edge is within the radius — and not otherwise', () => {
    expect(circleReaches(town, { lat: kmNorth(5), lng: kmEast(5) }, 0.5)).toBe(true);
    // 3 km east of the east edge: a 2.9 km circle falls short, a 3.1 km circle reaches.
    const outside = { lat: kmNorth(5), lng: kmEast(13) };
    expect(circleReaches(town, outside, 2.9)).toBe(false);
    expect(circleReaches(town, outside, 3.1)).toBe(true);
  });

  it('a centre in a hole (another municipality inside) reaches only when the circle gets to the hole’s edge', () => {
    const ring = square('37201', 34.3, 134.0, 10, 4); // a 4 km hole in the middle
    const middle = { lat: kmNorth(5), lng: kmEast(5) };
    expect(circleReaches(ring, middle, 1.9)).toBe(false);
    expect(circleReaches(ring, middle, 2.1)).toBe(true);
    expect(featureAt([ring], middle)).toBeUndefined();
    expect(featureAt([ring], { lat: kmNorth(1), lng: kmEast(1) })?.properties.code).toBe('37201');
  });

  it('the middle of a municipality is the centre of its largest piece, not of its islands', () => {
    const island = square('x', 34.45, 134.3, 1).geometry.coordinates as Position[][];
    const withIsland: GeoFeature = { properties: { code: '37201', name: '' }, geometry: { type: 'MultiPolygon', coordinates: [island, town.geometry.coordinates as Position[][]] } };
    const c = centreOf(withIsland);
    expect(c.lat).toBeCloseTo(kmNorth(5), 6);
    expect(c.lng).toBeCloseTo(kmEast(5), 6);
    expect(featureAt([withIsland], c)?.properties.code).toBe('37201');
  });
});

import { booleanPointInPolygon } from '@turf/turf';
import { geodesicDistance } from '../geodesy';
import { seededRandom } from '../seeded-random';
import { pointInPolygonRings, serviceAreaContains, type PolygonRings } from './service-area';

// turf (what catalogue and matching used before the rule moved here) is the reference.
const turfInside = (p: { lat: number; lng: number }, rings: PolygonRings) =>
  booleanPointInPolygon([p.lng, p.lat], { type: 'Polygon', coordinates: rings as number[][][] }, { ignoreBoundary: false });

// 高松市 centre with a hole around 栗林公園-ish, and a concave notch on the east side.
const RINGS: PolygonRings = [
  [
    [133.9, 34.2],
    [134.2, 34.2],
    [134.2, 34.3],
    [134.1, 34.3],
    [134.15, 34.35],
    [134.2, 34.4],
    [133.9, 34.4],
    [133.9, 34.2],
  ],
  [
    [134.0, 34.25],
    [134.05, 34.25],
    [134.05, 34.3],
    [134.0, 34.3],
    [134.0, 34.25],
  ],
];

describe('the service-area rule', () => {
  it('agrees with turf on 20,000 seeded random points around a concave polygon with a hole', () => {
    const rnd = seededRandom(20261202);
    for (let i = 0; i < 20000; i++) {
      const p = { lng: 133.85 + rnd() * 0.4, lat: 34.15 + rnd() * 0.3 };
      expect([p, pointInPolygonRings(p, RINGS)]).toEqual([p, turfInside(p, RINGS)]);
    }
  });

  // turf decides exactly on the rounded point, so a computed midpoint of a slanted edge may land a
  // hair outside for it; the rule counts anything within 0.1 µm of an edge as on it.
  it('counts every vertex and the midpoint of every edge (outer ring and hole) as inside', () => {
    for (const ring of RINGS) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const vertex = { lng: ring[i][0], lat: ring[i][1] };
        const mid = { lng: (ring[i][0] + ring[i + 1][0]) / 2, lat: (ring[i][1] + ring[i + 1][1]) / 2 };
        expect(turfInside(vertex, RINGS)).toBe(true);
        expect([vertex, pointInPolygonRings(vertex, RINGS)]).toEqual([vertex, true]);
        expect([mid, pointInPolygonRings(mid, RINGS)]).toEqual([mid, true]);
      }
    }
  });

  it('a point inside the hole is outside the area', () => {
    expect(pointInPolygonRings({ lng: 134.025, lat: 34.275 }, RINGS)).toBe(false);
  });

  it('a radius includes a point exactly on the circle and reports the WGS84 geodesic distance', () => {
    const center = { lat: 34.3428, lng: 134.0466 };
    const point = { lat: 34.3, lng: 134.0 };
    const d = geodesicDistance(center.lat, center.lng, point.lat, point.lng);
    expect(serviceAreaContains({ kind: 'radius', center, radiusM: d }, { point })).toEqual({ inside: true, method: 'geodesic_radius', distanceM: d });
    expect(serviceAreaContains({ kind: 'radius', center, radiusM: d - 0.01 }, { point }).inside).toBe(false);
  });

  it('a municipality list needs the place’s code: listed inside, unknown or unlisted outside', () => {
    const area = { kind: 'municipalities' as const, codes: ['37201', '37202'] };
    const point = { lat: 34.3, lng: 134.0 };
    expect(serviceAreaContains(area, { point, municipalityCode: '37202' }).inside).toBe(true);
    expect(serviceAreaContains(area, { point, municipalityCode: '37203' }).inside).toBe(false);
    expect(serviceAreaContains(area, { point, municipalityCode: null }).inside).toBe(false);
  });
});

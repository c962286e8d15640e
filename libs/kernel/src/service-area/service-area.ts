/**
 * The one service-area containment rule, for the catalogue's search and matching's shortlist alike,
 * so a listing found in a search is never filtered out of a shortlist at the edge (or the reverse):
 *
 * - municipalities: the point's 5-digit JIS code is in the list;
 * - radius: the WGS84 geodesic distance from the centre ≤ the radius — exactly on the circle
 *   counts as inside, like the 500 m rule of docs/domain.md §4;
 * - polygon (GeoJSON, holes allowed): inside the outer ring and outside every hole, where a point
 *   on any ring's edge (within 0.1 µm) counts as inside. Edges are straight lines in longitude/latitude as RFC 7946
 *   defines them; at service-area scale that differs from geodesic edges by metres at most.
 *
 * Plain arithmetic, no dependencies (the kernel's rule); the SQL prefilters only narrow the
 * candidates before this rule decides.
 */
import { geodesicDistance } from '../geodesy';

export interface AreaPoint {
  lat: number;
  lng: number;
}

/** A GeoJSON Polygon's rings: the outer ring first, then holes; each ring of [lng, lat] closed. */
export type PolygonRings = ReadonlyArray<ReadonlyArray<readonly number[]>>;

export type ServiceAreaShape =
  | { kind: 'municipalities'; codes: readonly string[] }
  | { kind: 'radius'; center: AreaPoint; radiusM: number }
  | { kind: 'polygon'; rings: PolygonRings };

export type ContainmentMethod = 'municipality_code' | 'geodesic_radius' | 'polygon';

export interface Containment {
  inside: boolean;
  method: ContainmentMethod;
  /** For radius areas, the geodesic distance from the centre in metres; otherwise null. */
  distanceM: number | null;
}

/**
 * Whether a place lies in a service area. The caller supplies what the area kind needs: the
 * municipality code for a list, the point for a radius or polygon; without it, outside.
 */
export function serviceAreaContains(area: ServiceAreaShape, place: { point?: AreaPoint | null; municipalityCode?: string | null }): Containment {
  switch (area.kind) {
    case 'municipalities':
      return { inside: !!place.municipalityCode && area.codes.includes(place.municipalityCode), method: 'municipality_code', distanceM: null };
    case 'radius':
      return place.point ? { ...radiusContains(area.center, area.radiusM, place.point), method: 'geodesic_radius' } : { inside: false, method: 'geodesic_radius', distanceM: null };
    case 'polygon':
      return { inside: !!place.point && pointInPolygonRings(place.point, area.rings), method: 'polygon', distanceM: null };
  }
}

/** Within the radius of the centre on the WGS84 ellipsoid, the circle included; with the distance. */
export function radiusContains(center: AreaPoint, radiusM: number, point: AreaPoint): { inside: boolean; distanceM: number } {
  const distanceM = geodesicDistance(center.lat, center.lng, point.lat, point.lng);
  return { inside: distanceM <= radiusM, distanceM };
}

/** Inside the outer ring and not strictly inside a hole; on any ring's edge counts as inside. */
export function pointInPolygonRings(point: AreaPoint, rings: PolygonRings): boolean {
  const [outer, ...holes] = rings;
  if (!outer) return false;
  const x = point.lng;
  const y = point.lat;
  const outerSide = ringSide(x, y, outer);
  if (outerSide === 'outside') return false;
  if (outerSide === 'edge') return true;
  for (const hole of holes) {
    const side = ringSide(x, y, hole);
    if (side === 'edge') return true;
    if (side === 'inside') return false;
  }
  return true;
}

/** Even-odd ray casting, with exact on-edge detection first. */
function ringSide(x: number, y: number, ring: ReadonlyArray<readonly number[]>): 'inside' | 'outside' | 'edge' {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xi = ring[i][0];
    const yi = ring[i][1];
    const xj = ring[j][0];
    const yj = ring[j][1];
    if (onSegment(x, y, xi, yi, xj, yj)) return 'edge';
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside ? 'inside' : 'outside';
}

/**
 * On the edge within 1e-12° (about 0.1 µm): a point computed on a slanted edge (a midpoint, a
 * vertex of a neighbouring area) is rarely exactly on it in floating point, and it should count.
 */
const EDGE_TOLERANCE_DEG = 1e-12;

function onSegment(x: number, y: number, x1: number, y1: number, x2: number, y2: number): boolean {
  const cross = (x - x1) * (y2 - y1) - (y - y1) * (x2 - x1);
  if (Math.abs(cross) > EDGE_TOLERANCE_DEG * Math.hypot(x2 - x1, y2 - y1)) return false;
  return Math.min(x1, x2) <= x && x <= Math.max(x1, x2) && Math.min(y1, y2) <= y && y <= Math.max(y1, y2);
}

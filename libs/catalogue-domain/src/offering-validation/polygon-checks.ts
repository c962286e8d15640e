import {
  area as turfArea,
  booleanPointInPolygon,
  kinks,
  lineIntersect,
  lineString,
  polygon as turfPolygon,
} from '@turf/turf';
import { isWithinJapanBounds } from '../model/offering.model';
import type { OfferingErrorCode } from './offering-validation.messages';

/** A problem found in a polygon; `path` is relative to the polygon's `coordinates` (e.g. [1] = first hole). */
export interface PolygonProblem {
  path: Array<string | number>;
  code: OfferingErrorCode;
  params?: Record<string, unknown>;
}

type Position = number[];

function samePosition(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** Removes consecutive duplicate positions (they make turf's kinks report false crossings). */
function dedupeConsecutive(ring: Position[]): Position[] {
  const out: Position[] = [];
  for (const p of ring) if (out.length === 0 || !samePosition(out[out.length - 1], p)) out.push(p);
  return out;
}

function ringPolygon(ring: Position[]) {
  return turfPolygon([ring.map((p) => [p[0], p[1]])]);
}

/**
 * Checks a GeoJSON Polygon's rings (positions already known to be number pairs/triples):
 * ≥ 4 positions, closed (first = last), inside Japan's bounds, enclosing area, not self-intersecting
 * (turf `kinks`, per ring), holes strictly inside the outer ring without crossing it, holes not
 * overlapping each other. Winding order is not checked (RFC 7946 says parsers must not reject it).
 * Limitation: turf's kinks does not flag collinear overlapping edges; the zero-area check catches
 * the fully collapsed case.
 */
export function checkPolygonRings(coordinates: Position[][]): PolygonProblem[] {
  const problems: PolygonProblem[] = [];
  if (coordinates.length === 0) return [{ path: [], code: 'polygon_rings_empty' }];
  const usable: boolean[] = [];
  coordinates.forEach((ring, r) => {
    let ok = true;
    const outside = ring.findIndex((p) => !isWithinJapanBounds({ lng: p[0], lat: p[1] }));
    if (outside >= 0) {
      problems.push({ path: [r, outside], code: 'polygon_outside_japan' });
      ok = false;
    }
    if (ring.length < 4) {
      problems.push({ path: [r], code: 'polygon_ring_too_few_positions' });
      ok = false;
    } else if (!samePosition(ring[0], ring[ring.length - 1])) {
      problems.push({ path: [r], code: 'polygon_ring_not_closed' });
      ok = false;
    }
    if (ok) {
      const cleaned = dedupeConsecutive(ring);
      const crossings = cleaned.length >= 4 ? kinks(ringPolygon(cleaned)).features : [];
      if (crossings.length > 0) {
        const [lng, lat] = crossings[0].geometry.coordinates;
        problems.push({ path: [r], code: 'polygon_self_intersecting', params: { lng: lng.toFixed(6), lat: lat.toFixed(6) } });
        ok = false;
      } else if (cleaned.length < 4 || turfArea(ringPolygon(cleaned)) <= 0) {
        problems.push({ path: [r], code: 'polygon_ring_degenerate' });
        ok = false;
      }
    }
    usable.push(ok);
  });
  if (!usable[0]) return problems;

  const outer = ringPolygon(coordinates[0]);
  const outerLine = lineString(coordinates[0].map((p) => [p[0], p[1]]));
  const holes: number[] = [];
  for (let h = 1; h < coordinates.length; h++) {
    if (!usable[h]) continue;
    const ring = coordinates[h];
    const allInside = ring.every((p) => booleanPointInPolygon([p[0], p[1]], outer, { ignoreBoundary: true }));
    const crosses = lineIntersect(outerLine, lineString(ring.map((p) => [p[0], p[1]]))).features.length > 0;
    if (!allInside || crosses) problems.push({ path: [h], code: 'polygon_hole_outside_outer' });
    else holes.push(h);
  }
  for (let i = 0; i < holes.length; i++) {
    for (let j = i + 1; j < holes.length; j++) {
      const a = coordinates[holes[i]];
      const b = coordinates[holes[j]];
      const crossing =
        lineIntersect(lineString(a.map((p) => [p[0], p[1]])), lineString(b.map((p) => [p[0], p[1]]))).features.length > 0;
      const nested =
        booleanPointInPolygon([b[0][0], b[0][1]], ringPolygon(a)) || booleanPointInPolygon([a[0][0], a[0][1]], ringPolygon(b));
      if (crossing || nested) problems.push({ path: [holes[j]], code: 'polygon_holes_overlap' });
    }
  }
  return problems;
}

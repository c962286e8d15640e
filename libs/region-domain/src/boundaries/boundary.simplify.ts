import type { MultiPolygonCoords, PolygonCoords, Position, Ring } from './n03.features';

/** How a boundary is reduced for drawing on a screen. */
export interface Simplification {
  /** Short name, part of the ETag (`pref`, `japan`). */
  readonly id: string;
  /** Douglas–Peucker tolerance in degrees (planar, on lng/lat; ≈ 111 km per degree of latitude). */
  readonly toleranceDeg: number;
  /** Decimal places kept (5 ≈ 1 m). */
  readonly decimals: number;
  /** Rings whose bounding box is smaller than this (degrees, both sides) are dropped, except a municipality's largest. */
  readonly minRingExtentDeg: number;
}

/** One prefecture on a screen: ≈ 20 m tolerance, 5 decimals (香川県: ≈ 50 KB from the 93 KB file). */
export const PREFECTURE_SIMPLIFICATION: Simplification = Object.freeze({ id: 'pref-v1', toleranceDeg: 0.0002, decimals: 5, minRingExtentDeg: 0.0005 });
/**
 * All of Japan on a screen: ≈ 500 m tolerance, islets under ≈ 1 km dropped (the 1,902 N03-2021
 * municipalities: ≈ 1.3 MB, ≈ 53,000 positions, instead of ≈ 2.4 MB at 200 m).
 */
export const JAPAN_SIMPLIFICATION: Simplification = Object.freeze({ id: 'japan-v1', toleranceDeg: 0.005, decimals: 5, minRingExtentDeg: 0.01 });

/** Squared distance from p to the segment a–b (planar). */
function segmentDistanceSq(p: Position, a: Position, b: Position): number {
  let x = a[0];
  let y = a[1];
  let dx = b[0] - x;
  let dy = b[1] - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((p[0] - x) * dx + (p[1] - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) {
      x = b[0];
      y = b[1];
    } else if (t > 0) {
      x += dx * t;
      y += dy * t;
    }
  }
  dx = p[0] - x;
  dy = p[1] - y;
  return dx * dx + dy * dy;
}

/**
 * Douglas–Peucker on an open polyline (iterative, no recursion depth limit): keeps the first and
 * the last point and every point farther than `tolerance` from the simplified line.
 */
export function douglasPeucker(points: readonly Position[], tolerance: number): Position[] {
  const n = points.length;
  if (n <= 2) return points.slice();
  const keep = new Uint8Array(n);
  keep[0] = 1;
  keep[n - 1] = 1;
  const tolSq = tolerance * tolerance;
  const stack: number[] = [0, n - 1];
  while (stack.length) {
    const last = stack.pop()!;
    const first = stack.pop()!;
    let maxSq = -1;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistanceSq(points[i], points[first], points[last]);
      if (d > maxSq) {
        maxSq = d;
        index = i;
      }
    }
    if (index >= 0 && maxSq > tolSq) {
      keep[index] = 1;
      stack.push(first, index, index, last);
    }
  }
  const out: Position[] = [];
  for (let i = 0; i < n; i++) if (keep[i]) out.push(points[i]);
  return out;
}

/**
 * A closed ring simplified: split at its first point and the point farthest from it (so the
 * degenerate closing segment never decides), each half by Douglas–Peucker, then quantised and
 * with repeated positions removed. Null when fewer than 4 positions (a triangle) would remain.
 */
export function simplifyRing(ring: Ring, tolerance: number, decimals: number): Ring | null {
  const open = ring.slice(0, -1);
  if (open.length < 3) return null;
  let far = 0;
  let farSq = -1;
  for (let i = 1; i < open.length; i++) {
    const dx = open[i][0] - open[0][0];
    const dy = open[i][1] - open[0][1];
    const d = dx * dx + dy * dy;
    if (d > farSq) {
      farSq = d;
      far = i;
    }
  }
  const a = douglasPeucker(ring.slice(0, far + 1), tolerance);
  const b = douglasPeucker(ring.slice(far), tolerance);
  const joined = [...a, ...b.slice(1)];
  const q = quantiseRing(joined, decimals);
  return q.length >= 4 ? q : null;
}

/** Rounds to `decimals` places and drops consecutive duplicates; keeps the ring closed. */
export function quantiseRing(ring: readonly Position[], decimals: number): Ring {
  const f = 10 ** decimals;
  const out: Ring = [];
  for (const [lng, lat] of ring) {
    const p: Position = [Math.round(lng * f) / f, Math.round(lat * f) / f];
    const prev = out[out.length - 1];
    if (prev && prev[0] === p[0] && prev[1] === p[1]) continue;
    out.push(p);
  }
  if (out.length > 1) {
    const first = out[0];
    const last = out[out.length - 1];
    if (first[0] !== last[0] || first[1] !== last[1]) out.push([first[0], first[1]]);
  }
  return out;
}

function extent(ring: Ring): number {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const [x, y] of ring) {
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return Math.max(maxX - minX, maxY - minY);
}

/**
 * A municipality's MultiPolygon for drawing: every ring simplified and quantised; islets and holes
 * smaller than `minRingExtentDeg` or that collapse are dropped, but a municipality never
 * disappears: if nothing else remains, its largest outer ring is kept, quantised only.
 * Each municipality is simplified on its own, so a shared border may show hairline gaps at
 * coarse tolerances (acceptable for a choropleth; no topology is kept).
 */
export function simplifyMultiPolygon(polygons: MultiPolygonCoords, s: Simplification): MultiPolygonCoords {
  const out: MultiPolygonCoords = [];
  let largest: Ring | null = null;
  let largestExtent = -1;
  for (const poly of polygons) {
    const e = extent(poly[0]);
    if (e > largestExtent) {
      largestExtent = e;
      largest = poly[0];
    }
    if (e < s.minRingExtentDeg) continue;
    const outer = simplifyRing(poly[0], s.toleranceDeg, s.decimals);
    if (!outer) continue;
    const rings: PolygonCoords = [outer];
    for (const hole of poly.slice(1)) {
      if (extent(hole) < s.minRingExtentDeg) continue;
      const h = simplifyRing(hole, s.toleranceDeg, s.decimals);
      if (h) rings.push(h);
    }
    out.push(rings);
  }
  if (out.length === 0 && largest) {
    const q = quantiseRing(largest, s.decimals);
    if (q.length >= 4) out.push([q]);
  }
  return out;
}

/** Number of positions in a MultiPolygon. */
export function positionCount(polygons: MultiPolygonCoords): number {
  let n = 0;
  for (const p of polygons) for (const r of p) n += r.length;
  return n;
}

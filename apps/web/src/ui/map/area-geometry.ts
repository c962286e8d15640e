/**
 * Service-area geometry for the editor, on a local plane (km east/north of a reference point):
 * true to well under a percent across a prefecture, which is what an operator drawing "about 5 km
 * around our office" needs. The catalogue measures the real area geodesically when searching.
 */
import type { GeoFeature, Position } from './geo';

export interface LatLng {
  lat: number;
  lng: number;
}

const KM_PER_DEG_LAT = 110.574;
const kmPerDegLng = (lat: number) => 111.32 * Math.cos((lat * Math.PI) / 180);

function rings(f: GeoFeature): Position[][][] {
  return f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
}

function ringArea(ring: Position[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  return a / 2;
}

/** The centre of a municipality's largest piece (its mainland, not an island), to centre a radius on. */
export function centreOf(f: GeoFeature): LatLng {
  let best: Position[] | null = null;
  let bestArea = -1;
  for (const poly of rings(f)) {
    const a = Math.abs(ringArea(poly[0]));
    if (a > bestArea) [best, bestArea] = [poly[0], a];
  }
  const ring = best ?? [];
  let cx = 0;
  let cy = 0;
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const cross = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
    a += cross;
    cx += (ring[j][0] + ring[i][0]) * cross;
    cy += (ring[j][1] + ring[i][1]) * cross;
  }
  if (Math.abs(a) < 1e-12) return { lng: ring[0]?.[0] ?? 0, lat: ring[0]?.[1] ?? 0 };
  return { lng: cx / (3 * a), lat: cy / (3 * a) };
}

function inside(ring: Position[], x: number, y: number): boolean {
  let hit = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

/** Distance in km from a point to a segment, both on the local plane. */
function segmentKm(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Whether a circle around `centre` reaches into the municipality (centre inside it, or an edge within the radius). */
export function circleReaches(f: GeoFeature, centre: LatLng, radiusKm: number): boolean {
  const kx = kmPerDegLng(centre.lat);
  for (const poly of rings(f)) {
    if (inside(poly[0], centre.lng, centre.lat) && !poly.slice(1).some((hole) => inside(hole, centre.lng, centre.lat))) return true;
    for (const ring of poly)
      for (let i = 1; i < ring.length; i++) {
        const ax = (ring[i - 1][0] - centre.lng) * kx;
        const ay = (ring[i - 1][1] - centre.lat) * KM_PER_DEG_LAT;
        const bx = (ring[i][0] - centre.lng) * kx;
        const by = (ring[i][1] - centre.lat) * KM_PER_DEG_LAT;
        if (segmentKm(0, 0, ax, ay, bx, by) <= radiusKm) return true;
      }
  }
  return false;
}

/** The municipality a point lies in, if any. */
export function featureAt(features: GeoFeature[], p: LatLng): GeoFeature | undefined {
  return features.find((f) => rings(f).some((poly) => inside(poly[0], p.lng, p.lat) && !poly.slice(1).some((h) => inside(h, p.lng, p.lat))));
}

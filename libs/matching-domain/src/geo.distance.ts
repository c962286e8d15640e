import { geodesicDistance, WGS84_DISTANCE_MODEL } from '@sanpuku/kernel';
import type { GeoJsonPolygon } from './offering.types';
import type { GeoPoint } from './request.types';

/**
 * The distance model used for service radii and the distance score, stated with every result:
 * the shared kernel's WGS84 geodesic, the one region (500 m rule) and the catalogue (search) use,
 * so a catalogue search and a shortlist agree at the edge of a service radius.
 */
export const DISTANCE_MODEL = WGS84_DISTANCE_MODEL;

/** Geodesic distance in metres on the WGS84 ellipsoid. */
export function geodesicDistanceM(a: GeoPoint, b: GeoPoint): number {
  return geodesicDistance(a.lat, a.lng, b.lat, b.lng);
}

/**
 * Whether a GeoJSON polygon is well formed enough to test against: at least one ring, each ring
 * closed with ≥ 4 positions of finite [lng, lat].
 */
export function isUsablePolygon(geometry: GeoJsonPolygon | null | undefined): boolean {
  if (!geometry || geometry.type !== 'Polygon' || !Array.isArray(geometry.coordinates)) return false;
  if (geometry.coordinates.length === 0) return false;
  return geometry.coordinates.every((ring) => {
    if (!Array.isArray(ring) || ring.length < 4) return false;
    const ok = ring.every((p) => Array.isArray(p) && p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]));
    if (!ok) return false;
    const first = ring[0];
    const last = ring[ring.length - 1];
    return first[0] === last[0] && first[1] === last[1];
  });
}

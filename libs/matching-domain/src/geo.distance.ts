import { booleanPointInPolygon } from '@turf/turf';
import type { GeoJsonPolygon } from './offering.types';
import type { GeoPoint } from './request.types';

/** IUGG mean Earth radius R1 in metres; the same radius `turf.distance` uses. */
export const EARTH_MEAN_RADIUS_M = 6_371_008.8;

/**
 * The distance model used for service radii and the distance score, stated with every result.
 * Great-circle distance on a sphere (haversine). Against the GRS80/WGS84 ellipsoid it differs by
 * up to about ±0.5 % (≈ ±5 m at 1 km) in Japan: good enough for an operator-declared service
 * radius, NOT for the region lib's 500 m sufficiency computation.
 */
export const DISTANCE_MODEL = 'haversine_sphere_r6371008.8m' as const;

const toRad = (deg: number): number => (deg * Math.PI) / 180;

/** Haversine great-circle distance in metres on a sphere of radius {@link EARTH_MEAN_RADIUS_M}. */
export function haversineDistanceM(a: GeoPoint, b: GeoPoint): number {
  const dLat = toRad(b.lat - a.lat);
  const dLng = toRad(b.lng - a.lng);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_MEAN_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
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

/**
 * Point in polygon with holes (turf `booleanPointInPolygon`, boundary counts as inside).
 * Edges are straight lines in lng/lat, as RFC 7946 GeoJSON defines them.
 */
export function pointInPolygon(point: GeoPoint, geometry: GeoJsonPolygon): boolean {
  const polygon = { type: 'Polygon', coordinates: geometry.coordinates } as unknown as Parameters<typeof booleanPointInPolygon>[1];
  return booleanPointInPolygon([point.lng, point.lat], polygon, { ignoreBoundary: false });
}

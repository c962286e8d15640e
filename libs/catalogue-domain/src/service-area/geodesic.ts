import { geodesicDirect, GeodesicConvergenceError, geodesicDistance, haversineDistance, WGS84_DISTANCE_MODEL } from '@sanpuku/kernel';
import type { LatLng } from '../model/offering.model';

/**
 * Service-area distances use the shared kernel's geodesy, the same as the region classification
 * and matching: the WGS84 ellipsoid, checked against GeographicLib to under a millimetre — what
 * PostGIS `geography` and GIS tools measure — so a search and a shortlist agree at the edge of a
 * radius. Haversine is a fallback only for near-antipodal points (never in Japan).
 */
export const DISTANCE_MODEL = WGS84_DISTANCE_MODEL;

/** Great-circle distance on a sphere of the mean Earth radius (metres). Documented fallback only. */
export function haversineDistanceM(p: LatLng, q: LatLng): number {
  return haversineDistance(p.lat, p.lng, q.lat, q.lng);
}

/** Geodesic (ellipsoidal) distance in metres between two points. */
export function geodesicDistanceM(p: LatLng, q: LatLng): number {
  try {
    return geodesicDistance(p.lat, p.lng, q.lat, q.lng);
  } catch (err) {
    // Vincenty does not converge for nearly antipodal points, which cannot both lie in Japan.
    if (err instanceof GeodesicConvergenceError) return haversineDistanceM(p, q);
    throw err;
  }
}

/** The point `distanceM` metres from `from` along the geodesic with initial bearing `bearingDeg`. */
export function geodesicDestination(from: LatLng, bearingDeg: number, distanceM: number): LatLng {
  const r = geodesicDirect(from.lat, from.lng, bearingDeg, distanceM);
  return { lat: r.lat, lng: r.lng };
}

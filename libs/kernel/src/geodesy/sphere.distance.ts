import { DEG_TO_RAD, MEAN_EARTH_RADIUS_M, RAD_TO_DEG } from './ellipsoid.constants';
import { longitudeDifferenceDeg } from './geodesic.inverse';

/** Great-circle distance by the haversine formula (m). */
export function haversineDistance(
  lat1: number,
  lng1: number,
  lat2: number,
  lng2: number,
  radiusM: number = MEAN_EARTH_RADIUS_M,
): number {
  const phi1 = lat1 * DEG_TO_RAD;
  const phi2 = lat2 * DEG_TO_RAD;
  const dPhi = phi2 - phi1;
  const dLambda = longitudeDifferenceDeg(lng1, lng2) * DEG_TO_RAD;
  const s1 = Math.sin(dPhi / 2);
  const s2 = Math.sin(dLambda / 2);
  const h = s1 * s1 + Math.cos(phi1) * Math.cos(phi2) * s2 * s2;
  return 2 * radiusM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Point reached along a great circle from (lat, lng) with the given initial azimuth. */
export function sphereDirect(
  lat: number,
  lng: number,
  azimuthDeg: number,
  distanceM: number,
  radiusM: number = MEAN_EARTH_RADIUS_M,
): { lat: number; lng: number } {
  const delta = distanceM / radiusM;
  const theta = azimuthDeg * DEG_TO_RAD;
  const phi1 = lat * DEG_TO_RAD;
  const sinPhi2 = Math.sin(phi1) * Math.cos(delta) + Math.cos(phi1) * Math.sin(delta) * Math.cos(theta);
  const phi2 = Math.asin(sinPhi2);
  const dLambda = Math.atan2(
    Math.sin(theta) * Math.sin(delta) * Math.cos(phi1),
    Math.cos(delta) - Math.sin(phi1) * sinPhi2,
  );
  return { lat: phi2 * RAD_TO_DEG, lng: lng + dLambda * RAD_TO_DEG };
}

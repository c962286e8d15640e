import { DEG_TO_RAD, Ellipsoid, RAD_TO_DEG, WGS84 } from './ellipsoid.constants';
import { GeodesicConvergenceError } from './geodesic.inverse';

/**
 * Direct geodesic problem (Vincenty 1975): the point reached by travelling `distanceM`
 * metres from (lat, lng) along the geodesic that starts with `azimuthDeg` (clockwise from
 * north). Used to build points at an exact distance (tests, what-if tooling). Checked against
 * GeographicLib in `test/geodesic.karney-reference-values.spec.ts`.
 */
export interface GeodesicDirectResult {
  readonly lat: number;
  readonly lng: number;
  /** Forward azimuth at the end point, degrees. */
  readonly azimuth2Deg: number;
}

const MAX_ITERATIONS = 200;
const SIGMA_TOLERANCE = 1e-15;

function wrapLongitude(lng: number): number {
  return lng > 180 || lng < -180 ? ((((lng + 180) % 360) + 360) % 360) - 180 : lng;
}

export function geodesicDirect(
  lat: number,
  lng: number,
  azimuthDeg: number,
  distanceM: number,
  ellipsoid: Ellipsoid = WGS84,
): GeodesicDirectResult {
  const { a, f } = ellipsoid;
  const b = a * (1 - f);
  const alpha1 = azimuthDeg * DEG_TO_RAD;
  const sinAlpha1 = Math.sin(alpha1);
  const cosAlpha1 = Math.cos(alpha1);

  const phi = lat * DEG_TO_RAD;
  const y = (1 - f) * Math.sin(phi);
  const x = Math.cos(phi);
  const h = Math.hypot(x, y);
  const sinU1 = y / h;
  const cosU1 = x / h;

  const sigma1 = Math.atan2(sinU1, cosU1 * cosAlpha1); // atan2(tanU1, cosα1) scaled by cosU1 > 0
  const sinAlpha = cosU1 * sinAlpha1;
  const cosSqAlpha = 1 - sinAlpha * sinAlpha;
  const uSq = (cosSqAlpha * (a * a - b * b)) / (b * b);
  const A = 1 + (uSq / 16384) * (4096 + uSq * (-768 + uSq * (320 - 175 * uSq)));
  const B = (uSq / 1024) * (256 + uSq * (-128 + uSq * (74 - 47 * uSq)));

  const sigma0 = distanceM / (b * A);
  let sigma = sigma0;
  let sinSigma = 0;
  let cosSigma = 1;
  let cos2SigmaM = 0;
  let converged = false;
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    cos2SigmaM = Math.cos(2 * sigma1 + sigma);
    sinSigma = Math.sin(sigma);
    cosSigma = Math.cos(sigma);
    const c2 = cos2SigmaM * cos2SigmaM;
    const deltaSigma =
      B *
      sinSigma *
      (cos2SigmaM +
        (B / 4) *
          (cosSigma * (-1 + 2 * c2) - (B / 6) * cos2SigmaM * (-3 + 4 * sinSigma * sinSigma) * (-3 + 4 * c2)));
    const next = sigma0 + deltaSigma;
    const change = Math.abs(next - sigma);
    sigma = next;
    if (change <= SIGMA_TOLERANCE) {
      converged = true;
      break;
    }
  }
  if (!converged) {
    throw new GeodesicConvergenceError('Vincenty direct did not converge');
  }
  cos2SigmaM = Math.cos(2 * sigma1 + sigma);
  sinSigma = Math.sin(sigma);
  cosSigma = Math.cos(sigma);

  const tmp = sinU1 * sinSigma - cosU1 * cosSigma * cosAlpha1;
  const lat2 =
    Math.atan2(
      sinU1 * cosSigma + cosU1 * sinSigma * cosAlpha1,
      (1 - f) * Math.sqrt(sinAlpha * sinAlpha + tmp * tmp),
    ) * RAD_TO_DEG;
  const lambda = Math.atan2(sinSigma * sinAlpha1, cosU1 * cosSigma - sinU1 * sinSigma * cosAlpha1);
  const C = (f / 16) * cosSqAlpha * (4 + f * (4 - 3 * cosSqAlpha));
  const L =
    lambda -
    (1 - C) *
      f *
      sinAlpha *
      (sigma + C * sinSigma * (cos2SigmaM + C * cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)));
  const lng2 = wrapLongitude(lng + L * RAD_TO_DEG);
  const azimuth2Deg = Math.atan2(sinAlpha, -tmp) * RAD_TO_DEG;
  return { lat: lat2, lng: lng2, azimuth2Deg };
}

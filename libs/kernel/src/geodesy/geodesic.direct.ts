import { DEG_TO_RAD, Ellipsoid, RAD_TO_DEG, WGS84 } from './ellipsoid.constants';
import { GeodesicConvergenceError } from './geodesic.inverse';
import { deltaSigma, longitudeCorrection, reducedLatitude, seriesCoefficients, wrapDegrees } from './vincenty.series';

/**
 * Direct geodesic problem (Vincenty 1975): the point reached by travelling `distanceM`
 * metres from (lat, lng) along the geodesic that starts with `azimuthDeg` (clockwise from
 * north). Used to build points at an exact distance (tests, what-if tooling). Checked against
 * GeographicLib in `geodesic.karney-reference-values.spec.ts`.
 */
export interface GeodesicDirectResult {
  readonly lat: number;
  readonly lng: number;
  /** Forward azimuth at the end point, degrees. */
  readonly azimuth2Deg: number;
}

const MAX_ITERATIONS = 200;
const SIGMA_TOLERANCE = 1e-15;

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

  const [sinU1, cosU1] = reducedLatitude(lat, f);

  const sigma1 = Math.atan2(sinU1, cosU1 * cosAlpha1); // atan2(tanU1, cosα1) scaled by cosU1 > 0
  const sinAlpha = cosU1 * sinAlpha1;
  const cosSqAlpha = 1 - sinAlpha * sinAlpha;
  const { A, B } = seriesCoefficients(cosSqAlpha, a, b);

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
    const next = sigma0 + deltaSigma(B, sinSigma, cosSigma, cos2SigmaM);
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
  const L = lambda - longitudeCorrection(f, cosSqAlpha, sinAlpha, sigma, sinSigma, cosSigma, cos2SigmaM);
  const lng2 = wrapDegrees(lng + L * RAD_TO_DEG);
  const azimuth2Deg = Math.atan2(sinAlpha, -tmp) * RAD_TO_DEG;
  return { lat: lat2, lng: lng2, azimuth2Deg };
}

import { DEG_TO_RAD, Ellipsoid, RAD_TO_DEG, WGS84 } from './ellipsoid.constants';
import { deltaSigma, longitudeCorrection, reducedLatitude, seriesCoefficients, wrapDegrees } from './vincenty.series';

/**
 * Inverse geodesic problem on an ellipsoid of revolution (Vincenty 1975, "Direct and
 * inverse solutions of geodesics on the ellipsoid with application of nested equations",
 * Survey Review 23(176)), iterated to convergence at the level of floating-point rounding.
 *
 * Why Vincenty and not a full port of Karney (2013): this library only measures lines of a
 * few kilometres inside Japan, where Vincenty's series truncation error is far below a
 * micrometre and its only weakness (nearly antipodal points) cannot occur. The results are
 * checked against GeographicLib (Karney's implementation) in
 * `geodesic.karney-reference-values.spec.ts`: agreement to < 1 µm for Japanese lines up
 * to 50 km and < 0.1 mm for intercontinental lines. Nearly antipodal input does not converge
 * and throws instead of returning a wrong number.
 */

export interface GeodesicInverseResult {
  /** Geodesic distance (m). */
  readonly distanceM: number;
  /** Forward azimuth at point 1, degrees clockwise from north, in (-180, 180]. */
  readonly azimuth1Deg: number;
  /** Forward azimuth at point 2 (direction of travel), degrees, in (-180, 180]. */
  readonly azimuth2Deg: number;
  /** Iterations used by the longitude fixed point. */
  readonly iterations: number;
}

export class GeodesicConvergenceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GeodesicConvergenceError';
  }
}

const MAX_ITERATIONS = 200;
/** Convergence threshold on the auxiliary longitude (radians): ≈ 6 nm on the Earth. */
const LAMBDA_TOLERANCE = 1e-15;

/** Longitude difference lng2 - lng1 in degrees, wrapped to [-180, 180] only when needed. */
export function longitudeDifferenceDeg(lng1: number, lng2: number): number {
  return wrapDegrees(lng2 - lng1);
}

export function geodesicInverse(
  lat1: number,
  lng1: number,
  lat2: number,
  lng2: number,
  ellipsoid: Ellipsoid = WGS84,
): GeodesicInverseResult {
  const { a, f } = ellipsoid;
  const b = a * (1 - f);
  const L = longitudeDifferenceDeg(lng1, lng2) * DEG_TO_RAD;
  const [sinU1, cosU1] = reducedLatitude(lat1, f);
  const [sinU2, cosU2] = reducedLatitude(lat2, f);

  let lambda = L;
  let sinLambda = 0;
  let cosLambda = 1;
  let sinSigma = 0;
  let cosSigma = 1;
  let sigma = 0;
  let cosSqAlpha = 1;
  let cos2SigmaM = 0;
  let iterations = 0;
  let converged = false;

  while (iterations < MAX_ITERATIONS) {
    iterations++;
    sinLambda = Math.sin(lambda);
    cosLambda = Math.cos(lambda);
    const t1 = cosU2 * sinLambda;
    const t2 = cosU1 * sinU2 - sinU1 * cosU2 * cosLambda;
    sinSigma = Math.sqrt(t1 * t1 + t2 * t2);
    if (sinSigma === 0) {
      // Coincident points (or both at the same pole).
      return { distanceM: 0, azimuth1Deg: 0, azimuth2Deg: 0, iterations };
    }
    cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosLambda;
    sigma = Math.atan2(sinSigma, cosSigma);
    const sinAlpha = (cosU1 * cosU2 * sinLambda) / sinSigma;
    cosSqAlpha = 1 - sinAlpha * sinAlpha;
    // On an equatorial line cos²α = 0 and cos(2σm) is irrelevant (it is multiplied by C = 0).
    cos2SigmaM = cosSqAlpha !== 0 ? cosSigma - (2 * sinU1 * sinU2) / cosSqAlpha : 0;
    const previous = lambda;
    lambda = L + longitudeCorrection(f, cosSqAlpha, sinAlpha, sigma, sinSigma, cosSigma, cos2SigmaM);
    if (Math.abs(lambda) > Math.PI) {
      throw new GeodesicConvergenceError('nearly antipodal points: Vincenty inverse does not apply');
    }
    if (Math.abs(lambda - previous) <= LAMBDA_TOLERANCE) {
      converged = true;
      break;
    }
  }
  if (!converged) {
    throw new GeodesicConvergenceError(`no convergence after ${MAX_ITERATIONS} iterations (nearly antipodal points)`);
  }
  // Recompute the trigonometry at the converged lambda.
  sinLambda = Math.sin(lambda);
  cosLambda = Math.cos(lambda);

  const { A, B } = seriesCoefficients(cosSqAlpha, a, b);
  const distanceM = b * A * (sigma - deltaSigma(B, sinSigma, cosSigma, cos2SigmaM));

  const azimuth1Deg = Math.atan2(cosU2 * sinLambda, cosU1 * sinU2 - sinU1 * cosU2 * cosLambda) * RAD_TO_DEG;
  const azimuth2Deg = Math.atan2(cosU1 * sinLambda, -sinU1 * cosU2 + cosU1 * sinU2 * cosLambda) * RAD_TO_DEG;
  return { distanceM, azimuth1Deg, azimuth2Deg, iterations };
}

/** Geodesic distance in metres (see {@link geodesicInverse}). */
export function geodesicDistance(
  lat1: number,
  lng1: number,
  lat2: number,
  lng2: number,
  ellipsoid: Ellipsoid = WGS84,
): number {
  return geodesicInverse(lat1, lng1, lat2, lng2, ellipsoid).distanceM;
}

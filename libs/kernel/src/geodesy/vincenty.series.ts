import { DEG_TO_RAD } from './ellipsoid.constants';

/**
 * The pieces Vincenty's (1975) direct and inverse solutions share, written once so the two
 * cannot drift apart: a point built at an exact distance must measure back to that distance.
 */

/** An angle in degrees wrapped to [-180, 180], untouched when it is already inside. */
export function wrapDegrees(d: number): number {
  return d > 180 || d < -180 ? ((((d + 180) % 360) + 360) % 360) - 180 : d;
}

/** Sine and cosine of the reduced (parametric) latitude, computed without tan(±90°). */
export function reducedLatitude(latDeg: number, f: number): [number, number] {
  const phi = latDeg * DEG_TO_RAD;
  const y = (1 - f) * Math.sin(phi);
  const x = Math.cos(phi);
  const h = Math.hypot(x, y);
  return [y / h, x / h];
}

/** Vincenty's series coefficients A and B for a geodesic whose azimuth at the equator has cos²α = cosSqAlpha. */
export function seriesCoefficients(cosSqAlpha: number, a: number, b: number): { A: number; B: number } {
  const uSq = (cosSqAlpha * (a * a - b * b)) / (b * b);
  return {
    A: 1 + (uSq / 16384) * (4096 + uSq * (-768 + uSq * (320 - 175 * uSq))),
    B: (uSq / 1024) * (256 + uSq * (-128 + uSq * (74 - 47 * uSq))),
  };
}

/** Δσ, the difference between the arc on the auxiliary sphere and the ellipsoid's (Vincenty eq. 6). */
export function deltaSigma(B: number, sinSigma: number, cosSigma: number, cos2SigmaM: number): number {
  const c2 = cos2SigmaM * cos2SigmaM;
  return B * sinSigma * (cos2SigmaM + (B / 4) * (cosSigma * (-1 + 2 * c2) - (B / 6) * cos2SigmaM * (-3 + 4 * sinSigma * sinSigma) * (-3 + 4 * c2)));
}

/** λ − L, the difference between the longitude on the auxiliary sphere and the ellipsoid's (Vincenty eqs. 10–11). */
export function longitudeCorrection(f: number, cosSqAlpha: number, sinAlpha: number, sigma: number, sinSigma: number, cosSigma: number, cos2SigmaM: number): number {
  const C = (f / 16) * cosSqAlpha * (4 + f * (4 - 3 * cosSqAlpha));
  return (1 - C) * f * sinAlpha * (sigma + C * sinSigma * (cos2SigmaM + C * cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)));
}

import { DEG_TO_RAD as KERNEL_DEG_TO_RAD, RAD_TO_DEG as KERNEL_RAD_TO_DEG } from '@sanpuku/kernel';
import { BOUNDARY_TOLERANCE_M, DistanceModel, exactDistanceFunction, surfaceParameters } from './distance.model';

/**
 * "Is this point within `radiusM` of the centre?" — exact for the distance model, but fast.
 *
 * 1. Local metric: around the centre latitude φc the surface is flat to high order, so
 *    d ≈ √((M(φm)·Δφ)² + (N(φm)·cos φm·Δλ)²), with the meridian radius M and the
 *    parallel scale N·cos φ evaluated at the mid-latitude φm = φc + Δφ/2 by a first-order
 *    Taylor step from values precomputed once per centre. Its error against the true geodesic
 *    grows with the cube of the distance: below 1 µm for pairs up to 725 m apart and below
 *    1 mm up to 7.3 km, between latitudes 20° and 46° (measured against GeographicLib during
 *    development and re-checked in `test/distance.cheap-bound-guard-band.spec.ts`).
 * 2. Guard band: with error < GUARD_BAND_M, d_approx ± GUARD_BAND_M are a lower and an upper
 *    bound of the true distance. Inside r − guard: within. Outside r + guard: not within.
 * 3. Only the rare candidate inside the guard band (a 2 cm ring) gets the exact inverse
 *    geodesic (Vincenty on the ellipsoid, haversine on the sphere), compared with
 *    `<= radius + BOUNDARY_TOLERANCE_M` (500 m inclusive).
 *
 * The decision for a pair therefore equals the decision of the exact solver alone. The
 * instance keeps per-centre state: call {@link setCentre} before {@link contains}.
 */
export const GUARD_BAND_M = 0.01;

// Module-local copies: a CommonJS re-export is a getter, and reading it in the per-pair loop cost
// more than the arithmetic around it (visible in a CPU profile of the coverage phase).
const DEG_TO_RAD = KERNEL_DEG_TO_RAD;
const RAD_TO_DEG = KERNEL_RAD_TO_DEG;
/** The local metric is validated up to this radius; policies may not exceed it. */
export const MAX_SUPPORTED_RADIUS_M = 5000;

export class RadiusPredicate {
  readonly radiusM: number;
  /** Number of pairs that needed the exact solver (observability; tests use it). */
  exactEvaluations = 0;
  /** Half extent (degrees) of the bounding box of the circle around the current centre. */
  halfLatDeg = 0;
  halfLngDeg = 0;

  private readonly a: number;
  private readonly e2: number;
  private readonly innerSq: number;
  private readonly outerSq: number;
  private readonly reach: number;
  /** Cosine and sine of the box's half height (constant per radius). */
  private readonly cosHalfLat: number;
  private readonly sinHalfLat: number;
  private readonly exact: (lat1: number, lng1: number, lat2: number, lng2: number) => number;
  private cLat = 0;
  private cLng = 0;
  private ky = 0;
  private kx = 0;
  private dky = 0;
  private dkx = 0;

  constructor(model: DistanceModel, radiusM: number) {
    if (!(radiusM > GUARD_BAND_M) || radiusM > MAX_SUPPORTED_RADIUS_M) {
      throw new RangeError(`radius must be in (${GUARD_BAND_M}, ${MAX_SUPPORTED_RADIUS_M}] m, got ${radiusM}`);
    }
    this.radiusM = radiusM;
    const { a, e2 } = surfaceParameters(model);
    this.a = a;
    this.e2 = e2;
    const inner = radiusM - GUARD_BAND_M;
    const outer = radiusM + GUARD_BAND_M;
    this.innerSq = inner * inner;
    this.outerSq = outer * outer;
    this.reach = outer * 1.001 + 1; // bounding-box reach with a generous safety margin
    this.exact = exactDistanceFunction(model);
    // Any path of length ≤ reach moves at most reach / min M in latitude, and the meridian
    // radius M(φ) is smallest at the equator, a(1 − e²): one box height serves every centre.
    const halfLatRad = this.reach / (a * (1 - e2));
    this.halfLatDeg = halfLatRad * RAD_TO_DEG;
    this.cosHalfLat = Math.cos(halfLatRad);
    this.sinHalfLat = Math.sin(halfLatRad);
  }

  setCentre(lat: number, lng: number): void {
    this.cLat = lat;
    this.cLng = lng;
    const phi = lat * DEG_TO_RAD;
    const s = Math.sin(phi);
    const c = Math.cos(phi);
    const w2 = 1 - this.e2 * s * s;
    const w = Math.sqrt(w2);
    const M = (this.a * (1 - this.e2)) / (w2 * w);
    this.ky = M;
    this.kx = (this.a / w) * c;
    this.dky = (3 * M * this.e2 * s * c) / w2; // dM/dφ
    this.dkx = -M * s; // d(N cos φ)/dφ = −M sin φ
    // Longitude extent at the poleward edge of the box, where parallels are shortest: along a
    // path of length ≤ reach, |dλ| ≤ ds / (N cos φ) and N cos φ ≥ a·cos(|φc| + halfLat)
    // (N ≥ a). cos(|φc| + h) by the addition formula, so no second sine and cosine per centre.
    const poleward = Math.max(Math.abs(c) * this.cosHalfLat - Math.abs(s) * this.sinHalfLat, 1e-9);
    this.halfLngDeg = (this.reach / (this.a * poleward)) * RAD_TO_DEG;
  }

  /** Local-metric distance from the current centre (metres); within GUARD_BAND_M of exact. */
  approximateDistance(lat: number, lng: number): number {
    const dPhi = (lat - this.cLat) * DEG_TO_RAD;
    const dLambda = (lng - this.cLng) * DEG_TO_RAD;
    const h = 0.5 * dPhi;
    const y = (this.ky + this.dky * h) * dPhi;
    const x = (this.kx + this.dkx * h) * dLambda;
    return Math.sqrt(x * x + y * y);
  }

  /** True when (lat, lng) is within the radius of the current centre (boundary inclusive). */
  contains(lat: number, lng: number): boolean {
    const dPhi = (lat - this.cLat) * DEG_TO_RAD;
    const dLambda = (lng - this.cLng) * DEG_TO_RAD;
    const h = 0.5 * dPhi;
    const y = (this.ky + this.dky * h) * dPhi;
    const x = (this.kx + this.dkx * h) * dLambda;
    const d2 = x * x + y * y;
    if (d2 < this.innerSq) return true;
    if (d2 > this.outerSq) return false;
    this.exactEvaluations++;
    return this.exact(this.cLat, this.cLng, lat, lng) <= this.radiusM + BOUNDARY_TOLERANCE_M;
  }
}

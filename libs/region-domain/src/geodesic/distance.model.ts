import { ELLIPSOIDS, type Ellipsoid, geodesicDistance, haversineDistance, MEAN_EARTH_RADIUS_M } from '@sanpuku/kernel';

/**
 * How distances are measured. The default is the ellipsoid (what PostGIS `geography` and GIS
 * tools measure); the sphere is an option for comparison with haversine-based tools. The two
 * differ by about ±1 m at 500 m in Japan, so every result carries its model.
 */
export type DistanceModel =
  | { readonly kind: 'ellipsoid'; readonly ellipsoid: Ellipsoid['name'] }
  | { readonly kind: 'sphere'; readonly radiusM: number };

export const ELLIPSOID_WGS84_MODEL: DistanceModel = Object.freeze({ kind: 'ellipsoid', ellipsoid: 'WGS84' });
export const SPHERE_MEAN_RADIUS_MODEL: DistanceModel = Object.freeze({ kind: 'sphere', radiusM: MEAN_EARTH_RADIUS_M });

/**
 * A distance equal to the radius counts as within it. Computed distances carry floating-point
 * noise of a few nanometres, so a point built to lie exactly on the circle may come back as
 * radius + 1e-9 m; `distance <= radius + BOUNDARY_TOLERANCE_M` keeps such points inside.
 * One micrometre is far below the precision of any input coordinate (1e-6° ≈ 0.1 m).
 */
export const BOUNDARY_TOLERANCE_M = 1e-6;

/** Stable text form, e.g. `ellipsoid:WGS84` or `sphere:6371008.8`, for results and logs. */
export function describeDistanceModel(model: DistanceModel): string {
  return model.kind === 'ellipsoid' ? `ellipsoid:${model.ellipsoid}` : `sphere:${model.radiusM}`;
}

/** The exact distance function of a model (metres). */
export function exactDistanceFunction(
  model: DistanceModel,
): (lat1: number, lng1: number, lat2: number, lng2: number) => number {
  if (model.kind === 'ellipsoid') {
    const ellipsoid = ELLIPSOIDS[model.ellipsoid];
    return (lat1, lng1, lat2, lng2) => geodesicDistance(lat1, lng1, lat2, lng2, ellipsoid);
  }
  const radius = model.radiusM;
  return (lat1, lng1, lat2, lng2) => haversineDistance(lat1, lng1, lat2, lng2, radius);
}

/** Semi-axis and squared eccentricity of the model's surface (a sphere has e² = 0). */
export function surfaceParameters(model: DistanceModel): { a: number; e2: number } {
  if (model.kind === 'ellipsoid') {
    const { a, f } = ELLIPSOIDS[model.ellipsoid];
    return { a, e2: f * (2 - f) };
  }
  return { a: model.radiusM, e2: 0 };
}

/**
 * WGS84 geodesy, the one every context measures with: region's 500 m rule, the catalogue's
 * service areas and search, matching's service-radius filter and distance score. Pure; Karney's
 * algorithms (GeographicLib) for the ellipsoid, haversine only as a documented fallback.
 */
export { WGS84, GRS80, MEAN_EARTH_RADIUS_M, ELLIPSOIDS, DEG_TO_RAD, RAD_TO_DEG } from './ellipsoid.constants';
export type { Ellipsoid } from './ellipsoid.constants';
export { geodesicInverse, geodesicDistance, GeodesicConvergenceError, longitudeDifferenceDeg } from './geodesic.inverse';
export type { GeodesicInverseResult } from './geodesic.inverse';
export { geodesicDirect } from './geodesic.direct';
export type { GeodesicDirectResult } from './geodesic.direct';
export { haversineDistance, sphereDirect } from './sphere.distance';

/** The name of the distance every context reports with its results (one string, not one per context). */
export const WGS84_DISTANCE_MODEL = 'ellipsoid:WGS84' as const;

/**
 * Reference ellipsoids. JGD2000/JGD2011 coordinates are on GRS80; PostGIS `geography`
 * (SRID 4326) measures on WGS84. The two differ only in the 11th significant digit of the
 * flattening, which changes a 500 m distance by far less than a nanometre.
 */
export interface Ellipsoid {
  readonly name: 'WGS84' | 'GRS80';
  /** Equatorial radius (m). */
  readonly a: number;
  /** Flattening. */
  readonly f: number;
}

export const WGS84: Ellipsoid = Object.freeze({ name: 'WGS84', a: 6378137, f: 1 / 298.257223563 });
export const GRS80: Ellipsoid = Object.freeze({ name: 'GRS80', a: 6378137, f: 1 / 298.257222101 });

/** IUGG mean Earth radius R1 (m), the usual sphere for haversine. */
export const MEAN_EARTH_RADIUS_M = 6371008.8;

export const ELLIPSOIDS: Readonly<Record<Ellipsoid['name'], Ellipsoid>> = Object.freeze({ WGS84, GRS80 });

export const DEG_TO_RAD = Math.PI / 180;
export const RAD_TO_DEG = 180 / Math.PI;

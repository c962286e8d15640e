import { geodesicDirect, geodesicInverse, GeodesicConvergenceError, GRS80, WGS84 } from './index';

/**
 * Reference values from GeographicLib (C. F. F. Karney, "Algorithms for geodesics", J. Geodesy
 * 87 (2013); geographiclib-geodesic 2.1.1, Geodesic.WGS84), accurate to ~15 nm.
 * [name, lat1, lng1, lat2, lng2, s12 (m), azi1 (°), azi2 (°)]
 */
const JAPAN_INVERSE: Array<[string, number, number, number, number, number, number, number]> = [
  ['Tokyo Station → Shinjuku Station', 35.681236, 139.767125, 35.690921, 139.700258, 6147.426547774797, -79.91336966579489, -79.9523761239128],
  ['飯田橋一丁目 → 二丁目 (neighbouring blocks)', 35.69847, 139.749414, 35.699206, 139.750564, 132.29323400082507, 51.88202257315074, 51.88269362660359],
  ['same meridian, ≈ 500 m', 35, 135, 35.0045, 135, 499.2327706777415, 0, 0],
  ['same parallel, ≈ 500 m', 35, 135, 35, 135.0055, 502.08493299224097, 89.99842266479921, 90.00157733520079],
  ['Sapporo → Naha', 43.068661, 141.350755, 26.212401, 127.679313, 2244521.6381706907, -142.0045623813669, -149.88600700721497],
  ['Okinotorishima → Minamitorishima', 20.425604, 136.08, 24.28, 153.980589, 1891025.5534300816, 73.64220555647171, 80.50184643965217],
  ['Wakkanai → Yonaguni', 45.415, 141.673, 24.467, 122.988, 2868030.972433954, -137.83595812902774, -148.7836761685116],
];

/** From GeographicLib's own test suite (geodesictest.js): [lat1, lon1, azi1, lat2, lon2, azi2, s12]. */
const GEOGRAPHICLIB_TESTCASES: Array<[number, number, number, number, number, number, number]> = [
  [35.60777, -139.44815, 111.098748429560326, -11.17491, -69.95921, 129.289270889708762, 8935244.5604818305],
  [55.52454, 106.05087, 22.020059880982801, 77.03196, 197.18234, 109.112041110671519, 4105086.1713924406],
  [-21.97856, 142.59065, -32.44456876433189, 41.84138, 98.56635, -41.84359951440466, 8394328.894657671],
  [-50.56724, -16.30485, -105.439679907590164, -33.56571, -94.97412, -47.348547835650331, 6455670.5118668696],
  [-68.82867, -74.28391, 93.774347763114881, -50.63005, -8.36685, 34.65564085411343, 3956936.926063544],
  [-19.79938, -174.47484, 71.167275780171533, -11.99349, -154.35109, 65.589099775199228, 2319004.8601169389],
  [-41.22777, 122.32875, 14.285113402275739, -7.57291, 130.37946, 10.805303085187369, 3812686.035106021],
];

/** GeographicLib Direct: [lat1, lng1, azi1, s12, lat2, lng2, azi2]. */
const DIRECT: Array<[number, number, number, number, number, number, number]> = [
  [35.681236, 139.767125, 30, 500, 35.68513863126041, 139.76988679833522, 30.001610964954804],
  [43.068661, 141.350755, -135, 500, 43.065478448301285, 141.34641448924083, -135.00296393516237],
  [26.212401, 127.679313, 90, 499.999, 26.21240091296752, 127.6843161425566, 90.00220988828265],
  [35.69847, 139.749414, 0, 500.001, 35.70297640285139, 139.749414, 0],
];

describe('inverse geodesic agrees with GeographicLib', () => {
  it.each(JAPAN_INVERSE)('%s', (_name, lat1, lng1, lat2, lng2, s12, azi1, azi2) => {
    const r = geodesicInverse(lat1, lng1, lat2, lng2);
    const tolerance = s12 < 10_000 ? 1e-6 : 1e-4; // 1 µm for local lines, 0.1 mm for 2,000+ km
    expect(Math.abs(r.distanceM - s12)).toBeLessThan(tolerance);
    expect(Math.abs(r.azimuth1Deg - azi1)).toBeLessThan(1e-8);
    expect(Math.abs(r.azimuth2Deg - azi2)).toBeLessThan(1e-8);
  });

  it.each(GEOGRAPHICLIB_TESTCASES)('GeographicLib test case from (%p, %p)', (lat1, lon1, azi1, lat2, lon2, azi2, s12) => {
    const r = geodesicInverse(lat1, lon1, lat2, lon2);
    expect(Math.abs(r.distanceM - s12)).toBeLessThan(1e-3); // intercontinental: < 1 mm
    expect(Math.abs(r.azimuth1Deg - azi1)).toBeLessThan(1e-8);
    // azi2 can be reported as ±180° apart only for exactly meridional lines, which these are not.
    expect(Math.abs(r.azimuth2Deg - azi2)).toBeLessThan(1e-8);
  });

  it('is symmetric and zero for coincident points', () => {
    const [, lat1, lng1, lat2, lng2] = JAPAN_INVERSE[0];
    expect(geodesicInverse(lat2, lng2, lat1, lng1).distanceM).toBeCloseTo(geodesicInverse(lat1, lng1, lat2, lng2).distanceM, 9);
    expect(geodesicInverse(35, 139, 35, 139).distanceM).toBe(0);
  });

  it('GRS80 (JGD2011) and WGS84 differ by far less than a micrometre at 500 m', () => {
    const a = geodesicInverse(35, 135, 35.0045, 135, WGS84).distanceM;
    const b = geodesicInverse(35, 135, 35.0045, 135, GRS80).distanceM;
    expect(Math.abs(a - b)).toBeLessThan(1e-6);
    expect(a).not.toBe(b);
  });

  it('refuses nearly antipodal points instead of returning a wrong distance', () => {
    expect(() => geodesicInverse(0.5, 0, -0.5, 179.7)).toThrow(GeodesicConvergenceError);
  });
});

describe('direct geodesic agrees with GeographicLib', () => {
  it.each(DIRECT)('from (%p, %p) azimuth %p° for %p m', (lat1, lng1, azi1, s12, lat2, lng2, azi2) => {
    const r = geodesicDirect(lat1, lng1, azi1, s12);
    expect(Math.abs(r.lat - lat2)).toBeLessThan(1e-11); // ≈ 1 µm
    expect(Math.abs(r.lng - lng2)).toBeLessThan(1e-11);
    expect(Math.abs(r.azimuth2Deg - azi2)).toBeLessThan(1e-8);
  });

  it('direct then inverse returns the distance to within a nanometre-scale tolerance', () => {
    for (const s of [0.001, 1, 250, 499.999, 500, 500.001, 5_000]) {
      const p = geodesicDirect(35.68, 139.76, 77.7, s);
      expect(Math.abs(geodesicInverse(35.68, 139.76, p.lat, p.lng).distanceM - s)).toBeLessThan(1e-7);
    }
  });
});

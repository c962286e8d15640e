import { geodesicDistanceM, geodesicDestination, haversineDistanceM } from '../index';

// Reference distances: GeographicLib 2.1.2 `GeodSolve -i -p 6` (Karney 2013, WGS84).
// Points are real town-block representative points (MLIT 位置参照情報) unless noted.
const CASES: Array<[string, [number, number], [number, number], number]> = [
  ['千代田区丸の内一丁目 → 新宿区西新宿二丁目', [35.68156, 139.767201], [35.68945, 139.691774], 6883.568563],
  ['佐渡市千種 → 新潟市中央区学校町通一番町', [38.041521, 138.3643], [37.916493, 139.037728], 60771.281592],
  ['稚内市中央一丁目 → 那覇市泉崎一丁目', [45.419991, 141.673864], [26.211983, 127.678643], 2469958.833276],
  ['佐渡市両津夷 → 両津夷 川方', [38.084823, 138.43225], [38.083049, 138.434124], 256.523882],
  ['南鳥島 → 与那国島 (approximate island points)', [24.2867, 153.9807], [24.4676, 122.9876], 3137716.51691],
];

describe('geodesic distance on the WGS84 ellipsoid', () => {
  it.each(CASES)('%s agrees with GeographicLib to 1 mm', (_label, [aLat, aLng], [bLat, bLng], expected) => {
    expect(Math.abs(geodesicDistanceM({ lat: aLat, lng: aLng }, { lat: bLat, lng: bLng }) - expected)).toBeLessThan(0.001);
  });

  it('differs from the spherical haversine by metres to kilometres (so the model matters)', () => {
    const [, a, b, expected] = CASES[1];
    const sphere = haversineDistanceM({ lat: a[0], lng: a[1] }, { lat: b[0], lng: b[1] });
    expect(Math.abs(sphere - expected)).toBeGreaterThan(100);
  });

  it('the direct formula lands where GeographicLib does (5 km north-east of 両津夷)', () => {
    // GeodSolve -f: 38.084823 138.43225 45 5000 → 38.116668206356252 138.472567113460769
    const p = geodesicDestination({ lat: 38.084823, lng: 138.43225 }, 45, 5000);
    expect(p.lat).toBeCloseTo(38.116668206356252, 10);
    expect(p.lng).toBeCloseTo(138.472567113460769, 10);
  });

  it('is symmetric and zero for identical points', () => {
    const a = { lat: 35.68156, lng: 139.767201 };
    const b = { lat: 35.68945, lng: 139.691774 };
    expect(geodesicDistanceM(a, b)).toBeCloseTo(geodesicDistanceM(b, a), 9);
    expect(geodesicDistanceM(a, a)).toBe(0);
  });
});

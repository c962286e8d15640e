import { isInJapanBounds } from '../index';

describe('coordinate-in-Japan bounds check (lat 20–46, lng 122–154, inclusive)', () => {
  it.each([
    ['Okinotorishima', 20.425604, 136.08],
    ['Yonaguni', 24.467, 122.988],
    ['Minamitorishima', 24.28, 153.980589],
    ['Northern Territories (Etorofu)', 45.5, 148.8],
    ['corner (20, 122)', 20, 122],
    ['corner (46, 154)', 46, 154],
  ])('%s is inside', (_name, lat, lng) => {
    expect(isInJapanBounds(lat, lng)).toBe(true);
  });

  it.each([
    ['lat/lng swapped (Tokyo)', 139.76, 35.68],
    ['Shanghai', 31.23, 121.47],
    ['just north', 46.000001, 140],
    ['just west', 35, 121.999999],
    ['NaN', Number.NaN, 139],
    ['Infinity', 35, Number.POSITIVE_INFINITY],
    ['null island', 0, 0],
  ])('%s is outside', (_name, lat, lng) => {
    expect(isInJapanBounds(lat, lng)).toBe(false);
  });
});

/**
 * Loose bounding box of Japan (WGS84/JGD degrees): latitude 20–46 N, longitude 122–154 E,
 * bounds inclusive. Contains Okinotorishima (20.42 N), Yonaguni (122.93 E), Minamitorishima
 * (153.98 E) and the Northern Territories (45.5 N). A check for swapped or garbage
 * coordinates, not a land test.
 */
export const JAPAN_BOUNDS = Object.freeze({ minLat: 20, maxLat: 46, minLng: 122, maxLng: 154 });

export function isInJapanBounds(lat: number, lng: number): boolean {
  return (
    Number.isFinite(lat) &&
    Number.isFinite(lng) &&
    lat >= JAPAN_BOUNDS.minLat &&
    lat <= JAPAN_BOUNDS.maxLat &&
    lng >= JAPAN_BOUNDS.minLng &&
    lng <= JAPAN_BOUNDS.maxLng
  );
}

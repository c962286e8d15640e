/**
 * A Japan-local equirectangular projection and an SVG path builder for GeoJSON (Multi)Polygons.
 * Longitude is scaled by cos(mid-latitude), which keeps shapes and distances true to within a
 * percent or two across a prefecture or a municipality: enough for a choropleth and 500 m circles,
 * without d3-geo (no new dependency, no lockfile churn).
 */
export type Position = [number, number];
export type Bbox = [number, number, number, number]; // minLng, minLat, maxLng, maxLat

export interface GeoFeature {
  id?: string;
  properties: { code: string; name: string; prefectureCode?: string };
  geometry: { type: 'MultiPolygon'; coordinates: Position[][][] } | { type: 'Polygon'; coordinates: Position[][] };
}
export interface GeoCollection {
  type: 'FeatureCollection';
  features: GeoFeature[];
}

function polygons(f: GeoFeature): Position[][][] {
  return f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
}

export function bboxOf(features: GeoFeature[]): Bbox {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of features)
    for (const poly of polygons(f))
      for (const ring of poly)
        for (const [x, y] of ring) {
          if (x < x0) x0 = x;
          if (x > x1) x1 = x;
          if (y < y0) y0 = y;
          if (y > y1) y1 = y;
        }
  return [x0, y0, x1, y1];
}

export interface Projection {
  width: number;
  height: number;
  /** Pixels per degree of latitude. */
  scale: number;
  project(lng: number, lat: number): [number, number];
  invert(x: number, y: number): { lng: number; lat: number };
  /** Metres → pixels (at this map's latitude). */
  metres(m: number): number;
}

/** Fits the bbox into `width` pixels (height follows the shape), with a margin. */
export function fitProjection([x0, y0, x1, y1]: Bbox, width: number, margin = 8): Projection {
  const k = Math.cos((((y0 + y1) / 2) * Math.PI) / 180);
  const spanX = Math.max((x1 - x0) * k, 1e-6);
  const spanY = Math.max(y1 - y0, 1e-6);
  const scale = (width - 2 * margin) / spanX;
  const height = Math.ceil(spanY * scale + 2 * margin);
  return {
    width,
    height,
    scale,
    project: (lng, lat) => [margin + (lng - x0) * k * scale, margin + (y1 - lat) * scale],
    invert: (x, y) => ({ lng: x0 + (x - margin) / (k * scale), lat: y1 - (y - margin) / scale }),
    metres: (m) => (m / 111_320) * scale,
  };
}

/**
 * The SVG `d` of a feature: one subpath per ring, rounded to 1/`perPx` px (0.1 px by default: short
 * strings, fast parse); points that round onto the previous one are dropped, so a coarser grid (the
 * map of Japan) also means far fewer points to parse and paint.
 */
export function pathOf(f: GeoFeature, p: Projection, perPx = 10): string {
  let d = '';
  for (const poly of polygons(f))
    for (const ring of poly) {
      let prevX = NaN;
      let prevY = NaN;
      ring.forEach(([lng, lat], i) => {
        const [x, y] = p.project(lng, lat);
        const rx = Math.round(x * perPx) / perPx;
        const ry = Math.round(y * perPx) / perPx;
        if (i > 0 && rx === prevX && ry === prevY) return;
        d += `${i === 0 ? 'M' : 'L'}${rx} ${ry}`;
        prevX = rx;
        prevY = ry;
      });
      d += 'Z';
    }
  return d;
}

/** The GeoJSON of a prefecture (the region service's simplified boundaries, cached by the browser). */
export async function fetchPrefectureBoundaries(prefectureCode: string): Promise<GeoCollection> {
  const r = await fetch(`/maps/prefectures/${prefectureCode}.geojson`, { headers: { accept: 'application/geo+json' } });
  if (!r.ok) throw new Error(`boundaries ${r.status}`);
  return (await r.json()) as GeoCollection;
}

/** The GeoJSON of every imported municipality of Japan (more simplified than a prefecture's). */
export async function fetchJapanBoundaries(): Promise<GeoCollection | null> {
  const r = await fetch('/maps/japan.geojson', { headers: { accept: 'application/geo+json' } });
  if (r.status === 404) return null;
  if (!r.ok) throw new Error(`boundaries ${r.status}`);
  return (await r.json()) as GeoCollection;
}

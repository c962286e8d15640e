/**
 * The one SQL prefilter for service areas, for the catalogue's search and matching's shortlist:
 * it only narrows the candidates before `serviceAreaContains` decides, so it must never leave out
 * a place the rule accepts (`service-area.prefilter-never-excludes-what-the-rule-accepts.spec.ts`).
 *
 * - a municipality list may contain the place when the place's code is in the list;
 * - a radius or polygon area may contain the place's point when its box (`serviceAreaBox`)
 *   does; without a point, every radius and polygon area is kept for the exact rule (matching
 *   does that, so that each miss is reported with its reason under `excluded`).
 *
 * `serviceAreaMayContain` is the prefilter in TypeScript and `serviceAreaPrefilterSql` the same
 * terms as SQL over the caller's columns (the kernel imports nothing, so it only writes text).
 */
import { geodesicDirect } from '../geodesy';
import type { AreaPoint, ServiceAreaShape } from './service-area';

export interface AreaBox {
  minLat: number;
  maxLat: number;
  minLng: number;
  maxLng: number;
}

/** Bearings sampled around a radius area; with the padding the box contains the whole geodesic circle. */
const CIRCLE_SAMPLES = 360;
/** ~11 m: covers the chord sag between samples 1° apart (≤ 4 m at 100 km) and rounding. */
const BOX_PADDING_DEG = 0.0001;

/**
 * A box (lat/lng) that contains every point of the area, or null for a municipality list. A
 * polygon's edges are straight in lng/lat (as containment treats them), so its outer ring's
 * vertices bound it.
 */
export function serviceAreaBox(area: ServiceAreaShape): AreaBox | null {
  switch (area.kind) {
    case 'municipalities':
      return null;
    case 'polygon': {
      const outer = area.rings[0] ?? [];
      const lngs = outer.map((p) => p[0]);
      const lats = outer.map((p) => p[1]);
      return { minLat: Math.min(...lats), maxLat: Math.max(...lats), minLng: Math.min(...lngs), maxLng: Math.max(...lngs) };
    }
    case 'radius': {
      let minLat = area.center.lat;
      let maxLat = area.center.lat;
      let minLng = area.center.lng;
      let maxLng = area.center.lng;
      for (let i = 0; i < CIRCLE_SAMPLES; i++) {
        const p = geodesicDirect(area.center.lat, area.center.lng, (360 * i) / CIRCLE_SAMPLES, area.radiusM);
        minLat = Math.min(minLat, p.lat);
        maxLat = Math.max(maxLat, p.lat);
        minLng = Math.min(minLng, p.lng);
        maxLng = Math.max(maxLng, p.lng);
      }
      return { minLat: minLat - BOX_PADDING_DEG, maxLat: maxLat + BOX_PADDING_DEG, minLng: minLng - BOX_PADDING_DEG, maxLng: maxLng + BOX_PADDING_DEG };
    }
  }
}

/** What the prefilter reads of a stored area: its kind, a list's codes, a radius or polygon area's box. */
export interface StoredAreaKeys {
  kind: ServiceAreaShape['kind'];
  codes: readonly string[];
  box: AreaBox | null;
}

export function storedAreaKeysOf(area: ServiceAreaShape): StoredAreaKeys {
  return { kind: area.kind, codes: area.kind === 'municipalities' ? area.codes : [], box: serviceAreaBox(area) };
}

/** The place candidates are narrowed for: its municipality (for lists) and, to narrow radius and polygon areas too, its point. */
export interface PrefilterPlace {
  municipalityCode?: string | null;
  point?: AreaPoint | null;
}

/** The prefilter in TypeScript, term for term what `serviceAreaPrefilterSql` writes. */
export function serviceAreaMayContain(area: StoredAreaKeys, place: PrefilterPlace): boolean {
  const listed = !!place.municipalityCode && area.kind === 'municipalities' && area.codes.includes(place.municipalityCode);
  const p = place.point;
  const b = area.box;
  const geometric = p ? b !== null && p.lat >= b.minLat && p.lat <= b.maxLat && p.lng >= b.minLng && p.lng <= b.maxLng : area.kind !== 'municipalities';
  return listed || geometric;
}

/** Where a caller keeps the keys: SQL expressions of the area's kind, a list's codes (text[] or a jsonb array) and the box. */
export interface StoredAreaColumns {
  kind: string;
  codes: { sql: string; type: 'text[]' | 'jsonb' };
  /** A PostgreSQL `box` over (lng, lat), NULL for lists; needed only when the place has a point. */
  box?: string;
}

/**
 * The prefilter as one SQL condition; `param` adds a parameter and returns its placeholder ($n).
 * The point's parameters (lng, lat) are added before the municipality code.
 */
export function serviceAreaPrefilterSql(place: PrefilterPlace, columns: StoredAreaColumns, param: (value: unknown) => string): string {
  let geometric: string;
  if (place.point) {
    if (!columns.box) throw new Error('serviceAreaPrefilterSql: a point needs the box column');
    const lng = param(place.point.lng);
    const lat = param(place.point.lat);
    geometric = `${columns.box} @> box(point(${lng}::float8, ${lat}::float8), point(${lng}::float8, ${lat}::float8))`;
  } else {
    geometric = `${columns.kind} <> 'municipalities'`;
  }
  if (!place.municipalityCode) return geometric;
  const code = param(place.municipalityCode);
  const contains = columns.codes.type === 'jsonb' ? `${columns.codes.sql} @> jsonb_build_array(${code}::text)` : `${columns.codes.sql} @> ARRAY[${code}::text]`;
  return `((${columns.kind} = 'municipalities' AND ${contains}) OR ${geometric})`;
}

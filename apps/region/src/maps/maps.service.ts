import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JAPAN_SIMPLIFICATION, MultiPolygonCoords, PREFECTURE_SIMPLIFICATION, Simplification, simplifyMultiPolygon } from '@sanpuku/region-domain';

/** Designated cities drawn as one city (the default, as classification at level `city`) or as their wards. */
export type MapLevel = 'city' | 'wards';

export interface MapDocument {
  /** Strong ETag, quoted: changes with the boundary dataset versions, the simplification and the level. */
  etag: string;
  body: Buffer;
  /** The same body gzip-compressed (built once; GeoJSON shrinks to about a third). */
  gzip: Buffer;
}

const LEVELS: Record<MapLevel, string[]> = { city: ['municipality', 'designated_city'], wards: ['municipality', 'ward'] };
/** Cached documents (a prefecture or Japan per level); far more than 47 × 2 + 2 never exist. */
const CACHE_MAX = 256;

/**
 * Boundaries for drawing: a prefecture's municipalities or all of Japan as a GeoJSON
 * FeatureCollection, simplified ({@link PREFECTURE_SIMPLIFICATION}, {@link JAPAN_SIMPLIFICATION})
 * and quantised to 5 decimals, with properties `{ code, name, prefectureCode }`. A document is
 * built once per ETag and kept in memory; the ETag is derived from the dataset versions of the
 * boundaries it is made of, so a re-import changes it.
 */
@Injectable()
export class MapsService {
  private readonly cache = new Map<string, MapDocument>();

  constructor(private readonly ds: DataSource) {}

  /** The ETag a document would have now, or null when there is nothing (unknown prefecture). */
  async etag(scope: { prefectureCode: string } | 'japan', level: MapLevel): Promise<string | null> {
    const s = this.simplificationOf(scope);
    const where = scope === 'japan' ? '' : `AND prefecture_code = $2`;
    const rows: { v: string }[] = await this.ds.query(
      `SELECT DISTINCT dataset_version_id::text AS v FROM municipality_boundary WHERE level = ANY($1::text[]) ${where} ORDER BY 1`,
      scope === 'japan' ? [LEVELS[level]] : [LEVELS[level], scope.prefectureCode],
    );
    if (rows.length === 0) return null;
    const name = scope === 'japan' ? 'japan' : `pref-${scope.prefectureCode}`;
    const hash = createHash('sha256').update(rows.map((r) => r.v).join(',')).digest('base64url').slice(0, 22);
    return `"${name}-${level}-${s.id}-${hash}"`;
  }

  /** The document for the ETag just computed (built, or from the cache). */
  async document(scope: { prefectureCode: string } | 'japan', level: MapLevel, etag: string): Promise<MapDocument> {
    const cached = this.cache.get(etag);
    if (cached) return cached;
    const s = this.simplificationOf(scope);
    const where = scope === 'japan' ? '' : `AND prefecture_code = $2`;
    const rows: { code: string; name: string; prefecture_code: string; polygons: MultiPolygonCoords }[] = await this.ds.query(
      `SELECT code, name, prefecture_code, polygons FROM municipality_boundary WHERE level = ANY($1::text[]) ${where} ORDER BY code`,
      scope === 'japan' ? [LEVELS[level]] : [LEVELS[level], scope.prefectureCode],
    );
    const features = rows.map((r) => ({
      type: 'Feature',
      id: r.code,
      properties: { code: r.code, name: r.name, prefectureCode: r.prefecture_code },
      geometry: { type: 'MultiPolygon', coordinates: simplifyMultiPolygon(r.polygons, s) },
    }));
    const body = Buffer.from(JSON.stringify({ type: 'FeatureCollection', features }));
    const doc = { etag, body, gzip: gzipSync(body, { level: 9 }) };
    if (this.cache.size >= CACHE_MAX) this.cache.clear();
    this.cache.set(etag, doc);
    return doc;
  }

  private simplificationOf(scope: { prefectureCode: string } | 'japan'): Simplification {
    return scope === 'japan' ? JAPAN_SIMPLIFICATION : PREFECTURE_SIMPLIFICATION;
  }
}

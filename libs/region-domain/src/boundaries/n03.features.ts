import { isInJapanBounds } from '../codes/coordinate.bounds';
import { normalizeCodeText } from '../codes/jis-code.validator';

/** [lng, lat] positions; a ring is closed (first = last); a polygon is an outer ring then holes. */
export type Position = [number, number];
export type Ring = Position[];
export type PolygonCoords = Ring[];
export type MultiPolygonCoords = PolygonCoords[];

/** One usable feature of a boundary file (国土数値情報 行政区域 N03, or the same layout). */
export interface BoundaryFeature {
  /** 0-based index in `features`. */
  index: number;
  /** 5-digit JIS code as written (N03_007), digits normalised (full width → ASCII). */
  code: string;
  prefectureName: string | null;
  /** N03_003: county (郡) or, for a ward, its designated city (政令指定都市). */
  countyOrCityName: string | null;
  /** N03_004 (and N03_005, the ward, in N03 files from 2023 on). */
  name: string | null;
  polygons: MultiPolygonCoords;
}

export type BoundaryProblemCode = 'unknown_format' | 'invalid_code' | 'invalid_value' | 'outside_japan' | 'empty_file';

/** A problem at a JSON Pointer inside the file (`/features/12/properties/N03_007`). */
export interface BoundaryProblem {
  /** 0-based feature index, or -1 for the whole file. */
  featureIndex: number;
  pointer: string;
  code: BoundaryProblemCode;
  messageEn: string;
  messageJa: string;
  value?: string;
}

export interface BoundaryParseResult {
  features: BoundaryFeature[];
  /** Features with no municipality (N03's 所属未定地, unassigned land such as some lakes): not an error. */
  unassigned: number;
  problems: BoundaryProblem[];
}

/** Property names accepted for the code and the names: N03 first, then plain alternatives. */
const CODE_KEYS = ['N03_007', 'code', 'JCODE'];
const UNASSIGNED = '所属未定地';

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.normalize('NFKC').trim() : typeof v === 'number' ? String(v) : null);

/**
 * Reads a boundary GeoJSON FeatureCollection (already JSON-parsed): every feature must be a
 * Polygon or MultiPolygon with closed rings of at least four finite [lng, lat] positions inside
 * Japan, and carry a 5-digit municipality code (N03_007). Features of N03's 所属未定地 (no code,
 * name 所属未定地) are counted, not refused. Every problem is reported, none thrown.
 */
export function parseBoundaryFeatures(json: unknown): BoundaryParseResult {
  const problems: BoundaryProblem[] = [];
  const out: BoundaryParseResult = { features: [], unassigned: 0, problems };
  const fc = json as { type?: unknown; features?: unknown };
  if (!fc || typeof fc !== 'object' || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    problems.push({ featureIndex: -1, pointer: '/type', code: 'unknown_format', messageEn: 'expected a GeoJSON FeatureCollection', messageJa: 'GeoJSONのFeatureCollectionではありません' });
    return out;
  }
  (fc.features as unknown[]).forEach((raw, index) => {
    const at = `/features/${index}`;
    const f = (raw ?? {}) as { properties?: Record<string, unknown> | null; geometry?: { type?: unknown; coordinates?: unknown } | null };
    const p = f.properties ?? {};
    const key = CODE_KEYS.find((k) => p[k] !== undefined && p[k] !== null) ?? CODE_KEYS[0];
    const rawCode = typeof p[key] === 'number' ? String(p[key]).padStart(5, '0') : str(p[key]);
    const name = [str(p.N03_004) ?? str(p.name), str(p.N03_005)].filter(Boolean).join('') || null;
    if (rawCode === null && name === UNASSIGNED) {
      out.unassigned++;
      return;
    }
    const before = problems.length;
    const code = rawCode === null ? null : normalizeCodeText(rawCode);
    if (code === null || !/^\d{5}$/.test(code)) {
      problems.push({
        featureIndex: index,
        pointer: `${at}/properties/${key}`,
        code: 'invalid_code',
        messageEn: code === null ? 'the municipality code is missing' : `"${rawCode}" is not a 5-digit municipality code`,
        messageJa: code === null ? '市区町村コードがありません' : `「${rawCode}」は5桁の市区町村コードではありません`,
        ...(rawCode !== null ? { value: rawCode } : {}),
      });
    }
    const polygons = readGeometry(f.geometry, `${at}/geometry`, index, problems);
    if (problems.length > before || polygons === null) return;
    out.features.push({
      index,
      code: code!,
      prefectureName: str(p.N03_001),
      countyOrCityName: str(p.N03_003),
      name,
      polygons,
    });
  });
  if (out.features.length === 0 && problems.length === 0) {
    problems.push({ featureIndex: -1, pointer: '/features', code: 'empty_file', messageEn: 'no municipality boundaries in the file', messageJa: '市区町村の境界が1件もありません' });
  }
  return out;
}

function readGeometry(g: { type?: unknown; coordinates?: unknown } | null | undefined, at: string, index: number, problems: BoundaryProblem[]): MultiPolygonCoords | null {
  const bad = (pointer: string, messageEn: string, messageJa: string, code: BoundaryProblemCode = 'invalid_value'): null => {
    problems.push({ featureIndex: index, pointer, code, messageEn, messageJa });
    return null;
  };
  if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon') || !Array.isArray(g.coordinates)) {
    return bad(`${at}/type`, 'expected a Polygon or MultiPolygon', 'PolygonまたはMultiPolygonである必要があります');
  }
  const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as unknown[];
  const base = g.type === 'Polygon' ? `${at}/coordinates` : `${at}/coordinates`;
  const result: MultiPolygonCoords = [];
  for (let pi = 0; pi < polys.length; pi++) {
    const poly = polys[pi];
    const pAt = g.type === 'Polygon' ? base : `${base}/${pi}`;
    if (!Array.isArray(poly) || poly.length === 0) return bad(pAt, 'a polygon needs at least one ring', 'ポリゴンに輪郭がありません');
    const rings: PolygonCoords = [];
    for (let ri = 0; ri < poly.length; ri++) {
      const ring = poly[ri];
      const rAt = `${pAt}/${ri}`;
      if (!Array.isArray(ring) || ring.length < 4) return bad(rAt, 'a ring needs at least 4 positions', '輪郭には4点以上が必要です');
      const positions: Ring = [];
      for (let k = 0; k < ring.length; k++) {
        const pos = ring[k];
        if (!Array.isArray(pos) || pos.length < 2 || typeof pos[0] !== 'number' || typeof pos[1] !== 'number' || !Number.isFinite(pos[0]) || !Number.isFinite(pos[1])) {
          return bad(`${rAt}/${k}`, 'a position is [longitude, latitude] in numbers', '座標は[経度, 緯度]の数値です');
        }
        if (!isInJapanBounds(pos[1], pos[0])) {
          return bad(`${rAt}/${k}`, `coordinates ${pos[1]}, ${pos[0]} are outside Japan`, `座標 ${pos[1]}, ${pos[0]} は日本の範囲外です`, 'outside_japan');
        }
        positions.push([pos[0], pos[1]]);
      }
      const first = positions[0];
      const last = positions[positions.length - 1];
      if (first[0] !== last[0] || first[1] !== last[1]) return bad(rAt, 'a ring must be closed (first position = last)', '輪郭が閉じていません（始点と終点が違います）');
      rings.push(positions);
    }
    result.push(rings);
  }
  if (result.length === 0) return bad(`${at}/coordinates`, 'no polygons', 'ポリゴンがありません');
  return result;
}

/** One municipality's boundary: its features merged (islands, exclaves) into one MultiPolygon. */
export interface MergedBoundary {
  code: string;
  name: string | null;
  countyOrCityName: string | null;
  prefectureName: string | null;
  featureIndexes: number[];
  polygons: MultiPolygonCoords;
}

/** Merges features of the same code into one MultiPolygon (N03 has one feature per island), in code order. */
export function mergeBoundariesByCode(features: readonly BoundaryFeature[]): MergedBoundary[] {
  const byCode = new Map<string, MergedBoundary>();
  for (const f of features) {
    const m = byCode.get(f.code);
    if (m) {
      m.polygons.push(...f.polygons);
      m.featureIndexes.push(f.index);
      m.name ??= f.name;
    } else {
      byCode.set(f.code, { code: f.code, name: f.name, countyOrCityName: f.countyOrCityName, prefectureName: f.prefectureName, featureIndexes: [f.index], polygons: [...f.polygons] });
    }
  }
  return [...byCode.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** [minLng, minLat, maxLng, maxLat] of a MultiPolygon (outer rings). */
export function boundingBox(polygons: MultiPolygonCoords): [number, number, number, number] {
  let minLng = Infinity;
  let minLat = Infinity;
  let maxLng = -Infinity;
  let maxLat = -Infinity;
  for (const poly of polygons) {
    for (const [lng, lat] of poly[0]) {
      if (lng < minLng) minLng = lng;
      if (lng > maxLng) maxLng = lng;
      if (lat < minLat) minLat = lat;
      if (lat > maxLat) maxLat = lat;
    }
  }
  return [minLng, minLat, maxLng, maxLat];
}

import { parseCsv } from './csv.parser';
import { headerIndex, RowReader } from './fields';
import { IssueList } from './import.errors';
import { decodeOrRefuse } from './text-decoding';

export interface ResourceRow {
  line: number;
  category: string;
  name: string | null;
  lat: number;
  lng: number;
  sourceRef: string | null;
}

const CATEGORY = /^[a-z][a-z0-9_]*$/;
/** OpenStreetMap shop tags → our categories (a user-defined category is kept as is). */
const OSM_SHOP: Record<string, string> = { supermarket: 'supermarket', convenience: 'convenience', chemist: 'drugstore', drugstore: 'drugstore' };

function normaliseCategory(raw: string): string {
  const c = raw.normalize('NFKC').trim().toLowerCase();
  return OSM_SHOP[c] ?? c;
}

/**
 * Shops (買い物拠点) as GeoJSON Point features (category from `properties.category` or
 * `properties.shop`, else `defaultCategory`) or CSV with `lat,lng,category[,name]` columns.
 */
export function parseResources(file: string, bytes: Buffer, defaultCategory?: string): ResourceRow[] {
  const issues = new IssueList(file);
  const decoded = decodeOrRefuse(issues, bytes);
  const text = decoded.text;
  const rows: ResourceRow[] = [];
  if (defaultCategory !== undefined && !CATEGORY.test(defaultCategory)) {
    issues.add(0, 'category', 'invalid_value', `category "${defaultCategory}" must be lower-case letters, digits and _`, `カテゴリ「${defaultCategory}」は英小文字・数字・_のみです`);
    issues.throwIfAny();
  }
  if (text.trimStart().startsWith('{')) {
    let json: { type?: string; features?: { type?: string; geometry?: { type?: string; coordinates?: unknown }; properties?: Record<string, unknown> | null; id?: unknown }[] };
    try {
      json = JSON.parse(text);
    } catch (e) {
      issues.add(0, null, 'unknown_format', `not valid JSON: ${(e as Error).message}`, 'JSONとして読めません');
      issues.throwIfAny();
      throw e;
    }
    if (json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
      issues.add(0, '/type', 'unknown_format', 'expected a GeoJSON FeatureCollection', 'GeoJSONのFeatureCollectionではありません');
      issues.throwIfAny();
    }
    json.features!.forEach((f, i) => {
      const path = `/features/${i}`;
      const coords = f.geometry?.coordinates;
      if (f.geometry?.type !== 'Point' || !Array.isArray(coords) || coords.length < 2 || !coords.every((x) => typeof x === 'number' && Number.isFinite(x))) {
        issues.add(i + 1, `${path}/geometry`, 'invalid_value', 'expected a Point with [lng, lat]', 'Point ([経度, 緯度]) である必要があります');
        return;
      }
      const [lng, lat] = coords as number[];
      if (lat < 20 || lat > 46 || lng < 122 || lng > 154) {
        issues.add(i + 1, `${path}/geometry/coordinates`, 'outside_japan', `coordinates ${lat}, ${lng} are outside Japan`, `座標 ${lat}, ${lng} は日本の範囲外です`);
        return;
      }
      const p = f.properties ?? {};
      const category = normaliseCategory(String(p.category ?? p.shop ?? defaultCategory ?? ''));
      if (!CATEGORY.test(category)) {
        issues.add(i + 1, `${path}/properties/category`, 'invalid_value', `missing or invalid category "${category}"`, `カテゴリがない、または不正です「${category}」`);
        return;
      }
      const name = typeof p.name === 'string' && p.name ? p.name : null;
      rows.push({ line: i + 1, category, name, lat, lng, sourceRef: f.id !== undefined ? String(f.id) : null });
    });
  } else {
    const records = parseCsv(text);
    if (records.length < 2) {
      issues.add(0, null, 'empty_file', 'no data rows', 'データ行がありません');
      issues.throwIfAny();
    }
    const header = records[0].fields.map((h) => h.normalize('NFKC').trim().toLowerCase());
    const idx = headerIndex(header);
    const cLat = idx(['lat', 'latitude', '緯度']);
    const cLng = idx(['lng', 'lon', 'longitude', '経度']);
    const cCat = idx(['category', 'shop', '種別']);
    const cName = idx(['name', '名称']);
    if (cLat < 0 || cLng < 0) issues.add(1, cLat < 0 ? 'lat' : 'lng', 'missing_column', 'missing lat/lng columns', '緯度・経度の列がありません');
    if (cCat < 0 && !defaultCategory) issues.add(1, 'category', 'missing_column', 'missing category column', 'カテゴリの列がありません');
    issues.throwIfAny();
    for (const rec of records.slice(1)) {
      const r = new RowReader(issues, rec.line, (c) => (header.indexOf(c) >= 0 ? rec.fields[header.indexOf(c)] : undefined));
      const before = issues.count;
      const p = r.point(header[cLat], header[cLng]);
      const category = normaliseCategory(cCat >= 0 ? r.raw(header[cCat]) || (defaultCategory ?? '') : defaultCategory!);
      if (!CATEGORY.test(category)) {
        issues.add(rec.line, cCat >= 0 ? header[cCat] : 'category', 'invalid_value', `invalid category "${category}"`, `カテゴリが不正です「${category}」`, category);
      }
      if (issues.count > before) continue;
      rows.push({ line: rec.line, category, name: cName >= 0 ? r.raw(header[cName]) || null : null, lat: p!.lat, lng: p!.lng, sourceRef: null });
    }
  }
  if (rows.length === 0 && issues.count === 0) issues.add(0, null, 'empty_file', 'no resources in the file', '拠点が1件もありません');
  issues.throwIfAny();
  return rows;
}

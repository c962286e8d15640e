import { boundingBox, mergeBoundariesByCode, MultiPolygonCoords, parseBoundaryFeatures, positionCount } from '@sanpuku/region-domain';
import { IssueList } from './import.errors';
import { decodeOrRefuse } from './text-decoding';

/** What the municipality master says about a code (the boundary import needs it imported first). */
export interface KnownMunicipality {
  code: string;
  name: string;
  prefectureCode: string;
  unitType: string;
  parentCode: string | null;
}

export interface BoundaryRow {
  code: string;
  prefectureCode: string;
  name: string;
  level: 'municipality' | 'ward' | 'designated_city';
  parentCode: string | null;
  polygons: MultiPolygonCoords;
  bbox: [number, number, number, number];
  positionCount: number;
}

export interface ParsedBoundaries {
  rows: BoundaryRow[];
  /** Features read from the file (before merging islands). */
  featureCount: number;
  /** N03's 所属未定地 features, skipped. */
  unassigned: number;
}

/**
 * Municipal boundaries (国土数値情報 行政区域 N03 GeoJSON, e.g. N03-21_37_210101.json): the
 * domain reads and merges the features (one per island) per code; here every code must be a
 * municipality of the imported master (import municipalities first), and a designated city's
 * wards keep their ward code and are also rolled up into their city (the MultiPolygon of all its
 * wards) unless the file has the city itself. Problems: `line` is the feature number (1-based),
 * `column` the JSON Pointer inside the file.
 */
export function parseBoundaries(file: string, bytes: Buffer, known: ReadonlyMap<string, KnownMunicipality>): ParsedBoundaries {
  const issues = new IssueList(file);
  const decoded = decodeOrRefuse(issues, bytes);
  let json: unknown;
  try {
    json = JSON.parse(decoded.text);
  } catch (e) {
    issues.add(0, null, 'unknown_format', `not valid JSON: ${(e as Error).message}`, 'JSONとして読めません');
    issues.throwIfAny();
  }
  const parsed = parseBoundaryFeatures(json);
  for (const p of parsed.problems) issues.add(p.featureIndex + 1, p.pointer, p.code, p.messageEn, p.messageJa, p.value);
  for (const f of parsed.features) {
    if (!known.has(f.code)) {
      issues.add(
        f.index + 1,
        `/features/${f.index}/properties/N03_007`,
        'unknown_municipality',
        `municipality ${f.code} (${f.name ?? 'no name'}) is not imported; import the municipalities first`,
        `市区町村「${f.name ?? f.code}」が登録されていません。先に市区町村を取り込んでください`,
        f.code,
      );
    }
  }
  issues.throwIfAny();
  const merged = mergeBoundariesByCode(parsed.features);
  const rows: BoundaryRow[] = [];
  const inFile = new Set(merged.map((m) => m.code));
  const cities = new Map<string, BoundaryRow>();
  for (const m of merged) {
    const k = known.get(m.code)!;
    const isWard = k.unitType === 'designated_city_ward' && k.parentCode !== null;
    rows.push({
      code: m.code,
      prefectureCode: k.prefectureCode,
      name: k.name,
      level: isWard ? 'ward' : 'municipality',
      parentCode: isWard ? k.parentCode : null,
      polygons: m.polygons,
      bbox: boundingBox(m.polygons),
      positionCount: positionCount(m.polygons),
    });
    if (isWard && !inFile.has(k.parentCode!)) {
      const city = known.get(k.parentCode!);
      const row = cities.get(k.parentCode!) ?? {
        code: k.parentCode!,
        prefectureCode: city?.prefectureCode ?? k.prefectureCode,
        name: city?.name ?? k.parentCode!,
        level: 'designated_city' as const,
        parentCode: null,
        polygons: [],
        bbox: [0, 0, 0, 0] as [number, number, number, number],
        positionCount: 0,
      };
      row.polygons.push(...m.polygons);
      cities.set(k.parentCode!, row);
    }
  }
  for (const c of cities.values()) {
    c.bbox = boundingBox(c.polygons);
    c.positionCount = positionCount(c.polygons);
    rows.push(c);
  }
  rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { rows, featureCount: parsed.features.length, unassigned: parsed.unassigned };
}

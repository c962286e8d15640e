import { parseCsv } from './csv.parser';
import { headerIndex, RowReader } from './fields';
import { CodeChangeTable, codeChangeTable } from './code-changes';
import { ImportNote, IssueList, reject } from './import.errors';
import type { FileOutcome } from './import-report';
import { prefectureName } from './prefectures';
import { decodeOrRefuse } from './text-decoding';

export type UnitType = 'municipality' | 'tokyo_special_ward' | 'designated_city' | 'designated_city_ward';
const UNIT_TYPES: readonly UnitType[] = ['municipality', 'tokyo_special_ward', 'designated_city', 'designated_city_ward'];

export interface MunicipalityRow {
  line: number;
  code: string;
  lgCode6: string;
  name: string;
  prefectureCode: string;
  prefectureName: string;
  unitType: UnitType;
  parentCode: string | null;
  areaKm2: number;
  population: number;
  pop75plus: number | null;
  care3plus: number | null;
}

/** Accepted column names: ours (the shared municipality master) first, then plain alternatives. */
const COLUMNS = {
  code: ['jis_code5', 'lg_code6', 'code', '市区町村コード', '団体コード'],
  name: ['name', '市区町村名'],
  prefectureName: ['pref_name', 'prefecture', '都道府県名'],
  unitType: ['unit_type'],
  parentCode: ['parent_code5', 'parent_code'],
  population: ['census2020_pop', 'population', '人口'],
  area: ['area_km2_from_census_density', 'area_km2', '面積'],
  pop75: ['jumin2022_pop_75plus', 'pop_75plus', '75歳以上人口'],
  care3: ['care3plus', 'care_level3plus', '要介護3以上'],
} as const;

/**
 * Municipalities CSV (UTF-8 or Shift_JIS): code (5-digit JIS or 6-digit with check digit), name,
 * prefecture, area km², population, optional 75+ and care-level-3+ counts, optional unit type and
 * parent (designated-city wards). Whole-file problems refuse the file; every row problem is
 * returned for the import to decide (strict: refuse; lenient: skip and report). A row of a code
 * the code-change table retires (浜松市's pre-2024 wards) is left out with a note, so no unit
 * overlaps its successor; a missing prefecture name is read from the code, with a note.
 */
export function readMunicipalities(file: string, bytes: Buffer, changes: CodeChangeTable = codeChangeTable()): FileOutcome<MunicipalityRow> {
  const issues = new IssueList(file);
  const records = parseCsv(decodeOrRefuse(issues, bytes).text);
  if (records.length === 0) issues.fatal(0, null, 'empty_file', 'the file is empty', 'ファイルが空です');
  if (records.length === 1) issues.fatal(1, null, 'empty_file', 'the file has a header but no data rows', 'ヘッダーだけでデータ行がありません');
  const idx = headerIndex(records[0].fields);
  const col = Object.fromEntries(Object.entries(COLUMNS).map(([k, names]) => [k, idx(names)])) as Record<keyof typeof COLUMNS, number>;
  for (const required of ['code', 'name', 'prefectureName', 'population', 'area'] as const) {
    if (col[required] < 0) issues.add(1, COLUMNS[required][0], 'missing_column', `missing column ${COLUMNS[required].join(' / ')}`, `列がありません: ${COLUMNS[required].join(' / ')}`);
  }
  issues.throwIfAny();
  const notes: ImportNote[] = [];
  const header = records[0].fields;
  const rows: MunicipalityRow[] = [];
  const seen = new Map<string, number>();
  for (const rec of records.slice(1)) {
    const r = new RowReader(issues, rec.line, (c) => {
      const i = header.indexOf(c);
      return i >= 0 ? rec.fields[i] : undefined;
    });
    const name = (k: keyof typeof COLUMNS) => (col[k] >= 0 ? header[col[k]] : '');
    const before = issues.count;
    const code = r.municipalityCode(name('code'));
    const muniName = r.text(name('name'));
    const retiring = code && muniName ? changes.retiring(code.jisCode5, muniName) : [];
    if (code && retiring.length) {
      issues.items.splice(before);
      const successors = [...new Set(retiring.map((c) => c.currentName))].join('・');
      notes.push({
        file,
        line: rec.line,
        column: name('code'),
        code: 'retired_unit_left_out',
        fromCode: code.jisCode5,
        toCode: retiring[0].currentCode,
        messageEn: `${muniName} is a retired unit (${retiring[0].reasonEn}); left out, its area belongs to ${successors}`,
        messageJa: `${muniName}は廃止された区域です（${retiring[0].reasonJa}）。取り込まず、区域は${successors}に含まれます`,
      });
      continue;
    }
    let prefName = r.raw(name('prefectureName')) || null;
    if (!prefName && code && prefectureName(code.jisCode5.slice(0, 2))) {
      prefName = prefectureName(code.jisCode5.slice(0, 2))!;
      notes.push({
        file,
        line: rec.line,
        column: name('prefectureName'),
        code: 'prefecture_name_from_code',
        fromCode: code.jisCode5,
        toCode: code.jisCode5,
        messageEn: `${muniName ?? 'this row'}: no prefecture name; ${prefName} read from the code`,
        messageJa: `${muniName ?? 'この行'}: 都道府県名がないため、コードから${prefName}としました`,
      });
    } else if (!prefName) prefName = r.text(name('prefectureName'));
    const population = r.number(name('population'), { required: true, population: true, integer: true });
    const area = r.number(name('area'), { required: true });
    if (area !== null && area <= 0) issues.add(rec.line, name('area'), 'invalid_area', `area must be positive (${area})`, `面積は正の値である必要があります (${area})`);
    const pop75 = col.pop75 >= 0 ? r.number(name('pop75'), { population: true }) : null;
    const care3 = col.care3 >= 0 ? r.number(name('care3'), { population: true }) : null;
    const unitRaw = col.unitType >= 0 ? r.raw(name('unitType')) || 'municipality' : 'municipality';
    if (!UNIT_TYPES.includes(unitRaw as UnitType)) {
      issues.add(rec.line, name('unitType'), 'invalid_value', `unknown unit type "${unitRaw}" (${UNIT_TYPES.join(', ')})`, `不明な区分「${unitRaw}」`, unitRaw);
    }
    let parent: string | null = null;
    if (col.parentCode >= 0 && r.raw(name('parentCode'))) parent = r.municipalityCode(name('parentCode'))?.jisCode5 ?? null;
    if (unitRaw === 'designated_city_ward' && !parent && col.parentCode >= 0 && !r.raw(name('parentCode'))) {
      issues.add(rec.line, name('parentCode'), 'invalid_value', 'a designated-city ward needs its city code', '行政区には親の市のコードが必要です');
    }
    if (pop75 !== null && care3 !== null && care3 > pop75) {
      issues.add(rec.line, name('care3'), 'inconsistent', `care level 3+ (${care3}) exceeds 75+ (${pop75})`, `要介護3以上 (${care3}) が75歳以上人口 (${pop75}) を超えています`);
    }
    if (code) {
      const dup = seen.get(code.jisCode5);
      if (dup) {
        // In words: the row's own name; `value` carries the code.
        const who = muniName ? { ja: `${muniName}の`, en: ` (${muniName})` } : { ja: '', en: '' };
        issues.add(rec.line, name('code'), 'duplicate_key', `the same municipality code${who.en} already appears on line ${dup}`, `${who.ja}市区町村コードは${dup}行目と重複しています`, code.jisCode5);
      }
      else seen.set(code.jisCode5, rec.line);
    }
    if (issues.count > before) continue;
    rows.push({
      line: rec.line,
      code: code!.jisCode5,
      lgCode6: code!.lgCode6,
      name: muniName!,
      prefectureCode: code!.jisCode5.slice(0, 2),
      prefectureName: prefName!,
      unitType: unitRaw as UnitType,
      parentCode: parent,
      areaKm2: area!,
      population: population!,
      pop75plus: pop75,
      care3plus: care3,
    });
  }
  const valid: MunicipalityRow[] = [];
  for (const row of rows) {
    if (row.parentCode && !seen.has(row.parentCode)) {
      issues.add(row.line, 'parent_code5', 'unknown_municipality', `parent city ${row.parentCode} is not in the file`, `親の市 ${row.parentCode} がファイルにありません`, row.parentCode);
    } else valid.push(row);
  }
  const kept = new Set(valid.map((r) => r.line));
  return { file, rows: valid, rowsRead: records.length - 1, skipped: issues.items.sort((a, b) => a.line - b.line), notes: notes.filter((n) => n.code !== 'prefecture_name_from_code' || kept.has(n.line)) };
}

/** Strict reading of one file: any problem refuses it (every problem listed). */
export function parseMunicipalities(file: string, bytes: Buffer, changes?: CodeChangeTable): MunicipalityRow[] {
  const r = readMunicipalities(file, bytes, changes);
  if (r.skipped.length) reject(r.skipped);
  return r.rows;
}

import { parseCsv } from './csv.parser';
import { RowReader } from './fields';
import { IssueList } from './import.errors';
import { decodeText } from './text-decoding';

export type TownBlockFormat = 'mlit-oaza-chome' | 'utf8-japanese-addresses';

export interface TownBlockRow {
  line: number;
  municipalityCode: string;
  /** Identity within the municipality: the 12-digit 大字町丁目コード (MLIT), else the name path. */
  blockKey: string;
  name: string;
  lat: number;
  lng: number;
  pop75plus: number | null;
  care3plus: number | null;
}

export interface ParsedTownBlocks {
  format: TownBlockFormat;
  encoding: string;
  rows: TownBlockRow[];
}

/** MLIT 位置参照情報 大字・町丁目レベル: Shift_JIS, these 10 columns in this order. */
const MLIT_COLUMNS = ['都道府県コード', '都道府県名', '市区町村コード', '市区町村名', '大字町丁目コード', '大字町丁目名', '緯度', '経度', '原典資料コード', '大字・字・丁目区分コード'];
const UTF8_REQUIRED = ['pref_code', 'city_code', 'town_name', 'lat', 'lng'];

/**
 * Town-block representative points in either real layout: the official MLIT CSV (Shift_JIS,
 * 10 columns, 12-digit block codes) or the UTF-8 open derivative
 * (`pref_code,pref_name,city_code,city_name,town_name,koaza,lat,lng`). Both may carry extra
 * optional columns `pop_75plus` and `care3plus` (per-block counts from census small-area tables).
 * Municipalities are joined by code only, and must already exist.
 */
export function parseTownBlocks(file: string, bytes: Buffer, knownMunicipalities: ReadonlySet<string>): ParsedTownBlocks {
  const issues = new IssueList(file);
  const decoded = decodeText(bytes);
  if ('error' in decoded) {
    issues.add(0, null, 'wrong_encoding', `wrong encoding: ${decoded.error}`, '文字コードが不正です（UTF-8またはShift_JISのみ）');
    issues.throwIfAny();
  }
  const { text, encoding } = decoded as { text: string; encoding: string };
  const records = parseCsv(text);
  if (records.length === 0) {
    issues.add(0, null, 'empty_file', 'no data rows', 'データ行がありません');
    issues.throwIfAny();
  }
  const first = records[0].fields.map((f) => f.normalize('NFKC').trim());
  let format: TownBlockFormat;
  let header: string[];
  let body = records.slice(1);
  if (first[0] === MLIT_COLUMNS[0] || first.includes('大字町丁目コード')) {
    format = 'mlit-oaza-chome';
    header = first;
  } else if (/^\d{12}$/.test(first[4] ?? '') && first.length >= 10) {
    format = 'mlit-oaza-chome'; // headerless MLIT file
    header = MLIT_COLUMNS;
    body = records;
  } else if (UTF8_REQUIRED.every((c) => first.includes(c))) {
    format = 'utf8-japanese-addresses';
    header = first;
  } else {
    issues.add(1, null, 'unknown_format', `unrecognised header: ${first.slice(0, 10).join(',')}`, 'ヘッダーが位置参照情報（10列）にもUTF-8版にも一致しません');
    issues.throwIfAny();
    throw new Error('unreachable');
  }
  if (format === 'mlit-oaza-chome' && encoding !== 'shift_jis' && header === first) {
    // The official files are Shift_JIS; a UTF-8 copy with the same columns is accepted too.
  }
  const at = (name: string) => header.indexOf(name);
  const rows: TownBlockRow[] = [];
  const seen = new Map<string, number>();
  const expected = header.length;
  for (const rec of body) {
    if (format === 'mlit-oaza-chome' && rec.fields.length < 10) {
      issues.add(rec.line, null, 'wrong_column_count', `expected 10 columns, found ${rec.fields.length}`, `10列のはずが${rec.fields.length}列です`);
      continue;
    }
    if (format === 'utf8-japanese-addresses' && rec.fields.length !== expected) {
      issues.add(rec.line, null, 'wrong_column_count', `expected ${expected} columns, found ${rec.fields.length}`, `${expected}列のはずが${rec.fields.length}列です`);
      continue;
    }
    const r = new RowReader(issues, rec.line, (c) => (at(c) >= 0 ? rec.fields[at(c)] : undefined));
    const before = issues.count;
    const mlit = format === 'mlit-oaza-chome';
    const code = r.municipalityCode(mlit ? '市区町村コード' : 'city_code');
    const point = mlit ? r.point('緯度', '経度') : r.point('lat', 'lng');
    const name = mlit ? r.text('大字町丁目名') : [r.text('town_name'), r.text('koaza', false)].filter(Boolean).join('');
    // Messages name the municipality in words (the file's own name column), never by its code; `value` carries the code.
    const cityName = (rec.fields[at(mlit ? '市区町村名' : 'city_name')] ?? '').trim();
    let blockKey: string | null = null;
    if (mlit) {
      blockKey = r.raw('大字町丁目コード');
      if (!/^\d{12}$/.test(blockKey)) {
        issues.add(rec.line, '大字町丁目コード', 'invalid_code', `block code must have 12 digits ("${blockKey}")`, `大字町丁目コードは12桁です（「${blockKey}」）`, blockKey);
      }
    } else {
      blockKey = [r.raw('town_name'), r.raw('koaza')].filter(Boolean).join('/');
    }
    const pop75 = at('pop_75plus') >= 0 ? r.number('pop_75plus', { population: true }) : null;
    const care3 = at('care3plus') >= 0 ? r.number('care3plus', { population: true }) : null;
    if (code && !knownMunicipalities.has(code.jisCode5)) {
      issues.add(
        rec.line,
        mlit ? '市区町村コード' : 'city_code',
        'unknown_municipality',
        cityName ? `${cityName} is not imported yet (import municipalities first)` : "this line's municipality is not imported yet (import municipalities first)",
        cityName ? `${cityName}が未登録です（先に市区町村を取り込んでください）` : 'この行の市区町村が未登録です（先に市区町村を取り込んでください）',
        code.jisCode5,
      );
    }
    if (code && blockKey) {
      const key = `${code.jisCode5}|${blockKey}`;
      const dup = seen.get(key);
      const where = { ja: cityName ? `${cityName}の` : '', en: cityName ? ` of ${cityName}` : '' };
      const what = name || 'this block';
      if (dup) issues.add(rec.line, mlit ? '大字町丁目コード' : 'town_name', 'duplicate_key', `${what}${where.en} already appears on line ${dup}`, `${where.ja}${name || 'この町丁目'}は${dup}行目と重複しています`, blockKey);
      else seen.set(key, rec.line);
    }
    if (issues.count > before) continue;
    rows.push({ line: rec.line, municipalityCode: code!.jisCode5, blockKey: blockKey!, name: name || blockKey!, lat: point!.lat, lng: point!.lng, pop75plus: pop75, care3plus: care3 });
  }
  issues.throwIfAny();
  return { format, encoding, rows };
}

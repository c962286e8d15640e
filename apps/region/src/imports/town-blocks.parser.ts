import { forEachCsvRecord } from './csv.parser';
import { nfkcTrim, RowReader } from './fields';
import { CodeChangeTable, codeChangeTable } from './code-changes';
import { ImportNote, IssueList, reject } from './import.errors';
import type { FileOutcome } from './import-report';
import { decodeOrRefuse } from './text-decoding';

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

export interface TownBlockFile extends FileOutcome<TownBlockRow> {
  format: TownBlockFormat;
  encoding: string;
}

/** What the files of one import share: the imported municipalities, the code-change table, and the blocks seen so far (duplicates across files are duplicates). */
export interface TownBlockContext {
  known: ReadonlySet<string>;
  changes?: CodeChangeTable;
  seen?: SeenBlocks;
}

/**
 * Takes each valid row as it is read, with its latitude and longitude as text: as written when
 * that is a plain decimal (which PostgreSQL reads to the very same double as `Number` did), else
 * `String(n)`, so a writer does not format 554,000 doubles again.
 */
export type TownBlockSink = (row: TownBlockRow, latText: string, lngText: string) => void;

const PLAIN_DECIMAL = /^\d{1,3}(?:\.\d{1,17})?$/;

const LINE_BITS = 2 ** 24;

/**
 * The blocks already read in one import, by municipality code then block key: where (file and
 * line, packed in one number: 277,000 small entries instead of 277,000 objects) and, for a block a
 * code change moved, its old code. One small map per municipality, keyed by the block key as read
 * (no joined `code|key` string to build and hash per row).
 */
export class SeenBlocks {
  private readonly at = new Map<string, Map<string, number>>();
  private readonly files: string[] = [];
  private readonly movedFrom = new Map<string, string>();

  get(code: string, blockKey: string): { file: string; line: number; fromCode: string } | undefined {
    const v = this.at.get(code)?.get(blockKey);
    if (v === undefined) return undefined;
    return { file: this.files[Math.floor(v / LINE_BITS)], line: v % LINE_BITS, fromCode: this.movedFrom.get(`${code}|${blockKey}`) ?? code };
  }

  set(code: string, blockKey: string, file: string, line: number, fromCode: string): void {
    let f = this.files.lastIndexOf(file);
    if (f < 0) f = this.files.push(file) - 1;
    let blocks = this.at.get(code);
    if (!blocks) this.at.set(code, (blocks = new Map()));
    blocks.set(blockKey, f * LINE_BITS + line);
    if (fromCode !== code) this.movedFrom.set(`${code}|${blockKey}`, fromCode);
  }
}

/** MLIT 位置参照情報 大字・町丁目レベル: Shift_JIS, these 10 columns in this order. */
const MLIT_COLUMNS = ['都道府県コード', '都道府県名', '市区町村コード', '市区町村名', '大字町丁目コード', '大字町丁目名', '緯度', '経度', '原典資料コード', '大字・字・丁目区分コード'];
const UTF8_REQUIRED = ['pref_code', 'city_code', 'town_name', 'lat', 'lng'];

/**
 * Town-block representative points in either real layout: the official MLIT CSV (Shift_JIS,
 * 10 columns, 12-digit block codes) or the UTF-8 open derivative
 * (`pref_code,pref_name,city_code,city_name,town_name,koaza,lat,lng`). Both may carry extra
 * optional columns `pop_75plus` and `care3plus` (per-block counts from census small-area tables).
 * Municipalities are joined by code only, after the code-change table (a retired code becomes its
 * current one, with a note), and must already exist. Whole-file problems (encoding, layout, no
 * data row) refuse the file; row problems are returned, every one, for the import to decide.
 *
 * With `sink`, each valid row goes to it as soon as it is read and `rows` stays empty (`imported`
 * counts them): the import streams them to PostgreSQL while it reads on, and 277,000 rows are
 * never held at once.
 */
export function readTownBlocks(file: string, bytes: Buffer, ctx: TownBlockContext, sink?: TownBlockSink): TownBlockFile {
  const issues = new IssueList(file);
  const { text, encoding } = decodeOrRefuse(issues, bytes);
  const changes = ctx.changes ?? codeChangeTable();
  const seen = ctx.seen ?? new SeenBlocks();
  const notes: ImportNote[] = [];
  const rows: TownBlockRow[] = [];
  const cityNames = new Map<string, string>();
  let format: TownBlockFormat | undefined;
  let header: string[] = [];
  let columnIndex = new Map<string, number>();
  let readRow: (line: number, fields: string[]) => void = () => undefined;
  let rowsRead = 0;
  let imported = 0;

  const start = (first: string[]): boolean => {
    let headerless = false;
    if (first[0] === MLIT_COLUMNS[0] || first.includes('大字町丁目コード')) {
      format = 'mlit-oaza-chome';
      header = first;
    } else if (/^\d{12}$/.test(first[4] ?? '') && first.length >= 10) {
      format = 'mlit-oaza-chome'; // headerless MLIT file
      header = MLIT_COLUMNS;
      headerless = true;
    } else if (UTF8_REQUIRED.every((c) => first.includes(c))) {
      format = 'utf8-japanese-addresses';
      header = first;
    } else {
      return issues.fatal(1, null, 'unknown_format', `unrecognised header: ${first.slice(0, 10).join(',')}`, 'ヘッダーが位置参照情報（10列）にもUTF-8版にも一致しません');
    }
    columnIndex = new Map(header.map((h, i) => [h, i] as const));
    return headerless;
  };

  const at = (name: string) => columnIndex.get(name) ?? -1;

  const body = () => {
    const mlit = format === 'mlit-oaza-chome';
    const codeColumn = mlit ? '市区町村コード' : 'city_code';
    const cityColumn = at(mlit ? '市区町村名' : 'city_name');
    const hasPop75 = at('pop_75plus') >= 0;
    const hasCare3 = at('care3plus') >= 0;
    const latColumn = at(mlit ? '緯度' : 'lat');
    const lngColumn = at(mlit ? '経度' : 'lng');
    const expected = header.length;
    return (line: number, fields: string[]) => {
      rowsRead++;
      if (mlit && fields.length < 10) {
        issues.add(line, null, 'wrong_column_count', `expected 10 columns, found ${fields.length}`, `10列のはずが${fields.length}列です`);
        return;
      }
      if (!mlit && fields.length !== expected) {
        issues.add(line, null, 'wrong_column_count', `expected ${expected} columns, found ${fields.length}`, `${expected}列のはずが${fields.length}列です`);
        return;
      }
      const r = new RowReader(issues, line, (c) => {
        const k = at(c);
        return k >= 0 ? fields[k] : undefined;
      });
      const before = issues.count;
      const code = r.municipalityCode(codeColumn);
      const point = mlit ? r.point('緯度', '経度') : r.point('lat', 'lng');
      const town = mlit ? r.text('大字町丁目名') : r.text('town_name');
      const koaza = mlit ? null : r.text('koaza', false);
      const name = koaza ? `${town ?? ''}${koaza}` : town;
      // Messages name the municipality in words (the file's own name column), never by its code; `value` carries the code.
      const cityRaw = fields[cityColumn] ?? '';
      let cityName = cityNames.get(cityRaw);
      if (cityName === undefined) cityNames.set(cityRaw, (cityName = nfkcTrim(cityRaw)));
      let blockKey: string | null = null;
      if (mlit) {
        blockKey = r.raw('大字町丁目コード');
        if (!/^\d{12}$/.test(blockKey)) {
          issues.add(line, '大字町丁目コード', 'invalid_code', `block code must have 12 digits ("${blockKey}")`, `大字町丁目コードは12桁です（「${blockKey}」）`, blockKey);
        }
      } else {
        blockKey = koaza ? (town ? `${town}/${koaza}` : koaza) : (town ?? '');
      }
      const pop75 = hasPop75 ? r.number('pop_75plus', { population: true }) : null;
      const care3 = hasCare3 ? r.number('care3plus', { population: true }) : null;
      let municipalityCode = code?.jisCode5 ?? null;
      const change = municipalityCode ? changes.forBlock(municipalityCode, cityName, town ?? '') : null;
      if (change && municipalityCode) {
        notes.push({
          file,
          line,
          column: codeColumn,
          code: 'code_changed',
          fromCode: municipalityCode,
          toCode: change.currentCode,
          messageEn: `${cityName || 'this municipality'} → ${change.currentName}: ${change.reasonEn}`,
          messageJa: `${cityName || 'この市区町村'} → ${change.currentName}: ${change.reasonJa}`,
        });
        municipalityCode = change.currentCode;
      }
      if (municipalityCode && !ctx.known.has(municipalityCode)) {
        issues.add(
          line,
          codeColumn,
          'unknown_municipality',
          cityName ? `${cityName} is not imported yet (import municipalities first)` : "this line's municipality is not imported yet (import municipalities first)",
          cityName ? `${cityName}が未登録です（先に市区町村を取り込んでください）` : 'この行の市区町村が未登録です（先に市区町村を取り込んでください）',
          municipalityCode,
        );
      }
      if (municipalityCode && blockKey && issues.count === before) {
        let dup = seen.get(municipalityCode, blockKey);
        // Two old units merged into one (浜松市中区 and 南区 both had a part of 瓜内町): the parts stay two blocks, told apart by their old code.
        if (dup && dup.fromCode !== code!.jisCode5) {
          blockKey = `${blockKey}#${code!.jisCode5}`;
          dup = seen.get(municipalityCode, blockKey);
        }
        const where = { ja: cityName ? `${cityName}の` : '', en: cityName ? ` of ${cityName}` : '' };
        const what = name || 'this block';
        if (dup) {
          const other = dup.file === file ? { ja: `${dup.line}行目`, en: `line ${dup.line}` } : { ja: `${dup.file}の${dup.line}行目`, en: `${dup.file} line ${dup.line}` };
          issues.add(line, mlit ? '大字町丁目コード' : 'town_name', 'duplicate_key', `${what}${where.en} already appears on ${other.en}`, `${where.ja}${name || 'この町丁目'}は${other.ja}と重複しています`, blockKey);
        } else seen.set(municipalityCode, blockKey, file, line, code!.jisCode5);
      }
      if (issues.count > before) {
        if (change) notes.pop();
        return;
      }
      const row: TownBlockRow = { line, municipalityCode: municipalityCode!, blockKey: blockKey!, name: name || blockKey!, lat: point!.lat, lng: point!.lng, pop75plus: pop75, care3plus: care3 };
      imported++;
      if (sink) {
        const lat = fields[latColumn];
        const lng = fields[lngColumn];
        sink(row, PLAIN_DECIMAL.test(lat) ? lat : String(row.lat), PLAIN_DECIMAL.test(lng) ? lng : String(row.lng));
      } else rows.push(row);
    };
  };

  let records = 0;
  forEachCsvRecord(text, (line, fields) => {
    if (records++ === 0) {
      const headerless = start(fields.map((f) => f.normalize('NFKC').trim()));
      readRow = body();
      if (!headerless) return;
    }
    readRow(line, fields);
  });
  if (records === 0) issues.fatal(0, null, 'empty_file', 'the file is empty', 'ファイルが空です');
  if (rowsRead === 0) issues.fatal(1, null, 'empty_file', 'the file has a header but no data rows', 'ヘッダーだけでデータ行がありません');
  return { file, format: format!, encoding, rows, imported, rowsRead, skipped: issues.items, notes };
}

/** Strict reading of one file: any problem refuses it (every problem listed). */
export function parseTownBlocks(file: string, bytes: Buffer, knownMunicipalities: ReadonlySet<string>, changes?: CodeChangeTable): ParsedTownBlocks {
  const r = readTownBlocks(file, bytes, { known: knownMunicipalities, changes });
  if (r.skipped.length) reject(r.skipped);
  return { format: r.format, encoding: r.encoding, rows: r.rows };
}

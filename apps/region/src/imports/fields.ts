import { isInJapanBounds, parseMunicipalityCode } from '@sanpuku/region-domain';
import { IssueList } from './import.errors';

const NOT_ASCII = /[^\x20-\x7e]/;
const codeCache = new Map<string, ReturnType<typeof parseMunicipalityCode>>();

/** Unicode NFKC (full-width digits and letters → ASCII), trimmed; printable ASCII skips the normaliser (most numbers and codes). */
export function nfkcTrim(v: string): string {
  return (NOT_ASCII.test(v) ? v.normalize('NFKC') : v).trim();
}

/** Reads typed fields of one row, reporting problems with line and column. */
export class RowReader {
  constructor(
    private readonly issues: IssueList,
    readonly line: number,
    private readonly get: (column: string) => string | undefined,
  ) {}

  raw(column: string): string {
    return nfkcTrim(this.get(column) ?? '');
  }

  text(column: string, required = true): string | null {
    const v = this.raw(column);
    if (!v && required) {
      this.issues.add(this.line, column, 'invalid_value', 'value is required', '値が必要です');
      return null;
    }
    return v || null;
  }

  /** A number (full-width digits and thousands separators accepted); null when empty and optional. */
  number(column: string, o: { required?: boolean; min?: number; integer?: boolean; population?: boolean } = {}): number | null {
    const raw = this.raw(column);
    const v = raw.includes(',') ? raw.replace(/,/g, '') : raw;
    if (v === '') {
      if (o.required) this.issues.add(this.line, column, 'invalid_value', 'value is required', '値が必要です');
      return null;
    }
    const n = Number(v);
    if (!Number.isFinite(n)) {
      this.issues.add(this.line, column, 'invalid_number', `not a number: "${v}"`, `数値ではありません: 「${v}」`, v);
      return null;
    }
    if (o.population && n < 0) {
      this.issues.add(this.line, column, 'negative_population', `population cannot be negative (${n})`, `人口が負の値です (${n})`, v);
      return null;
    }
    if (o.min !== undefined && n < o.min) {
      this.issues.add(this.line, column, 'invalid_value', `must be at least ${o.min} (${n})`, `${o.min}以上である必要があります (${n})`, v);
      return null;
    }
    if (o.integer && !Number.isInteger(n)) {
      this.issues.add(this.line, column, 'invalid_number', `must be a whole number (${n})`, `整数である必要があります (${n})`, v);
      return null;
    }
    return n;
  }

  /** A 5-digit JIS code or a 6-digit 全国地方公共団体コード whose check digit is verified. */
  municipalityCode(column: string): { jisCode5: string; lgCode6: string } | null {
    const v = this.raw(column);
    let r = codeCache.get(v);
    if (!r) {
      r = parseMunicipalityCode(v);
      // A file repeats a few thousand codes over hundreds of thousands of rows.
      if (codeCache.size > 10_000) codeCache.clear();
      codeCache.set(v, r);
    }
    if (r.ok) return { jisCode5: r.jisCode5, lgCode6: r.lgCode6 };
    const why = {
      not_digits: ['not digits', '数字ではありません'],
      wrong_length: ['must have 5 digits (JIS) or 6 digits (with check digit)', '5桁(JIS)または6桁(検査数字付き)である必要があります'],
      invalid_prefecture_or_local_part: ['no such prefecture/municipality number', '都道府県・市区町村番号が不正です'],
      check_digit_mismatch: ['check digit does not match', '検査数字が一致しません'],
    }[r.reason];
    this.issues.add(this.line, column, 'invalid_code', `invalid municipality code "${v}": ${why[0]}`, `市区町村コード「${v}」が不正: ${why[1]}`, v);
    return null;
  }

  point(latColumn: string, lngColumn: string): { lat: number; lng: number } | null {
    const lat = this.number(latColumn, { required: true });
    const lng = this.number(lngColumn, { required: true });
    if (lat === null || lng === null) return null;
    if (!isInJapanBounds(lat, lng)) {
      this.issues.add(this.line, `${latColumn},${lngColumn}`, 'outside_japan', `coordinates ${lat}, ${lng} are outside Japan`, `座標 ${lat}, ${lng} は日本の範囲外です`);
      return null;
    }
    return { lat, lng };
  }
}

/** Maps a header row to column indexes, accepting any of several names per column. */
export function headerIndex(header: string[]): (names: readonly string[]) => number {
  const norm = header.map((h) => h.normalize('NFKC').trim().toLowerCase());
  return (names) => {
    for (const n of names) {
      const i = norm.indexOf(n.toLowerCase());
      if (i >= 0) return i;
    }
    return -1;
  };
}

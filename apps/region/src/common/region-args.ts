import { badUserInput, FieldProblem } from '@sanpuku/platform';
import { lgCheckDigit, normalizeCodeText } from '@sanpuku/region-domain';

/**
 * Argument checks shared by region's queries. A malformed value is BAD_USER_INPUT naming its
 * JSON Pointer (every problem of the call at once); a well-formed code that names nothing is
 * NOT_FOUND (decided by the caller, which looks it up). Nothing is clamped or silently ignored.
 */
export class ArgProblems {
  private readonly list: FieldProblem[] = [];

  add(p: FieldProblem | null): this {
    if (p) this.list.push(p);
    return this;
  }

  /**
   * A municipality code as a 5-digit JIS code: 5 digits, or the 6-digit 地方公共団体コード (its
   * check digit is verified), full-width digits accepted; null (and a problem) otherwise.
   */
  municipalityCode(raw: string, path: string): string | null {
    const s = normalizeCodeText(raw);
    if (!/^\d{5,6}$/.test(s)) {
      this.add({ path, code: 'invalid_format', messageJa: '市区町村コードは5桁の数字（または6桁の地方公共団体コード）です', messageEn: 'A municipality code has 5 digits (or the 6-digit local-government code)' });
      return null;
    }
    if (s.length === 6 && lgCheckDigit(s.slice(0, 5)) !== Number(s[5])) {
      this.add({ path, code: 'check_digit_mismatch', messageJa: '6桁の地方公共団体コードの検査数字が正しくありません', messageEn: 'The check digit of this 6-digit local-government code is wrong' });
      return null;
    }
    return s.slice(0, 5);
  }

  /** A prefecture code: 2 digits (full width accepted). */
  prefectureCode(raw: string, path: string): string | null {
    const s = normalizeCodeText(raw);
    if (/^\d{2}$/.test(s)) return s;
    this.add({ path, code: 'invalid_format', messageJa: '都道府県コードは2桁の数字です（例: 37）', messageEn: 'A prefecture code has 2 digits, e.g. 37' });
    return null;
  }

  /** A page size in 1..max. */
  pageSize(value: number, path: string, max: number): this {
    if (Number.isInteger(value) && value >= 1 && value <= max) return this;
    return this.add({ path, code: 'out_of_range', messageJa: `件数は1から${max}までの整数で指定してください`, messageEn: `Must be a whole number from 1 to ${max}` });
  }

  /** A text of at most `max` characters (code points). */
  maxLength(value: string | null | undefined, path: string, max: number): this {
    if (value == null || [...value].length <= max) return this;
    return this.add({ path, code: 'too_long', messageJa: `${max}文字以内で入力してください`, messageEn: `At most ${max} characters` });
  }

  /** Throws BAD_USER_INPUT with every problem collected, if any. */
  throwIfAny(): void {
    if (this.list.length) throw badUserInput(this.list);
  }
}

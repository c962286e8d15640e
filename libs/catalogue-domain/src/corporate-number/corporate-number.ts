/**
 * 法人番号 (Japanese Corporate Number, 13 digits) as defined by 国税庁 (法人番号の指定等に関する省令 第2条):
 * the FIRST digit is a check digit over the 12-digit base number:
 *
 *   check = 9 − ( Σ_{n=1..12} P_n × Q_n  mod 9 )
 *
 * where P_n is the base digit at position n counted from the RIGHT (least significant = 1) and
 * Q_n = 1 for odd n, 2 for even n. The result is always 1–9, so a number starting with 0 is invalid.
 * A passing check digit means well-formed, not registered: confirm on 国税庁法人番号公表サイト.
 */

export type CorporateNumberErrorCode = 'empty' | 'invalid_characters' | 'invalid_length' | 'check_digit_mismatch';

export type CorporateNumberResult =
  | { ok: true; value: string }
  | { ok: false; code: CorporateNumberErrorCode; messageJa: string; messageEn: string; expectedCheckDigit?: number };

const MESSAGES: Record<CorporateNumberErrorCode, { ja: string; en: string }> = {
  empty: { ja: '法人番号を入力してください。', en: 'Enter the corporate number.' },
  invalid_characters: {
    ja: '法人番号は数字13桁で入力してください（ハイフン・空白は可）。',
    en: 'A corporate number has 13 digits (hyphens and spaces are allowed).',
  },
  invalid_length: { ja: '法人番号は13桁です。', en: 'A corporate number has exactly 13 digits.' },
  check_digit_mismatch: {
    ja: '法人番号のチェックディジット（先頭の数字）が正しくありません。番号をご確認ください。',
    en: 'The check digit (first digit) of the corporate number does not match; please check the number.',
  },
};

/** Hyphen-like characters accepted (and dropped) between digit groups, plus every kind of space. */
const SEPARATORS = /[\s\u002D\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30FC\uFF0D\uFF70]/g;

/**
 * Normalises user input: NFKC (full-width digits → ASCII), then drops spaces and hyphen-like
 * separators. Returns the remaining string (which may still contain non-digits).
 */
export function normalizeCorporateNumberInput(input: string): string {
  return input.normalize('NFKC').replace(SEPARATORS, '');
}

/** Check digit for a 12-digit base number. Throws RangeError unless base is exactly 12 ASCII digits. */
export function computeCorporateNumberCheckDigit(base12: string): number {
  if (!/^\d{12}$/.test(base12)) throw new RangeError('base must be 12 ASCII digits');
  let sum = 0;
  for (let n = 1; n <= 12; n++) {
    const digit = base12.charCodeAt(12 - n) - 48;
    sum += digit * (n % 2 === 1 ? 1 : 2);
  }
  return 9 - (sum % 9);
}

/** Validates and normalises a corporate number; the value returned on success is 13 ASCII digits. */
export function validateCorporateNumber(input: string): CorporateNumberResult {
  const normalized = normalizeCorporateNumberInput(input);
  const fail = (code: CorporateNumberErrorCode, extra: { expectedCheckDigit?: number } = {}): CorporateNumberResult => ({
    ok: false,
    code,
    messageJa: MESSAGES[code].ja,
    messageEn: MESSAGES[code].en,
    ...extra,
  });
  if (normalized.length === 0) return fail('empty');
  if (!/^\d+$/.test(normalized)) return fail('invalid_characters');
  if (normalized.length !== 13) return fail('invalid_length');
  const expected = computeCorporateNumberCheckDigit(normalized.slice(1));
  if (Number(normalized[0]) !== expected) return fail('check_digit_mismatch', { expectedCheckDigit: expected });
  return { ok: true, value: normalized };
}

export function isValidCorporateNumber(input: string): boolean {
  return validateCorporateNumber(input).ok;
}

/** Builds a corporate number from a 12-digit base (e.g. a 会社法人等番号) by prefixing its check digit. */
export function corporateNumberFromBase(base12: string): string {
  const base = normalizeCorporateNumberInput(base12);
  return String(computeCorporateNumberCheckDigit(base)) + base;
}

/**
 * Municipality codes.
 * - 5-digit 市区町村コード (JIS X 0402 / 総務省): 2-digit prefecture 01–47 + 3-digit local part.
 *   Municipal local parts are 100–999 (100 = designated city, 101–199 its wards or Tokyo's
 *   special wards, 201+ cities, 3xx+ towns and villages); 000 would be the prefecture itself.
 * - 6-digit 全国地方公共団体コード: the 5 digits + a check digit.
 *
 * Check digit: r = (6·d1 + 5·d2 + 4·d3 + 3·d4 + 2·d5) mod 11; check = (11 − r) mod 10
 * (so r = 0 ⇒ 1 and r = 1 ⇒ 0). Verified against every row of
 * shared/data/municipalities/municipality_master.csv that has an lg_code6 (1,922 of 1,925
 * rows, all remainders 0–10 represented; the 3 Hamamatsu 2024 wards have no lg_code6 there).
 */

const CHECK_WEIGHTS = [6, 5, 4, 3, 2] as const;

/**
 * Unicode NFKC (full-width digits ０-９ → 0-9, full-width letters → ASCII) and trimmed
 * whitespace, including the ideographic space.
 */
export function normalizeCodeText(raw: string): string {
  return raw.normalize('NFKC').trim();
}

/** Check digit of a 5-digit municipality code (input must be 5 ASCII digits). */
export function lgCheckDigit(jisCode5: string): number {
  if (!/^\d{5}$/.test(jisCode5)) throw new RangeError(`not a 5-digit code: ${JSON.stringify(jisCode5)}`);
  let sum = 0;
  for (let i = 0; i < 5; i++) sum += (jisCode5.charCodeAt(i) - 48) * CHECK_WEIGHTS[i];
  return (11 - (sum % 11)) % 10;
}

/** 5-digit code → 6-digit 全国地方公共団体コード. */
export function toLgCode6(jisCode5: string): string {
  return jisCode5 + String(lgCheckDigit(jisCode5));
}

function hasValidParts(code5: string): boolean {
  const pref = Number(code5.slice(0, 2));
  const local = Number(code5.slice(2));
  return pref >= 1 && pref <= 47 && local >= 100;
}

/** 5 ASCII digits, prefecture 01–47, local part 100–999. Does not normalise. */
export function isValidJisCode5(code: string): boolean {
  return /^\d{5}$/.test(code) && hasValidParts(code);
}

/** 6 ASCII digits whose first five are a valid 5-digit code and whose last is its check digit. */
export function isValidLgCode6(code: string): boolean {
  return /^\d{6}$/.test(code) && isValidJisCode5(code.slice(0, 5)) && lgCheckDigit(code.slice(0, 5)) === Number(code[5]);
}

export type MunicipalityCodeParseResult =
  | { readonly ok: true; readonly jisCode5: string; readonly lgCode6: string }
  | {
      readonly ok: false;
      readonly input: string;
      readonly reason: 'not_digits' | 'wrong_length' | 'invalid_prefecture_or_local_part' | 'check_digit_mismatch';
    };

/**
 * Parses a 5- or 6-digit municipality code as users type or export it: NFKC-normalised first
 * (so '０１１０１' is accepted), then validated; a 6-digit code must carry the right check digit.
 * Numbers are not accepted on purpose: a spreadsheet that turned '01101' into 1101 has lost
 * information the caller must restore knowingly.
 */
export function parseMunicipalityCode(raw: string): MunicipalityCodeParseResult {
  const input = normalizeCodeText(raw);
  if (!/^\d+$/.test(input)) return { ok: false, input, reason: 'not_digits' };
  if (input.length !== 5 && input.length !== 6) return { ok: false, input, reason: 'wrong_length' };
  const code5 = input.slice(0, 5);
  if (!hasValidParts(code5)) return { ok: false, input, reason: 'invalid_prefecture_or_local_part' };
  const check = lgCheckDigit(code5);
  if (input.length === 6 && Number(input[5]) !== check) return { ok: false, input, reason: 'check_digit_mismatch' };
  return { ok: true, jisCode5: code5, lgCode6: code5 + String(check) };
}

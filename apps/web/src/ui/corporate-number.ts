/**
 * 法人番号 check, the same rule as libs/catalogue-domain/src/corporate-number (国税庁: the first
 * digit is 9 − (Σ P_n × Q_n mod 9) over the 12 digits after it, counted from the right, Q = 1 for odd
 * n and 2 for even n), copied so the form can say it live without loading the domain library.
 * corporate-number.spec.ts next to this file checks both agree.
 */
export type CorporateNumberCheck = 'ok' | 'empty' | 'invalid_characters' | 'invalid_length' | 'check_digit_mismatch';

const SEPARATORS = /[\s\u002D\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30FC\uFF0D\uFF70]/g;

export function normalizeCorporateNumber(input: string): string {
  return input.normalize('NFKC').replace(SEPARATORS, '');
}

export function checkCorporateNumber(input: string): CorporateNumberCheck {
  const n = normalizeCorporateNumber(input);
  if (!n) return 'empty';
  if (!/^\d+$/.test(n)) return 'invalid_characters';
  if (n.length !== 13) return 'invalid_length';
  let sum = 0;
  for (let i = 1; i <= 12; i++) sum += (n.charCodeAt(13 - i) - 48) * (i % 2 === 1 ? 1 : 2);
  return Number(n[0]) === 9 - (sum % 9) ? 'ok' : 'check_digit_mismatch';
}

import {
  computeCorporateNumberCheckDigit,
  corporateNumberFromBase,
  validateCorporateNumber,
} from '../index';

// Real, published corporate numbers. Each check digit was also worked by hand:
// 7000012050002 国税庁: base 000012050002, Σ = 2·1 + 5·1 + 2·1 + 1·2 = 11, 11 mod 9 = 2, 9 − 2 = 7.
// 9000012040001 外務省: Σ = 1·1 + 4·1 + 2·1 + 1·2 = 9, 9 mod 9 = 0, 9 − 0 = 9 (the "mod is 0" case).
// 1180301018771 トヨタ自動車: Σ = 53, 53 mod 9 = 8, 9 − 8 = 1.
// 5010001008846 (a large company, from the brief): Σ = 40, 40 mod 9 = 4, 9 − 4 = 5.
const REAL_NUMBERS = ['7000012050002', '9000012040001', '1180301018771', '5010001008846'];

describe('corporate number check digit', () => {
  it.each(REAL_NUMBERS)('accepts the real number %s', (n) => {
    expect(validateCorporateNumber(n)).toEqual({ ok: true, value: n });
  });

  it('computes the published check digits from the 12-digit bases', () => {
    expect(REAL_NUMBERS.map((n) => computeCorporateNumberCheckDigit(n.slice(1)))).toEqual([7, 9, 1, 5]);
    expect(corporateNumberFromBase('000012050002')).toBe('7000012050002');
  });

  it('weights from the right: swapping the weight direction would accept a wrong number', () => {
    // 12-digit base with an odd number of digits between the non-zero digits, so direction matters.
    expect(computeCorporateNumberCheckDigit('100000000000')).toBe(9 - (2 % 9)); // leftmost digit is n = 12 → weight 2
    expect(computeCorporateNumberCheckDigit('000000000001')).toBe(9 - (1 % 9)); // rightmost digit is n = 1 → weight 1
  });

  it('rejects each real number with any other first digit and reports the expected one', () => {
    for (const n of REAL_NUMBERS) {
      for (let d = 0; d <= 9; d++) {
        if (String(d) === n[0]) continue;
        const result = validateCorporateNumber(String(d) + n.slice(1));
        expect(result).toMatchObject({ ok: false, code: 'check_digit_mismatch', expectedCheckDigit: Number(n[0]) });
      }
    }
  });

  it('detects a single-digit typo in the base', () => {
    expect(validateCorporateNumber('7000012050003')).toMatchObject({ ok: false, code: 'check_digit_mismatch' });
  });

  it('rejects wrong lengths and empty input with bilingual messages', () => {
    const short = validateCorporateNumber('700001205000');
    expect(short).toMatchObject({ ok: false, code: 'invalid_length' });
    if (!short.ok) {
      expect(short.messageJa).toContain('13桁');
      expect(short.messageEn).toContain('13 digits');
    }
    expect(validateCorporateNumber('  ')).toMatchObject({ ok: false, code: 'empty' });
  });
});

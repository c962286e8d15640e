import {
  isValidJisCode5,
  isValidLgCode6,
  lgCheckDigit,
  normalizeCodeText,
  parseMunicipalityCode,
  toLgCode6,
} from '../index';

/**
 * Real rows of shared/data/municipalities/municipality_master.csv (jis_code5, lg_code6).
 * The rule (11 − Σ dᵢ·wᵢ mod 11) mod 10 with weights 6,5,4,3,2 matched all 1,922 rows that have
 * an lg_code6; these rows cover the two special remainders (0 ⇒ 1, 1 ⇒ 0) and ordinary ones.
 */
const REAL_ROWS: Array<[string, string, string]> = [
  ['01100', '011002', '札幌市'],
  ['01101', '011011', '札幌市中央区 (remainder 0 ⇒ check digit 1)'],
  ['01107', '011070', '札幌市西区 (remainder 1 ⇒ check digit 0)'],
  ['07546', '075469', '双葉町'],
  ['13101', '131016', '千代田区'],
  ['13362', '133621', '利島村 (remainder 0)'],
  ['14150', '141500', '相模原市 (remainder 1)'],
  ['22130', '221309', '浜松市'],
  ['27100', '271004', '大阪市'],
  ['40100', '401005', '北九州市'],
  ['47201', '472018', '那覇市'],
  ['47382', '473821', '与那国町'],
];

describe('6-digit 全国地方公共団体コード check digit', () => {
  it.each(REAL_ROWS)('%s → %s (%s)', (code5, code6) => {
    expect(lgCheckDigit(code5)).toBe(Number(code6[5]));
    expect(toLgCode6(code5)).toBe(code6);
    expect(isValidLgCode6(code6)).toBe(true);
  });

  it('a naive "11 − remainder" without the final mod 10 would be wrong for remainders 0 and 1', () => {
    const sum = (c: string) => [6, 5, 4, 3, 2].reduce((s, w, i) => s + w * Number(c[i]), 0);
    expect(sum('01101') % 11).toBe(0);
    expect(sum('01107') % 11).toBe(1);
    expect(lgCheckDigit('01101')).toBe(1);
    expect(lgCheckDigit('01107')).toBe(0);
  });

  it('rejects a 6-digit code whose check digit is wrong', () => {
    expect(isValidLgCode6('131017')).toBe(false);
    expect(parseMunicipalityCode('131017')).toEqual({ ok: false, input: '131017', reason: 'check_digit_mismatch' });
  });
});

describe('parsing codes as users type them', () => {
  it('normalises full-width digits and ideographic spaces (NFKC)', () => {
    expect(normalizeCodeText('　１３１０１ ')).toBe('13101');
    expect(parseMunicipalityCode('１３１０１')).toEqual({ ok: true, jisCode5: '13101', lgCode6: '131016' });
    expect(parseMunicipalityCode('０１１０１１')).toEqual({ ok: true, jisCode5: '01101', lgCode6: '011011' });
  });

  it('accepts 5-digit codes and derives the 6-digit form', () => {
    expect(parseMunicipalityCode('47382')).toEqual({ ok: true, jisCode5: '47382', lgCode6: '473821' });
  });

  it.each([
    ['1101', 'wrong_length'], // a spreadsheet dropped the leading zero: not silently repaired
    ['1310160', 'wrong_length'],
    ['13-101', 'not_digits'],
    ['', 'not_digits'],
    ['48101', 'invalid_prefecture_or_local_part'],
    ['00101', 'invalid_prefecture_or_local_part'],
    ['13000', 'invalid_prefecture_or_local_part'], // the prefecture itself, not a municipality
  ])('%p is rejected as %s', (raw, reason) => {
    expect(parseMunicipalityCode(raw)).toMatchObject({ ok: false, reason });
  });

  it('isValidJisCode5 does not normalise: full-width input is invalid until parsed', () => {
    expect(isValidJisCode5('13101')).toBe(true);
    expect(isValidJisCode5('１３１０１')).toBe(false);
  });
});

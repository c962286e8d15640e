/** The web form's live 法人番号 check says exactly what the catalogue's domain rule says. */
import { checkCorporateNumber } from './corporate-number';
import { validateCorporateNumber } from '@sanpuku/catalogue-domain';

describe('法人番号 check in the web app', () => {
  it('agrees with libs/catalogue-domain on valid, mistyped, short, full-width and hyphenated numbers', () => {
    const samples = ['1470001099001', '7000012050002', '2470001099001', '147000109900', '１４７０００１０９９００１', '1-4700-0109-9001', '14700010990O1', ''];
    for (let i = 0; i < 200; i++) samples.push(String(1_000_000_000_000 + ((i * 7_919_113_337) % 8_999_999_999_999)));
    for (const s of samples) {
      const lib = validateCorporateNumber(s);
      expect([s, checkCorporateNumber(s)]).toEqual([s, lib.ok ? 'ok' : lib.code]);
    }
    expect(checkCorporateNumber('1470001099001')).toBe('ok');
    expect(checkCorporateNumber('2470001099001')).toBe('check_digit_mismatch');
  });
});

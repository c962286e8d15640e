import { validateCorporateNumber } from '../index';

describe('corporate number typed the way people type it', () => {
  it.each([
    ['full-width digits', '７００００１２０５０００２'],
    ['hyphen groups (1-4-4-4)', '7-0000-1205-0002'],
    ['full-width hyphen and ideographic space', '７－００００－１２０５　０００２'],
    ['katakana long-vowel mark used as a dash', '7ー0000ー1205ー0002'],
    ['surrounding and inner spaces', ' 7000 0120 50002 '],
  ])('normalises %s to 13 ASCII digits', (_label, input) => {
    expect(validateCorporateNumber(input)).toEqual({ ok: true, value: '7000012050002' });
  });

  it('still rejects letters after normalisation', () => {
    expect(validateCorporateNumber('7000O12050002')).toMatchObject({ ok: false, code: 'invalid_characters' });
    expect(validateCorporateNumber('T7000012050002')).toMatchObject({ ok: false, code: 'invalid_characters' });
  });
});

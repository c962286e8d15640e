import { jstWords } from './jst-date';

describe('dates in sentences', () => {
  it('dates.jst-in-japanese-and-english-never-iso', () => {
    expect(jstWords(new Date('2026-12-01T23:02:00Z'))).toEqual({ ja: '2026年12月2日 8:02', en: '2 Dec 2026, 08:02 JST' });
    expect(jstWords(new Date('2026-12-31T15:00:59Z'))).toEqual({ ja: '2027年1月1日 0:00', en: '1 Jan 2027, 00:00 JST' });
  });
});

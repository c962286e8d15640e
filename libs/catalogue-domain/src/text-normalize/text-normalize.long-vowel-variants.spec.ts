import { normalizeForSearch } from '../index';

describe('long-vowel mark variants', () => {
  it('a hyphen or dash typed after katakana is read as ー', () => {
    expect(normalizeForSearch('ヘルパ－')).toBe(normalizeForSearch('ヘルパー'));
    expect(normalizeForSearch('サ-ビス')).toBe(normalizeForSearch('サービス'));
  });

  it('repeated ー collapse', () => {
    expect(normalizeForSearch('ガーーーイド')).toBe('がーいど');
  });

  it('a trailing ー of a 4+ character word is optional (JIS Z 8301 variance)', () => {
    expect(normalizeForSearch('ケアマネージャー')).toBe(normalizeForSearch('ケアマネージャ'));
    expect(normalizeForSearch('ヘルパー')).toBe('へるぱ');
  });

  it('short words keep their ー', () => {
    expect(normalizeForSearch('ケー')).toBe('けー');
    expect(normalizeForSearch('ケー')).not.toBe(normalizeForSearch('ケ'));
  });

  it('a hyphen between digits or Latin letters is left alone', () => {
    expect(normalizeForSearch('03-1234-5678')).toBe('03-1234-5678');
  });
});

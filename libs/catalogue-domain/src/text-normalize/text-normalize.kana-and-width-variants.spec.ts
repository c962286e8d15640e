import { matchesSearchQuery, normalizeForSearch, tokenizeForSearch } from '../index';

describe('kana and width variants normalise to one form', () => {
  it('half-width katakana, full-width katakana and hiragana are the same word', () => {
    const forms = ['ｶﾞｲﾄﾞ', 'ガイド', 'がいど'].map(normalizeForSearch);
    expect(forms).toEqual(['がいど', 'がいど', 'がいど']);
  });

  it('composes half-width voiced and semi-voiced marks (ﾍﾙﾊﾟｰ → へるぱ…)', () => {
    expect(normalizeForSearch('ﾍﾙﾊﾟｰｽﾃｰｼｮﾝ')).toBe(normalizeForSearch('ヘルパーステーション'));
    expect(normalizeForSearch('ﾎﾟｲﾝﾄ')).toBe('ぽいんと');
  });

  it('full-width Latin letters and digits fold to lower-case ASCII', () => {
    expect(normalizeForSearch('ＡＢＣ')).toBe('abc');
    expect(normalizeForSearch('ABC')).toBe('abc');
    expect(normalizeForSearch('２４時間')).toBe('24時間');
  });

  it('a search for any variant finds a listing written in another', () => {
    const listing = '外出ガイドヘルパー（ABC介護サービス）';
    for (const q of ['ｶﾞｲﾄﾞ', 'がいど', 'ガイド', 'ａｂｃ', 'ヘルパ', 'へるぱー']) {
      expect(matchesSearchQuery(listing, q)).toBe(true);
    }
    expect(matchesSearchQuery(listing, 'ボランティア')).toBe(false);
  });

  it('keeps small kana distinct (病院 びょういん is not 美容院 びよういん)', () => {
    expect(normalizeForSearch('ビョウイン')).not.toBe(normalizeForSearch('ビヨウイン'));
  });

  it('tokens of the variants are identical', () => {
    expect(tokenizeForSearch('ｶﾞｲﾄﾞ')).toEqual(tokenizeForSearch('がいど'));
    expect(tokenizeForSearch('ｶﾞｲﾄﾞ')).toEqual(['がい', 'いど']);
  });
});

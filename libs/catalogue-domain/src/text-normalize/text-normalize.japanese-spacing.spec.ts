import { matchesSearchQuery, normalizeForSearch, tokenizeForSearch } from '../index';

describe('spaces inside Japanese text do not split words', () => {
  it('配食　サービス (ideographic space), 配食 サービス and 配食サービス normalise alike', () => {
    expect(normalizeForSearch('配食　サービス')).toBe('配食さーびす');
    expect(normalizeForSearch('配食 サービス')).toBe('配食さーびす');
    expect(normalizeForSearch('配食サービス')).toBe('配食さーびす');
  });

  it('they produce the same tokens, so either spelling finds the other', () => {
    expect(tokenizeForSearch('配食　サービス')).toEqual(tokenizeForSearch('配食サービス'));
    expect(matchesSearchQuery('やまびこ配食サービス', '配食　サービス')).toBe(true);
    expect(matchesSearchQuery('配食　サービス', '配食サービス')).toBe(true);
  });

  it('spaces between Latin words are kept (one space) and separate words', () => {
    expect(normalizeForSearch('  Care   Taxi  ')).toBe('care taxi');
    expect(tokenizeForSearch('Care Taxi')).toEqual(['care', 'taxi']);
  });
});

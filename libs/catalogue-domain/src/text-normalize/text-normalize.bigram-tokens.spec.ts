import { matchesSearchQuery, tokenizeForSearch } from '../index';

describe('dictionary-free tokenizer', () => {
  it('emits character bigrams for Japanese runs and whole words for Latin/digit runs', () => {
    expect(tokenizeForSearch('配食サービス')).toEqual(['配食', '食さ', 'さー', 'ーび', 'びす']);
    expect(tokenizeForSearch('ABC介護 24時間')).toEqual(['abc', '介護', '24', '時間']);
  });

  it('punctuation and symbols separate runs', () => {
    expect(tokenizeForSearch('見守り・緊急連絡')).toEqual(['見守', '守り', '緊急', '急連', '連絡']);
  });

  it('a one-character run is a unigram token', () => {
    expect(tokenizeForSearch('食')).toEqual(['食']);
  });

  it('a one-character Japanese query matches inside bigrams; other tokens must all match', () => {
    expect(matchesSearchQuery('配食サービス', '食')).toBe(true);
    expect(matchesSearchQuery('配食サービス', '配食 移動')).toBe(false);
    expect(matchesSearchQuery('配食サービス', '')).toBe(true);
  });
});

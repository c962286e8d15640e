import { queryTokens, searchSql, textQuery } from './search.query';
import { byRelevanceThenTitle, categoriesMatchingText, relevanceOf, type RankableTexts } from './search.relevance';

const offering = (o: Partial<RankableTexts>): RankableTexts => ({
  title: '',
  titleEn: null,
  description: null,
  descriptionEn: null,
  categoryNames: [],
  operatorName: '',
  operatorAlternateName: null,
  ...o,
});

describe('search relevance: title > category name > description > operator name', () => {
  it('scores each field that holds the whole text, weights 8, 4, 2, 1', () => {
    const t = queryTokens('配食');
    expect(relevanceOf(offering({ title: 'ひだまり配食 夕食お届け', operatorName: 'ひだまり配食株式会社' }), t)).toEqual({ relevance: 9, matchedIn: ['title', 'operator'] });
    expect(relevanceOf(offering({ title: 'ひだまり 家事代行', operatorName: 'ひだまり配食株式会社' }), t)).toEqual({ relevance: 1, matchedIn: ['operator'] });
    expect(relevanceOf(offering({ title: 'x', categoryNames: ['配食', 'Meal delivery'] }), t)).toEqual({ relevance: 4, matchedIn: ['category'] });
    expect(relevanceOf(offering({ title: 'x', descriptionEn: null, description: '配食と見守り' }), t)).toEqual({ relevance: 2, matchedIn: ['description'] });
  });

  it('a title match outranks category + description + operator together; ties go by title then id', () => {
    const rows = [
      { id: 'b', titleSort: 'あ', ...relevanceOf(offering({ title: 'あ', categoryNames: ['配食'], description: '配食', operatorName: '配食' }), queryTokens('配食')) },
      { id: 'c', titleSort: 'ん', ...relevanceOf(offering({ title: 'ん配食' }), queryTokens('配食')) },
      { id: 'a', titleSort: 'ん', ...relevanceOf(offering({ title: 'ん配食' }), queryTokens('配食')) },
    ];
    expect(rows.sort(byRelevanceThenTitle).map((r) => r.id)).toEqual(['a', 'c', 'b']);
  });

  it('words spread over fields: found by the index, but no field holds the whole text (relevance 0)', () => {
    expect(relevanceOf(offering({ title: '配食', description: '見守り' }), queryTokens('配食 見守り'))).toEqual({ relevance: 0, matchedIn: [] });
  });

  it('categories whose ja or en name holds the whole text', () => {
    const names = new Map([
      ['meal_delivery', { ja: '食事', en: 'Meals (delivery)' }],
      ['housework', { ja: '家事', en: 'Housework' }],
    ]);
    expect(categoriesMatchingText(names, queryTokens('食事'))).toEqual(['meal_delivery']);
    expect(categoriesMatchingText(names, queryTokens('ＭＥＡＬＳ'))).toEqual(['meal_delivery']);
    expect(categoriesMatchingText(names, queryTokens('配食'))).toEqual([]);
  });
});

describe('a text of only symbols', () => {
  it('matches nothing instead of being dropped (which would match everything)', () => {
    for (const text of ['%', '_', '*', '\\', '%_\\*', '％＿', "'; --"]) {
      expect(textQuery(text)).toBe('nothing');
      expect(searchSql({ text }).where).toBe(`status = 'published' AND false`);
    }
    expect(textQuery('  ')).toBeNull();
    expect(textQuery('%配食%')).toEqual(['配食']);
  });

  it('category names widen a text criterion with OR', () => {
    const s = searchSql({ text: '食事' }, { categoriesMatchingText: ['meal_delivery'] });
    expect(s.where).toBe(`status = 'published' AND (search_tokens @> $1::text[] OR categories && $2::text[])`);
    expect(s.params).toEqual([['食事'], ['meal_delivery']]);
  });
});

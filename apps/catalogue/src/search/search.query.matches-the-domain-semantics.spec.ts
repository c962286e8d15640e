import { matchesSearchQuery } from '@sanpuku/catalogue-domain';
import { indexTokensOf } from '../offerings/offering.search-columns';
import { queryTokens } from './search.query';

/** What the SQL condition `search_tokens @> query tokens` decides for one document text. */
const indexMatches = (doc: string, query: string) => {
  const tokens = indexTokensOf(doc);
  return queryTokens(query).every((t) => tokens.has(t));
};

const DOCUMENTS = [
  'ｶﾞｲﾄﾞ付きで商店街をまわります。ＧＰＳ見守り付き。',
  'ガイドヘルパーとおでかけ',
  '管理栄養士が献立を作る夕食を、安否確認を兼ねて手渡しでお届けします。',
  '島の家事お手伝い',
  'ヘルパ－派遣サービス（２４時間）',
  'Meal delivery for seniors',
];
const QUERIES = ['ガイド', 'ｶﾞｲﾄﾞ', 'がいど', 'ＧＰＳ', 'gps', '島', '食', '夕食', 'ヘルパー', 'ﾍﾙﾊﾟｰ', '24時間', '２４', 'サービス', 'meal', 'MEAL', 'お届け', '商店', 'か', 'xyz', '配食'];

describe('the token index answers queries as the domain’s matchesSearchQuery does', () => {
  it.each(DOCUMENTS)('%s', (doc) => {
    for (const q of QUERIES) expect([q, indexMatches(doc, q)]).toEqual([q, matchesSearchQuery(doc, q)]);
  });

  it('a space in a query separates words: whatever the domain matches is found, and more', () => {
    const doc = DOCUMENTS[0];
    expect(matchesSearchQuery(doc, '商店街 ガイド')).toBe(false); // the normaliser joins 街 and が
    expect(indexMatches(doc, '商店街 ガイド')).toBe(true);
    for (const d of DOCUMENTS) for (const q of ['見守り 付き', '家事 島', 'ガイド おでかけ']) if (matchesSearchQuery(d, q)) expect(indexMatches(d, q)).toBe(true);
  });
});

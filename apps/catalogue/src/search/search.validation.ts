import { fieldError, type FieldError, type MessagePair } from '@sanpuku/catalogue-domain';
import type { SearchCriteria } from './search.query';

export const SEARCH_MESSAGES = {
  lat_invalid: { ja: '緯度は-90〜90で指定してください。', en: 'Latitude must be between -90 and 90.' },
  lng_invalid: { ja: '経度は-180〜180で指定してください。', en: 'Longitude must be between -180 and 180.' },
  municipality_code_invalid: { ja: '市区町村コードは5桁の数字です。', en: 'A municipality code has 5 digits.' },
  price_negative: { ja: '上限金額にマイナスは指定できません。', en: 'The price ceiling cannot be negative.' },
  day_invalid: { ja: '曜日は0（日）〜6（土）で指定してください。', en: 'Day must be 0 (Sunday) to 6 (Saturday).' },
  first_invalid: { ja: '1ページの件数は1〜100件で指定してください。', en: 'Ask for 1 to 100 results per page.' },
  offset_invalid: { ja: '開始位置は0〜10,000で指定してください。それより先は条件を絞り込んでください。', en: 'Start at 0 to 10,000; narrow the search to see further.' },
  category_unknown: { ja: 'この分類は分類表にありません。分類表から選んでください。', en: 'This category is not in the taxonomy; choose one from it.' },
  text_too_long: { ja: '検索語は200文字以内にしてください。', en: 'Use at most 200 characters of search text.' },
} as const satisfies Record<string, MessagePair>;

export const MAX_PAGE = 100;
/** The furthest a client may page (offset); beyond it, narrow the criteria. Bounded so no request sorts and skips the whole catalogue. */
export const MAX_OFFSET = 10_000;
/** Longest free-text query, in characters (code points). */
export const MAX_SEARCH_TEXT = 200;

/** Every problem with search criteria and paging (pure). */
export function validateSearch(c: SearchCriteria, page: { first: number; offset: number }): FieldError[] {
  const e: FieldError[] = [];
  const m = SEARCH_MESSAGES;
  if (c.near) {
    if (!(c.near.lat >= -90 && c.near.lat <= 90)) e.push(fieldError('/filter/near/lat', 'lat_invalid', m.lat_invalid));
    if (!(c.near.lng >= -180 && c.near.lng <= 180)) e.push(fieldError('/filter/near/lng', 'lng_invalid', m.lng_invalid));
    if (c.near.municipalityCode && !/^\d{5}$/.test(c.near.municipalityCode))
      e.push(fieldError('/filter/near/municipalityCode', 'municipality_code_invalid', m.municipality_code_invalid));
  }
  if (c.municipalityCode && !/^\d{5}$/.test(c.municipalityCode)) e.push(fieldError('/filter/municipalityCode', 'municipality_code_invalid', m.municipality_code_invalid));
  if (c.maxPriceYen !== null && c.maxPriceYen !== undefined && c.maxPriceYen < 0) e.push(fieldError('/filter/maxPriceYen', 'price_negative', m.price_negative));
  if (c.dayOfWeek !== null && c.dayOfWeek !== undefined && !(Number.isInteger(c.dayOfWeek) && c.dayOfWeek >= 0 && c.dayOfWeek <= 6))
    e.push(fieldError('/filter/dayOfWeek', 'day_invalid', m.day_invalid));
  if (c.text && [...c.text].length > MAX_SEARCH_TEXT) e.push(fieldError('/filter/text', 'text_too_long', m.text_too_long));
  if (!(Number.isInteger(page.first) && page.first >= 1 && page.first <= MAX_PAGE)) e.push(fieldError('/first', 'first_invalid', m.first_invalid));
  if (!(Number.isInteger(page.offset) && page.offset >= 0 && page.offset <= MAX_OFFSET)) e.push(fieldError('/offset', 'offset_invalid', m.offset_invalid));
  return e;
}

/** A category filter naming a code the taxonomy does not have (active or not) is a mistake, not an empty result. */
export function unknownCategoryProblems(categories: readonly string[], known: ReadonlyMap<string, unknown>): FieldError[] {
  return categories.flatMap((c, i) => (known.has(c) ? [] : [fieldError(`/filter/categories/${i}`, 'category_unknown', SEARCH_MESSAGES.category_unknown)]));
}

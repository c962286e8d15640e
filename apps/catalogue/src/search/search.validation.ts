import { fieldError, type FieldError, type MessagePair } from '@sanpuku/catalogue-domain';
import type { SearchCriteria } from './search.query';

export const SEARCH_MESSAGES = {
  lat_invalid: { ja: '緯度は-90〜90で指定してください。', en: 'Latitude must be between -90 and 90.' },
  lng_invalid: { ja: '経度は-180〜180で指定してください。', en: 'Longitude must be between -180 and 180.' },
  municipality_code_invalid: { ja: '市区町村コードは5桁の数字です。', en: 'A municipality code has 5 digits.' },
  price_negative: { ja: '上限金額にマイナスは指定できません。', en: 'The price ceiling cannot be negative.' },
  day_invalid: { ja: '曜日は0（日）〜6（土）で指定してください。', en: 'Day must be 0 (Sunday) to 6 (Saturday).' },
  first_invalid: { ja: '件数は1〜100で指定してください。', en: 'first must be between 1 and 100.' },
  offset_invalid: { ja: '開始位置は0以上で指定してください。', en: 'offset must not be negative.' },
  text_too_long: { ja: '検索語は200文字以内にしてください。', en: 'Use at most 200 characters of search text.' },
} as const satisfies Record<string, MessagePair>;

export const MAX_PAGE = 100;

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
  if (c.text && c.text.length > 200) e.push(fieldError('/filter/text', 'text_too_long', m.text_too_long));
  if (!(page.first >= 1 && page.first <= MAX_PAGE)) e.push(fieldError('/first', 'first_invalid', m.first_invalid));
  if (!(page.offset >= 0)) e.push(fieldError('/offset', 'offset_invalid', m.offset_invalid));
  return e;
}

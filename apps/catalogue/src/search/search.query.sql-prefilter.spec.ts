import { queryTokens, searchSql } from './search.query';
import { validateSearch } from './search.validation';

describe('search criteria as an SQL prefilter', () => {
  it('no criteria: every published listing', () => {
    expect(searchSql({})).toEqual({ where: `status = 'published'`, params: [], municipalityAreasIncluded: true });
  });

  it('each criterion becomes one condition with its parameters', () => {
    const s = searchSql({
      categories: ['meal_delivery', 'housework'],
      municipalityCode: '37201',
      coverage: 'not_covered',
      careLevel: 'care_3',
      maxPriceYen: 1000,
      dayOfWeek: 2,
      capacity: ['available', 'waitlist'],
    });
    expect(s.where.split(' AND ')).toEqual([
      `status = 'published'`,
      `categories && $1::text[]`,
      `served_municipalities @> ARRAY[$2::text]`,
      `coverage = $3`,
      `(no_certification OR care_levels @> ARRAY[$4::text])`,
      `price_yen <= $5::int`,
      `(cardinality(days) = 0 OR days @> ARRAY[$6::int])`,
      `capacity_status = ANY($7::text[])`,
    ]);
    expect(s.params).toEqual([['meal_delivery', 'housework'], '37201', 'not_covered', 'care_3', 1000, 2, ['available', 'waitlist']]);
  });

  it('a person without certification: only offerings that need none', () => {
    expect(searchSql({ careLevel: 'none' }).where).toBe(`status = 'published' AND no_certification`);
  });

  it('a point with its municipality: the municipality-list areas that list it, or a box containing the point', () => {
    const s = searchSql({ near: { lat: 34.34, lng: 134.05, municipalityCode: '37201' } });
    expect(s.where).toBe(
      `status = 'published' AND ((area_kind = 'municipalities' AND served_municipalities @> ARRAY[$3::text]) OR bbox @> box(point($1::float8, $2::float8), point($1::float8, $2::float8)))`,
    );
    expect(s.params).toEqual([134.05, 34.34, '37201']);
    expect(s.municipalityAreasIncluded).toBe(true);
  });

  it('a point without its municipality leaves municipality-list areas out, and says so', () => {
    const s = searchSql({ near: { lat: 34.34, lng: 134.05 } });
    expect(s.where).toBe(`status = 'published' AND bbox @> box(point($1::float8, $2::float8), point($1::float8, $2::float8))`);
    expect(s.municipalityAreasIncluded).toBe(false);
  });

  it('free text: every query token (a single kanji included) in one array condition on the token index', () => {
    const s = searchSql({ text: 'ｶﾞｲﾄﾞ 島' });
    expect(s.where).toBe(`status = 'published' AND search_tokens @> $1::text[]`);
    expect(s.params).toEqual([['いど', 'がい', '島']]);
  });
});

describe('query tokens', () => {
  it('full-width, half-width and kana variants give the same tokens', () => {
    expect(queryTokens('ｶﾞｲﾄﾞ')).toEqual(queryTokens('ガイド'));
    expect(queryTokens('ガイド')).toEqual(queryTokens('がいど'));
    expect(queryTokens('ＧＰＳ')).toEqual(['gps']);
  });

  it('a space separates query words (both must occur) instead of joining them', () => {
    expect(queryTokens('商店街 ガイド')).toEqual(['いど', 'がい', '商店', '店街']);
    expect(queryTokens('商店街　ガイド')).toEqual(queryTokens('商店街 ガイド'));
  });
});

describe('search input checks', () => {
  it('names every bad field', () => {
    const e = validateSearch({ near: { lat: 91, lng: 200, municipalityCode: '372' }, municipalityCode: 'x', maxPriceYen: -1, dayOfWeek: 7 }, { first: 0, offset: -1 });
    expect(e.map((x) => `${x.path} ${x.code}`)).toEqual([
      '/filter/near/lat lat_invalid',
      '/filter/near/lng lng_invalid',
      '/filter/near/municipalityCode municipality_code_invalid',
      '/filter/municipalityCode municipality_code_invalid',
      '/filter/maxPriceYen price_negative',
      '/filter/dayOfWeek day_invalid',
      '/first first_invalid',
      '/offset offset_invalid',
    ]);
  });
});

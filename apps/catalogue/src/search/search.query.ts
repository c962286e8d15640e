/**
 * Search criteria → SQL prefilter (pure). Everything except point containment in radius and
 * polygon areas is decided exactly in SQL on the derived columns:
 *
 * | criterion        | SQL                                                            | index                  |
 * |------------------|----------------------------------------------------------------|------------------------|
 * | published only   | status = 'published'                                           | every index is partial |
 * | categories (any) | categories && $codes                                           | GIN                    |
 * | municipality     | served_municipalities @> {code}                                | GIN                    |
 * | free text        | search_tokens @> $tokens (bigrams, words, single characters)   | GIN                    |
 * |                  | OR categories && $codes whose name holds the whole text        | GIN                    |
 * | symbols-only text| false (matches nothing; never dropped)                         | —                      |
 * | point            | (municipality list AND its code) OR bbox @> point (kernel's    | GIN / GiST             |
 * |                  | `serviceAreaPrefilterSql`, the same as matching's shortlist)  |                        |
 * | coverage, price, care level, day, capacity | plain comparisons                    | —                      |
 *
 * A point in a radius/polygon area's bounding box is then checked exactly in TypeScript with the
 * domain's `locateInServiceArea` (geodesic radius on the WGS84 ellipsoid, polygon with holes).
 * A municipality-list area contains a point only if the point's municipality is known: the
 * caller passes it with the point (matching knows it from the region service); without it those
 * areas are left out of a point search.
 */
import { tokenizeForSearch, type CareLevel, type CapacityStatus, type InsuranceCoverage } from '@sanpuku/catalogue-domain';
import { serviceAreaPrefilterSql, type StoredAreaColumns } from '@sanpuku/kernel';

/** Where the offering table keeps what the service-area prefilter reads (derived on every write). */
const AREA_COLUMNS: StoredAreaColumns = { kind: 'area_kind', codes: { sql: 'served_municipalities', type: 'text[]' }, box: 'bbox' };

export interface SearchPoint {
  lat: number;
  lng: number;
  /** The point's municipality (5-digit JIS), needed for municipality-list areas. */
  municipalityCode?: string | null;
}

export interface SearchCriteria {
  categories?: string[] | null;
  near?: SearchPoint | null;
  municipalityCode?: string | null;
  coverage?: InsuranceCoverage | null;
  /** The person's certification: `none` = not certified (only offerings needing none). */
  careLevel?: CareLevel | 'none' | null;
  maxPriceYen?: number | null;
  /** 0 = Sunday … 6 = Saturday; offerings "by arrangement" (no schedule) match every day. */
  dayOfWeek?: number | null;
  capacity?: CapacityStatus[] | null;
  text?: string | null;
}

/**
 * Query tokens, as the offering's index tokens are made (offering.search-columns.ts): the domain
 * tokenizer's (normalised; bigrams of Japanese runs, words otherwise), and a single Japanese
 * character stays a one-character token, matched by the documents' character tokens — as the
 * domain's matchesSearchQuery matches it against any bigram containing it. A space in a query
 * separates words (商店街 ガイド = both words), whereas the normaliser joins Japanese across a space
 * (right for documents: 配食　サービス ≡ 配食サービス), so each word is tokenised on its own.
 */
export function queryTokens(text: string): string[] {
  const words = text.normalize('NFKC').split(/\s+/).filter(Boolean);
  return [...new Set(words.flatMap((w) => tokenizeForSearch(w)))].sort();
}

export interface SearchSql {
  /** WHERE clause over table `offering` (no alias). */
  where: string;
  params: unknown[];
  /** Whether municipality-list areas can match a point search (its municipality was given). */
  municipalityAreasIncluded: boolean;
}

/**
 * The text's query tokens, or `'nothing'` when the text is not blank but has no searchable
 * character (only symbols such as % _ * \ and punctuation): such a text matches nothing, it is
 * never dropped (which would match everything). `null` = no text criterion (absent or blank).
 */
export function textQuery(text: string | null | undefined): string[] | 'nothing' | null {
  if (!text || text.trim() === '') return null;
  const tokens = queryTokens(text);
  return tokens.length === 0 ? 'nothing' : tokens;
}

export interface SearchSqlOptions {
  /** Category codes whose name holds the whole text: their offerings match the text too. */
  categoriesMatchingText?: readonly string[];
}

export function searchSql(c: SearchCriteria, options: SearchSqlOptions = {}): SearchSql {
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const where: string[] = [`status = 'published'`];
  if (c.categories && c.categories.length > 0) where.push(`categories && ${p(c.categories)}::text[]`);
  if (c.municipalityCode) where.push(`served_municipalities @> ARRAY[${p(c.municipalityCode)}::text]`);
  if (c.coverage) where.push(`coverage = ${p(c.coverage)}`);
  if (c.careLevel === 'none') where.push(`no_certification`);
  else if (c.careLevel) where.push(`(no_certification OR care_levels @> ARRAY[${p(c.careLevel)}::text])`);
  if (c.maxPriceYen !== null && c.maxPriceYen !== undefined) where.push(`price_yen <= ${p(c.maxPriceYen)}::int`);
  if (c.dayOfWeek !== null && c.dayOfWeek !== undefined) where.push(`(cardinality(days) = 0 OR days @> ARRAY[${p(c.dayOfWeek)}::int])`);
  if (c.capacity && c.capacity.length > 0) where.push(`capacity_status = ANY(${p(c.capacity)}::text[])`);
  const text = textQuery(c.text);
  if (text === 'nothing') where.push('false');
  else if (text) {
    const byCategory = options.categoriesMatchingText ?? [];
    if (byCategory.length > 0) where.push(`(search_tokens @> ${p(text)}::text[] OR categories && ${p([...byCategory])}::text[])`);
    else where.push(`search_tokens @> ${p(text)}::text[]`);
  }
  let municipalityAreasIncluded = true;
  if (c.near) {
    // The kernel's one service-area prefilter (matching's shortlist uses it too).
    municipalityAreasIncluded = !!c.near.municipalityCode;
    where.push(serviceAreaPrefilterSql({ point: c.near, municipalityCode: c.near.municipalityCode }, AREA_COLUMNS, p));
  }
  return { where: where.join(' AND '), params, municipalityAreasIncluded };
}

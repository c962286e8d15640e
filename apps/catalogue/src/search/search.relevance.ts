/**
 * Relevance of a free-text search (pure). Explainable on purpose: a field "matches" when it alone
 * contains every word of the query (the same tokens as the index: search.query.ts), and the score
 * is the sum of fixed weights of the matching fields, each a power of two so that the order is
 * lexicographic: any title match outranks any result without one, then category, then
 * description, then the operator's name.
 *
 * | field       | texts                                        | weight |
 * |-------------|----------------------------------------------|--------|
 * | title       | title (ja) or English title                  | 8      |
 * | category    | the ja or en name of one of its categories   | 4      |
 * | description | description (ja) or English description      | 2      |
 * | operator    | the operator's name or alternate name        | 1      |
 *
 * Ties: a text search orders by normalised title (code-point order), then id; a text + point
 * search by distance from the offering's base, then id (every result serves the point already).
 * An offering can also be found with the words spread over several fields (each field alone
 * matching none of them whole): relevance 0, after every result with a whole-text match.
 */
import { indexTokensOf } from '../offerings/offering.search-columns';

export const MATCH_FIELDS = ['title', 'category', 'description', 'operator'] as const;
export type MatchField = (typeof MATCH_FIELDS)[number];

export const MATCH_WEIGHTS: Record<MatchField, number> = { title: 8, category: 4, description: 2, operator: 1 };

/** What ranking reads of an offering. */
export interface RankableTexts {
  title: string;
  titleEn: string | null;
  description: string | null;
  descriptionEn: string | null;
  /** The names (ja and en) of each of its categories. */
  categoryNames: string[];
  operatorName: string;
  operatorAlternateName: string | null;
}

/** True when `text` alone holds every query token (as the index would find it). */
export function textHoldsAll(text: string | null | undefined, tokens: readonly string[]): boolean {
  if (!text || tokens.length === 0) return false;
  const own = indexTokensOf(text);
  return tokens.every((t) => own.has(t));
}

/** The fields holding the whole query, in MATCH_FIELDS order, and their score. */
export function relevanceOf(o: RankableTexts, tokens: readonly string[]): { relevance: number; matchedIn: MatchField[] } {
  const any = (texts: readonly (string | null)[]) => texts.some((t) => textHoldsAll(t, tokens));
  const hits: Record<MatchField, boolean> = {
    title: any([o.title, o.titleEn]),
    category: any(o.categoryNames),
    description: any([o.description, o.descriptionEn]),
    operator: any([o.operatorName, o.operatorAlternateName]),
  };
  const matchedIn = MATCH_FIELDS.filter((f) => hits[f]);
  return { relevance: matchedIn.reduce((s, f) => s + MATCH_WEIGHTS[f], 0), matchedIn };
}

/** Category codes one of whose names holds every query token (the search also finds offerings by these). */
export function categoriesMatchingText(categories: ReadonlyMap<string, { ja: string; en: string }>, tokens: readonly string[]): string[] {
  return [...categories].filter(([, w]) => textHoldsAll(w.ja, tokens) || textHoldsAll(w.en, tokens)).map(([code]) => code);
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Relevance (highest first), then normalised title, then id. */
export function byRelevanceThenTitle(a: { relevance: number; titleSort: string; id: string }, b: { relevance: number; titleSort: string; id: string }): number {
  return b.relevance - a.relevance || cmp(a.titleSort, b.titleSort) || cmp(a.id, b.id);
}

/** Distance (none last), then id. */
export function byDistance(a: { distanceM: number | null; id: string }, b: { distanceM: number | null; id: string }): number {
  if (a.distanceM !== b.distanceM) {
    if (a.distanceM === null) return 1;
    if (b.distanceM === null) return -1;
    return a.distanceM - b.distanceM;
  }
  return cmp(a.id, b.id);
}

/** Relevance (highest first), then distance, then id. */
export function byRelevanceThenDistance(
  a: { relevance: number; distanceM: number | null; id: string },
  b: { relevance: number; distanceM: number | null; id: string },
): number {
  return b.relevance - a.relevance || byDistance(a, b);
}

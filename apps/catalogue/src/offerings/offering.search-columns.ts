/**
 * The columns search filters on, derived from a validated offering on every write (pure).
 * Search then never reads the JSON document: SQL prefilters on these columns (GIN on arrays,
 * GiST on the bounding box), and only point containment is decided in TypeScript.
 */
import { distanceBaseOf, normalizeForSearch, searchTokenSet, serviceAreaShape, type Offering, type ServiceArea } from '@sanpuku/catalogue-domain';
import { serviceAreaBox, type AreaBox } from '@sanpuku/kernel';
import type { OfferingExtras } from './offering.draft';

export type BoundingBox = AreaBox;

export interface OfferingSearchColumns {
  titleSort: string;
  categories: string[];
  coverage: string;
  priceYen: number;
  priceUnit: string;
  noCertification: boolean;
  careLevels: string[];
  minAge: number | null;
  maxAge: number | null;
  days: number[];
  capacityStatus: string;
  capacityConfirmedAt: string;
  detailsConfirmedAt: string;
  languages: string[];
  areaKind: ServiceArea['kind'];
  bbox: BoundingBox | null;
  baseLat: number | null;
  baseLng: number | null;
  servedMunicipalities: string[];
  searchTokens: string[];
}

/**
 * A box (lat/lng) that contains every point of the area, or null for a municipality list: the
 * kernel's one service-area box, which matching's prefilter reads the same way.
 */
export function boundingBoxOf(area: ServiceArea): BoundingBox | null {
  return serviceAreaBox(serviceAreaShape(area));
}

/** Hiragana, katakana (with ー and iteration marks) and CJK ideographs, as the domain tokenizer counts them. */
const JAPANESE_CHAR = /[\u3041-\u3096\u309D\u309E\u30A1-\u30FA\u30FC-\u30FE\u3005-\u3007\u4E00-\u9FFF\u3400-\u4DBF\uF900-\uFAFF]/u;

export function isJapaneseChar(ch: string): boolean {
  return [...ch].length === 1 && JAPANESE_CHAR.test(ch);
}

/**
 * The index tokens of a text: the domain tokenizer's tokens (bigrams of Japanese runs, words of
 * other scripts) plus every Japanese character of the normalised text, so that a one-character
 * query (島, 食), which the domain matches against any bigram containing it, is an index lookup too.
 */
export function indexTokensOf(text: string): Set<string> {
  const tokens = new Set(searchTokenSet(text));
  for (const ch of normalizeForSearch(text)) if (isJapaneseChar(ch)) tokens.add(ch);
  return tokens;
}

/** The texts free-text search looks in: titles, descriptions (ja and en) and the operator's names. */
export function searchableTexts(o: Offering, extras: Pick<OfferingExtras, 'titleEn' | 'descriptionEn'>, organization: { name: string; alternateName: string | null }): string[] {
  return [o.name, extras.titleEn, o.description, extras.descriptionEn, organization.name, organization.alternateName].filter(
    (t): t is string => typeof t === 'string' && t.trim() !== '',
  );
}

export function searchColumnsOf(o: Offering, extras: OfferingExtras, organization: { name: string; alternateName: string | null }): OfferingSearchColumns {
  const texts = searchableTexts(o, extras, organization);
  // Tokens per text (a bigram never spans two fields), distinct and sorted.
  const tokens = new Set<string>();
  for (const t of texts) for (const token of indexTokensOf(t)) tokens.add(token);
  const base = distanceBaseOf(o);
  return {
    titleSort: normalizeForSearch(o.name),
    categories: [...o.categories],
    coverage: o.coverage,
    priceYen: o.price.amountYen,
    priceUnit: o.price.unit,
    noCertification: o.eligibility.careLevels === 'none_required',
    careLevels: o.eligibility.careLevels === 'none_required' ? [] : [...o.eligibility.careLevels],
    minAge: o.eligibility.minAge,
    maxAge: o.eligibility.maxAge,
    days: [...new Set(o.schedule.map((s) => s.day))].sort((a, b) => a - b),
    capacityStatus: o.capacity.status,
    capacityConfirmedAt: o.capacity.confirmedAt,
    detailsConfirmedAt: o.detailsConfirmedAt,
    languages: [...o.languages],
    areaKind: o.serviceArea.kind,
    bbox: boundingBoxOf(o.serviceArea),
    baseLat: base?.lat ?? null,
    baseLng: base?.lng ?? null,
    servedMunicipalities: [...extras.servedMunicipalityCodes],
    searchTokens: [...tokens].sort(),
  };
}

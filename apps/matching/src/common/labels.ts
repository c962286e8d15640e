/**
 * The `…LabelJa` / `…LabelEn` fields next to a code, from the kernel's label registry (one source).
 * Codes owned by another context (the catalogue's price units and capacity) are looked up under
 * that context's kind; until it is registered, matching's own words for them are used.
 */
import { labelOrCode } from '@sanpuku/kernel';
import { COVERAGE_LABELS, PRICE_UNIT_LABELS, words, type Bilingual } from '@sanpuku/matching-domain';

/**
 * Words of a code of a kind matching owns. A stored code without words (e.g. a reason recorded
 * before reasons became a closed list) reads as the kind's `other` when it has one, never breaks
 * the view; tests check every code matching writes has words.
 */
function stored(kind: string, code: string): Bilingual {
  try {
    return words(kind, code);
  } catch {
    const other = labelOrCode(kind, 'other');
    return other.ja !== 'other' ? { ja: other.ja, en: other.en } : { ja: code, en: code };
  }
}
export const ja = (kind: string, code: string): string => stored(kind, code).ja;
export const en = (kind: string, code: string): string => stored(kind, code).en;

/** Nullable code → nullable words. */
export const jaOrNull = (kind: string, code: string | null | undefined): string | null => (code ? ja(kind, code) : null);
export const enOrNull = (kind: string, code: string | null | undefined): string | null => (code ? en(kind, code) : null);

const CAPACITY_WORDS: Readonly<Record<string, Bilingual>> = {
  available: { ja: '受け入れ可能', en: 'Accepting new clients' },
  waitlist: { ja: '空き待ち', en: 'Waiting list' },
  full: { ja: '定員に達している', en: 'Full' },
};

function foreign(kind: string, code: string, fallback: Readonly<Record<string, Bilingual>>): Bilingual {
  const l = labelOrCode(kind, code);
  if (l.ja !== code) return { ja: l.ja, en: l.en };
  return fallback[code] ?? { ja: code, en: code };
}

/** The catalogue's kinds (named after its GraphQL enums). */
export const priceUnitWords = (code: string): Bilingual => foreign('OfferingPriceUnit', code, PRICE_UNIT_LABELS);
export const capacityWords = (code: string): Bilingual => foreign('OfferingCapacityStatus', code, CAPACITY_WORDS);
/** The shared kernel's Coverage kind (covered / not_covered / any). */
export const coverageWords = (code: string): Bilingual => foreign('Coverage', code, COVERAGE_LABELS);

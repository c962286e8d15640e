/**
 * The `…LabelJa` / `…LabelEn` fields next to a code, from the kernel's label registry (one source).
 * Codes owned by another context (the catalogue's price units and capacity, region's segments) are
 * looked up under that context's kind.
 */
import { labelOrCode } from '@sanpuku/kernel';
import { words, type Bilingual } from '@sanpuku/matching-domain';

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

/** Words of a code of a kind another context (or the kernel) owns. */
function foreign(kind: string, code: string): Bilingual {
  const l = labelOrCode(kind, code);
  return { ja: l.ja, en: l.en };
}

/** The catalogue's kinds, from the kernel (one source with the catalogue's own fields). */
export const priceUnitWords = (code: string): Bilingual => foreign('PriceUnit', code);
export const capacityWords = (code: string): Bilingual => foreign('CapacityStatus', code);
/** The shared kernel's Coverage kind (covered / not_covered / any). */
export const coverageWords = (code: string): Bilingual => foreign('Coverage', code);
/** Region's kinds, for matching's copy of a municipality's segment. */
export const segmentWords = (code: string): Bilingual => foreign('Segment', code);
export const tierWords = (code: string): Bilingual => foreign('DensityTier', code);
/** The platform's roles (common kind). */
export const roleWords = (code: string): Bilingual => foreign('Role', code);

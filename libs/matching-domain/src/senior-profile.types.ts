/**
 * The senior's matchable profile: care-need certification level and age band.
 * Both are 要配慮個人情報 (APPI special care-required personal information) in the matching
 * service's hands; this lib only computes with them and never logs or emits them.
 */
import { wordsOf } from './words';

/** Care-need certification: none, 要支援1–2 (support_1–2), 要介護1–5 (care_1–5). */
export const CARE_LEVELS = [
  'none',
  'support_1',
  'support_2',
  'care_1',
  'care_2',
  'care_3',
  'care_4',
  'care_5',
] as const;
export type CareLevel = (typeof CARE_LEVELS)[number];
/** Any level with a certification (要支援 or 要介護). */
export type CertifiedCareLevel = Exclude<CareLevel, 'none'>;

export interface Bilingual {
  readonly ja: string;
  readonly en: string;
}

/** From the kernel's `CareLevel` kind. */
export const CARE_LEVEL_LABELS: Readonly<Record<CareLevel, Bilingual>> = wordsOf('CareLevel', CARE_LEVELS);

/** True for 要支援1–2 and 要介護1–5, i.e. a care-need certification (要介護認定) is held. */
export function isCertified(level: CareLevel): level is CertifiedCareLevel {
  return level !== 'none';
}

export function isCareLevel(value: unknown): value is CareLevel {
  return typeof value === 'string' && (CARE_LEVELS as readonly string[]).includes(value);
}

/**
 * Age bands (5-year bands as in Japanese care statistics). A request carries only the band,
 * never the birth date. `max: null` means open-ended.
 */
export const AGE_BANDS = ['under_65', '65_69', '70_74', '75_79', '80_84', '85_89', '90_plus'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export interface AgeRange {
  /** Inclusive, whole years. */
  readonly min: number;
  /** Inclusive, whole years; null = no upper bound. */
  readonly max: number | null;
}

export const AGE_BAND_RANGES: Readonly<Record<AgeBand, AgeRange>> = {
  under_65: { min: 0, max: 64 },
  '65_69': { min: 65, max: 69 },
  '70_74': { min: 70, max: 74 },
  '75_79': { min: 75, max: 79 },
  '80_84': { min: 80, max: 84 },
  '85_89': { min: 85, max: 89 },
  '90_plus': { min: 90, max: null },
};

/** From the kernel's `AgeBand` kind. */
export const AGE_BAND_LABELS: Readonly<Record<AgeBand, Bilingual>> = wordsOf('AgeBand', AGE_BANDS);

export function isAgeBand(value: unknown): value is AgeBand {
  return typeof value === 'string' && (AGE_BANDS as readonly string[]).includes(value);
}

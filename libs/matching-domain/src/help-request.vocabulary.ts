/**
 * Values a help request is described with; their words come from the kernel's label registry. Service
 * categories are NOT here: they are taxonomy data owned by the catalogue.
 */
import type { Bilingual, CareLevel } from './senior-profile.types';
import { wordsOf } from './words';

export const LIVING_SITUATIONS = ['alone', 'with_elderly_spouse', 'with_family'] as const;
export type LivingSituation = (typeof LIVING_SITUATIONS)[number];
export const LIVING_SITUATION_LABELS: Readonly<Record<LivingSituation, Bilingual>> = wordsOf('LivingSituation', LIVING_SITUATIONS);

/**
 * The coarse care-need band an operator sees before accepting (pseudonymous summary), instead of
 * the exact certification level (要配慮個人情報).
 */
export const CARE_LEVEL_BANDS = ['none', 'support', 'care_1_2', 'care_3_plus'] as const;
export type CareLevelBand = (typeof CARE_LEVEL_BANDS)[number];
export const CARE_LEVEL_BAND_LABELS: Readonly<Record<CareLevelBand, Bilingual>> = wordsOf('CareLevelBand', CARE_LEVEL_BANDS);

export function careLevelBand(level: CareLevel): CareLevelBand {
  switch (level) {
    case 'none':
      return 'none';
    case 'support_1':
    case 'support_2':
      return 'support';
    case 'care_1':
    case 'care_2':
      return 'care_1_2';
    default:
      return 'care_3_plus';
  }
}

/** Request lifecycle as the requester sees it. */
export const REQUEST_STATUSES = ['open', 'unmet', 'fulfilled'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const REQUEST_STATUS_LABELS: Readonly<Record<RequestStatus, Bilingual>> = wordsOf('HelpRequestStatus', REQUEST_STATUSES);

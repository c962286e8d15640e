/**
 * Values a help request is described with, with their Japanese and English labels. Service
 * categories are NOT here: they are taxonomy data owned by the catalogue.
 */
import type { Bilingual, CareLevel } from '@sanpuku/matching-domain';

export const LIVING_SITUATIONS = ['alone', 'with_elderly_spouse', 'with_family'] as const;
export type LivingSituation = (typeof LIVING_SITUATIONS)[number];
export const LIVING_SITUATION_LABELS: Readonly<Record<LivingSituation, Bilingual>> = {
  alone: { ja: '独居', en: 'lives alone' },
  with_elderly_spouse: { ja: '高齢の配偶者と二人暮らし', en: 'lives with an elderly spouse' },
  with_family: { ja: '家族と同居', en: 'lives with family' },
};

/**
 * The coarse care-need band an operator sees before accepting (pseudonymous summary), instead of
 * the exact certification level (要配慮個人情報).
 */
export const CARE_LEVEL_BANDS = ['none', 'support', 'care_1_2', 'care_3_plus'] as const;
export type CareLevelBand = (typeof CARE_LEVEL_BANDS)[number];
export const CARE_LEVEL_BAND_LABELS: Readonly<Record<CareLevelBand, Bilingual>> = {
  none: { ja: '認定なし', en: 'no certification' },
  support: { ja: '要支援', en: 'support level (要支援)' },
  care_1_2: { ja: '要介護1〜2', en: 'care level 1–2' },
  care_3_plus: { ja: '要介護3以上', en: 'care level 3 or higher' },
};

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
export const REQUEST_STATUS_LABELS: Readonly<Record<RequestStatus, Bilingual>> = {
  open: { ja: '対応中', en: 'open' },
  unmet: { ja: '未充足（対応できる事業者なし）', en: 'unmet (no operator could serve it)' },
  fulfilled: { ja: 'サービス提供完了', en: 'fulfilled' },
};

import type { CoveragePreference } from './request.types';
import type { InsuranceCoverage, PriceUnit } from './offering.types';
import type { Bilingual } from './senior-profile.types';

/**
 * Every reason code a hard filter can produce, with its Japanese and English message.
 * Codes are stable identifiers (safe to store and to put in events); messages may be reworded.
 */
export const FILTER_REASON_CODES = [
  'category_match',
  'category_no_match',
  'area_municipality_listed',
  'area_municipality_not_listed',
  'area_within_radius',
  'area_outside_radius',
  'area_inside_polygon',
  'area_outside_polygon',
  'area_location_unknown',
  'area_geometry_invalid',
  'care_level_no_requirement',
  'care_level_eligible',
  'care_level_not_eligible',
  'age_no_requirement',
  'age_within_range',
  'age_band_partially_in_range',
  'age_out_of_range',
  'coverage_any_accepted',
  'coverage_matches_preference',
  'coverage_differs_from_preference',
  'covered_requires_certification',
  'schedule_no_preference',
  'schedule_by_arrangement',
  'schedule_overlap',
  'schedule_no_overlap',
  'capacity_available',
  'capacity_waitlist',
  'capacity_full',
  'language_no_preference',
  'language_supported',
  'language_not_listed',
] as const;
export type FilterReasonCode = (typeof FILTER_REASON_CODES)[number];

export type MessageParams = Readonly<Record<string, string | number>>;

export const WEEKDAY_LABELS: readonly Bilingual[] = [
  { ja: '日', en: 'Sun' },
  { ja: '月', en: 'Mon' },
  { ja: '火', en: 'Tue' },
  { ja: '水', en: 'Wed' },
  { ja: '木', en: 'Thu' },
  { ja: '金', en: 'Fri' },
  { ja: '土', en: 'Sat' },
];

export const COVERAGE_LABELS: Readonly<Record<InsuranceCoverage | CoveragePreference, Bilingual>> = {
  covered: { ja: '介護保険適用', en: 'covered by long-term care insurance' },
  not_covered: { ja: '介護保険適用外（全額自己負担）', en: 'not covered by care insurance (paid in full)' },
  any: { ja: '保険適用の有無を問わない', en: 'either' },
};

export const PRICE_UNIT_LABELS: Readonly<Record<PriceUnit, Bilingual>> = {
  per_hour: { ja: '1時間あたり', en: 'per hour' },
  per_visit: { ja: '1回あたり', en: 'per visit' },
  per_month: { ja: '1か月あたり', en: 'per month' },
  free: { ja: '無料', en: 'free' },
};

type Template = Bilingual;

/** `{name}` placeholders are filled from the params; `{name_en}`-style keys carry English text. */
const FILTER_MESSAGES: Readonly<Record<FilterReasonCode, Template>> = {
  category_match: {
    ja: 'ご希望の{needCount}分野のうち{matchedCount}分野に対応しています',
    en: 'Covers {matchedCount} of the {needCount} requested categories',
  },
  category_no_match: {
    ja: 'ご希望の分野（{needCount}分野）のいずれにも対応していません',
    en: 'Covers none of the {needCount} requested categories',
  },
  area_municipality_listed: {
    ja: 'お住まいの市区町村が提供地域に含まれます',
    en: "The senior's municipality is in the service area",
  },
  area_municipality_not_listed: {
    ja: 'お住まいの市区町村は提供地域外です',
    en: "The senior's municipality is outside the service area",
  },
  area_within_radius: {
    ja: '提供範囲（半径{radiusM}m）内です（距離 約{distanceM}m）',
    en: 'Within the service radius of {radiusM} m (distance ≈ {distanceM} m)',
  },
  area_outside_radius: {
    ja: '提供範囲（半径{radiusM}m）の外です（距離 約{distanceM}m）',
    en: 'Outside the service radius of {radiusM} m (distance ≈ {distanceM} m)',
  },
  area_inside_polygon: {
    ja: '提供地域（指定区域）内です',
    en: 'Inside the service-area polygon',
  },
  area_outside_polygon: {
    ja: '提供地域（指定区域）の外です',
    en: 'Outside the service-area polygon',
  },
  area_location_unknown: {
    ja: 'お住まいの位置が不明のため、提供範囲内か確認できません',
    en: "The senior's location is unknown, so being inside the service area cannot be confirmed",
  },
  area_geometry_invalid: {
    ja: '提供地域の区域データが不正なため判定できません',
    en: 'The service-area polygon is malformed, so the area cannot be checked',
  },
  care_level_no_requirement: {
    ja: '要介護度の利用条件はありません',
    en: 'No care-level requirement',
  },
  care_level_eligible: {
    ja: '要介護度（{level}）が利用条件を満たしています',
    en: 'Care level ({level_en}) meets the eligibility requirement',
  },
  care_level_not_eligible: {
    ja: '要介護度（{level}）が利用条件（{required}）に該当しません',
    en: 'Care level ({level_en}) is not among the eligible levels ({required_en})',
  },
  age_no_requirement: {
    ja: '年齢の利用条件はありません',
    en: 'No age requirement',
  },
  age_within_range: {
    ja: '年齢（{band}）が利用条件（{range}）を満たしています',
    en: 'Age band {band_en} is within the required ages ({range_en})',
  },
  age_band_partially_in_range: {
    ja: '年齢（{band}）の一部のみが利用条件（{range}）に該当します（要確認）',
    en: 'Age band {band_en} only partly overlaps the required ages ({range_en}); confirm eligibility',
  },
  age_out_of_range: {
    ja: '年齢（{band}）が利用条件（{range}）に該当しません',
    en: 'Age band {band_en} is outside the required ages ({range_en})',
  },
  coverage_any_accepted: {
    ja: '保険適用の有無は問わないご希望です（本サービスは{coverage}）',
    en: 'Any coverage accepted (this offering is {coverage_en})',
  },
  coverage_matches_preference: {
    ja: 'ご希望どおり{coverage}のサービスです',
    en: 'Matches the coverage preference: {coverage_en}',
  },
  coverage_differs_from_preference: {
    ja: 'ご希望（{preferred}）と異なり、{coverage}のサービスです',
    en: 'The preference is {preferred_en} but this offering is {coverage_en}',
  },
  covered_requires_certification: {
    ja: '介護保険適用のサービスは要支援・要介護の認定を受けた方のみ利用できます（現在: {level}）',
    en: 'Care-insurance-covered services require a care-need certification (support or care level); current: {level_en}',
  },
  schedule_no_preference: {
    ja: 'ご希望の曜日の指定はありません',
    en: 'No preferred days given',
  },
  schedule_by_arrangement: {
    ja: '提供曜日は固定されておらず、相談で決まります',
    en: 'Service days are not fixed (by arrangement)',
  },
  schedule_overlap: {
    ja: 'ご希望の曜日（{days}）に提供しています',
    en: 'Serves on preferred days: {days_en}',
  },
  schedule_no_overlap: {
    ja: 'ご希望の曜日（{preferred}）には提供していません（提供曜日: {offered}）',
    en: 'Does not serve on the preferred days ({preferred_en}); serves on {offered_en}',
  },
  capacity_available: {
    ja: '受け入れ可能です（{confirmedAt}確認）',
    en: 'Accepting new clients (confirmed {confirmedAt_en})',
  },
  capacity_waitlist: {
    ja: '現在は空き待ちです（{confirmedAt}確認）',
    en: 'Waiting list only (confirmed {confirmedAt_en})',
  },
  capacity_full: {
    ja: '定員に達しているため受け入れできません（{confirmedAt}確認）',
    en: 'Full: not accepting new clients (confirmed {confirmedAt_en})',
  },
  language_no_preference: {
    ja: '言語の指定はありません',
    en: 'No language preference',
  },
  language_supported: {
    ja: 'ご希望の言語（{language}）に対応しています',
    en: 'Supports the preferred language ({language_en})',
  },
  language_not_listed: {
    ja: 'ご希望の言語（{language}）への対応は記載されていません（対応言語: {offered}）',
    en: 'The preferred language ({language_en}) is not listed (languages: {offered_en})',
  },
};

/** Fills `{name}` placeholders; unknown placeholders are left as they are. */
export function fillTemplate(template: string, params: MessageParams): string {
  return template.replace(/\{([a-zA-Z0-9_]+)\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(params, key) ? String(params[key]) : whole,
  );
}

export function filterReasonMessage(code: FilterReasonCode, params: MessageParams = {}): Bilingual {
  const t = FILTER_MESSAGES[code];
  return { ja: fillTemplate(t.ja, params), en: fillTemplate(t.en, params) };
}

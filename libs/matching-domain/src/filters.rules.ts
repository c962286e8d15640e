import { japanDateTime } from './japan-time';
import { inSentence } from './words';
import { radiusContains, serviceAreaContains } from '@sanpuku/kernel';
import { DISTANCE_MODEL, isUsablePolygon } from './geo.distance';
import type { OfferingReadModel } from './offering.types';
import {
  COVERAGE_LABELS,
  type FilterReasonCode,
  filterReasonMessage,
  type MessageParams,
  WEEKDAY_LABELS,
} from './reason.messages';
import type { HelpRequestFacts } from './request.types';
import { AGE_BAND_LABELS, AGE_BAND_RANGES, CARE_LEVEL_LABELS, isCertified } from './senior-profile.types';

export const HARD_FILTERS = [
  'category',
  'service_area',
  'care_level',
  'age',
  'coverage',
  'schedule',
  'capacity',
  'language',
] as const;
export type HardFilterName = (typeof HARD_FILTERS)[number];

export type FilterDetailValue = string | number | boolean | null | readonly string[] | readonly number[];

/** The outcome of one filter for one offering: explicit pass/fail with a code and messages. */
export interface FilterOutcome {
  readonly filter: HardFilterName;
  readonly passed: boolean;
  /**
   * 'hard': a failure excludes the offering. 'informational': shown to the user, never
   * excludes (language, unless `languageIsHardFilter`).
   */
  readonly effect: 'hard' | 'informational';
  readonly code: FilterReasonCode;
  readonly ja: string;
  readonly en: string;
  /** Passed, but a person should confirm (e.g. age band only partly inside the limits). */
  readonly needsConfirmation: boolean;
  /** Machine-readable facts behind the decision (distance, model, matched codes…). */
  readonly detail: Readonly<Record<string, FilterDetailValue>>;
}

export interface HardFilterEvaluation {
  readonly offeringId: string;
  /** True when no hard outcome failed. */
  readonly passed: boolean;
  /** One outcome per filter, in {@link HARD_FILTERS} order. */
  readonly outcomes: readonly FilterOutcome[];
  /** Hard outcomes that failed (why the offering is excluded). */
  readonly failed: readonly FilterOutcome[];
}

export interface HardFilterOptions {
  readonly languageIsHardFilter?: boolean;
}

function outcome(
  filter: HardFilterName,
  passed: boolean,
  code: FilterReasonCode,
  params: MessageParams,
  detail: Record<string, FilterDetailValue> = {},
  opts: { needsConfirmation?: boolean; effect?: 'hard' | 'informational' } = {},
): FilterOutcome {
  const msg = filterReasonMessage(code, params);
  return {
    filter,
    passed,
    effect: opts.effect ?? 'hard',
    code,
    ja: msg.ja,
    en: msg.en,
    needsConfirmation: opts.needsConfirmation ?? false,
    detail,
  };
}

const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];
const sortedDays = (days: readonly number[]): number[] => unique(days).sort((a, b) => a - b);
const daysJa = (days: readonly number[]) => days.map((d) => WEEKDAY_LABELS[d]?.ja ?? String(d)).join('・');
const daysEn = (days: readonly number[]) => days.map((d) => WEEKDAY_LABELS[d]?.en ?? String(d)).join(', ');

export function checkCategory(request: HelpRequestFacts, offering: OfferingReadModel): FilterOutcome {
  const needs = unique(request.needs);
  const offered = new Set(offering.categories);
  const matched = needs.filter((n) => offered.has(n));
  return matched.length > 0
    ? outcome('category', true, 'category_match', { matchedCount: matched.length, needCount: needs.length }, { matched })
    : outcome('category', false, 'category_no_match', { needCount: needs.length }, { matched: [] });
}

export function checkServiceArea(request: HelpRequestFacts, offering: OfferingReadModel): FilterOutcome {
  const area = offering.serviceArea;
  switch (area.kind) {
    case 'municipalities': {
      const listed = serviceAreaContains(area, { municipalityCode: request.municipalityCode }).inside;
      return outcome(
        'service_area',
        listed,
        listed ? 'area_municipality_listed' : 'area_municipality_not_listed',
        { municipalityCode: request.municipalityCode },
        { areaKind: 'municipalities', municipalityCode: request.municipalityCode },
      );
    }
    case 'radius': {
      if (!request.location) {
        return outcome('service_area', false, 'area_location_unknown', {}, { areaKind: 'radius' });
      }
      // The kernel's one rule: WGS84 geodesic, exactly radiusM away counts as inside.
      const { inside, distanceM } = radiusContains({ lat: area.lat, lng: area.lng }, area.radiusM, request.location);
      return outcome(
        'service_area',
        inside,
        inside ? 'area_within_radius' : 'area_outside_radius',
        { radiusM: area.radiusM, distanceM: Math.round(distanceM) },
        { areaKind: 'radius', distanceM, radiusM: area.radiusM, distanceModel: DISTANCE_MODEL },
      );
    }
    case 'polygon': {
      if (!isUsablePolygon(area.geometry)) {
        return outcome('service_area', false, 'area_geometry_invalid', {}, { areaKind: 'polygon' });
      }
      if (!request.location) {
        return outcome('service_area', false, 'area_location_unknown', {}, { areaKind: 'polygon' });
      }
      const { inside } = serviceAreaContains({ kind: 'polygon', rings: area.geometry.coordinates }, { point: request.location });
      return outcome(
        'service_area',
        inside,
        inside ? 'area_inside_polygon' : 'area_outside_polygon',
        {},
        { areaKind: 'polygon', holes: area.geometry.coordinates.length - 1, boundaryCountsAsInside: true },
      );
    }
  }
}

export function checkCareLevel(request: HelpRequestFacts, offering: OfferingReadModel): FilterOutcome {
  const required = unique(offering.eligibleCareLevels);
  const level = request.careLevel;
  const params = {
    level: CARE_LEVEL_LABELS[level].ja,
    level_en: inSentence(CARE_LEVEL_LABELS[level].en),
    required: required.map((l) => CARE_LEVEL_LABELS[l]?.ja ?? l).join('・'),
    required_en: required.map((l) => inSentence(CARE_LEVEL_LABELS[l]?.en ?? l)).join(', '),
  };
  if (required.length === 0) {
    return outcome('care_level', true, 'care_level_no_requirement', params, { required: [] });
  }
  const ok = required.includes(level);
  return outcome('care_level', ok, ok ? 'care_level_eligible' : 'care_level_not_eligible', params, {
    required,
  });
}

function rangeLabel(min: number | null, max: number | null): { ja: string; en: string } {
  if (min !== null && max !== null) return { ja: `${min}〜${max}歳`, en: `${min}–${max}` };
  if (min !== null) return { ja: `${min}歳以上`, en: `${min} and over` };
  return { ja: `${max}歳以下`, en: `up to ${max}` };
}

/**
 * The request carries only an age band. Band fully inside [minAge, maxAge] → pass; band
 * partly inside → pass with `needsConfirmation` (we cannot exclude someone who may be
 * eligible); no overlap → fail.
 */
export function checkAge(request: HelpRequestFacts, offering: OfferingReadModel): FilterOutcome {
  const min = offering.minAge ?? null;
  const max = offering.maxAge ?? null;
  const band = AGE_BAND_RANGES[request.ageBand];
  const bandLabel = AGE_BAND_LABELS[request.ageBand];
  if (min === null && max === null) {
    return outcome('age', true, 'age_no_requirement', {}, { minAge: null, maxAge: null });
  }
  const range = rangeLabel(min, max);
  const params = { band: bandLabel.ja, band_en: inSentence(bandLabel.en), range: range.ja, range_en: range.en };
  const detail = { minAge: min, maxAge: max, ageBand: request.ageBand };
  const bandMax = band.max ?? Number.POSITIVE_INFINITY;
  const lo = min ?? Number.NEGATIVE_INFINITY;
  const hi = max ?? Number.POSITIVE_INFINITY;
  if (band.min >= lo && bandMax <= hi) return outcome('age', true, 'age_within_range', params, detail);
  if (bandMax >= lo && band.min <= hi) {
    return outcome('age', true, 'age_band_partially_in_range', params, detail, { needsConfirmation: true });
  }
  return outcome('age', false, 'age_out_of_range', params, detail);
}

/**
 * Coverage preference, and the rule that a care-insurance-covered offering (介護保険適用) is
 * only for certified seniors (要支援/要介護) whatever the preference.
 */
export function checkCoverage(request: HelpRequestFacts, offering: OfferingReadModel): FilterOutcome {
  const pref = request.preferences.coverage;
  const cov = offering.coverage;
  const level = request.careLevel;
  const params = {
    coverage: COVERAGE_LABELS[cov].ja,
    coverage_en: COVERAGE_LABELS[cov].en,
    preferred: COVERAGE_LABELS[pref].ja,
    preferred_en: COVERAGE_LABELS[pref].en,
    level: CARE_LEVEL_LABELS[level].ja,
    level_en: inSentence(CARE_LEVEL_LABELS[level].en),
  };
  const detail = { preference: pref, offeringCoverage: cov, certified: isCertified(level) };
  if (pref !== 'any' && pref !== cov) {
    return outcome('coverage', false, 'coverage_differs_from_preference', params, detail);
  }
  if (cov === 'covered' && !isCertified(level)) {
    return outcome('coverage', false, 'covered_requires_certification', params, detail);
  }
  return outcome(
    'coverage',
    true,
    pref === 'any' ? 'coverage_any_accepted' : 'coverage_matches_preference',
    params,
    detail,
  );
}

export function checkSchedule(request: HelpRequestFacts, offering: OfferingReadModel): FilterOutcome {
  const preferred = sortedDays(request.preferences.preferredDays ?? []);
  const offered = sortedDays(offering.days);
  if (preferred.length === 0) {
    return outcome('schedule', true, 'schedule_no_preference', {}, { preferred, offered });
  }
  if (offered.length === 0) {
    return outcome('schedule', true, 'schedule_by_arrangement', {}, { preferred, offered });
  }
  const overlap = preferred.filter((d) => offered.includes(d));
  return overlap.length > 0
    ? outcome(
        'schedule',
        true,
        'schedule_overlap',
        { days: daysJa(overlap), days_en: daysEn(overlap) },
        { preferred, offered, overlap },
      )
    : outcome(
        'schedule',
        false,
        'schedule_no_overlap',
        {
          preferred: daysJa(preferred),
          preferred_en: daysEn(preferred),
          offered: daysJa(offered),
          offered_en: daysEn(offered),
        },
        { preferred, offered, overlap: [] },
      );
}

export function checkCapacity(_request: HelpRequestFacts, offering: OfferingReadModel): FilterOutcome {
  const confirmed = japanDateTime(offering.capacityConfirmedAt);
  const params = { confirmedAt: confirmed.ja, confirmedAt_en: confirmed.en };
  const detail = { capacity: offering.capacity, capacityConfirmedAt: offering.capacityConfirmedAt };
  switch (offering.capacity) {
    case 'available':
      return outcome('capacity', true, 'capacity_available', params, detail);
    case 'waitlist':
      return outcome('capacity', true, 'capacity_waitlist', params, detail);
    default:
      return outcome('capacity', false, 'capacity_full', params, detail);
  }
}

const primaryTag = (tag: string): string => tag.trim().toLowerCase().split(/[-_]/)[0];

/** A language tag in words (ベトナム語 / Vietnamese), from the runtime's CLDR data; never the bare tag. */
export function languageName(tag: string, locale: 'ja' | 'en'): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(tag);
    if (name && name !== tag) return name;
  } catch {
    // an invalid tag: fall through
  }
  return locale === 'ja' ? 'その他の言語' : 'another language';
}

/** Empty offering languages mean Japanese only. Informational unless configured as hard. */
export function checkLanguage(
  request: HelpRequestFacts,
  offering: OfferingReadModel,
  asHardFilter = false,
): FilterOutcome {
  const effect = asHardFilter ? 'hard' : 'informational';
  const wanted = request.preferences.language ? primaryTag(request.preferences.language) : '';
  if (!wanted) return outcome('language', true, 'language_no_preference', {}, {}, { effect });
  const offered = unique((offering.languages.length ? offering.languages : ['ja']).map(primaryTag));
  const ok = offered.includes(wanted);
  return outcome(
    'language',
    ok,
    ok ? 'language_supported' : 'language_not_listed',
    { language: languageName(wanted, 'ja'), language_en: languageName(wanted, 'en'), offered: offered.map((l) => languageName(l, 'ja')).join('・'), offered_en: offered.map((l) => languageName(l, 'en')).join(', ') },
    { language: wanted, offered },
    { effect },
  );
}

/**
 * Runs every hard filter (no short-circuit, so the audit shows every reason) and says whether
 * the offering survives.
 */
export function evaluateHardFilters(
  request: HelpRequestFacts,
  offering: OfferingReadModel,
  options: HardFilterOptions = {},
): HardFilterEvaluation {
  const outcomes: FilterOutcome[] = [
    checkCategory(request, offering),
    checkServiceArea(request, offering),
    checkCareLevel(request, offering),
    checkAge(request, offering),
    checkCoverage(request, offering),
    checkSchedule(request, offering),
    checkCapacity(request, offering),
    checkLanguage(request, offering, options.languageIsHardFilter ?? false),
  ];
  const failed = outcomes.filter((o) => o.effect === 'hard' && !o.passed);
  return { offeringId: offering.id, passed: failed.length === 0, outcomes, failed };
}

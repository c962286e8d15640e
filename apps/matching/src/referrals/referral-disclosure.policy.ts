/**
 * Two-stage disclosure to an operator (APPI: give the minimum until there is a reason for more).
 *
 * 1. Before it accepts, an operator sees a pseudonymous summary built ONLY from the request's
 *    matchable facts: municipality, the requested categories its offering serves, the care-need
 *    band (not the exact level), and preferred days. No name, address, exact care level, age,
 *    notes or request id.
 * 2. After it accepts, and while the consent is not withdrawn, it sees the items the requester
 *    chose to disclose, and only those (each covered by the consent, recorded as a provision).
 *
 * Pure functions; the referral service reads the rows and calls these.
 */
import type { CareLevel } from '@sanpuku/matching-domain';
import { AGE_BAND_LABELS, CARE_LEVEL_LABELS, type AgeBand } from '@sanpuku/matching-domain';
import type { DisclosureItem, SummaryItem } from '@sanpuku/matching-domain';
import { SUMMARY_ITEMS } from '@sanpuku/matching-domain';
import { CARE_LEVEL_BAND_LABELS, type CareLevelBand, LIVING_SITUATION_LABELS, type LivingSituation } from '@sanpuku/matching-domain';

const WEEKDAYS_JA = ['日', '月', '火', '水', '木', '金', '土'];
const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** The matchable, non-identifying facts of a request (no personal-details table involved). */
export interface SummaryFacts {
  readonly municipalityCode: string;
  readonly needs: readonly string[];
  readonly careLevelBand: CareLevelBand;
  readonly preferredDays: readonly number[];
}

export interface PseudonymousSummary {
  readonly municipalityCode: string;
  /** Requested categories this operator's offering serves. */
  readonly categories: readonly string[];
  readonly careLevelBand: CareLevelBand;
  readonly careLevelBandJa: string;
  readonly careLevelBandEn: string;
  readonly preferredDays: readonly number[];
  readonly preferredDaysJa: string;
  readonly preferredDaysEn: string;
  /** What the summary consists of (recorded in the provision record when the referral is sent). */
  readonly items: readonly SummaryItem[];
}

export function buildPseudonymousSummary(facts: SummaryFacts, offeringCategories: readonly string[]): PseudonymousSummary {
  const served = facts.needs.filter((n) => offeringCategories.includes(n));
  const band = CARE_LEVEL_BAND_LABELS[facts.careLevelBand];
  const days = [...facts.preferredDays].sort((a, b) => a - b);
  return {
    municipalityCode: facts.municipalityCode,
    categories: served,
    careLevelBand: facts.careLevelBand,
    careLevelBandJa: band.ja,
    careLevelBandEn: band.en,
    preferredDays: days,
    preferredDaysJa: days.length ? days.map((d) => WEEKDAYS_JA[d]).join('・') : '指定なし',
    preferredDaysEn: days.length ? days.map((d) => WEEKDAYS_EN[d]).join(', ') : 'any day',
    items: SUMMARY_ITEMS,
  };
}

/** Everything the service holds about the senior that could be disclosed after acceptance. */
export interface DisclosablePersonalData {
  readonly fullName: string;
  readonly fullNameKana: string | null;
  readonly addressText: string;
  readonly contactPhone: string | null;
  readonly ageBand: AgeBand;
  readonly careLevel: CareLevel;
  readonly livingSituation: LivingSituation;
  readonly healthNotes: string | null;
  readonly needsNote: string | null;
}

export interface DisclosedDetails {
  readonly items: readonly DisclosureItem[];
  readonly fullName: string | null;
  readonly fullNameKana: string | null;
  readonly addressText: string | null;
  readonly contactPhone: string | null;
  readonly ageBand: string | null;
  readonly ageBandLabel: string | null;
  readonly ageBandLabelJa: string | null;
  readonly ageBandLabelEn: string | null;
  readonly careLevel: string | null;
  readonly careLevelLabel: string | null;
  readonly careLevelLabelJa: string | null;
  readonly careLevelLabelEn: string | null;
  readonly livingSituation: string | null;
  readonly livingSituationLabel: string | null;
  readonly livingSituationLabelJa: string | null;
  readonly livingSituationLabelEn: string | null;
  readonly healthNotes: string | null;
  readonly needsNote: string | null;
}

/** Only the listed items; every other field is null. */
export function buildDisclosedDetails(data: DisclosablePersonalData, items: readonly DisclosureItem[]): DisclosedDetails {
  const has = (i: DisclosureItem) => items.includes(i);
  return {
    items: [...items],
    fullName: has('full_name') ? data.fullName : null,
    fullNameKana: has('full_name') ? data.fullNameKana : null,
    addressText: has('address') ? data.addressText : null,
    contactPhone: has('contact_phone') ? data.contactPhone : null,
    ageBand: has('age_band') ? data.ageBand : null,
    ageBandLabel: has('age_band') ? AGE_BAND_LABELS[data.ageBand].ja : null,
    ageBandLabelJa: has('age_band') ? AGE_BAND_LABELS[data.ageBand].ja : null,
    ageBandLabelEn: has('age_band') ? AGE_BAND_LABELS[data.ageBand].en : null,
    careLevel: has('care_level') ? data.careLevel : null,
    careLevelLabel: has('care_level') ? CARE_LEVEL_LABELS[data.careLevel].ja : null,
    careLevelLabelJa: has('care_level') ? CARE_LEVEL_LABELS[data.careLevel].ja : null,
    careLevelLabelEn: has('care_level') ? CARE_LEVEL_LABELS[data.careLevel].en : null,
    livingSituation: has('living_situation') ? data.livingSituation : null,
    livingSituationLabel: has('living_situation') ? LIVING_SITUATION_LABELS[data.livingSituation].ja : null,
    livingSituationLabelJa: has('living_situation') ? LIVING_SITUATION_LABELS[data.livingSituation].ja : null,
    livingSituationLabelEn: has('living_situation') ? LIVING_SITUATION_LABELS[data.livingSituation].en : null,
    healthNotes: has('health_notes') ? data.healthNotes : null,
    needsNote: has('needs_note') ? data.needsNote : null,
  };
}

export type DetailsVisibility =
  | { readonly visible: true }
  | { readonly visible: false; readonly reason: 'not_accepted' | 'consent_withdrawn'; readonly en: string; readonly ja: string };

/**
 * Whether the operator may see the disclosed details now: only once a details provision was
 * recorded (which happens on acceptance), and never after the consent was withdrawn.
 */
export function operatorDetailsVisibility(p: { detailsProvided: boolean; consentWithdrawn: boolean }): DetailsVisibility {
  if (!p.detailsProvided) {
    return {
      visible: false,
      reason: 'not_accepted',
      en: 'details are disclosed only after the referral is accepted',
      ja: '詳細は紹介を受諾した後に開示されます',
    };
  }
  if (p.consentWithdrawn) {
    return {
      visible: false,
      reason: 'consent_withdrawn',
      en: 'the consent to provide these details was withdrawn',
      ja: '情報提供への同意が撤回されたため表示できません',
    };
  }
  return { visible: true };
}

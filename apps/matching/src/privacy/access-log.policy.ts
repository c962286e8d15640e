/**
 * Which of a senior's personal data items a GraphQL selection actually shows, for the access log
 * (APPI: who saw which personal data, when). Pure: the resolver passes the selected field names,
 * the service the items that were available to this viewer.
 */
import { DISCLOSURE_ITEMS, type DisclosureItem } from '@sanpuku/matching-domain';

/** `DisclosedDetailsView` (an operator's view after acceptance): field → item it shows. */
export const REFERRAL_DETAILS_FIELD_ITEMS: Readonly<Record<string, DisclosureItem>> = {
  fullName: 'full_name',
  fullNameKana: 'full_name',
  addressText: 'address',
  contactPhone: 'contact_phone',
  ageBand: 'age_band',
  ageBandLabel: 'age_band',
  ageBandLabelJa: 'age_band',
  ageBandLabelEn: 'age_band',
  careLevel: 'care_level',
  careLevelLabel: 'care_level',
  careLevelLabelJa: 'care_level',
  careLevelLabelEn: 'care_level',
  livingSituation: 'living_situation',
  livingSituationLabel: 'living_situation',
  livingSituationLabelJa: 'living_situation',
  livingSituationLabelEn: 'living_situation',
  healthNotes: 'health_notes',
  needsNote: 'needs_note',
};

/** `SeniorDetails` (the requester side's view of the senior): field → item it shows. */
export const SENIOR_FIELD_ITEMS: Readonly<Record<string, DisclosureItem>> = {
  fullName: 'full_name',
  fullNameKana: 'full_name',
  addressText: 'address',
  contactPhone: 'contact_phone',
  careLevel: 'care_level',
  careLevelLabelJa: 'care_level',
  healthNotes: 'health_notes',
  needsNote: 'needs_note',
};

/**
 * The items a selection shows: those its fields map to, limited to what the viewer may receive
 * (`available`), in the vocabulary's order. Empty = nothing personal was shown (no log entry).
 */
export function itemsShown(selected: Iterable<string>, fieldItems: Readonly<Record<string, DisclosureItem>>, available: readonly string[]): DisclosureItem[] {
  const shown = new Set<DisclosureItem>();
  for (const f of selected) {
    const item = Object.hasOwn(fieldItems, f) ? fieldItems[f] : undefined;
    if (item && available.includes(item)) shown.add(item);
  }
  return DISCLOSURE_ITEMS.filter((i) => shown.has(i));
}

import type { Bilingual } from '@sanpuku/matching-domain';

/** Who gave the consent: the senior (本人), a family member or a guardian on their behalf. */
export const CONSENT_GIVERS = ['self', 'family', 'guardian'] as const;
export type ConsentGiver = (typeof CONSENT_GIVERS)[number];
export const CONSENT_GIVER_LABELS: Readonly<Record<ConsentGiver, Bilingual>> = {
  self: { ja: '本人', en: 'the senior themself' },
  family: { ja: '家族（本人に代わって）', en: 'a family member on their behalf' },
  guardian: { ja: '後見人（本人に代わって）', en: 'a guardian on their behalf' },
};

/**
 * - acquisition: to collect the senior's special care-required information (APPI Art. 20(2)).
 * - third_party_provision: to give named items to named operators (APPI Art. 27(1); no opt-out).
 */
export const CONSENT_PURPOSES = ['acquisition', 'third_party_provision'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

/** Personal data items an operator can receive once it accepted a referral, under consent. */
export const DISCLOSURE_ITEMS = [
  'full_name',
  'address',
  'contact_phone',
  'age_band',
  'care_level',
  'living_situation',
  'health_notes',
  'needs_note',
] as const;
export type DisclosureItem = (typeof DISCLOSURE_ITEMS)[number];
export const DISCLOSURE_ITEM_LABELS: Readonly<Record<DisclosureItem, Bilingual>> = {
  full_name: { ja: '氏名', en: 'name' },
  address: { ja: '住所', en: 'address' },
  contact_phone: { ja: '連絡先電話番号', en: 'contact phone' },
  age_band: { ja: '年齢帯', en: 'age band' },
  care_level: { ja: '要介護度（要配慮個人情報）', en: 'care-need level (special care-required)' },
  living_situation: { ja: '世帯状況', en: 'living situation' },
  health_notes: { ja: '心身の状況（要配慮個人情報）', en: 'health notes (special care-required)' },
  needs_note: { ja: 'ご相談内容（自由記述）', en: 'needs in their own words' },
};

/** What the pseudonymous summary shows an operator before it accepts (recorded as a provision too). */
export const SUMMARY_ITEMS = ['municipality', 'needs', 'care_level_band', 'preferred_days'] as const;
export type SummaryItem = (typeof SUMMARY_ITEMS)[number];

/** Items whose acquisition needs the senior's consent (要配慮個人情報). */
export const SENSITIVE_ITEMS: readonly DisclosureItem[] = ['care_level', 'health_notes'];

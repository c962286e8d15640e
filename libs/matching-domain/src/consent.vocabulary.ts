import type { Bilingual } from './senior-profile.types';
import { wordsOf } from './words';

/** Who gave the consent: the senior (本人), a family member or a guardian on their behalf. */
export const CONSENT_GIVERS = ['self', 'family', 'guardian'] as const;
export type ConsentGiver = (typeof CONSENT_GIVERS)[number];
/** Words from the kernel's `ConsentGiver` kind (one source). */
export const CONSENT_GIVER_LABELS: Readonly<Record<ConsentGiver, Bilingual>> = wordsOf('ConsentGiver', CONSENT_GIVERS);

/**
 * - acquisition: to collect the senior's special care-required information (APPI Art. 20(2)).
 * - third_party_provision: to give named items to named operators (APPI Art. 27(1); no opt-out).
 */
export const CONSENT_PURPOSES = ['acquisition', 'third_party_provision'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];
export const CONSENT_PURPOSE_LABELS: Readonly<Record<ConsentPurpose, Bilingual>> = wordsOf('ConsentPurpose', CONSENT_PURPOSES);

/** How a consent was obtained: agreed on screen to a versioned consent text, or recorded by staff from paper or speech. */
export const CONSENT_METHODS = ['on_screen', 'written', 'oral'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];
export const CONSENT_METHOD_LABELS: Readonly<Record<ConsentMethod, Bilingual>> = wordsOf('ConsentMethod', CONSENT_METHODS);

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
/** Words from the kernel's `ConsentDataItem` kind (one source). */
export const DISCLOSURE_ITEM_LABELS: Readonly<Record<DisclosureItem, Bilingual>> = wordsOf('ConsentDataItem', DISCLOSURE_ITEMS);

/** What the pseudonymous summary shows an operator before it accepts (recorded as a provision too). */
export const SUMMARY_ITEMS = ['municipality', 'needs', 'care_level_band', 'preferred_days'] as const;
export type SummaryItem = (typeof SUMMARY_ITEMS)[number];

/** Items whose acquisition needs the senior's consent (要配慮個人情報). */
export const SENSITIVE_ITEMS: readonly DisclosureItem[] = ['care_level', 'health_notes'];

/**
 * The maximum length of every free text matching accepts (characters of the trimmed text, i.e.
 * Unicode code points). The validators (zod, `text(max)` in validation.ts) enforce them together
 * with every other problem of the input (`too_long` at the field's path); ids, codes and phone
 * numbers are bounded by their format, and every string by the contract plugin's 10,000.
 * apps/matching/README.md lists them.
 */
import { forOperations, limitsCheckedByTheValidators, MAX_STRING_LENGTH, type InputLimits } from '@sanpuku/platform';
import { ERASURE_NOTE_MAX } from '../privacy/erasure.policy';

export const MATCHING_TEXT_LIMITS = Object.freeze({
  /** The senior's name, its kana, and the name of who consented on their behalf. */
  personName: 100,
  /** The senior's address as written. */
  addressText: 200,
  /** SeniorInput.healthNotes (multi-line). */
  healthNotes: 2000,
  /** HelpRequestInput.needsNote (multi-line). */
  needsNote: 1000,
  /** The version of the consent text that was agreed to or read out. */
  consentTextVersion: 40,
  /** withdrawConsent(reason). */
  withdrawalReason: 500,
  /** eraseSeniorPersonalData(input.note). */
  erasureNote: ERASURE_NOTE_MAX,
});

const L = MATCHING_TEXT_LIMITS;
const CONSENT_GIVEN = { givenByName: L.personName, textVersion: L.consentTextVersion };
const under = (prefix: string, table: Record<string, number>) => Object.fromEntries(Object.entries(table).map(([k, n]) => [`${prefix}/${k}`, n]));

/**
 * The same numbers in the platform's table form (`<operation>:<JSON Pointer>`, libs/platform
 * graphql/input-limits.ts), all checked with the input by the validators;
 * input-limits.every-string-argument-has-a-maximum.spec.ts keeps the table true to schema.gql.
 */
const MATCHING_STRINGS: Readonly<Record<string, number>> = {
  ...forOperations(['fileHelpRequest'], {
    ...under('/input/senior', { fullName: L.personName, fullNameKana: L.personName, addressText: L.addressText, healthNotes: L.healthNotes }),
    '/input/needsNote': L.needsNote,
    ...under('/input/acquisitionConsent', CONSENT_GIVEN),
  }),
  ...forOperations(['recordConsent'], under('/input/given', CONSENT_GIVEN)),
  'withdrawConsent:/reason': L.withdrawalReason,
  'eraseSeniorPersonalData:/input/note': L.erasureNote,
};

export const MATCHING_INPUT_LIMITS: InputLimits = limitsCheckedByTheValidators(MATCHING_STRINGS, MAX_STRING_LENGTH);

/**
 * Whether a recorded consent covers a disclosure (APPI Art. 27(1): providing personal data, and
 * special care-required data in particular, to a third party needs the person's prior consent;
 * opt-out is not allowed for it). Pure: the referral service asks this before sending a referral
 * and again before disclosing details on acceptance.
 *
 * A consent covers a disclosure when all of these hold:
 * - it is about the same senior and its purpose is third-party provision;
 * - it was obtained at or before the disclosure and has not been withdrawn by then;
 * - it names the receiving operator, or a service category the operator's offering is in;
 * - it lists every data item to be disclosed.
 */
import { inSentence, japanDateTime } from '@sanpuku/matching-domain';
import type { DisclosureItem } from '@sanpuku/matching-domain';
import { DISCLOSURE_ITEM_LABELS } from '@sanpuku/matching-domain';

export interface ConsentFacts {
  readonly id: string;
  readonly seniorId: string;
  readonly purpose: string;
  readonly dataItems: readonly string[];
  readonly recipientOrganizationIds: readonly string[];
  readonly recipientCategories: readonly string[];
  readonly obtainedAt: Date;
  readonly withdrawnAt: Date | null;
}

export interface DisclosureIntent {
  readonly seniorId: string;
  readonly organizationId: string;
  /** Categories of the offering the referral goes to. */
  readonly offeringCategories: readonly string[];
  readonly items: readonly DisclosureItem[];
  readonly at: Date;
}

export type ConsentGapCode =
  | 'no_consent_recorded'
  | 'other_senior'
  | 'wrong_purpose'
  | 'not_yet_obtained'
  | 'withdrawn'
  | 'recipient_not_covered'
  | 'items_not_covered';

export interface ConsentGap {
  readonly code: ConsentGapCode;
  readonly consentId: string | null;
  readonly en: string;
  readonly ja: string;
  readonly missingItems?: readonly DisclosureItem[];
}

export type ConsentCoverage =
  | { readonly covered: true; readonly consentId: string; readonly recipientMatchedBy: 'organization' | 'category' }
  | { readonly covered: false; readonly gaps: readonly ConsentGap[] };

export function evaluateConsent(c: ConsentFacts, intent: DisclosureIntent): ConsentCoverage {
  const gaps: ConsentGap[] = [];
  const gap = (code: ConsentGapCode, en: string, ja: string, extra: Partial<ConsentGap> = {}) =>
    gaps.push({ code, consentId: c.id, en, ja, ...extra });
  // The consent named in words by when it was obtained (its id is in the gap's consentId field).
  const when = japanDateTime(c.obtainedAt);
  const nameJa = `${when.ja}に取得した同意`;
  const nameEn = `the consent obtained ${when.en}`;
  if (c.seniorId !== intent.seniorId) gap('other_senior', `${nameEn} is about another senior`, `${nameJa}は別の方についての同意です`);
  if (c.purpose !== 'third_party_provision') {
    gap('wrong_purpose', `${nameEn} is not a consent to sharing with operators`, `${nameJa}は事業者への提供への同意ではありません`);
  }
  if (c.obtainedAt.getTime() > intent.at.getTime()) {
    gap('not_yet_obtained', `${nameEn} was obtained after the time of sharing`, `${nameJa}は提供時点より後に取得されています`);
  }
  if (c.withdrawnAt && c.withdrawnAt.getTime() <= intent.at.getTime()) {
    gap('withdrawn', `${nameEn} was withdrawn`, `${nameJa}は撤回されています`);
  }
  const byOrganization = c.recipientOrganizationIds.includes(intent.organizationId);
  const byCategory = intent.offeringCategories.some((cat) => c.recipientCategories.includes(cat));
  if (!byOrganization && !byCategory) {
    gap(
      'recipient_not_covered',
      `${nameEn} names neither this operator nor any service category of its offering`,
      `${nameJa}の提供先に、この事業者またはこのサービスの分野が含まれていません`,
    );
  }
  const missing = intent.items.filter((i) => !c.dataItems.includes(i));
  if (missing.length > 0) {
    gap(
      'items_not_covered',
      `${nameEn} does not cover: ${missing.map((i) => inSentence(DISCLOSURE_ITEM_LABELS[i].en)).join(', ')}`,
      `${nameJa}は次の項目を対象としていません: ${missing.map((i) => DISCLOSURE_ITEM_LABELS[i].ja).join('、')}`,
      { missingItems: missing },
    );
  }
  return gaps.length === 0 ? { covered: true, consentId: c.id, recipientMatchedBy: byOrganization ? 'organization' : 'category' } : { covered: false, gaps };
}

/**
 * The most recently obtained consent that covers the disclosure (or the one asked for by id), or
 * every gap found, so the requester sees what to ask the senior for.
 */
export function findCoveringConsent(consents: readonly ConsentFacts[], intent: DisclosureIntent, onlyConsentId?: string | null): ConsentCoverage {
  const pool = onlyConsentId ? consents.filter((c) => c.id === onlyConsentId) : consents;
  if (pool.length === 0) {
    return {
      covered: false,
      gaps: [
        {
          code: 'no_consent_recorded',
          consentId: onlyConsentId ?? null,
          en: onlyConsentId
            ? 'the consent given is not recorded for this senior'
            : 'no consent to sharing with operators is recorded for this senior',
          ja: onlyConsentId ? '指定された同意はこの方について記録されていません' : 'この方の事業者への提供への同意が記録されていません',
        },
      ],
    };
  }
  const sorted = [...pool].sort((a, b) => b.obtainedAt.getTime() - a.obtainedAt.getTime() || (a.id < b.id ? -1 : 1));
  const gaps: ConsentGap[] = [];
  for (const c of sorted) {
    const r = evaluateConsent(c, intent);
    if (r.covered) return r;
    gaps.push(...r.gaps);
  }
  return { covered: false, gaps };
}

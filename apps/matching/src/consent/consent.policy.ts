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
import type { DisclosureItem } from './consent.vocabulary';
import { DISCLOSURE_ITEM_LABELS } from './consent.vocabulary';

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
  if (c.seniorId !== intent.seniorId) gap('other_senior', `consent ${c.id} is about another senior`, `同意 ${c.id} は別の方についての同意です`);
  if (c.purpose !== 'third_party_provision') {
    gap('wrong_purpose', `consent ${c.id} is not a consent to third-party provision`, `同意 ${c.id} は第三者提供への同意ではありません`);
  }
  if (c.obtainedAt.getTime() > intent.at.getTime()) {
    gap('not_yet_obtained', `consent ${c.id} was obtained after the disclosure time`, `同意 ${c.id} の取得日時が提供時点より後です`);
  }
  if (c.withdrawnAt && c.withdrawnAt.getTime() <= intent.at.getTime()) {
    gap('withdrawn', `consent ${c.id} was withdrawn`, `同意 ${c.id} は撤回されています`);
  }
  const byOrganization = c.recipientOrganizationIds.includes(intent.organizationId);
  const byCategory = intent.offeringCategories.some((cat) => c.recipientCategories.includes(cat));
  if (!byOrganization && !byCategory) {
    gap(
      'recipient_not_covered',
      `consent ${c.id} does not name this operator or any category of its offering (${intent.offeringCategories.join(', ')})`,
      `同意 ${c.id} の提供先に、この事業者またはそのサービス分類（${intent.offeringCategories.join('、')}）が含まれていません`,
    );
  }
  const missing = intent.items.filter((i) => !c.dataItems.includes(i));
  if (missing.length > 0) {
    gap(
      'items_not_covered',
      `consent ${c.id} does not cover: ${missing.join(', ')}`,
      `同意 ${c.id} は次の項目を対象としていません: ${missing.map((i) => DISCLOSURE_ITEM_LABELS[i].ja).join('、')}`,
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
            ? `consent ${onlyConsentId} is not recorded for this senior`
            : 'no consent to third-party provision is recorded for this senior',
          ja: onlyConsentId ? `同意 ${onlyConsentId} はこの方について記録されていません` : 'この方の第三者提供への同意が記録されていません',
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

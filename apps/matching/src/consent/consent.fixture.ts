import type { ConsentFacts, DisclosureIntent } from './consent.policy';

export const SENIOR = 'senior-1';
export const ORG = '11111111-1111-4111-8111-111111111111';
export const OTHER_ORG = '22222222-2222-4222-8222-222222222222';
export const T0 = new Date('2026-11-20T01:00:00Z');

export function aConsent(o: Partial<ConsentFacts> = {}): ConsentFacts {
  return {
    id: 'consent-1',
    seniorId: SENIOR,
    purpose: 'third_party_provision',
    dataItems: ['full_name', 'address', 'contact_phone', 'care_level'],
    recipientOrganizationIds: [ORG],
    recipientCategories: [],
    obtainedAt: new Date(T0.getTime() - 3_600_000),
    withdrawnAt: null,
    ...o,
  };
}

export function anIntent(o: Partial<DisclosureIntent> = {}): DisclosureIntent {
  return {
    seniorId: SENIOR,
    organizationId: ORG,
    offeringCategories: ['meal_delivery'],
    items: ['full_name', 'address', 'care_level'],
    at: T0,
    ...o,
  };
}

import { evaluateConsent } from './consent.policy';
import { aConsent, anIntent, OTHER_ORG } from './consent.fixture';

describe('a consent covers a disclosure to the operator it names, of the items it lists', () => {
  it('covers the named operator for a subset of its items', () => {
    expect(evaluateConsent(aConsent(), anIntent())).toEqual({ covered: true, consentId: 'consent-1', recipientMatchedBy: 'organization' });
  });

  it('does not cover another operator', () => {
    const r = evaluateConsent(aConsent(), anIntent({ organizationId: OTHER_ORG }));
    expect(r).toMatchObject({ covered: false, gaps: [{ code: 'recipient_not_covered' }] });
  });

  it('names every item it does not cover, in both languages', () => {
    const r = evaluateConsent(aConsent(), anIntent({ items: ['full_name', 'health_notes', 'needs_note'] }));
    expect(r.covered).toBe(false);
    if (r.covered) return;
    expect(r.gaps).toEqual([
      expect.objectContaining({
        code: 'items_not_covered',
        missingItems: ['health_notes', 'needs_note'],
        en: expect.stringContaining('health notes (special care-required), needs in their own words'),
        ja: expect.stringContaining('心身の状況'),
      }),
    ]);
  });

  it('does not cover another senior, nor serve when it is a consent to acquisition only', () => {
    expect(evaluateConsent(aConsent({ seniorId: 'someone-else' }), anIntent())).toMatchObject({ covered: false, gaps: [{ code: 'other_senior' }] });
    expect(evaluateConsent(aConsent({ purpose: 'acquisition' }), anIntent())).toMatchObject({ covered: false, gaps: [{ code: 'wrong_purpose' }] });
  });
});

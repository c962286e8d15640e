import { evaluateConsent } from './consent.policy';
import { aConsent, anIntent, OTHER_ORG } from './consent.fixture';

describe('a consent to a category of operators covers any operator whose offering is in that category', () => {
  const toMealOperators = aConsent({ recipientOrganizationIds: [], recipientCategories: ['meal_delivery'] });

  it('covers an operator it does not name when the offering is a meal delivery', () => {
    expect(evaluateConsent(toMealOperators, anIntent({ organizationId: OTHER_ORG }))).toEqual({
      covered: true,
      consentId: 'consent-1',
      recipientMatchedBy: 'category',
    });
  });

  it('does not cover an operator whose offering is in another category', () => {
    expect(evaluateConsent(toMealOperators, anIntent({ organizationId: OTHER_ORG, offeringCategories: ['housework'] }))).toMatchObject({
      covered: false,
      gaps: [{ code: 'recipient_not_covered' }],
    });
  });
});

import {
  ListingSubmissionIncompleteError,
  applyListingAction,
  assessSubmissionReadiness,
  createListing,
  type ListingActor,
} from '../index';
import { CONTEXT, validOfferingInput } from '../testing/offering.fixtures';

const operator: ListingActor = { id: 'user-op-1', role: 'operator', organizationId: '0b7e6d5c-4b3a-4928-9170-6a5b4c3d2e1f' };
const now = new Date('2026-11-02T01:00:00Z');

describe('a draft with incomplete disclosure', () => {
  const draft = validOfferingInput();
  draft.disclosure.cancellationTerms = null;
  draft.disclosure.complaintDesk = null;
  const { listing } = createListing({ listingId: 'listing-1', organizationId: operator.organizationId }, operator, now);

  it('is not ready, and says which items are missing in ja and en', () => {
    const readiness = assessSubmissionReadiness(draft, CONTEXT);
    expect(readiness.ready).toBe(false);
    expect(readiness.fieldErrors).toEqual([]);
    expect(readiness.missingDisclosure.map((m) => [m.key, m.labelJa, m.labelEn])).toEqual([
      ['complaintDesk', '苦情・相談窓口', 'Complaint desk'],
      ['cancellationTerms', 'キャンセル・解約条件', 'Cancellation terms'],
    ]);
  });

  it('cannot be submitted: the workflow throws and the listing stays a draft', () => {
    let thrown: unknown;
    try {
      applyListingAction(listing, { type: 'submit', offering: draft, context: CONTEXT }, operator, now);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ListingSubmissionIncompleteError);
    const err = thrown as ListingSubmissionIncompleteError;
    expect(err.code).toBe('submission_incomplete');
    expect(err.missingDisclosure.map((m) => m.key)).toEqual(['complaintDesk', 'cancellationTerms']);
    expect(err.messageJa).toContain('苦情・相談窓口、キャンセル・解約条件');
    expect(listing.status).toBe('draft');
  });

  it('can be submitted once the items are filled in', () => {
    const complete = validOfferingInput();
    const result = applyListingAction(listing, { type: 'submit', offering: complete, context: CONTEXT }, operator, now);
    expect(result.listing.status).toBe('submitted');
  });

  it('a draft with field errors is not ready either, even with complete disclosure', () => {
    const invalid = validOfferingInput();
    invalid.price.amountYen = -1;
    const readiness = assessSubmissionReadiness(invalid, CONTEXT);
    expect(readiness).toMatchObject({ ready: false, missingDisclosure: [], fieldErrors: [{ path: '/price/amountYen' }] });
  });
});

import { ListingSubmissionIncompleteError, applyListingAction, isListingVisible } from '../index';
import { operator, publishedListing, t } from '../testing/listing.fixtures';
import { CONTEXT, validOfferingInput } from '../testing/offering.fixtures';

describe('editing a published listing', () => {
  it('changing a disclosed item (price) sends it back to review and hides it', () => {
    const before = validOfferingInput();
    const after = { ...before, price: { amountYen: 700, unit: 'per_visit' } };
    const { listing, entry } = applyListingAction(publishedListing(), { type: 'edit', before, after, context: CONTEXT }, operator, t(10));
    expect(listing.status).toBe('submitted');
    expect(isListingVisible(listing)).toBe(false);
    expect(entry).toMatchObject({ from: 'published', to: 'submitted', changedReviewedFields: ['/price'] });
  });

  it('changing only capacity or schedule keeps it published', () => {
    const before = validOfferingInput();
    const after = {
      ...before,
      capacity: { status: 'waitlist', confirmedAt: '2026-11-10T09:00:00+09:00' },
      schedule: [{ day: 2, opensAt: '11:00', closesAt: '13:00' }],
    };
    const { listing, entry } = applyListingAction(publishedListing(), { type: 'edit', before, after, context: CONTEXT }, operator, t(10));
    expect(listing.status).toBe('published');
    expect(entry).toMatchObject({ from: 'published', to: 'published', changedReviewedFields: [] });
  });

  it('an edit that removes a disclosed item is refused outright', () => {
    const before = validOfferingInput();
    const after = { ...before, disclosure: { ...before.disclosure, complaintDesk: null } };
    expect(() => applyListingAction(publishedListing(), { type: 'edit', before, after, context: CONTEXT }, operator, t(10))).toThrow(
      ListingSubmissionIncompleteError,
    );
  });
});

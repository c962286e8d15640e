import { ListingPermissionError, applyListingAction, availableListingActions, createListing } from '../index';
import { ORG_ID, draftListing, operator, otherOperator, publishedListing, reviewer, submittedListing, t } from '../testing/listing.fixtures';
import { CONTEXT, validOfferingInput } from '../testing/offering.fixtures';

describe('roles', () => {
  it('a reviewer cannot submit, edit or withdraw', () => {
    const offering = validOfferingInput();
    expect(() => applyListingAction(draftListing(), { type: 'submit', offering, context: CONTEXT }, reviewer, t(1))).toThrow(ListingPermissionError);
    expect(() => applyListingAction(publishedListing(), { type: 'withdraw' }, reviewer, t(1))).toThrow(
      expect.objectContaining({ code: 'forbidden', reason: 'role', messageJa: '自治体の審査担当者は「掲載終了」を行えません。' }),
    );
  });

  it('an operator cannot publish or return, not even its own listing', () => {
    expect(() => applyListingAction(submittedListing(), { type: 'publish' }, operator, t(5))).toThrow(
      expect.objectContaining({ code: 'forbidden', reason: 'role', action: 'publish' }),
    );
  });

  it("an operator cannot act on another organization's listing", () => {
    expect(() => applyListingAction(publishedListing(), { type: 'withdraw' }, otherOperator, t(5))).toThrow(
      expect.objectContaining({ code: 'forbidden', reason: 'other_organization' }),
    );
    expect(() => createListing({ listingId: 'x', organizationId: ORG_ID }, otherOperator, t(0))).toThrow(ListingPermissionError);
  });

  it('available actions follow role, organization and state', () => {
    expect(availableListingActions(draftListing(), operator).sort()).toEqual(['edit', 'submit']);
    expect(availableListingActions(submittedListing(), operator)).toEqual([]);
    expect(availableListingActions(submittedListing(), reviewer).sort()).toEqual(['publish', 'return']);
    expect(availableListingActions(publishedListing(), operator).sort()).toEqual(['edit', 'withdraw']);
    expect(availableListingActions(publishedListing(), otherOperator)).toEqual([]);
  });
});

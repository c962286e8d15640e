import { ListingReturnReasonsRequiredError, applyListingAction } from '../index';
import { reviewer, submittedListing, t } from '../testing/listing.fixtures';

describe('returning a listing', () => {
  it('without reasons throws', () => {
    expect(() => applyListingAction(submittedListing(), { type: 'return', reasons: [] }, reviewer, t(5))).toThrow(ListingReturnReasonsRequiredError);
  });

  it('with only blank reasons throws', () => {
    expect(() =>
      applyListingAction(submittedListing(), { type: 'return', reasons: [{ path: null, messageJa: '  ', messageEn: 'x' }] }, reviewer, t(5)),
    ).toThrow(ListingReturnReasonsRequiredError);
  });
});

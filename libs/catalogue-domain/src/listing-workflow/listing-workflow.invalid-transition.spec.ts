import {
  InvalidListingTransitionError,
  LISTING_TRANSITIONS,
  applyListingAction,
  type ListingAction,
  type ListingActionType,
  type ListingState,
  type ListingStatus,
} from '../index';
import { draftListing, operator, publishedListing, reviewer, submittedListing, t } from '../testing/listing.fixtures';
import { CONTEXT, validOfferingInput } from '../testing/offering.fixtures';

function attempt(listing: ListingState, action: ListingAction): unknown {
  const actor = action.type === 'publish' || action.type === 'return' ? reviewer : operator;
  try {
    applyListingAction(listing, action, actor, t(10));
    return undefined;
  } catch (e) {
    return e;
  }
}

describe('an action that is not allowed from the current state', () => {
  it('publishing a draft throws, naming the state and the action in ja and en', () => {
    const err = attempt(draftListing(), { type: 'publish' });
    expect(err).toBeInstanceOf(InvalidListingTransitionError);
    expect(err).toMatchObject({
      code: 'invalid_transition',
      currentStatus: 'draft',
      action: 'publish',
      messageJa: '現在の状態「下書き」では「掲載承認」はできません。',
      messageEn: 'Cannot publish a listing that is a draft.',
    });
  });

  it('withdrawing a listing under review throws', () => {
    expect(attempt(submittedListing(), { type: 'withdraw' })).toMatchObject({ currentStatus: 'submitted', action: 'withdraw' });
  });

  it('editing while under review throws (the reviewer decides first)', () => {
    const offering = validOfferingInput();
    expect(attempt(submittedListing(), { type: 'edit', before: offering, after: offering, context: CONTEXT })).toMatchObject({
      code: 'invalid_transition',
      currentStatus: 'submitted',
      action: 'edit',
    });
  });

  it('publishing an already published listing throws', () => {
    expect(attempt(publishedListing(), { type: 'publish' })).toBeInstanceOf(InvalidListingTransitionError);
  });

  it('the transition table lists exactly the allowed pairs', () => {
    const allowed = Object.entries(LISTING_TRANSITIONS).flatMap(([s, actions]) =>
      Object.keys(actions).map((a) => `${s as ListingStatus}:${a as ListingActionType}`),
    );
    expect(allowed.sort()).toEqual(
      [
        'draft:submit',
        'draft:edit',
        'submitted:publish',
        'submitted:return',
        'returned:submit',
        'returned:edit',
        'published:edit',
        'published:withdraw',
        'withdrawn:edit',
      ].sort(),
    );
  });

  it('a failed action leaves the listing unchanged', () => {
    const listing = draftListing();
    const before = JSON.stringify(listing);
    attempt(listing, { type: 'publish' });
    expect(JSON.stringify(listing)).toBe(before);
  });
});

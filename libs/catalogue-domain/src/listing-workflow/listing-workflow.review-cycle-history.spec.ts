import { applyListingAction, isListingVisible } from '../index';
import { draftListing, operator, reviewer, t } from '../testing/listing.fixtures';
import { CONTEXT, validOfferingInput } from '../testing/offering.fixtures';

describe('draft → submitted → returned → draft → submitted → published → withdrawn', () => {
  it('records who, role, when, from, to and reasons for every step', () => {
    const offering = validOfferingInput();
    let listing = draftListing();
    listing = applyListingAction(listing, { type: 'submit', offering, context: CONTEXT }, operator, t(1)).listing;
    const returned = applyListingAction(
      listing,
      {
        type: 'return',
        reasons: [
          { path: '/disclosure/cancellationTerms', messageJa: '当日キャンセル時の返金条件を明記してください。', messageEn: 'State the refund terms for same-day cancellation.' },
        ],
      },
      reviewer,
      t(2),
    );
    listing = returned.listing;
    expect(isListingVisible(listing)).toBe(false);
    const edited = { ...offering, disclosure: { ...offering.disclosure, cancellationTerms: '当日キャンセルは弁当代の半額を頂きます。' } };
    listing = applyListingAction(listing, { type: 'edit', before: offering, after: edited, context: CONTEXT }, operator, t(3)).listing;
    listing = applyListingAction(listing, { type: 'submit', offering: edited, context: CONTEXT }, operator, t(4)).listing;
    listing = applyListingAction(listing, { type: 'publish' }, reviewer, t(5)).listing;
    expect(isListingVisible(listing)).toBe(true);
    listing = applyListingAction(listing, { type: 'withdraw', note: '事業終了のため' }, operator, t(6)).listing;

    expect(listing.status).toBe('withdrawn');
    expect(listing.history.map((h) => [h.action, h.role, h.actorId, h.from, h.to, h.at])).toEqual([
      ['create', 'operator', 'user-op-1', null, 'draft', '2026-11-02T00:00:00.000Z'],
      ['submit', 'operator', 'user-op-1', 'draft', 'submitted', '2026-11-02T00:01:00.000Z'],
      ['return', 'municipal_reviewer', 'user-rv-1', 'submitted', 'returned', '2026-11-02T00:02:00.000Z'],
      ['edit', 'operator', 'user-op-1', 'returned', 'draft', '2026-11-02T00:03:00.000Z'],
      ['submit', 'operator', 'user-op-1', 'draft', 'submitted', '2026-11-02T00:04:00.000Z'],
      ['publish', 'municipal_reviewer', 'user-rv-1', 'submitted', 'published', '2026-11-02T00:05:00.000Z'],
      ['withdraw', 'operator', 'user-op-1', 'published', 'withdrawn', '2026-11-02T00:06:00.000Z'],
    ]);
    expect(returned.entry.reasons).toEqual([
      { path: '/disclosure/cancellationTerms', messageJa: '当日キャンセル時の返金条件を明記してください。', messageEn: 'State the refund terms for same-day cancellation.' },
    ]);
    expect(listing.history[3].changedReviewedFields).toEqual(['/disclosure/cancellationTerms']);
    expect(listing.history[6].note).toBe('事業終了のため');
  });

  it('a returned listing may also be resubmitted directly', () => {
    const offering = validOfferingInput();
    let listing = applyListingAction(draftListing(), { type: 'submit', offering, context: CONTEXT }, operator, t(1)).listing;
    listing = applyListingAction(listing, { type: 'return', reasons: [{ path: null, messageJa: '写真が不鮮明です', messageEn: null }] }, reviewer, t(2)).listing;
    listing = applyListingAction(listing, { type: 'submit', offering, context: CONTEXT }, operator, t(3)).listing;
    expect(listing.status).toBe('submitted');
  });
});

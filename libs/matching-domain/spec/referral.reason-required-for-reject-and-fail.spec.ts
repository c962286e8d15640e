import { applyReferralAction, ReferralReasonError } from '@sanpuku/matching-domain';
import { accept, hoursAfter, operator, referralAfter, send, start } from './referral.fixtures';

describe('reject and fail need a reason code; codes are lower_snake_case (no free text)', () => {
  it('reject without a reason is refused', () => {
    expect(() => applyReferralAction(referralAfter(send), { action: 'reject', actor: operator }, hoursAfter(9))).toThrow(
      expect.objectContaining({ code: 'reason_required', currentStatus: 'requested', attemptedAction: 'reject' }),
    );
  });

  it('fail with free text is refused as an invalid reason', () => {
    const run = () =>
      applyReferralAction(referralAfter(send, accept, start), { action: 'fail', actor: operator, reasonCode: 'Mr Sato was hospitalised' }, hoursAfter(9));
    expect(run).toThrow(ReferralReasonError);
    expect(run).toThrow(expect.objectContaining({ code: 'invalid_reason', currentStatus: 'in_progress' }));
  });

  it('with a code, reject records it in state and history', () => {
    const res = applyReferralAction(referralAfter(send), { action: 'reject', actor: operator, reasonCode: 'outside_capacity' }, hoursAfter(9));
    expect(res.referral).toMatchObject({ status: 'rejected', reasonCode: 'outside_capacity' });
    expect(res.entry).toMatchObject({ from: 'requested', to: 'rejected', reasonCode: 'outside_capacity' });
  });
});

import { label } from '@sanpuku/kernel';
import { applyReferralAction, EXPIRY_REASON_CODE, REFERRAL_REASON_CODES, ReferralReasonError } from '@sanpuku/matching-domain';
import { accept, hoursAfter, operator, referralAfter, send, start } from './testing/referral.fixtures';

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

  it('referral.reason-code-outside-the-labelled-list-is-refused: a well-formed but unknown code has no words, so it is refused', () => {
    const run = () => applyReferralAction(referralAfter(send), { action: 'reject', actor: operator, reasonCode: 'made_up_reason' }, hoursAfter(9));
    expect(run).toThrow(expect.objectContaining({ code: 'invalid_reason', currentStatus: 'requested', attemptedAction: 'reject' }));
    expect(REFERRAL_REASON_CODES).not.toContain('made_up_reason');
    for (const code of REFERRAL_REASON_CODES) {
      expect(label('ReferralReasonCode', code).ja).not.toBe(code);
      expect(() => applyReferralAction(referralAfter(send), { action: 'reject', actor: operator, reasonCode: code }, hoursAfter(9))).not.toThrow();
    }
    expect(REFERRAL_REASON_CODES).toContain(EXPIRY_REASON_CODE);
  });

  it('with a code, reject records it in state and history', () => {
    const res = applyReferralAction(referralAfter(send), { action: 'reject', actor: operator, reasonCode: 'outside_capacity' }, hoursAfter(9));
    expect(res.referral).toMatchObject({ status: 'rejected', reasonCode: 'outside_capacity' });
    expect(res.entry).toMatchObject({ from: 'requested', to: 'rejected', reasonCode: 'outside_capacity' });
  });
});

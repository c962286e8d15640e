import { applyReferralAction, InvalidReferralTransitionError, type ReferralCommand } from '@sanpuku/matching-domain';
import { accept, hoursAfter, operator, referralAfter, requester, send, start } from './testing/referral.fixtures';

describe('on_hold can be entered from requested, accepted, in_progress and resumes to where it was', () => {
  it.each<[string, ReferralCommand[]]>([
    ['requested', [send]],
    ['accepted', [send, accept]],
    ['in_progress', [send, accept, start]],
  ])('from %s and back', (status, steps) => {
    const r = referralAfter(...steps);
    const held = applyReferralAction(r, { action: 'hold', actor: requester, reasonCode: 'hospital_stay' }, hoursAfter(10));
    expect(held.referral).toMatchObject({ status: 'on_hold', heldFrom: status });
    const resumed = applyReferralAction(held.referral, { action: 'resume', actor: operator }, hoursAfter(20));
    expect(resumed.referral).toMatchObject({ status, heldFrom: null });
    expect(resumed.entry).toMatchObject({ action: 'resume', from: 'on_hold', to: status });
  });

  it('cannot hold from draft or from on_hold', () => {
    expect(() => applyReferralAction(referralAfter(), { action: 'hold', actor: requester }, hoursAfter(10))).toThrow(
      InvalidReferralTransitionError,
    );
    const held = applyReferralAction(referralAfter(send), { action: 'hold', actor: requester }, hoursAfter(10)).referral;
    expect(() => applyReferralAction(held, { action: 'hold', actor: requester }, hoursAfter(11))).toThrow(
      expect.objectContaining({ currentStatus: 'on_hold', attemptedAction: 'hold' }),
    );
  });

  it('a held referral can be cancelled by the requester', () => {
    const held = applyReferralAction(referralAfter(send, accept), { action: 'hold', actor: operator }, hoursAfter(10)).referral;
    expect(applyReferralAction(held, { action: 'cancel', actor: requester }, hoursAfter(11)).referral.status).toBe('cancelled');
  });
});

import {
  allowedReferralActions,
  applyReferralAction,
  ReferralActorNotPermittedError,
} from '@sanpuku/matching-domain';
import { accept, hoursAfter, operator, referralAfter, requester, send } from './testing/referral.fixtures';

describe('who may do what: requester send/cancel, operator accept/reject/start/complete/fail, system expire', () => {
  it('a requester cannot accept its own referral', () => {
    const r = referralAfter(send);
    expect(() => applyReferralAction(r, { action: 'accept', actor: requester }, hoursAfter(5))).toThrow(
      ReferralActorNotPermittedError,
    );
    try {
      applyReferralAction(r, { action: 'accept', actor: requester }, hoursAfter(5));
    } catch (e) {
      expect(e).toMatchObject({ code: 'actor_not_permitted', currentStatus: 'requested', attemptedAction: 'accept', role: 'requester', permittedRoles: ['operator'] });
      expect((e as Error).message).toContain('only the operator may “accept” it, not the requester');
    }
  });

  it('an operator cannot send or cancel', () => {
    expect(() => applyReferralAction(referralAfter(), { action: 'send', actor: operator }, hoursAfter(5))).toThrow(
      ReferralActorNotPermittedError,
    );
    expect(() => applyReferralAction(referralAfter(send, accept), { action: 'cancel', actor: operator }, hoursAfter(5))).toThrow(
      ReferralActorNotPermittedError,
    );
  });

  it('nobody but the system expires; the system may do nothing else', () => {
    const system = { role: 'system' as const, id: 'job' };
    expect(() => applyReferralAction(referralAfter(send), { action: 'reject', actor: system, reasonCode: 'x' }, hoursAfter(5))).toThrow(
      ReferralActorNotPermittedError,
    );
    expect(allowedReferralActions('requested', 'system')).toEqual(['expire']);
  });

  it('per role, from requested', () => {
    expect(allowedReferralActions('requested', 'requester')).toEqual(['cancel', 'hold']);
    expect(allowedReferralActions('requested', 'operator')).toEqual(['accept', 'reject', 'hold']);
    expect(allowedReferralActions('in_progress', 'operator')).toEqual(['complete', 'fail', 'hold']);
  });
});

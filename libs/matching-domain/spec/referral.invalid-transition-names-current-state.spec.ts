import {
  applyReferralAction,
  InvalidReferralTransitionError,
  ReferralTransitionError,
  type ReferralCommand,
  type ReferralState,
} from '@sanpuku/matching-domain';
import { accept, hoursAfter, operator, referralAfter, requester, send, start } from './referral.fixtures';

function errorOf(r: ReferralState, c: ReferralCommand): InvalidReferralTransitionError {
  try {
    applyReferralAction(r, c, hoursAfter(10));
  } catch (e) {
    return e as InvalidReferralTransitionError;
  }
  throw new Error('expected the transition to throw');
}

describe('an invalid transition throws a typed error naming the current state and the attempted transition', () => {
  it('complete while still requested', () => {
    const e = errorOf(referralAfter(send), { action: 'complete', actor: operator });
    expect(e).toBeInstanceOf(InvalidReferralTransitionError);
    expect(e).toBeInstanceOf(ReferralTransitionError);
    expect(e).toMatchObject({ code: 'invalid_transition', currentStatus: 'requested', attemptedAction: 'complete', attemptedTo: 'completed' });
    expect(e.allowedActions).toEqual(['cancel', 'accept', 'reject', 'hold', 'expire']);
    expect(e.messageEn).toBe(
      "Referral ref-1 is 'requested': transition 'complete' (→ completed) is not allowed from 'requested'. Allowed: cancel, accept, reject, hold, expire",
    );
    expect(e.messageJa).toContain('現在「依頼中」(requested)');
    expect(e.messageJa).toContain('「完了」(complete)');
    expect(e.message).toContain(e.messageEn);
    expect(e.message).toContain(e.messageJa);
  });

  it('anything after a final status says there is nothing left to do', () => {
    const done = referralAfter(send, accept, start, { action: 'complete', actor: operator });
    const e = errorOf(done, { action: 'cancel', actor: requester });
    expect(e).toMatchObject({ currentStatus: 'completed', attemptedAction: 'cancel', allowedActions: [] });
    expect(e.messageEn).toContain('Allowed: none (final status)');
    expect(e.messageJa).toContain('なし（終了状態）');
  });

  it('expire is refused outside expireIfDue, with a hint', () => {
    const e = errorOf(referralAfter(send), { action: 'expire' as never, actor: { role: 'system', id: 'job' } });
    expect(e).toMatchObject({ code: 'invalid_transition', currentStatus: 'requested', attemptedAction: 'expire' });
    expect(e.messageEn).toContain('expireIfDue');
  });

  it('an unknown action is named too', () => {
    const e = errorOf(referralAfter(), { action: 'teleport' as never, actor: requester });
    expect(e).toMatchObject({ currentStatus: 'draft', attemptedAction: 'teleport', attemptedTo: null });
  });
});

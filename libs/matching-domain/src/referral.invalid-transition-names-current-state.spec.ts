import {
  applyReferralAction,
  InvalidReferralTransitionError,
  ReferralTransitionError,
  type ReferralCommand,
  type ReferralState,
} from '@sanpuku/matching-domain';
import { accept, hoursAfter, operator, referralAfter, requester, send, start } from './testing/referral.fixtures';

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
      'This referral is “requested”: “complete” (to “completed”) is not possible now. Possible: “cancel”, “accept”, “decline”, “put on hold”, “expire”',
    );
    expect(e.messageJa).toBe(
      'この紹介は現在「依頼中」のため、「完了」（「完了」にする操作）はできません。可能な操作: 「取り消し」、「受諾」、「お断り」、「保留」、「期限切れ処理」',
    );
    expect(e.message).toContain(e.messageEn);
    expect(e.message).toContain(e.messageJa);
  });

  it('anything after a final status says there is nothing left to do', () => {
    const done = referralAfter(send, accept, start, { action: 'complete', actor: operator });
    const e = errorOf(done, { action: 'cancel', actor: requester });
    expect(e).toMatchObject({ currentStatus: 'completed', attemptedAction: 'cancel', allowedActions: [] });
    expect(e.messageEn).toContain('Possible: none (final status)');
    expect(e.messageJa).toContain('なし（終了状態）');
  });

  it('expire is refused outside expireIfDue, with a hint', () => {
    const e = errorOf(referralAfter(send), { action: 'expire' as never, actor: { role: 'system', id: 'job' } });
    expect(e).toMatchObject({ code: 'invalid_transition', currentStatus: 'requested', attemptedAction: 'expire' });
    expect(e.messageEn).toContain('only the system expires a referral');
    expect(e.messageJa).toContain('システムだけ');
  });

  it('referral.error-sentences-carry-no-id-or-code: the words name statuses and actions, the fields keep the codes', () => {
    const e = errorOf(referralAfter(send), { action: 'start', actor: operator });
    for (const text of [e.messageJa, e.messageEn]) {
      expect(text).not.toContain('ref-1');
      expect(text).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
      expect(text).not.toMatch(/'(requested|start|in_progress)'/);
    }
    expect(e).toMatchObject({ currentStatus: 'requested', attemptedAction: 'start', attemptedTo: 'in_progress' });
  });

  it('an unknown action is named too', () => {
    const e = errorOf(referralAfter(), { action: 'teleport' as never, actor: requester });
    expect(e).toMatchObject({ currentStatus: 'draft', attemptedAction: 'teleport', attemptedTo: null });
  });
});

import { applyReferralAction, EXPIRY_REASON_CODE, expireIfDue, responseDueAt } from '@sanpuku/matching-domain';
import { hoursAfter, operator, referralAfter, send } from './testing/referral.fixtures';

describe('a requested referral expires when the operator does not respond in time', () => {
  const config = { respondWithinHours: 72 };
  const requested = referralAfter(send); // entered 'requested' at T0 + 1 h
  const due = hoursAfter(73);

  it('the response is due statusSince + 72 h', () => {
    expect(responseDueAt(requested, config)).toEqual(due);
  });

  it('one millisecond before the deadline: not yet', () => {
    const check = expireIfDue(requested, new Date(due.getTime() - 1), config);
    expect(check).toEqual({ expired: false, dueAt: due.toISOString(), why: 'not_yet_due' });
  });

  it('at the deadline: expired by the system with reason operator_no_response', () => {
    const check = expireIfDue(requested, due, config);
    if (!check.expired) throw new Error('expected expiry');
    expect(check.referral).toMatchObject({ status: 'expired', reasonCode: EXPIRY_REASON_CODE, version: requested.version + 1 });
    expect(check.entry).toMatchObject({
      action: 'expire',
      actor: { role: 'system', id: 'referral-expiry' },
      from: 'requested',
      to: 'expired',
      at: due.toISOString(),
    });
  });

  it('an accepted referral never expires', () => {
    const accepted = applyReferralAction(requested, { action: 'accept', actor: operator }, hoursAfter(2)).referral;
    expect(expireIfDue(accepted, hoursAfter(1000), config)).toEqual({ expired: false, dueAt: null, why: 'not_awaiting_response' });
  });

  it('hold pauses the clock; resuming to requested starts a fresh window', () => {
    const held = applyReferralAction(requested, { action: 'hold', actor: operator }, hoursAfter(50)).referral;
    expect(expireIfDue(held, hoursAfter(200), config).expired).toBe(false);
    const resumed = applyReferralAction(held, { action: 'resume', actor: operator }, hoursAfter(200)).referral;
    expect(expireIfDue(resumed, hoursAfter(271), config).expired).toBe(false);
    expect(expireIfDue(resumed, hoursAfter(272), config).expired).toBe(true);
  });
});

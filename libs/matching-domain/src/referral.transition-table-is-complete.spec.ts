import {
  applyReferralAction,
  InvalidReferralTransitionError,
  REFERRAL_ACTIONS,
  REFERRAL_STATUSES,
  REFERRAL_TRANSITIONS,
  ReferralActorNotPermittedError,
  type ReferralActorRole,
  type ReferralState,
} from '@sanpuku/matching-domain';
import { T0 } from './testing/referral.fixtures';

/** Every status × action × role: either the table allows it, or the right typed error is thrown. */
describe('the transition table is the whole truth', () => {
  const roles: ReferralActorRole[] = ['requester', 'operator', 'system'];
  const expected: Record<string, string> = {
    'draft/send': 'requested',
    'draft/cancel': 'cancelled',
    'requested/cancel': 'cancelled',
    'requested/accept': 'accepted',
    'requested/reject': 'rejected',
    'requested/hold': 'on_hold',
    'accepted/cancel': 'cancelled',
    'accepted/start': 'in_progress',
    'accepted/hold': 'on_hold',
    'in_progress/cancel': 'cancelled',
    'in_progress/complete': 'completed',
    'in_progress/fail': 'failed',
    'in_progress/hold': 'on_hold',
    'on_hold/cancel': 'cancelled',
    'on_hold/resume': 'accepted',
  };

  it('matches the documented lifecycle', () => {
    for (const status of REFERRAL_STATUSES) {
      const referral: ReferralState = {
        id: 'r',
        status,
        statusSince: T0.toISOString(),
        heldFrom: status === 'on_hold' ? 'accepted' : null,
        reasonCode: null,
        version: 3,
      };
      for (const action of REFERRAL_ACTIONS.filter((a) => a !== 'expire')) {
        const rule = REFERRAL_TRANSITIONS.find((r) => r.action === action)!;
        for (const role of roles) {
          const run = () =>
            applyReferralAction(referral, { action, actor: { role, id: 'u' }, reasonCode: 'other' }, T0);
          const key = `${status}/${action}`;
          if (!(key in expected)) expect(run).toThrow(InvalidReferralTransitionError);
          else if (!rule.roles.includes(role)) expect(run).toThrow(ReferralActorNotPermittedError);
          else expect(run().referral.status).toBe(expected[key]);
        }
      }
    }
  });
});

import {
  applyReferralAction,
  createReferralDraft,
  type ReferralActor,
  type ReferralCommand,
  type ReferralState,
} from '@sanpuku/matching-domain';

export const requester: ReferralActor = { role: 'requester', id: 'cm-001' };
export const operator: ReferralActor = { role: 'operator', id: 'op-user-9' };
export const T0 = new Date('2026-11-20T00:00:00.000Z');
export const hoursAfter = (h: number, from = T0) => new Date(from.getTime() + h * 3_600_000);

/** A referral walked through the given steps, one hour apart. */
export function referralAfter(...steps: ReferralCommand[]): ReferralState {
  let r = createReferralDraft('ref-1', requester, T0).referral;
  steps.forEach((s, i) => {
    r = applyReferralAction(r, s, hoursAfter(i + 1)).referral;
  });
  return r;
}

export const send: ReferralCommand = { action: 'send', actor: requester };
export const accept: ReferralCommand = { action: 'accept', actor: operator };
export const start: ReferralCommand = { action: 'start', actor: operator };

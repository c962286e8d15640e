import { applyReferralAction, createReferralDraft, type ReferralHistoryEntry } from '@sanpuku/matching-domain';
import { hoursAfter, operator, requester, T0 } from './testing/referral.fixtures';

describe('referral happy path: draft → requested → accepted → in_progress → completed', () => {
  it('each transition returns the new state and a history entry (who, role, when, from, to, reason)', () => {
    const created = createReferralDraft('ref-1', requester, T0);
    const history: ReferralHistoryEntry[] = [created.entry];
    let r = created.referral;
    const steps = [
      { action: 'send', actor: requester },
      { action: 'accept', actor: operator },
      { action: 'start', actor: operator },
      { action: 'complete', actor: operator, reasonCode: 'service_delivered' },
    ] as const;
    steps.forEach((s, i) => {
      const res = applyReferralAction(r, s, hoursAfter(i + 1));
      r = res.referral;
      history.push(res.entry);
    });
    expect(r).toEqual({
      id: 'ref-1',
      status: 'completed',
      statusSince: hoursAfter(4).toISOString(),
      heldFrom: null,
      reasonCode: 'service_delivered',
      version: 5,
    });
    expect(history.map((h) => [h.version, h.action, h.actor.role, h.actor.id, h.from, h.to])).toEqual([
      [1, 'create', 'requester', 'cm-001', null, 'draft'],
      [2, 'send', 'requester', 'cm-001', 'draft', 'requested'],
      [3, 'accept', 'operator', 'op-user-9', 'requested', 'accepted'],
      [4, 'start', 'operator', 'op-user-9', 'accepted', 'in_progress'],
      [5, 'complete', 'operator', 'op-user-9', 'in_progress', 'completed'],
    ]);
    expect(history[2].at).toBe('2026-11-20T02:00:00.000Z');
    expect(history[4].reasonCode).toBe('service_delivered');
  });

  it('the input state is not modified', () => {
    const draft = Object.freeze(createReferralDraft('ref-2', requester, T0).referral);
    const next = applyReferralAction(draft, { action: 'send', actor: requester }, hoursAfter(1));
    expect(draft.status).toBe('draft');
    expect(next.referral.status).toBe('requested');
  });
});

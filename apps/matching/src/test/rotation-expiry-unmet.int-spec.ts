/**
 * Fair rotation under concurrency (the scope's rotation state is locked last and revision-checked in
 * the statement that appends the exposure records), the neutrality report built from that log,
 * the expiry sweep offering the next candidates, and unmet demand recorded and aggregated with
 * small cells suppressed next to the municipality's market-viability segment.
 */
import { randomUUID } from 'node:crypto';
import { Topics } from '@sanpuku/contracts';
import type { Actor } from '@sanpuku/platform';
import { readTopic } from '@sanpuku/platform';
import { familyX, ORG_A, ORG_B, operatorA, staffChiyoda } from '../access/actors.fixture';
import { ReferralExpiryService } from '../referrals/referral-expiry.service';
import {
  actOn,
  anOffering,
  aRequestInput,
  CREATE_REFERRAL,
  FILE_REQUEST,
  Harness,
  ok,
  publishOfferings,
  publishSegment,
  RECORD_CONSENT,
  REFERRAL,
  startMatching,
} from './matching.harness';

let h: Harness;
const confirmedAt = new Date().toISOString();
// Two operators' offerings that score exactly the same for the same request.
const mealsA = anOffering({ organizationId: ORG_A, capacityConfirmedAt: confirmedAt });
const mealsB = anOffering({ organizationId: ORG_B, capacityConfirmedAt: confirmedAt });
const ORG_C = randomUUID();
const ORG_D = randomUUID();
const houseworkC = anOffering({ organizationId: ORG_C, categories: ['housework'], capacityConfirmedAt: confirmedAt });
const houseworkD = anOffering({ organizationId: ORG_D, categories: ['housework'], capacityConfirmedAt: confirmedAt, priceYen: 2000 });
const operator = (organizationId: string): Actor => ({ sub: `op-${organizationId.slice(0, 4)}`, name: '事業者', role: 'operator', organizationId });

const HOUR = 3_600_000;

beforeAll(async () => {
  h = await startMatching('rotation', { rotationTopPositions: 1, unmetMinCellCount: 2, respondWithinHours: 72 });
  await publishOfferings(h, [mealsA, mealsB, houseworkC, houseworkD]);
  await publishSegment(h, '13101', 'B');
});
afterAll(() => h?.close());

describe('fair rotation is safe under concurrent shortlists', () => {
  it('six requests filed at once share position 1 equally between two equally qualified operators', async () => {
    const filed = await Promise.all(Array.from({ length: 6 }, () => ok(h, FILE_REQUEST, { input: aRequestInput() }, familyX)));
    const revisions = filed.map((f) => f.fileHelpRequest.shortlist.scopeRevision).sort((a: number, b: number) => a - b);
    expect(revisions).toEqual([1, 2, 3, 4, 5, 6]);
    const tops = await h.ds.query(
      `SELECT organization_id::text AS org, count(*)::int AS n FROM exposure_record WHERE position = 1 GROUP BY 1 ORDER BY 1`,
    );
    expect(tops).toEqual([ORG_A, ORG_B].sort().map((org) => ({ org, n: 3 })));
    const [state] = await h.ds.query(`SELECT revision, state FROM rotation_state WHERE scope_key = '13101|meal_delivery'`);
    expect(state.revision).toBe(6);
    expect(state.state.offerings[mealsA.offeringId]).toEqual({ positionCounts: [3], listedCount: 6 });
  });

  it('the neutrality report shows each operator’s exposure against its share of eligibility', async () => {
    const { neutralityReport: r } = await ok(h, `query N($from: DateTime!, $to: DateTime!) {
        neutralityReport(municipalityCode: "13101", from: $from, to: $to) {
          topPositions totalTopExposures totalEligible maxAbsDeviation shortlistPositions
          operators { organizationId organizationName topExposures exposureShare eligibleCount eligibilityShare deviation ratio }
        } }`, { from: new Date(Date.now() - HOUR).toISOString(), to: new Date(Date.now() + HOUR).toISOString() }, staffChiyoda);
    expect(r).toMatchObject({ topPositions: 1, totalTopExposures: 6, totalEligible: 12, maxAbsDeviation: 0, shortlistPositions: 12 });
    expect(r.operators).toHaveLength(2);
    for (const o of r.operators) {
      expect(o).toMatchObject({ topExposures: 3, exposureShare: 0.5, eligibleCount: 6, eligibilityShare: 0.5, deviation: 0, ratio: 1 });
      expect(o.organizationName).toBe('【デモ】ひだまり配食株式会社');
    }
  });
});

describe('an operator that does not answer lets the referral expire; the requester is offered the next candidates', () => {
  let requestId: string;
  let first: { offeringId: string; organizationId: string };
  let second: { offeringId: string; organizationId: string };
  let expiredId: string;

  it('the sweep expires only what is due, as the system, with the reason', async () => {
    const { fileHelpRequest: r } = await ok(h, FILE_REQUEST, { input: aRequestInput({ needs: ['housework'] }) }, familyX);
    requestId = r.id;
    [first, second] = r.shortlist.entries;
    expect([first.offeringId, second.offeringId].sort()).toEqual([houseworkC.offeringId, houseworkD.offeringId].sort());
    // A consent to every operator of a category.
    await ok(h, RECORD_CONSENT, {
      input: { requestId, dataItems: ['full_name', 'address'], recipientCategories: ['housework'], given: { givenBy: 'guardian', givenByName: '成年後見人 佐藤', textVersion: 'provision-1' } },
    }, familyX);
    expiredId = (await ok(h, CREATE_REFERRAL, { input: { requestId, offeringId: first.offeringId, disclosedItems: ['full_name', 'address'] } }, familyX)).createReferral.id;

    const sweeper = h.svc.app.get(ReferralExpiryService);
    expect((await sweeper.sweep(new Date(Date.now() + 71 * HOUR))).expired).toEqual([]);
    expect((await sweeper.sweep(new Date(Date.now() + 73 * HOUR))).expired).toEqual([expiredId]);
    expect((await sweeper.sweep(new Date(Date.now() + 74 * HOUR))).expired).toEqual([]);

    const { referral } = await ok(h, REFERRAL, { id: expiredId }, familyX);
    expect(referral.status).toBe('expired');
    expect(referral.history.at(-1)).toMatchObject({ action: 'expire', actorKind: 'system', actorRole: 'system', from: 'requested', to: 'expired', reasonCode: 'operator_no_response' });
  });

  it('the requester is offered the next candidate', async () => {
    const { helpRequest } = await ok(h, `query R($id: ID!) { helpRequest(id: $id) { status notices { kind referralId offeringIds messageJa } nextCandidates { offeringId position } } }`, { id: requestId }, familyX);
    expect(helpRequest.status).toBe('open');
    expect(helpRequest.notices).toEqual([{ kind: 'referral_expired', referralId: expiredId, offeringIds: [second.offeringId], messageJa: expect.stringContaining('期限切れ') }]);
    expect(helpRequest.nextCandidates).toEqual([{ offeringId: second.offeringId, position: 2 }]);
  });

  it('when the last candidate declines too, the request is recorded as unmet demand', async () => {
    const { createReferral } = await ok(h, CREATE_REFERRAL, { input: { requestId, offeringId: second.offeringId, disclosedItems: ['full_name'] } }, familyX);
    const { rejectReferral } = await ok(h, actOn('rejectReferral', true), { id: createReferral.id, reasonCode: 'no_capacity' }, operator(second.organizationId));
    expect(rejectReferral).toMatchObject({ status: 'rejected', reasonCode: 'no_capacity' });
    const { helpRequest } = await ok(h, `query R($id: ID!) { helpRequest(id: $id) { status notices { kind } nextCandidates { offeringId } } }`, { id: requestId }, familyX);
    expect(helpRequest).toEqual({ status: 'unmet', notices: [{ kind: 'referral_expired' }, { kind: 'recorded_as_unmet' }], nextCandidates: [] });
    const rows = await h.ds.query(`SELECT category, reason FROM unmet_demand_record WHERE request_id = $1`, [requestId]);
    expect(rows).toEqual([{ category: 'housework', reason: 'referrals_unsuccessful' }]);
  });

  it('the expiry is an event on the referral topic with its reason code', async () => {
    const all = await readTopic(h.kafka.connection('check'), h.kafka.topicPrefix + Topics.matchingReferral, 6);
    const expiry = all.map((m) => JSON.parse(m.value!)).find((e) => e.data.referralId === expiredId && e.data.to === 'expired');
    expect(expiry.data).toMatchObject({ from: 'requested', to: 'expired', reasonCode: 'operator_no_response', requestId, organizationId: first.organizationId });
  });
});

describe('unmet demand aggregates', () => {
  it('a request no offering can serve is unmet at once; aggregates count per municipality × category × month and suppress small cells', async () => {
    const { fileHelpRequest: none } = await ok(h, FILE_REQUEST, { input: aRequestInput({ needs: ['housing'] }) }, familyX);
    expect(none.status).toBe('unmet');
    expect(none.shortlist.entries).toEqual([]);
    expect(none.shortlist.uncoveredNeeds).toEqual(['housing']);
    // Housework is served, housing is not: the uncovered need counts as unmet too.
    const { fileHelpRequest: partly } = await ok(h, FILE_REQUEST, { input: aRequestInput({ needs: ['housework', 'housing'] }) }, familyX);
    expect(partly.status).toBe('open');
    expect(partly.shortlist.uncoveredNeeds).toEqual(['housing']);

    const q = `query U($m: String) { unmetDemand(municipalityCode: $m) { minCellCount cells { municipalityCode category month suppressed count marketSegment } segments { municipalityCode segment } } }`;
    const { unmetDemand } = await ok(h, q, { m: '13101' }, operatorA);
    const month = new Date(Date.now() + 9 * HOUR).toISOString().slice(0, 7);
    expect(unmetDemand).toEqual({
      minCellCount: 2,
      cells: [
        { municipalityCode: '13101', category: 'housework', month, suppressed: true, count: null, marketSegment: 'B' },
        { municipalityCode: '13101', category: 'housing', month, suppressed: false, count: 2, marketSegment: 'B' },
      ],
      segments: [{ municipalityCode: '13101', segment: 'B' }],
    });
    // Municipal staff get the same aggregates for their municipality; no individual is in them.
    const staff = await ok(h, q, { m: null }, staffChiyoda);
    expect(staff.unmetDemand.cells).toEqual(unmetDemand.cells);
    expect(JSON.stringify(staff)).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  });
});

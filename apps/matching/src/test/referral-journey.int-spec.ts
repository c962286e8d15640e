/**
 * The journey through real PostgreSQL and the real Kafka broker: a catalogue event on the
 * catalogue topic → offering read model → a family files a request → shortlist with explanations
 * → consent → referral sent → the operator sees only the pseudonymous summary → accepts → sees
 * the consented details → starts → completes. Every transition is on the referral topic with ids
 * only, and every disclosure is in the append-only provision record.
 */
import { Topics } from '@sanpuku/contracts';
import { readTopic } from '@sanpuku/platform';
import { familyX, ORG_A, ORG_B, operatorA, operatorB } from '../access/actors.fixture';
import {
  actOn,
  anOffering,
  aRequestInput,
  CREATE_REFERRAL,
  failure,
  FILE_REQUEST,
  Harness,
  INBOX,
  ok,
  publishOfferings,
  publishSegment,
  RECORD_CONSENT,
  REFERRAL,
  startMatching,
} from './matching.harness';

let h: Harness;
const mealsA = anOffering({ organizationId: ORG_A, title: '配食A 夕食お届け', organizationName: '株式会社A配食', base: { lat: 35.69, lng: 139.75 } });
const mealsB = anOffering({ organizationId: ORG_B, title: '配食B', organizationName: '株式会社B', priceYen: 1500, base: { lat: 35.7, lng: 139.8 } });
const elsewhere = anOffering({ serviceArea: { kind: 'municipalities', codes: ['13102'] } });
const fullOne = anOffering({ capacity: 'full' });

beforeAll(async () => {
  h = await startMatching('journey');
  await publishOfferings(h, [mealsA, mealsB, elsewhere, fullOne]);
  await publishSegment(h, '13101', 'A');
});
afterAll(() => h?.close());

let requestId: string;
let referralId: string;
const PERSONAL = ['山田', 'ハナコ', '一番町', '03-1234-5678', '糖尿病', '夕食の配達を希望', 'care_2', '要介護2'];

describe('from a catalogue event to a completed referral', () => {
  it('a family files a request and gets a shortlist read from the offering read model, every candidate explained', async () => {
    const { fileHelpRequest: r } = await ok(h, FILE_REQUEST, { input: aRequestInput() }, familyX);
    requestId = r.id;
    expect(r).toMatchObject({ status: 'open', municipalityCode: '13101', careLevelBand: 'care_1_2', needs: ['meal_delivery'] });
    const s = r.shortlist;
    expect(s.round).toBe(1);
    expect(s.rotationScope).toBe('13101|meal_delivery');
    expect(s.distanceModel).toBe('ellipsoid:WGS84');
    expect(s.disclaimerJa).toContain('品質を保証するものではありません');
    // Eligible: A and B. The full one is excluded with its reason; the other municipality is not a candidate at all.
    expect(s.entries.map((e: { offeringId: string }) => e.offeringId).sort()).toEqual([mealsA.offeringId, mealsB.offeringId].sort());
    expect(s.excluded).toEqual([{ offeringId: fullOne.offeringId, failed: [expect.objectContaining({ code: 'capacity_full', ja: expect.stringContaining('定員') })] }]);
    for (const e of s.entries) {
      expect(e.criteriaMet.map((c: { filter: string }) => c.filter)).toEqual(['category', 'service_area', 'care_level', 'age', 'coverage', 'schedule', 'capacity', 'language']);
      expect(e.scoreParts.map((p: { part: string }) => p.part)).toEqual(['distance', 'needs_coverage', 'price', 'freshness']);
      const sum = e.scoreParts.reduce((t: number, p: { points: number }) => t + p.points, 0);
      expect(Math.abs(sum - e.score)).toBeLessThan(0.011);
      expect(e.placementJa.length).toBeGreaterThan(0);
      expect(e.placementEn.length).toBeGreaterThan(0);
    }
    const a = s.entries.find((e: { offeringId: string }) => e.offeringId === mealsA.offeringId);
    expect(a).toMatchObject({ title: '配食A 夕食お届け', organizationName: '株式会社A配食' });
    expect(a.scoreParts.find((p: { part: string }) => p.part === 'price').ja).toContain('ご予算 800円以内');

    const [exp] = await h.ds.query(`SELECT count(*)::int AS n FROM exposure_record WHERE shortlist_id = $1`, [s.id]);
    expect(exp.n).toBe(2);
    const [state] = await h.ds.query(`SELECT revision FROM rotation_state WHERE scope_key = '13101|meal_delivery'`);
    expect(state.revision).toBe(s.scopeRevision);
  });

  it('a referral without a covering consent is refused, and nothing is written or disclosed', async () => {
    const e = await failure(h, CREATE_REFERRAL, { input: { requestId, offeringId: mealsA.offeringId, disclosedItems: ['full_name', 'address'] } }, familyX);
    expect(e.code).toBe('CONSENT_REQUIRED');
    expect(e.message).toContain('同意');
    expect(e.extensions.gaps).toEqual([{ code: 'no_consent_recorded', consentId: null, missingItems: null }]);
    const counts = await h.ds.query(
      `SELECT (SELECT count(*)::int FROM provision_record) AS provisions, (SELECT count(*)::int FROM referral) AS referrals,
              (SELECT count(*)::int FROM outbox WHERE type = 'matching.referral.status-changed') AS events`,
    );
    expect(counts).toEqual([{ provisions: 0, referrals: 0, events: 0 }]);
  });

  it('a consent that does not cover every item is not enough either', async () => {
    await ok(h, RECORD_CONSENT, {
      input: { requestId, dataItems: ['full_name'], recipientOrganizationIds: [ORG_A], given: { givenBy: 'self', textVersion: 'provision-1' } },
    }, familyX);
    const e = await failure(h, CREATE_REFERRAL, { input: { requestId, offeringId: mealsA.offeringId, disclosedItems: ['full_name', 'address'] } }, familyX);
    expect(e.code).toBe('CONSENT_REQUIRED');
    expect(e.extensions.gaps).toEqual([expect.objectContaining({ code: 'items_not_covered', missingItems: ['address'] })]);
    const [{ n }] = await h.ds.query(`SELECT count(*)::int AS n FROM provision_record`);
    expect(n).toBe(0);
  });

  it('with a consent (given by a family member on the senior’s behalf) the referral is sent, and the summary provision recorded', async () => {
    const { recordConsent: c } = await ok(h, RECORD_CONSENT, {
      input: {
        requestId,
        dataItems: ['full_name', 'address', 'contact_phone', 'care_level', 'health_notes'],
        recipientOrganizationIds: [ORG_A],
        given: { givenBy: 'family', givenByName: '山田 太郎', textVersion: 'provision-1' },
      },
    }, familyX);
    expect(c).toMatchObject({ purpose: 'third_party_provision', givenBy: 'family', givenByName: '山田 太郎', obtainedByUserId: familyX.sub, withdrawnAt: null });

    const { createReferral: r } = await ok(h, CREATE_REFERRAL, {
      input: { requestId, offeringId: mealsA.offeringId, disclosedItems: ['full_name', 'address', 'contact_phone', 'care_level'] },
    }, familyX);
    referralId = r.id;
    expect(r).toMatchObject({ status: 'requested', version: 2, viewerSide: 'requester', requestId, consentId: c.id, organizationId: ORG_A });
    expect(r.responseDueAt).not.toBeNull();
    expect(r.history.map((x: { action: string; from: string | null; to: string }) => [x.action, x.from, x.to])).toEqual([
      ['create', null, 'draft'],
      ['send', 'draft', 'requested'],
    ]);
    expect(r.history[1]).toMatchObject({ actorKind: 'requester', actorUserId: familyX.sub, actorRole: 'family' });

    const provisions = await h.ds.query(`SELECT stage, items, consent_id FROM provision_record WHERE referral_id = $1`, [referralId]);
    expect(provisions).toEqual([{ stage: 'pseudonymous_summary', items: ['municipality', 'needs', 'care_level_band', 'preferred_days'], consent_id: c.id }]);
  });

  it('the operator sees only the pseudonymous summary before accepting', async () => {
    const { referralInbox } = await ok(h, INBOX, {}, operatorA);
    expect(referralInbox).toHaveLength(1);
    const r = referralInbox[0];
    expect(r).toMatchObject({
      id: referralId,
      viewerSide: 'operator',
      requestId: null,
      consentId: null,
      details: null,
      detailsWithheldJa: '詳細は紹介を受諾した後に開示されます',
      summary: { municipalityCode: '13101', categories: ['meal_delivery'], careLevelBand: 'care_1_2', careLevelBandJa: '要介護1〜2', preferredDays: [1, 3, 5] },
    });
    expect(r.allowedActions.sort()).toEqual(['accept', 'hold', 'reject']);
    // It learns that the requester side acted, not who.
    expect(r.history.map((x: { actorKind: string; actorUserId: string | null; actorRole: string }) => [x.actorKind, x.actorUserId, x.actorRole])).toEqual([
      ['requester', null, 'requester'],
      ['requester', null, 'requester'],
    ]);
    const text = JSON.stringify(referralInbox);
    for (const p of PERSONAL) expect(text).not.toContain(p);
  });

  it('another operator neither lists nor reads nor answers it', async () => {
    expect((await ok(h, INBOX, {}, operatorB)).referralInbox).toEqual([]);
    expect((await failure(h, REFERRAL, { id: referralId }, operatorB)).code).toBe('NOT_FOUND');
    expect((await failure(h, actOn('acceptReferral'), { id: referralId }, operatorB)).code).toBe('NOT_FOUND');
  });

  it('the operator accepts and then sees the consented details, and only those; the provision is recorded', async () => {
    const { acceptReferral: r } = await ok(h, actOn('acceptReferral'), { id: referralId }, operatorA);
    expect(r.status).toBe('accepted');
    expect(r.details).toEqual({
      items: ['full_name', 'address', 'contact_phone', 'care_level'],
      fullName: '山田 花子',
      fullNameKana: 'ヤマダ ハナコ',
      addressText: '東京都千代田区一番町1-1 サンプルハイツ101',
      contactPhone: '03-1234-5678',
      careLevel: 'care_2',
      careLevelLabel: '要介護2',
      healthNotes: null,
      needsNote: null,
    });
    const provisions = await h.ds.query(`SELECT stage, items FROM provision_record WHERE referral_id = $1 ORDER BY id`, [referralId]);
    expect(provisions.map((p: { stage: string }) => p.stage)).toEqual(['pseudonymous_summary', 'identified_details']);
    expect(provisions[1].items).toEqual(['full_name', 'address', 'contact_phone', 'care_level']);
  });

  it('an invalid transition is refused naming the current state', async () => {
    const e = await failure(h, actOn('completeReferral'), { id: referralId }, operatorA);
    expect(e.code).toBe('INVALID_TRANSITION');
    expect(e.extensions.currentStatus).toBe('accepted');
    // Japanese message, English in its own field; statuses in words, the codes in the fields.
    expect(e.message).toContain('現在「受諾済み」のため、「完了」');
    expect(e.extensions.messageEn).toContain('This referral is “accepted”');
    expect(e.extensions.allowedActions).toEqual(expect.arrayContaining(['start']));
    // The requester side may not accept for the operator.
    expect((await failure(h, actOn('startReferral'), { id: referralId }, familyX)).code).toBe('FORBIDDEN');
  });

  it('the operator starts and completes; the request is fulfilled; the timeline shows who, when and why', async () => {
    await ok(h, actOn('startReferral'), { id: referralId }, operatorA);
    const { completeReferral: r } = await ok(h, actOn('completeReferral'), { id: referralId }, operatorA);
    expect(r.history.map((x: { to: string }) => x.to)).toEqual(['draft', 'requested', 'accepted', 'in_progress', 'completed']);
    expect(r.history.slice(2).every((x: { actorUserId: string; actorKind: string }) => x.actorUserId === operatorA.sub && x.actorKind === 'operator')).toBe(true);
    const { helpRequest } = await ok(h, `query R($id: ID!) { helpRequest(id: $id) { status marketSegment { segment } provisionRecords { stage items recipientOrganizationId recipientOrganizationName } referrals { id status } } }`, { id: requestId }, familyX);
    expect(helpRequest.status).toBe('fulfilled');
    expect(helpRequest.marketSegment).toEqual({ segment: 'A' });
    expect(helpRequest.provisionRecords).toEqual([
      { stage: 'pseudonymous_summary', items: ['municipality', 'needs', 'care_level_band', 'preferred_days'], recipientOrganizationId: ORG_A, recipientOrganizationName: '株式会社A配食' },
      { stage: 'identified_details', items: ['full_name', 'address', 'contact_phone', 'care_level'], recipientOrganizationId: ORG_A, recipientOrganizationName: '株式会社A配食' },
    ]);
  });

  it('every transition is an event on the referral topic, keyed by the referral, carrying ids and a reason code only', async () => {
    const messages = await readTopic(h.kafka.connection('check'), h.kafka.topicPrefix + Topics.matchingReferral, 5);
    const mine = messages.filter((m) => m.key === referralId);
    expect(mine).toHaveLength(5);
    const events = mine.map((m) => JSON.parse(m.value!)).sort((a, b) => a.data.version - b.data.version);
    expect(events.map((e) => [e.data.from, e.data.to])).toEqual([
      [null, 'draft'],
      ['draft', 'requested'],
      ['requested', 'accepted'],
      ['accepted', 'in_progress'],
      ['in_progress', 'completed'],
    ]);
    for (const e of events) {
      expect(e.type).toBe('matching.referral.status-changed');
      expect(Object.keys(e.data).sort()).toEqual(['from', 'offeringId', 'organizationId', 'reasonCode', 'referralId', 'requestId', 'to', 'version']);
      expect(e.data).toMatchObject({ referralId, requestId, offeringId: mealsA.offeringId, organizationId: ORG_A });
    }
    const everything = messages.map((m) => `${m.value} ${JSON.stringify(m.headers)}`).join('\n');
    for (const p of PERSONAL) expect(everything).not.toContain(p);
  });

  it('the provision record, the history and the exposure log are append-only in the database', async () => {
    for (const sql of [
      `UPDATE provision_record SET items = '{full_name}'`,
      `DELETE FROM provision_record`,
      `TRUNCATE provision_record CASCADE`,
      `UPDATE referral_history SET reason_code = 'x'`,
      `DELETE FROM exposure_record`,
    ]) {
      await expect(h.ds.query(sql)).rejects.toThrow(/append-only/);
    }
    const [{ n }] = await h.ds.query(`SELECT count(*)::int AS n FROM provision_record`);
    expect(n).toBe(2);
  });
});

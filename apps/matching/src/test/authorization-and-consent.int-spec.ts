/**
 * Who sees what, enforced by the service (not by resolvers): families, care managers, municipal
 * staff and operators each see only their own part. Input validation answers with the field and
 * a reason in both languages. Withdrawing a consent stops every further disclosure.
 */
import {
  admin,
  careManagerOffice1,
  careManagerOffice2,
  familyX,
  familyY,
  ORG_A,
  ORG_B,
  operatorA,
  operatorB,
  staffChiyoda,
  staffChuo,
} from '../access/actors.fixture';
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
  RECORD_CONSENT,
  REFERRAL,
  startMatching,
} from './matching.harness';

let h: Harness;
const mealsA = anOffering({ organizationId: ORG_A, organizationName: 'A配食' });
const mealsB = anOffering({ organizationId: ORG_B, organizationName: 'B配食' });

const LIST = `query { helpRequests { id } }`;
const ONE = `query R($id: ID!) { helpRequest(id: $id) { id senior { fullName healthNotes } } }`;

let requestOfX: string;
let requestOfOffice1: string;

async function consentFor(requestId: string, orgs: string[], actor = familyX): Promise<string> {
  const { recordConsent } = await ok(h, RECORD_CONSENT, {
    input: { requestId, dataItems: ['full_name', 'address', 'care_level'], recipientOrganizationIds: orgs, given: { givenBy: 'self', textVersion: 'provision-1' } },
  }, actor);
  return recordConsent.id;
}

beforeAll(async () => {
  h = await startMatching('authz');
  await publishOfferings(h, [mealsA, mealsB]);
  requestOfX = (await ok(h, FILE_REQUEST, { input: aRequestInput() }, familyX)).fileHelpRequest.id;
  requestOfOffice1 = (await ok(h, FILE_REQUEST, { input: aRequestInput({ municipalityCode: '13102', location: null, needs: ['housework'] }) }, careManagerOffice1)).fileHelpRequest.id;
});
afterAll(() => h?.close());

describe('requests are visible only to their side', () => {
  it('family Y sees none of family X’s requests: not in the list, not by id, cannot add consent to it', async () => {
    expect((await ok(h, LIST, {}, familyY)).helpRequests).toEqual([]);
    expect((await failure(h, ONE, { id: requestOfX }, familyY)).code).toBe('NOT_FOUND');
    const e = await failure(h, RECORD_CONSENT, {
      input: { requestId: requestOfX, dataItems: ['full_name'], recipientOrganizationIds: [ORG_A], given: { givenBy: 'self', textVersion: 'provision-1' } },
    }, familyY);
    expect(e.code).toBe('NOT_FOUND');
    expect((await ok(h, LIST, {}, familyX)).helpRequests).toEqual([{ id: requestOfX }]);
    expect((await ok(h, ONE, { id: requestOfX }, familyX)).helpRequest.senior).toEqual({ fullName: '山田 花子', healthNotes: '糖尿病のため食事制限あり' });
  });

  it('a care manager sees their office’s clients only', async () => {
    expect((await ok(h, LIST, {}, { ...careManagerOffice1, sub: 'cm-colleague' })).helpRequests).toEqual([{ id: requestOfOffice1 }]);
    expect((await ok(h, LIST, {}, careManagerOffice2)).helpRequests).toEqual([]);
    expect((await failure(h, ONE, { id: requestOfOffice1 }, careManagerOffice2)).code).toBe('NOT_FOUND');
  });

  it('municipal staff see requests in their municipality only, and file only there', async () => {
    expect((await ok(h, LIST, {}, staffChiyoda)).helpRequests).toEqual([{ id: requestOfX }]);
    expect((await ok(h, LIST, {}, staffChuo)).helpRequests).toEqual([{ id: requestOfOffice1 }]);
    const e = await failure(h, FILE_REQUEST, { input: aRequestInput({ municipalityCode: '13101' }) }, staffChuo);
    expect(e.code).toBe('FORBIDDEN');
    expect(e.message).toContain('所属市区町村');
  });

  it('operators see no requests and cannot file one; admin sees all', async () => {
    expect((await ok(h, LIST, {}, operatorA)).helpRequests).toEqual([]);
    expect((await failure(h, FILE_REQUEST, { input: aRequestInput() }, operatorA)).code).toBe('FORBIDDEN');
    expect((await ok(h, LIST, {}, admin)).helpRequests.map((r: { id: string }) => r.id).sort()).toEqual([requestOfX, requestOfOffice1].sort());
  });

  it('without a token nothing is answered', async () => {
    const r = await h.svc.gql(LIST, {});
    expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('a malformed request is refused with the field path and a reason in Japanese and English', async () => {
    const e = await failure(h, FILE_REQUEST, { input: aRequestInput({ municipalityCode: '1310X' }) }, familyX);
    expect(e.code).toBe('BAD_USER_INPUT');
    expect(e.extensions.field).toBe('/input/municipalityCode');
    expect(e.message).toBe('5桁の市区町村コード（JIS）で指定してください');
    expect(e.extensions.messageEn).toBe('must be a 5-digit JIS municipality code');
    const [{ n }] = await h.ds.query(`SELECT count(*)::int AS n FROM help_request`);
    expect(n).toBe(2);
  });
});

describe('referrals are visible only to the receiving operator and the requester side', () => {
  let referralToA: string;

  beforeAll(async () => {
    await consentFor(requestOfX, [ORG_A, ORG_B]);
    referralToA = (await ok(h, CREATE_REFERRAL, { input: { requestId: requestOfX, offeringId: mealsA.offeringId, disclosedItems: ['full_name', 'address'] } }, familyX)).createReferral.id;
  });

  it('operator B cannot list, read or act on operator A’s referral', async () => {
    expect((await ok(h, INBOX, {}, operatorB)).referralInbox).toEqual([]);
    expect((await failure(h, REFERRAL, { id: referralToA }, operatorB)).code).toBe('NOT_FOUND');
    expect((await failure(h, actOn('rejectReferral', true), { id: referralToA, reasonCode: 'no_capacity' }, operatorB)).code).toBe('NOT_FOUND');
    expect((await ok(h, INBOX, {}, operatorA)).referralInbox.map((r: { id: string }) => r.id)).toEqual([referralToA]);
  });

  it('family Y cannot read or cancel family X’s referral', async () => {
    expect((await failure(h, REFERRAL, { id: referralToA }, familyY)).code).toBe('NOT_FOUND');
    expect((await failure(h, actOn('cancelReferral', true), { id: referralToA }, familyY)).code).toBe('NOT_FOUND');
  });

  it('an operator never sees a draft', async () => {
    const { createReferral: draft } = await ok(h, CREATE_REFERRAL, {
      input: { requestId: requestOfX, offeringId: mealsB.offeringId, disclosedItems: ['full_name'], send: false },
    }, familyX);
    expect(draft.status).toBe('draft');
    expect((await ok(h, INBOX, {}, operatorB)).referralInbox).toEqual([]);
    expect((await failure(h, REFERRAL, { id: draft.id }, operatorB)).code).toBe('NOT_FOUND');
    await ok(h, actOn('cancelReferral', true), { id: draft.id, reasonCode: 'changed_mind' }, familyX);
  });

  it('rejecting without a reason code is refused with the field named; a free-text reason is refused too', async () => {
    const missing = await failure(h, actOn('rejectReferral', true), { id: referralToA }, operatorA);
    expect(missing).toMatchObject({ code: 'BAD_USER_INPUT', extensions: expect.objectContaining({ field: '/reasonCode', currentStatus: 'requested' }) });
    const freeText = await failure(h, actOn('rejectReferral', true), { id: referralToA, reasonCode: '山田さんは対象外' }, operatorA);
    expect(freeText.code).toBe('BAD_USER_INPUT');
  });

  it('neutrality report: staff of the municipality yes, others and operators no', async () => {
    const q = `query N($m: String!, $from: DateTime!, $to: DateTime!) { neutralityReport(municipalityCode: $m, from: $from, to: $to) { totalTopExposures operators { organizationId } } }`;
    const vars = { m: '13101', from: new Date(Date.now() - 86_400_000).toISOString(), to: new Date(Date.now() + 86_400_000).toISOString() };
    expect((await ok(h, q, vars, staffChiyoda)).neutralityReport.operators).toHaveLength(2);
    expect((await failure(h, q, vars, staffChuo)).code).toBe('FORBIDDEN');
    expect((await failure(h, q, vars, operatorA)).code).toBe('FORBIDDEN');
    expect((await failure(h, q, vars, familyX)).code).toBe('FORBIDDEN');
  });

  it('unmet demand: operators and municipalities yes, families and care managers no', async () => {
    const q = `query { unmetDemand { cells { municipalityCode } } }`;
    await ok(h, q, {}, operatorA);
    await ok(h, q, {}, staffChiyoda);
    expect((await failure(h, q, {}, familyX)).code).toBe('FORBIDDEN');
    expect((await failure(h, q, {}, careManagerOffice1)).code).toBe('FORBIDDEN');
  });
});

describe('withdrawing a consent stops further disclosure', () => {
  it('a referral still waiting under it is cancelled; an accepted one no longer shows details; new referrals are refused', async () => {
    const { fileHelpRequest: r } = await ok(h, FILE_REQUEST, { input: aRequestInput() }, familyX);
    const consentId = await consentFor(r.id, [ORG_A, ORG_B]);
    const toA = (await ok(h, CREATE_REFERRAL, { input: { requestId: r.id, offeringId: mealsA.offeringId, disclosedItems: ['full_name', 'care_level'] } }, familyX)).createReferral;
    const toB = (await ok(h, CREATE_REFERRAL, { input: { requestId: r.id, offeringId: mealsB.offeringId, disclosedItems: ['full_name'] } }, familyX)).createReferral;
    const accepted = (await ok(h, actOn('acceptReferral'), { id: toA.id }, operatorA)).acceptReferral;
    expect(accepted.details.fullName).toBe('山田 花子');

    const { withdrawConsent } = await ok(h, `mutation W($id: ID!) { withdrawConsent(consentId: $id, reason: "本人の申し出") { id withdrawnAt withdrawalReason } }`, { id: consentId }, familyX);
    expect(withdrawConsent.withdrawnAt).not.toBeNull();

    const a = (await ok(h, REFERRAL, { id: toA.id }, operatorA)).referral;
    expect(a.status).toBe('accepted');
    expect(a.details).toBeNull();
    expect(a.detailsWithheldJa).toContain('撤回');
    expect(JSON.stringify(a)).not.toContain('山田');

    const b = (await ok(h, REFERRAL, { id: toB.id }, familyX)).referral;
    expect(b.status).toBe('cancelled');
    expect(b.history.at(-1)).toMatchObject({ action: 'cancel', reasonCode: 'consent_withdrawn', actorUserId: familyX.sub });

    // No further provision after the withdrawal: a new referral to B is refused.
    const before = await h.ds.query(`SELECT count(*)::int AS n FROM provision_record WHERE request_id = $1`, [r.id]);
    const e = await failure(h, CREATE_REFERRAL, { input: { requestId: r.id, offeringId: mealsB.offeringId, disclosedItems: ['full_name'] } }, familyX);
    expect(e.code).toBe('CONSENT_REQUIRED');
    expect(e.extensions.gaps).toEqual([expect.objectContaining({ code: 'withdrawn', consentId })]);
    const after = await h.ds.query(`SELECT count(*)::int AS n FROM provision_record WHERE request_id = $1`, [r.id]);
    expect(after).toEqual(before);
  });
});

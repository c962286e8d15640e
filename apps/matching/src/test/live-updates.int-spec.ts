/**
 * Live referral updates over graphql-ws (subprotocol graphql-transport-ws), connected straight to
 * the matching service as the gateway's proxy does, through real PostgreSQL and Kafka: operators
 * get referrals sent to their organization as they arrive (pseudonymous until accepted), the
 * requester side gets the status changes of its request's referrals, nothing is announced before
 * (or without) its commit, and connections without a valid token are refused.
 */
import { WebSocket } from 'ws';
import { issueToken } from '@sanpuku/platform';
import { TEST_AUTH, tokenFor } from '@sanpuku/platform/testing';
import { familyX, familyY, ORG_A, ORG_B, operatorA, operatorB } from '../access/actors.fixture';
import {
  actOn,
  anOffering,
  aRequestInput,
  CREATE_REFERRAL,
  failure,
  Feed,
  FILE_REQUEST,
  Harness,
  liveClient,
  ok,
  publishOfferings,
  RECORD_CONSENT,
  REFERRAL_FIELDS,
  startMatching,
  subscribe,
  waitForSubscribers,
} from './matching.harness';

const UPDATE_FIELDS = `referralId action from to toLabelJa version reasonCode at referral { ${REFERRAL_FIELDS} provenance { consentId statementJa } }`;
const INBOX_UPDATES = `subscription { referralInboxUpdates { ${UPDATE_FIELDS} } }`;
const STATUS_CHANGED = `subscription S($requestId: ID!) { referralStatusChanged(requestId: $requestId) { ${UPDATE_FIELDS} } }`;
const PERSONAL = ['山田', 'ハナコ', '一番町', '03-1234-5678', '糖尿病', '夕食の配達を希望', 'care_2', '要介護2'];

let h: Harness;
let appClosed = false;
const clients: { dispose(): Promise<void> | void }[] = [];
const mealsA = anOffering({ organizationId: ORG_A, title: '配食A', organizationName: '株式会社A配食' });
const mealsB = anOffering({ organizationId: ORG_B, title: '配食B', organizationName: '株式会社B' });
let requestId: string;

async function client(auth: Parameters<typeof liveClient>[1]) {
  const c = await liveClient(h, auth);
  clients.push(c);
  return c;
}

beforeAll(async () => {
  h = await startMatching('live');
  await publishOfferings(h, [mealsA, mealsB]);
  const { fileHelpRequest } = await ok(h, FILE_REQUEST, { input: aRequestInput() }, familyX);
  requestId = fileHelpRequest.id;
  // Consent to provide to operator A only (B comes later).
  await ok(h, RECORD_CONSENT, {
    input: { requestId, dataItems: ['full_name', 'address', 'contact_phone', 'care_level'], recipientOrganizationIds: [ORG_A], given: { givenBy: 'self', textVersion: 'provision-1' } },
  }, familyX);
});

afterAll(async () => {
  for (const c of clients) await c.dispose();
  if (!appClosed) await h?.svc.close();
  await h?.db.drop();
});

describe('who may open a live connection', () => {
  it('a forged token is refused with 4403 Forbidden, before anything is subscribed', async () => {
    const forged = await issueToken({ ...TEST_AUTH, secret: 'not-the-sanpuku-signing-key-at-all-0123456789' }, operatorA);
    const feed = subscribe(await client(`Bearer ${forged}`), INBOX_UPDATES);
    await feed.ended();
    expect(feed.closed).toEqual({ code: 4403, reason: 'Forbidden: invalid token' });
    expect(feed.values).toEqual([]);
  });

  it('an expired token is refused with 4403, a malformed header too; no token at all is 4401 Unauthorized', async () => {
    const expired = await issueToken(TEST_AUTH, operatorA, new Date(Date.now() - 7_200_000));
    for (const auth of [`Bearer ${expired}`, 'Basic b3A6YQ==']) {
      const feed = subscribe(await client(auth), INBOX_UPDATES);
      await feed.ended();
      expect(feed.closed?.code).toBe(4403);
    }
    const anonymous = subscribe(await client(null), INBOX_UPDATES);
    await anonymous.ended();
    expect(anonymous.closed?.code).toBe(4401);
  });

  it('the token may also come in the upgrade request’s Authorization header (what the gateway forwards)', async () => {
    const token = await tokenFor(operatorA);
    const ws = new WebSocket(`${h.svc.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws', { headers: { authorization: `Bearer ${token}` } });
    const first = await new Promise<string>((resolve, reject) => {
      ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init' })));
      ws.on('message', (m) => resolve(m.toString()));
      ws.on('close', (code) => reject(new Error(`closed ${code}`)));
    });
    expect(JSON.parse(first)).toEqual({ type: 'connection_ack' });
    ws.close();
  });

  it('the subscriptions apply the queries’ access rules: a family cannot follow an inbox, nor a request it cannot see', async () => {
    const inbox = subscribe(await client(familyX), INBOX_UPDATES);
    await inbox.ended();
    expect(inbox.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })]);
    for (const actor of [familyY, operatorA]) {
      const other = subscribe(await client(actor), STATUS_CHANGED, { requestId });
      await other.ended();
      expect(other.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'NOT_FOUND' }) })]);
    }
  });
});

describe('live referral updates', () => {
  let opA: Feed;
  let opB: Feed;
  let requester: Feed;
  let referralA: string;

  it('subscribers connect: operator A and operator B to their inboxes, the family to its request', async () => {
    opA = subscribe(await client(operatorA), INBOX_UPDATES);
    opB = subscribe(await client(operatorB), INBOX_UPDATES);
    requester = subscribe(await client(familyX), STATUS_CHANGED, { requestId });
    await waitForSubscribers(h, 3);
  });

  it('a change that rolls back is never announced (a referral created and refused for want of consent in one transaction)', async () => {
    const e = await failure(h, CREATE_REFERRAL, { input: { requestId, offeringId: mealsB.offeringId, disclosedItems: ['full_name'] } }, familyX);
    expect(e.code).toBe('CONSENT_REQUIRED');
    const [{ n }] = await h.ds.query(`SELECT count(*)::int AS n FROM referral`);
    expect(n).toBe(0);
    // A draft is committed next; it must be the first thing the requester hears of.
    const { createReferral } = await ok(h, CREATE_REFERRAL, {
      input: { requestId, offeringId: mealsA.offeringId, disclosedItems: ['full_name', 'address', 'contact_phone', 'care_level'], send: false },
    }, familyX);
    referralA = createReferral.id;
    const [first] = await requester.take(1);
    expect(first).toMatchObject({ referralId: referralA, action: 'create', from: null, to: 'draft', version: 1 });
  });

  it('operator A receives the referral live once it is sent: the pseudonymous summary only, no identity fields', async () => {
    await ok(h, actOn('sendReferral'), { id: referralA }, familyX);
    const [u] = await opA.take(1);
    expect(u).toMatchObject({ referralId: referralA, action: 'send', from: 'draft', to: 'requested', toLabelJa: '依頼中', version: 2, reasonCode: null });
    expect(u.referral).toMatchObject({
      id: referralA,
      status: 'requested',
      viewerSide: 'operator',
      requestId: null,
      consentId: null,
      details: null,
      provenance: null,
      detailsWithheldJa: '詳細は紹介を受諾した後に開示されます',
      summary: { municipalityCode: '13101', categories: ['meal_delivery'], careLevelBand: 'care_1_2', preferredDays: [1, 3, 5] },
    });
    expect(u.referral.allowedActions.sort()).toEqual(['accept', 'hold', 'reject']);
    expect(u.referral.history.every((x: { actorUserId: string | null }) => x.actorUserId === null)).toBe(true);
    const text = JSON.stringify(u);
    for (const p of PERSONAL) expect(text).not.toContain(p);
    // The draft never reached the operator; the requester saw both steps.
    expect(opA.values).toHaveLength(1);
    const steps = await requester.take(2);
    expect(steps.map((x) => x.action)).toEqual(['create', 'send']);
    expect(steps[1].referral).toMatchObject({ viewerSide: 'requester', requestId, status: 'requested' });
  });

  it('operator B gets nothing of operator A’s referral: the first thing it hears of is its own', async () => {
    await ok(h, RECORD_CONSENT, {
      input: { requestId, dataItems: ['full_name'], recipientOrganizationIds: [ORG_B], given: { givenBy: 'self', textVersion: 'provision-1' } },
    }, familyX);
    const { createReferral } = await ok(h, CREATE_REFERRAL, { input: { requestId, offeringId: mealsB.offeringId, disclosedItems: ['full_name'] } }, familyX);
    const [first] = await opB.take(1);
    expect(first).toMatchObject({ referralId: createReferral.id, action: 'send', to: 'requested' });
    expect(first.referral.organizationId).toBe(ORG_B);
    expect(opA.values.map((x) => x.referralId)).toEqual([referralA]);
  });

  it('the requester receives the status change when the operator accepts; the operator’s own update now carries the details, and that view is logged', async () => {
    await ok(h, actOn('acceptReferral'), { id: referralA }, operatorA);
    const mine = (await requester.take(5)).filter((x) => x.referralId === referralA);
    const accepted = mine.find((x) => x.action === 'accept');
    expect(accepted).toMatchObject({ from: 'requested', to: 'accepted', version: 3 });
    expect(accepted.referral).toMatchObject({ viewerSide: 'requester', requestId, status: 'accepted', details: null });
    expect(accepted.referral.allowedActions).toContain('cancel');

    const [, u] = await opA.take(2);
    expect(u).toMatchObject({ action: 'accept', to: 'accepted' });
    expect(u.referral.details).toMatchObject({ fullName: '山田 花子', addressText: '東京都千代田区一番町1-1 サンプルハイツ101', careLevel: 'care_2' });
    expect(u.referral.provenance.consentId).toEqual(expect.any(String));
    const log = await h.ds.query(`SELECT viewer_user_id, operation_type, items FROM personal_data_access WHERE referral_id = $1 ORDER BY id`, [referralA]);
    expect(log).toContainEqual({ viewer_user_id: operatorA.sub, operation_type: 'subscription', items: ['full_name', 'address', 'contact_phone', 'care_level'] });
  });

  it('a withdrawal of consent cancels what still waits under it, and the operator hears of it once that is committed', async () => {
    const [consentB] = await h.ds.query(`SELECT id FROM consent WHERE $1::uuid = ANY(recipient_organization_ids)`, [ORG_B]);
    await ok(h, `mutation W($id: ID!) { withdrawConsent(consentId: $id) { withdrawnAt } }`, { id: consentB.id }, familyX);
    const [, cancelled] = await opB.take(2);
    expect(cancelled).toMatchObject({ action: 'cancel', from: 'requested', to: 'cancelled', reasonCode: 'consent_withdrawn' });
    expect(cancelled.referral).toMatchObject({ viewerSide: 'operator', status: 'cancelled', details: null });
  });

  it('a connection is closed with 4403 when its token expires', async () => {
    const shortLived = await issueToken({ ...TEST_AUTH, ttlSeconds: 3 }, operatorA);
    const feed = subscribe(await client(`Bearer ${shortLived}`), INBOX_UPDATES);
    await feed.ended(10000);
    expect(feed.closed).toEqual({ code: 4403, reason: 'Forbidden: token expired' });
  });

  it('shutting the service down closes open connections (1001 Going away) without waiting for them', async () => {
    // Were shutdown to wait for the subscriber (which never hangs up by itself), close() would
    // never resolve and the test would time out: no wall-clock bound needed on a shared machine.
    await h.svc.close();
    appClosed = true;
    await opA.ended();
    expect(opA.closed?.code).toBe(1001);
  });
});

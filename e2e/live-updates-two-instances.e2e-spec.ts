/**
 * Two matching instances over the same Kafka broker and PostgreSQL, behind one gateway that spreads
 * matching's requests over both (comma-separated URLs) and relays WebSocket subscriptions to the
 * first: a change made on one instance reaches the live subscribers of BOTH, because each instance
 * reads the referral events through a consumer group of its own (issue 14 item 4, issue 13 item 5).
 * On the way: the two outbox relays publish every event once, the service's own consumer group
 * shares the partitions between the instances, and the per-instance groups keep no offsets and are
 * gone once their instance stopped.
 */
import type { INestApplication } from '@nestjs/common';
import { Client, createClient } from 'graphql-ws';
import { DataSource } from 'typeorm';
import WebSocket from 'ws';
import { Topics } from '@sanpuku/contracts';
import { Actor, EventFanout, kafkaAdmin, readTopic, setLogLevel } from '@sanpuku/platform';
import { createTestDatabase, createTestKafka, RunningTestService, startTestService, TEST_AUTH, TestDatabase, TestKafka, tokenFor, waitFor } from '@sanpuku/platform/testing';
import { familyX, ORG_A, operatorA } from '../apps/matching/src/access/actors.fixture';
import { MatchingAppModule } from '../apps/matching/src/app.module';
import { matchingService } from '../apps/matching/src/matching.service-definition';
import { ReferralUpdatesBus } from '../apps/matching/src/referrals/referral-updates.bus';
import { actOn, anOffering, aRequestInput, CREATE_REFERRAL, Feed, FILE_REQUEST, liveClient, publishOfferings, RECORD_CONSENT, subscribe } from '../apps/matching/src/test/matching.harness';
import { createGatewayApp } from '../apps/gateway/src/gateway.app';
import { composeSupergraph } from '../apps/gateway/src/supergraph/compose';

setLogLevel('silent');

const UPDATE = `referralId action from to version referral { id status viewerSide summary { municipalityCode careLevelBand } }`;
const INBOX_UPDATES = `subscription { referralInboxUpdates { ${UPDATE} } }`;
const STATUS_CHANGED = `subscription S($requestId: ID!) { referralStatusChanged(requestId: $requestId) { ${UPDATE} } }`;
const PERSONAL = ['山田', 'ハナコ', '一番町', '03-1234-5678', '糖尿病', '夕食の配達を希望', 'care_2'];

let db: TestDatabase;
let kafka: TestKafka;
let one: RunningTestService;
let two: RunningTestService;
let gateway: INestApplication;
let gatewayWs: string;
const clients: { dispose(): Promise<void> | void }[] = [];
const closed = new Set<RunningTestService>();
const offering = anOffering({ organizationId: ORG_A, title: '配食A', organizationName: '株式会社A配食' });

const bus = (s: RunningTestService) => s.app.get(ReferralUpdatesBus);

async function ok(s: RunningTestService, query: string, variables: Record<string, unknown>, actor: Actor): Promise<any> {
  const r = await s.gql(query, variables, actor);
  if (r.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
  return r.data;
}

/** A graphql-ws client of the gateway (whose relay connects to the first matching instance). */
async function throughGateway(actor: Actor): Promise<Client> {
  const c = createClient({ url: gatewayWs, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${await tokenFor(actor)}` }, retryAttempts: 0, lazy: true, lazyCloseTimeout: 0 });
  clients.push(c);
  return c;
}

async function direct(s: RunningTestService, actor: Actor): Promise<Client> {
  const c = await liveClient({ svc: s }, actor);
  clients.push(c);
  return c;
}

/** Until `s` holds `n` subscriptions and its fan-out consumer reads what is published from now on. */
async function listening(s: RunningTestService, n: number): Promise<void> {
  await waitFor(async () => bus(s).subscriberCount >= n && bus(s).listening, `${n} subscription(s) on ${s.url} and its fan-out joined`, 30000, 20);
}

beforeAll(async () => {
  db = await createTestDatabase('e2e_live_two');
  kafka = await createTestKafka('e2e-live-two');
  const boot = () => startTestService(matchingService, (rt) => MatchingAppModule.forRoot(rt, { expirySweepMs: 0, retentionPurgeMs: 0 }), { databaseUrl: db.url, kafka });
  one = await boot(); // migrates first
  two = await boot();
  const { sdl } = composeSupergraph();
  gateway = await createGatewayApp({
    // Catalogue and region are not needed here: nothing in this file queries them.
    subgraphUrls: { catalogue: 'http://127.0.0.1:9/graphql', region: 'http://127.0.0.1:9/graphql', matching: `${one.url}/graphql,${two.url}/graphql` },
    production: false,
    supergraphSdl: sdl,
    auth: TEST_AUTH,
    rateLimitPerMinute: 0,
  });
  await gateway.listen(0, '127.0.0.1');
  gatewayWs = `ws://127.0.0.1:${(gateway.getHttpServer().address() as { port: number }).port}/graphql`;
  await publishOfferings({ kafka, ds: one.app.get(DataSource) }, [offering]);
}, 120_000);

afterAll(async () => {
  for (const c of clients) await c.dispose();
  await gateway?.close();
  for (const s of [one, two]) if (s && !closed.has(s)) await s.close();
  await db?.drop();
});

describe('two matching instances, one broker, one database', () => {
  let requestId: string;
  let referralId: string;
  let operatorViaGateway: Feed;
  let operatorOnTwo: Feed;
  let familyOnTwo: Feed;
  let familyOnOne: Feed;

  it('each instance reads the referral events in a consumer group of its own; the service group shares the partitions', async () => {
    const groups = [one, two].map((s) => s.app.get(EventFanout).groupId);
    expect(groups[0]).not.toEqual(groups[1]);
    expect(groups.every((g) => g.startsWith('matching-fanout-'))).toBe(true);
    // The matching group (catalogue + region topics, 3 partitions each) is split between the two.
    await waitFor(async () => {
      const [a, b] = [one, two].map((s) => s.runtime.consumerStatus!);
      return a.state === 'joined' && b.state === 'joined' && a.assignedPartitions > 0 && b.assignedPartitions > 0 && a.assignedPartitions + b.assignedPartitions === 6;
    }, 'both instances holding a share of the matching group’s 6 partitions', 60000, 100);
  });

  it('a family files a request on instance two; subscribers connect through the gateway (instance one) and straight to each instance', async () => {
    const { fileHelpRequest } = await ok(two, FILE_REQUEST, { input: aRequestInput() }, familyX);
    requestId = fileHelpRequest.id;
    expect(fileHelpRequest.shortlist.entries.map((e: { offeringId: string }) => e.offeringId)).toContain(offering.offeringId);
    await ok(two, RECORD_CONSENT, {
      input: { requestId, dataItems: ['full_name', 'address', 'contact_phone', 'care_level'], recipientOrganizationIds: [ORG_A], given: { givenBy: 'self', textVersion: 'provision-1' } },
    }, familyX);
    operatorViaGateway = subscribe(await throughGateway(operatorA), INBOX_UPDATES);
    familyOnOne = subscribe(await direct(one, familyX), STATUS_CHANGED, { requestId });
    operatorOnTwo = subscribe(await direct(two, operatorA), INBOX_UPDATES);
    familyOnTwo = subscribe(await direct(two, familyX), STATUS_CHANGED, { requestId });
    await listening(one, 2);
    await listening(two, 2);
  });

  it('a referral sent on instance two reaches the operator on instance one (through the gateway) and on instance two, pseudonymous only', async () => {
    const { createReferral } = await ok(two, CREATE_REFERRAL, {
      input: { requestId, offeringId: offering.offeringId, disclosedItems: ['full_name', 'address', 'contact_phone', 'care_level'] },
    }, familyX);
    referralId = createReferral.id;
    for (const feed of [operatorViaGateway, operatorOnTwo]) {
      const [u] = await feed.take(1);
      expect(u).toMatchObject({ referralId, action: 'send', from: 'draft', to: 'requested', version: 2, referral: { id: referralId, status: 'requested', viewerSide: 'operator' } });
      const text = JSON.stringify(u);
      for (const p of PERSONAL) expect(text).not.toContain(p);
    }
    for (const feed of [familyOnOne, familyOnTwo]) {
      const steps = await feed.take(2);
      expect(steps.map((s) => s.action)).toEqual(['create', 'send']);
    }
  });

  it('the operator accepts on instance one: the family hears of it on both instances', async () => {
    await ok(one, actOn('acceptReferral'), { id: referralId }, operatorA);
    for (const feed of [familyOnOne, familyOnTwo]) {
      const [, , accepted] = await feed.take(3);
      expect(accepted).toMatchObject({ referralId, action: 'accept', from: 'requested', to: 'accepted', version: 3, referral: { viewerSide: 'requester', status: 'accepted' } });
    }
    for (const feed of [operatorViaGateway, operatorOnTwo]) {
      const [, accepted] = await feed.take(2);
      expect(accepted).toMatchObject({ action: 'accept', to: 'accepted' });
    }
  });

  it('the two outbox relays published each event once, ids only', async () => {
    const conn = kafka.connection('e2e-reader');
    // Three transitions: create, send, accept. Ask for one more than that: nothing else arrives.
    const events = await readTopic(conn, kafka.topicPrefix + Topics.matchingReferral, 4, 8000);
    expect(events.map((e) => JSON.parse(e.value!).data.version).sort()).toEqual([1, 2, 3]);
    expect(new Set(events.map((e) => e.headers.ce_id)).size).toBe(3);
    for (const e of events) for (const p of PERSONAL) expect(e.value).not.toContain(p);
  });

  it('the per-instance groups commit no offsets, and an instance’s group is gone once it stopped', async () => {
    const admin = kafkaAdmin(kafka.connection('e2e-admin'));
    await admin.connect();
    try {
      const groupTwo = two.app.get(EventFanout).status!.groupId;
      const offsets = await admin.fetchOffsets({ groupId: groupTwo, topics: [kafka.topicPrefix + Topics.matchingReferral] });
      expect(offsets.flatMap((t) => t.partitions.map((p) => p.offset))).toEqual(['-1', '-1', '-1']);
      await two.close();
      closed.add(two);
      const { groups } = await admin.listGroups();
      expect(groups.map((g) => g.groupId)).not.toContain(groupTwo);
      expect(groups.map((g) => g.groupId)).toContain(one.app.get(EventFanout).status!.groupId);
    } finally {
      await admin.disconnect();
    }
  });
});

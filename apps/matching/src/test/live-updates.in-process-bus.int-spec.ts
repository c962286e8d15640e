/**
 * `npm start`'s run mode: no Kafka, the in-process bus. Live referral updates take the same path as
 * with Kafka — the outbox relay publishes the referral event to the bus and the fan-out hands it to
 * the subscriptions — so a subscriber hears of a change only once it is committed and relayed.
 */
import { OfferingPublishedV1, Topics } from '@sanpuku/contracts';
import { InProcessBus } from '@sanpuku/platform';
import { createTestDatabase, RunningTestService, startTestService, TestDatabase, waitFor } from '@sanpuku/platform/testing';
import { DataSource } from 'typeorm';
import { familyX, ORG_A, operatorA } from '../access/actors.fixture';
import { MatchingAppModule } from '../app.module';
import { matchingService } from '../matching.service-definition';
import { anOffering, aRequestInput, CREATE_REFERRAL, envelope, FILE_REQUEST, liveClient, ok, RECORD_CONSENT, subscribe, waitForSubscribers } from './matching.harness';

const UPDATE = `referralId action from to version referral { id status viewerSide }`;
let db: TestDatabase;
let svc: RunningTestService;
const bus = new InProcessBus();
const clients: { dispose(): Promise<void> | void }[] = [];
const offering = anOffering({ organizationId: ORG_A });

beforeAll(async () => {
  db = await createTestDatabase('live_bus');
  svc = await startTestService(matchingService, (rt) => MatchingAppModule.forRoot(rt, { expirySweepMs: 0, retentionPurgeMs: 0 }), { databaseUrl: db.url, bus });
  const env = envelope(OfferingPublishedV1.type, offering.offeringId, offering);
  await bus.publish([{ topic: Topics.catalogueOffering, key: offering.offeringId, value: JSON.stringify(env), headers: { ce_type: env.type, ce_id: env.id } }]);
  const ds = svc.app.get(DataSource);
  await waitFor(async () => (await ds.query(`SELECT 1 FROM offering_read_model WHERE offering_id = $1`, [offering.offeringId])).length > 0, 'the offering in the read model');
});

afterAll(async () => {
  for (const c of clients) await c.dispose();
  await svc?.close();
  await db?.drop();
});

it('the operator and the family hear of a sent referral through the in-process bus, as they would through Kafka', async () => {
  const h = { svc };
  const { fileHelpRequest } = await ok(h, FILE_REQUEST, { input: aRequestInput() }, familyX);
  const requestId = fileHelpRequest.id;
  await ok(h, RECORD_CONSENT, { input: { requestId, dataItems: ['full_name'], recipientOrganizationIds: [ORG_A], given: { givenBy: 'self', textVersion: 'provision-1' } } }, familyX);
  const operator = await liveClient(h, operatorA);
  const family = await liveClient(h, familyX);
  clients.push(operator, family);
  const inbox = subscribe(operator, `subscription { referralInboxUpdates { ${UPDATE} } }`);
  const statuses = subscribe(family, `subscription S($r: ID!) { referralStatusChanged(requestId: $r) { ${UPDATE} } }`, { r: requestId });
  await waitForSubscribers(h, 2);

  const { createReferral } = await ok(h, CREATE_REFERRAL, { input: { requestId, offeringId: offering.offeringId, disclosedItems: ['full_name'] } }, familyX);
  const [u] = await inbox.take(1);
  expect(u).toMatchObject({ referralId: createReferral.id, action: 'send', from: 'draft', to: 'requested', referral: { viewerSide: 'operator', status: 'requested' } });
  expect((await statuses.take(2)).map((x) => x.action)).toEqual(['create', 'send']);
  // The fan-out listened under a group of its own, beside (not instead of) matching's consumer group.
  expect(bus.unrouted.filter((m) => m.topic === Topics.matchingReferral)).toEqual([]);
});

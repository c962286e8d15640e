/**
 * Shortlists read offerings from the read model that catalogue events keep: an update changes
 * what is shown, a capacity change to "full" excludes with its reason, a withdrawal removes the
 * offering, and an out-of-order (older) event changes nothing.
 */
import { randomUUID } from 'node:crypto';
import { Envelope, OfferingCapacityChangedV1, OfferingUpdatedV1, OfferingWithdrawnV1, Topics } from '@sanpuku/contracts';
import { sendRaw } from '@sanpuku/platform';
import { waitFor } from '@sanpuku/platform/testing';
import { familyX, ORG_A } from '../access/actors.fixture';
import { anOffering, aRequestInput, FILE_REQUEST, Harness, ok, publishOfferings, Snapshot, startMatching } from './matching.harness';

let h: Harness;
const offering = anOffering({ organizationId: ORG_A, title: '配食 v1', priceYen: 600 });

async function send(type: string, data: { offeringId: string; version: number }): Promise<void> {
  const env: Envelope<unknown> = {
    id: randomUUID(),
    type,
    specversion: '1.0',
    source: '/sanpuku/catalogue',
    subject: data.offeringId,
    time: new Date().toISOString(),
    dataversion: '1',
    correlationid: randomUUID(),
    causationid: null,
    data,
  };
  await sendRaw(h.kafka.connection('catalogue-test'), [
    { topic: h.kafka.topicPrefix + Topics.catalogueOffering, key: data.offeringId, value: JSON.stringify(env), headers: { ce_type: type, ce_id: env.id } },
  ]);
  // Processed (applied or found stale) once its id is in the consumer's inbox.
  await waitFor(async () => (await h.ds.query(`SELECT 1 FROM inbox WHERE event_id = $1`, [env.id])).length > 0, `${type} v${data.version} processed`);
}

async function shortlist() {
  return (await ok(h, FILE_REQUEST, { input: aRequestInput() }, familyX)).fileHelpRequest.shortlist;
}

beforeAll(async () => {
  h = await startMatching('offering-rm');
  await publishOfferings(h, [offering]);
});
afterAll(() => h?.close());

describe('the shortlist follows the offering read model', () => {
  it('an update (newer version) changes what the shortlist shows', async () => {
    const v2: Snapshot = { ...offering, version: 2, title: '配食 v2', priceYen: 700 };
    await send(OfferingUpdatedV1.type, v2);
    const s = await shortlist();
    expect(s.entries).toEqual([expect.objectContaining({ offeringId: offering.offeringId, title: '配食 v2' })]);
  });

  it('an older event delivered late changes nothing', async () => {
    await send(OfferingUpdatedV1.type, { ...offering, version: 1, title: '古い版' } as Snapshot);
    const [r] = await h.ds.query(`SELECT version, snapshot->>'title' AS title FROM offering_read_model WHERE offering_id = $1`, [offering.offeringId]);
    expect(r).toEqual({ version: 2, title: '配食 v2' });
  });

  it('a capacity change to full excludes it, with the reason', async () => {
    await send(OfferingCapacityChangedV1.type, { offeringId: offering.offeringId, organizationId: ORG_A, version: 3, capacity: 'full', capacityConfirmedAt: new Date().toISOString() } as never);
    const s = await shortlist();
    expect(s.entries).toEqual([]);
    expect(s.excluded).toEqual([{ offeringId: offering.offeringId, failed: [expect.objectContaining({ code: 'capacity_full' })] }]);
  });

  it('a withdrawn offering is no candidate at all', async () => {
    await send(OfferingWithdrawnV1.type, { offeringId: offering.offeringId, organizationId: ORG_A, version: 4 } as never);
    const s = await shortlist();
    expect(s.entries).toEqual([]);
    expect(s.excluded).toEqual([]);
  });
});

/**
 * The event backbone through the real Kafka broker and real PostgreSQL: one "service" (schema
 * svc_producer) writes events to its outbox in the transaction that changes its state; another
 * (schema svc_consumer) consumes them through Nest's Kafka transport into a read model.
 */
import { randomUUID } from 'node:crypto';
import { Controller, INestMicroservice, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Ctx, EventPattern, KafkaContext } from '@nestjs/microservices';
import { DataSource, EntityManager } from 'typeorm';
import { dlqTopic, Envelope, Topics } from '@sanpuku/contracts';
import {
  createServiceDataSource,
  DlqHeaders,
  EventHandlers,
  EventInbox,
  incomingFromContext,
  initialiseServiceDataSource,
  KafkaPublisher,
  OutboxRelay,
  OutboxWriter,
  PermanentEventError,
  ProcessOutcome,
  readTopic,
  runWithCorrelation,
  SanpukuKafkaServer,
  sendRaw,
  setLogLevel,
} from '@sanpuku/platform';
import { createTestDatabase, createTestKafka, TestDatabase, TestKafka, waitFor } from '@sanpuku/platform/testing';

setLogLevel('silent');

const GROUP = 'matching'; // a declared consumer group of region.classification events

let db: TestDatabase;
let kafka: TestKafka;
let producerDs: DataSource;
let consumerDs: DataSource;
let publisher: KafkaPublisher;
let consumerApp: INestMicroservice;
const outcomes: { eventId: string | null; outcome: ProcessOutcome }[] = [];
/** Municipality codes whose handler fails a number of times before succeeding. */
const failuresToInject = new Map<string, number>();

async function applySegment(e: Envelope<{ municipalityCode: string; segment: string; version: number }>, m: EntityManager) {
  const left = failuresToInject.get(e.data.municipalityCode);
  if (left === -1) throw new PermanentEventError('municipality is blocked for this test');
  if (left && left > 0) {
    failuresToInject.set(e.data.municipalityCode, left - 1);
    throw new Error('transient: simulated database hiccup');
  }
  await m.query(
    `INSERT INTO svc_consumer.segments (code, segment, applied_count, correlation_id)
     VALUES ($1, $2, 1, $3)
     ON CONFLICT (code) DO UPDATE SET segment = EXCLUDED.segment, applied_count = segments.applied_count + 1`,
    [e.data.municipalityCode, e.data.segment, e.correlationid],
  );
}

@Controller()
class ConsumerController {
  constructor(private readonly inbox: EventInbox) {}
  private readonly handlers: EventHandlers = { 'region.classification.segment-changed': applySegment };

  @EventPattern(Topics.regionClassification)
  async onClassification(@Ctx() ctx: KafkaContext): Promise<void> {
    const { message, heartbeat } = incomingFromContext(ctx);
    const outcome = await this.inbox.process(message, this.handlers, heartbeat);
    outcomes.push({ eventId: message.headers['ce_id'] ?? null, outcome });
  }
}

function relay(extra: Partial<ConstructorParameters<typeof OutboxRelay>[1]> = {}): OutboxRelay {
  return new OutboxRelay(producerDs, { schema: 'svc_producer', publisher, topicPrefix: kafka.topicPrefix, pollMs: 50, ...extra });
}

const writer = new OutboxWriter('svc_producer', '/sanpuku/test-producer');
let version = 0;

/** The producing use case: change state and write the event in one transaction. */
async function classify(code: string, segment: 'A' | 'B' | 'C', correlationId = randomUUID()): Promise<string> {
  return runWithCorrelation({ correlationId }, () =>
    producerDs.transaction(async (m) => {
      await m.query(`INSERT INTO svc_producer.areas (code, segment) VALUES ($1, $2) ON CONFLICT (code) DO UPDATE SET segment = $2`, [code, segment]);
      const env = await writer.append(m, {
        type: 'region.classification.segment-changed',
        subject: code,
        data: {
          municipalityCode: code,
          runId: randomUUID(),
          policyId: 'seed-default@1',
          previousSegment: null,
          segment,
          tier: 'general_city',
          densityPerKm2: 500,
          sufficiency: 0.5,
          version: ++version,
        },
      });
      return env.id;
    }),
  );
}

async function segmentRow(code: string): Promise<{ segment: string; applied_count: number; correlation_id: string } | undefined> {
  const rows = await consumerDs.query(`SELECT segment, applied_count, correlation_id FROM svc_consumer.segments WHERE code = $1`, [code]);
  return rows[0];
}

const outcomesFor = (id: string) => outcomes.filter((o) => o.eventId === id).map((o) => o.outcome);

beforeAll(async () => {
  db = await createTestDatabase('backbone');
  kafka = await createTestKafka('backbone');
  producerDs = createServiceDataSource({ url: db.url, schema: 'svc_producer', entities: [], migrations: [] });
  consumerDs = createServiceDataSource({ url: db.url, schema: 'svc_consumer', entities: [], migrations: [] });
  await initialiseServiceDataSource(producerDs);
  await initialiseServiceDataSource(consumerDs);
  await producerDs.query(`CREATE TABLE svc_producer.areas (code text PRIMARY KEY, segment text NOT NULL)`);
  await consumerDs.query(
    `CREATE TABLE svc_consumer.segments (code text PRIMARY KEY, segment text NOT NULL, applied_count int NOT NULL, correlation_id text NOT NULL)`,
  );
  publisher = new KafkaPublisher(kafka.connection('test-producer'));
  await publisher.connect();

  const inbox = new EventInbox(consumerDs, { schema: 'svc_consumer', group: GROUP, publisher, topicPrefix: kafka.topicPrefix, maxAttempts: 3, backoffMs: 20 });
  @Module({ controllers: [ConsumerController], providers: [{ provide: EventInbox, useValue: inbox }] })
  class ConsumerModule {}
  consumerApp = await NestFactory.createMicroservice(ConsumerModule, {
    strategy: new SanpukuKafkaServer(kafka.connection('test-consumer'), GROUP),
    logger: false,
  });
  await consumerApp.listen();
});

afterAll(async () => {
  await consumerApp?.close();
  await publisher?.close();
  await producerDs?.destroy();
  await consumerDs?.destroy();
  await db?.drop();
});

describe('outbox → Kafka → inbox', () => {
  it('delivers an event written in one service’s transaction to another service’s read model, with CloudEvents headers and the correlation id', async () => {
    const r = relay();
    const correlationId = randomUUID();
    const id = await classify('01101', 'A', correlationId);
    await r.drain();
    const row = await waitFor(() => segmentRow('01101'), 'read model row');
    expect(row).toEqual({ segment: 'A', applied_count: 1, correlation_id: correlationId });

    const [msg] = await readTopic(kafka.connection('t'), kafka.topicPrefix + Topics.regionClassification, 1);
    expect(msg.key).toBe('01101');
    expect(msg.headers).toMatchObject({ ce_type: 'region.classification.segment-changed', ce_id: id });
    expect(msg.headers.traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    expect(JSON.parse(msg.value!)).toMatchObject({ id, specversion: '1.0', subject: '01101', correlationid: correlationId, causationid: null });
  });

  it('a rolled-back state change leaves no event behind', async () => {
    await expect(
      producerDs.transaction(async (m) => {
        await writer.append(m, {
          type: 'region.classification.segment-changed',
          subject: '01102',
          data: { municipalityCode: '01102', runId: randomUUID(), policyId: 'p', previousSegment: null, segment: 'B', tier: 'rural', densityPerKm2: 1, sufficiency: null, version: 1 },
        });
        throw new Error('use case failed after writing the event');
      }),
    ).rejects.toThrow('use case failed');
    const [{ n }] = await producerDs.query(`SELECT count(*)::int AS n FROM svc_producer.outbox WHERE message_key = '01102'`);
    expect(n).toBe(0);
  });

  it('an event committed while no relay runs is delivered once a relay starts', async () => {
    const id = await classify('01202', 'B');
    await new Promise((r) => setTimeout(r, 300));
    expect(await segmentRow('01202')).toBeUndefined();
    const r = relay();
    r.start();
    try {
      await waitFor(() => segmentRow('01202'), 'delivery after relay start');
      expect(outcomesFor(id)).toEqual(['applied']);
    } finally {
      await r.stop();
    }
  });

  it('a relay that dies after publishing but before marking republishes on restart, and the consumer applies it exactly once', async () => {
    const id = await classify('01203', 'C');
    const crashing = relay({
      afterPublish: () => {
        throw new Error('simulated crash between publish and commit');
      },
    });
    await expect(crashing.drainOnce()).rejects.toThrow('simulated crash');
    const [{ published_at }] = await producerDs.query(`SELECT published_at FROM svc_producer.outbox WHERE id = $1`, [id]);
    expect(published_at).toBeNull();

    await relay().drain(); // the restarted relay
    await waitFor(async () => outcomesFor(id).length === 2, 'both deliveries processed');
    expect(outcomesFor(id).sort()).toEqual(['applied', 'duplicate']);
    expect((await segmentRow('01203'))?.applied_count).toBe(1);
    const onTopic = (await readTopic(kafka.connection('t'), kafka.topicPrefix + Topics.regionClassification, 100, 3000)).filter((m) => m.headers.ce_id === id);
    expect(onTopic).toHaveLength(2);
  });

  it('the same event delivered twice changes the consumer’s state once', async () => {
    const id = await classify('01204', 'A');
    const [row] = await producerDs.query(`SELECT envelope, message_key FROM svc_producer.outbox WHERE id = $1`, [id]);
    const message = { topic: kafka.topicPrefix + Topics.regionClassification, key: row.message_key, value: JSON.stringify(row.envelope), headers: { ce_id: id } };
    await sendRaw(kafka.connection('dup'), [message, message]);
    await waitFor(async () => outcomesFor(id).length === 2, 'two deliveries');
    expect(outcomesFor(id)).toEqual(['applied', 'duplicate']);
    expect((await segmentRow('01204'))?.applied_count).toBe(1);
  });

  it('an unparseable message goes to the DLQ with its reason and the partition keeps flowing', async () => {
    const topic = kafka.topicPrefix + Topics.regionClassification;
    // Same key → same partition: the good event behind the poison one must still be applied.
    await sendRaw(kafka.connection('poison'), [
      { topic, key: '01205', value: '{not json', headers: { ce_id: 'poison-1' } },
      { topic, key: '01205', value: JSON.stringify({ id: randomUUID(), type: 'region.classification.segment-changed', specversion: '1.0' }), headers: { ce_id: 'poison-2' } },
    ]);
    const goodId = await classify('01205', 'B');
    await relay().drain();
    await waitFor(() => segmentRow('01205'), 'event behind the poison messages');
    expect(outcomesFor('poison-1')).toEqual(['dead-lettered']);
    expect(outcomesFor('poison-2')).toEqual(['dead-lettered']);
    expect(outcomesFor(goodId)).toEqual(['applied']);

    const dlq = await readTopic(kafka.connection('t'), kafka.topicPrefix + dlqTopic(Topics.regionClassification, GROUP), 2);
    const byId = Object.fromEntries(dlq.map((m) => [m.headers.ce_id, m]));
    expect(byId['poison-1'].value).toBe('{not json'); // original bytes preserved
    expect(byId['poison-1'].headers[DlqHeaders.reason]).toMatch(/not JSON/);
    expect(byId['poison-1'].headers[DlqHeaders.originalTopic]).toBe(topic);
    expect(byId['poison-2'].headers[DlqHeaders.reason]).toMatch(/invalid envelope.*(source|subject|time)/);
    const local = await consumerDs.query(`SELECT reason FROM svc_consumer.dead_letters ORDER BY id`);
    expect(local.length).toBeGreaterThanOrEqual(2);
  });

  it('retries a transient handler failure, and dead-letters after the bounded attempts without blocking later events', async () => {
    failuresToInject.set('01206', 2); // fails twice, succeeds on the 3rd (= max) attempt
    failuresToInject.set('01207', 99); // never succeeds
    failuresToInject.set('01208', -1); // permanent rejection: no retries
    const a = await classify('01206', 'A');
    const b = await classify('01207', 'A');
    const c = await classify('01208', 'A');
    const d = await classify('01209', 'A');
    await relay().drain();
    await waitFor(() => segmentRow('01209'), 'event after the failing ones');
    await waitFor(async () => outcomesFor(a).length && outcomesFor(b).length && outcomesFor(c).length, 'all outcomes');
    expect(outcomesFor(a)).toEqual(['applied']);
    expect(outcomesFor(b)).toEqual(['dead-lettered']);
    expect(outcomesFor(c)).toEqual(['dead-lettered']);
    expect(outcomesFor(d)).toEqual(['applied']);
    expect(await segmentRow('01207')).toBeUndefined();
    const reasons = await consumerDs.query(`SELECT event_id, reason FROM svc_consumer.dead_letters WHERE event_id = ANY($1)`, [[b, c]]);
    expect(Object.fromEntries(reasons.map((r: { event_id: string; reason: string }) => [r.event_id, r.reason]))).toEqual({
      [b]: 'handler failed after 3 attempts: transient: simulated database hiccup',
      [c]: 'rejected by handler: municipality is blocked for this test',
    });
  });

  it('two relays draining the same outbox concurrently never publish an event twice (FOR UPDATE SKIP LOCKED)', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 40; i++) ids.push(await classify(`02${String(100 + i).padStart(3, '0')}`, 'B'));
    const r1 = relay({ batchSize: 5 });
    const r2 = relay({ batchSize: 5 });
    const [n1, n2] = await Promise.all([r1.drain(), r2.drain()]);
    expect(n1 + n2).toBe(40);
    const all = await readTopic(kafka.connection('t'), kafka.topicPrefix + Topics.regionClassification, 10_000, 4000);
    const counts = ids.map((id) => all.filter((m) => m.headers.ce_id === id).length);
    expect(counts).toEqual(ids.map(() => 1));
  });
});

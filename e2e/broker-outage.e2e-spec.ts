/**
 * Services start and serve while the broker is down, and catch up when it returns.
 *
 * The "broker" the services are given is a TCP relay to the run's real Kafka broker that starts
 * closed (connection refused, as a stopped broker): region and matching boot, answer GraphQL and
 * /health/live, take a write whose event waits in region's outbox, and say on /health/ready what
 * they are waiting for. When the relay opens, region's outbox relay connects and publishes, and
 * matching's consumer joins its group and applies the event to its read model — nothing lost.
 */
import { randomUUID } from 'node:crypto';
import { createServer, Server, Socket, connect } from 'node:net';
import { DataSource } from 'typeorm';
import { OutboxWriter, setLogLevel, UnitOfWork } from '@sanpuku/platform';
import { createTestDatabase, createTestKafka, freePort, RunningTestService, startTestService, TestDatabase, TestKafka, waitFor } from '@sanpuku/platform/testing';
import { RegionAppModule } from '../apps/region/src/app.module';
import { regionService } from '../apps/region/src/region.service-definition';
import { MatchingAppModule } from '../apps/matching/src/app.module';
import { matchingService } from '../apps/matching/src/matching.service-definition';

setLogLevel('silent');

/** A TCP relay on `port` to the real broker, closed (refusing) until opened. */
class BrokerDoor {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  constructor(
    readonly port: number,
    private readonly target: { host: string; port: number },
  ) {}
  async open(): Promise<void> {
    this.server = createServer((client) => {
      const upstream = connect(this.target.port, this.target.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('error', () => undefined);
        s.on('close', () => this.sockets.delete(s));
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((r) => this.server!.listen(this.port, '127.0.0.1', r));
  }
  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
    this.server = null;
  }
}

let db: TestDatabase;
let kafka: TestKafka;
let door: BrokerDoor;
let region: RunningTestService;
let matching: RunningTestService;

beforeAll(async () => {
  db = await createTestDatabase('outage');
  kafka = await createTestKafka('outage');
  const [host, port] = kafka.brokers[0].split(':');
  door = new BrokerDoor(await freePort(), { host, port: Number(port) });
  const closedBroker: TestKafka = { ...kafka, brokers: [`127.0.0.1:${door.port}`] };
  region = await startTestService(regionService, (rt) => RegionAppModule.forRoot(rt), { databaseUrl: db.url, kafka: closedBroker });
  matching = await startTestService(matchingService, (rt) => MatchingAppModule.forRoot(rt), { databaseUrl: db.url, kafka: closedBroker });
}, 60_000);

afterAll(async () => {
  await matching?.close();
  await region?.close();
  await door?.close();
  await db?.drop();
});

const json = async (url: string) => {
  const r = await fetch(url);
  return { status: r.status, body: (await r.json()) as Record<string, any> };
};

describe('with the broker down', () => {
  it('outage.services-start-and-serve-graphql: both booted, /health/live is 200, GraphQL answers', async () => {
    for (const s of [region, matching]) {
      expect((await json(`${s.url}/health/live`)).status).toBe(200);
      const r = await s.gql('{ labels(kinds: ["CareLevel"]) { kind } }');
      expect(r).toEqual({ data: { labels: [{ kind: 'CareLevel' }] } });
    }
  });

  it('outage.readiness-says-what-it-waits-for: matching’s consumer and live-update fan-out have not joined; region is ready with its event waiting in the outbox', async () => {
    const m = await json(`${matching.url}/health/ready`);
    expect(m.status).toBe(503);
    expect(m.body.consumer).toMatchObject({ ok: false });
    expect(m.body.fanout).toMatchObject({ ok: false, state: 'joining' });
    expect(m.body.database.ok).toBe(true);
    expect(m.body.errors[0].extensions).toMatchObject({ code: 'UNAVAILABLE', failing: ['consumer', 'fanout'] });
    const r = await json(`${region.url}/health/ready`);
    expect(r.status).toBe(200);
    expect(r.body.messaging.ok).toBe(false); // reported, but writes wait in the outbox
  });
});

describe('when the broker returns', () => {
  const code = '37201';
  let eventId: string;

  it('lazy-producer.a-write-accepted-while-down-is-published-when-the-broker-returns', async () => {
    const ds = region.app.get(DataSource);
    const tx = region.app.get(UnitOfWork);
    const writer = region.app.get(OutboxWriter);
    eventId = await tx.run(async (m) => {
      const e = await writer.append(m, {
        type: 'region.classification.segment-changed',
        subject: code,
        data: { municipalityCode: code, runId: randomUUID(), policyId: 'seed-default@1', previousSegment: null, segment: 'B', tier: 'general_city', densityPerKm2: 1000, sufficiency: 0.6, version: 1 },
      });
      return e.id;
    });
    // Down: the relay keeps trying; the event waits.
    await new Promise((r) => setTimeout(r, 1500));
    const [waiting] = await ds.query(`SELECT published_at FROM region.outbox WHERE id = $1`, [eventId]);
    expect(waiting.published_at).toBeNull();

    await door.open();
    await waitFor(async () => (await ds.query(`SELECT published_at FROM region.outbox WHERE id = $1`, [eventId]))[0].published_at, 'the outbox relay publishes once the broker is back', 45_000, 250);
  }, 60_000);

  it('outage.consumer-joins-and-applies-the-event: matching’s read model catches up and it becomes ready', async () => {
    const seg = await waitFor(
      async () => {
        const r = (await matching.gql(`{ matchingAreaSegment(municipalityCode: "${code}") { segment version } }`)) as { data?: { matchingAreaSegment: { segment: string } | null } };
        return r.data?.matchingAreaSegment ?? null;
      },
      'matching applies the segment change',
      45_000,
      250,
    );
    expect(seg).toEqual({ segment: 'B', version: 1 });
    const ready = await waitFor(async () => ((await json(`${matching.url}/health/ready`)).status === 200 ? (await json(`${matching.url}/health/ready`)).body : null), 'matching ready', 20_000, 250);
    expect(ready.consumer).toMatchObject({ ok: true, state: 'joined' });
    expect(ready.fanout).toMatchObject({ ok: true, state: 'joined' });
  }, 60_000);
});

/**
 * The smaller version of `npm run test:faults` inside `npm test`: region (two instances) and
 * matching as real child processes over the run's Kafka broker and a fresh database, while two
 * countable flows run (help requests filed with matching; region's classification events
 * consumed into matching's read model — tools/faults/flows.ts):
 *
 * - matching is killed -9 mid-flow and restarted at once;
 * - the broker vanishes for these services and returns. The broker is shared by every test file
 *   of the run and is never restarted: these services reach it through its RELAYED listener,
 *   which advertises the port of a TCP relay (tools/faults/broker-door.ts), so closing the relay
 *   cuts every connection they have and refuses new ones, exactly as a dead broker would.
 *
 * Asserted: nothing lost, nothing duplicated, and two region relays on one outbox never publish
 * an event twice. Recovery times are printed, never asserted.
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { setLogLevel } from '@sanpuku/platform';
import { createTestDatabase, createTestKafka, freePort, TestDatabase, TestKafka } from '@sanpuku/platform/testing';
import { BrokerDoor } from '../tools/faults/broker-door';
import { runLog, ServiceProcess, sleep, until } from '../tools/faults/cluster';
import { ClientFlow, EventFlow, FaultDb } from '../tools/faults/flows';
import { Driver, formatReport, machineLine, seconds, tallyScenario } from '../tools/faults/scenario';

setLogLevel('silent');

const relayed = process.env.SANPUKU_TEST_KAFKA_RELAYED;
const relayPort = Number(process.env.SANPUKU_TEST_KAFKA_RELAY_PORT);
// Only a broker started by the global setup has the RELAYED listener (not an external KAFKA_BROKERS).
const describeWithRelay = relayed && relayPort ? describe : describe.skip;

let db: TestDatabase;
let kafka: TestKafka;
let fdb: FaultDb;
let door: BrokerDoor;
let region: ServiceProcess[];
let matching: ServiceProcess;
const log = runLog('faults-e2e');

describeWithRelay('faults: kill -9 and a vanishing broker lose nothing and duplicate nothing', () => {
  beforeAll(async () => {
    db = await createTestDatabase('faults');
    kafka = await createTestKafka(`faults-${randomBytes(2).toString('hex')}`);
    fdb = new FaultDb(db.url);
    const [host, port] = relayed!.split(':');
    door = new BrokerDoor(relayPort, { host, port: Number(port) });
    await door.open();
    const env = { DATABASE_URL: db.url, KAFKA_BROKERS: `127.0.0.1:${relayPort}`, KAFKA_TOPIC_PREFIX: kafka.topicPrefix, MESSAGING: 'kafka', OUTBOX_POLL_MS: '100' };
    region = [new ServiceProcess('region#1', 'region', await freePort(), env, 'source', log.stream), new ServiceProcess('region#2', 'region', await freePort(), env, 'source', log.stream)];
    matching = new ServiceProcess('matching', 'matching', await freePort(), env, 'source', log.stream);
    // One at a time per schema: migrations run at boot.
    region[0].start();
    matching.start();
    for (const p of [region[0], matching]) if (!(await p.waitReady(60_000))) throw new Error(`${p.label} did not become ready; see ${log.path}`);
    region[1].start();
    if (!(await region[1].waitReady(60_000))) throw new Error(`region#2 did not become ready; see ${log.path}`);
    process.stdout.write(`${machineLine()}\n`);
  }, 120_000);

  afterAll(async () => {
    for (const p of [matching, ...(region ?? [])]) await p?.stop();
    await door?.close();
    await fdb?.close();
    await db?.drop();
    log.stream.end();
    rmSync(log.dir, { recursive: true, force: true });
  }, 60_000);

  it('faults.matching-kill9-restart: every event applied once, every acknowledged request stored once; two region relays publish each event once', async () => {
    const since = new Date();
    const f = { client: new ClientFlow(() => [matching.url]), events: new EventFlow(fdb, 20, 91000) };
    const d = new Driver({ ...f, clientConcurrency: 2, maxMs: 40_000, maxOps: 400 });
    await sleep(1500);
    await matching.kill9();
    matching.start();
    const restartedAt = Date.now();
    const back = await d.waitClientSuccessAfter(restartedAt, 30_000);
    await sleep(1500);
    await d.stop();
    const r = await tallyScenario('kill -9 matching mid-flow, immediate restart', fdb, since, f, {
      recovery: { 'restart → first request stored': seconds(restartedAt, back) },
      republished: await f.events.republished(kafka.brokers, kafka.topicPrefix),
    });
    process.stdout.write(`${formatReport(r)}\n`);
    expect(r.opsSucceeded).toBeGreaterThan(0);
    expect(r.eventsWritten).toBeGreaterThan(0);
    expect({ lost: r.lost, duplicated: r.duplicated, readModelWrong: r.readModelWrong, leftInOutboxes: r.leftInOutboxes }).toEqual({ lost: 0, duplicated: 0, readModelWrong: 0, leftInOutboxes: 0 });
    // Region was not disturbed: each event reached the topic exactly once although two relays polled one outbox.
    expect(r.republished).toBe(0);
  }, 90_000);

  it('faults.broker-vanishes-and-returns: writes wait in the outbox, consumption resumes, nothing lost or applied twice', async () => {
    const since = new Date();
    const f = { client: new ClientFlow(() => [matching.url]), events: new EventFlow(fdb, 20, 92000) };
    const d = new Driver({ ...f, clientConcurrency: 2, maxMs: 60_000, maxOps: 400 });
    await sleep(1500);
    await door.close();
    const writtenWhileDown = f.events.written.size;
    await sleep(3000);
    // Writes go on and wait in region's outbox: the broker is really out of reach.
    expect(f.events.written.size).toBeGreaterThan(writtenWhileDown);
    expect(await fdb.count(`SELECT count(*)::int AS n FROM region.outbox WHERE published_at IS NULL AND created_at < now() - interval '1 second'`)).toBeGreaterThan(0);
    await door.open();
    const backAt = Date.now();
    const consumed = await until(() => f.events.firstAppliedAfter(backAt), 45_000, 100);
    await sleep(1500);
    await d.stop();
    const r = await tallyScenario('broker vanishes for 3 s and returns', fdb, since, f, {
      recovery: { 'broker back → consumption resumed': seconds(backAt, consumed) },
      republished: await f.events.republished(kafka.brokers, kafka.topicPrefix),
      settleMs: 45_000,
    });
    process.stdout.write(`${formatReport(r)}\n`);
    expect(r.eventsApplied).toBeGreaterThan(0);
    expect({ lost: r.lost, duplicated: r.duplicated, readModelWrong: r.readModelWrong, leftInOutboxes: r.leftInOutboxes }).toEqual({ lost: 0, duplicated: 0, readModelWrong: 0, leftInOutboxes: 0 });
  }, 120_000);
});

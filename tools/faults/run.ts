/**
 * `npm run test:faults`: the project's own fault suite, on loopback, against the distributed mode.
 *
 * Starts its own Kafka broker (infra/kafka, free ports, temp dir), its own database (a fresh one
 * on DATABASE_URL's server, or an embedded PostgreSQL), and catalogue, region, matching (two
 * instances each where a scenario needs them) and a gateway as child processes from dist/ (the
 * npm script builds first). Then, while two countable flows run (help requests filed through the
 * gateway; region's classification events consumed into matching's read model — see flows.ts):
 *
 *   kill -9 of each service (and the gateway) mid-flow and an immediate restart; kill -9 of the
 *   broker and a restart; a second instance of matching killed while the first keeps going (with
 *   two region relays on one outbox); poison and duplicated events.
 *
 * Prints per scenario: operations tried/succeeded, client errors by code, lost, duplicated, left in
 * outboxes, DLQ entries and recovery seconds. Targets (reported, not asserted): matching answers
 * ≤ 5 s after its restart; consumption resumes ≤ 5 s after the broker is ready; nothing lost or
 * duplicated. Exit code 1 when something was lost or duplicated. Options (env):
 * FAULTS_SCENARIOS=name,name (default all), FAULTS_LOG_LEVEL (children, default warn).
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { Topics } from '@sanpuku/contracts';
import { sendRaw, setLogLevel } from '@sanpuku/platform';
import { freePort } from '@sanpuku/platform/testing';
import { createFaultDatabase, createFaultTopics, FaultBroker, FaultDatabase, runLog, ServiceProcess, sleep, until } from './cluster';
import { ClientFlow, EventFlow, FaultDb } from './flows';
import { Driver, formatReport, machineLine, ScenarioReport, seconds, tallyScenario } from './scenario';

type Svc = 'catalogue' | 'region' | 'matching';
const SERVICES: Svc[] = ['catalogue', 'region', 'matching'];

async function main(): Promise<void> {
  setLogLevel(process.env.FAULTS_LOG_LEVEL ?? 'warn');
  const started = Date.now();
  const listed = (process.env.FAULTS_SCENARIOS ?? '').split(',').filter(Boolean);
  const only = listed.length ? listed : null;
  const log = runLog('faults');
  console.log(machineLine());
  console.log(`child process output: ${log.path}`);
  const cleanups: (() => Promise<void>)[] = [];
  let failed = false;
  const reports: ScenarioReport[] = [];
  try {
    const broker = await FaultBroker.create(log.stream);
    cleanups.unshift(() => broker.stop());
    let t = Date.now();
    await broker.start();
    console.log(`broker on ${broker.brokers[0]} ready in ${seconds(t, Date.now())} s`);
    const topicPrefix = `faults-${randomBytes(3).toString('hex')}.`;
    await createFaultTopics(broker.brokers, topicPrefix);
    const database: FaultDatabase = await createFaultDatabase();
    cleanups.unshift(() => database.drop());
    const db = new FaultDb(database.url);
    cleanups.unshift(() => db.close());

    const env = { DATABASE_URL: database.url, KAFKA_BROKERS: broker.brokers.join(','), KAFKA_TOPIC_PREFIX: topicPrefix, MESSAGING: 'kafka' };
    const procs = {} as Record<Svc, ServiceProcess[]>;
    for (const s of SERVICES) procs[s] = [new ServiceProcess(`${s}#1`, s, await freePort(), env, 'dist', log.stream), new ServiceProcess(`${s}#2`, s, await freePort(), env, 'dist', log.stream)];
    const urls = (s: Svc) => procs[s].map((p) => `${p.url}/graphql`).join(',');
    const gateway = new ServiceProcess('gateway', 'gateway', await freePort(), { CATALOGUE_URL: urls('catalogue'), REGION_URL: urls('region'), MATCHING_URL: urls('matching'), GATEWAY_RATE_LIMIT_PER_MINUTE: '0' }, 'dist', log.stream);
    const all = [...SERVICES.flatMap((s) => procs[s]), gateway];
    cleanups.unshift(async () => {
      for (const p of all) await p.stop();
    });

    t = Date.now();
    for (const s of SERVICES) procs[s][0].start();
    for (const s of SERVICES) if (!(await procs[s][0].waitReady(90_000))) throw new Error(`${s}#1 did not become ready (see ${log.path})`);
    gateway.start();
    if (!(await gateway.waitLive(60_000))) throw new Error(`the gateway did not start (see ${log.path})`);
    console.log(`services and gateway ready in ${seconds(t, Date.now())} s\n`);

    // Each scenario's events go to municipalities of their own, so versions start at 1 for each.
    let flowNo = 0;
    const scenarios: [string, () => Promise<ScenarioReport>][] = [
      ...SERVICES.map((s) => [`kill -9 ${s} mid-flow, restart`, () => killRestart(s, procs[s][0])] as [string, () => Promise<ScenarioReport>]),
      ['kill -9 gateway mid-flow, restart', () => killRestart('gateway', gateway)],
      ['kill -9 broker mid-flow, restart', () => brokerRestart()],
      ['second matching instance killed (two region relays)', () => secondInstance()],
      ['poison and duplicated events', () => poisonAndDuplicates()],
    ];
    for (const [name, run] of scenarios) {
      if (only && !only.some((o) => name.includes(o))) continue;
      const r = await run();
      reports.push(r);
      console.log(formatReport(r) + '\n');
    }

    function flows() {
      flowNo++;
      return { client: new ClientFlow(() => [gateway.url]), events: new EventFlow(db, 50, 90000 + 100 * flowNo) };
    }

    async function killRestart(name: Svc | 'gateway', p: ServiceProcess): Promise<ScenarioReport> {
      const since = new Date();
      const f = flows();
      const d = new Driver({ ...f, maxMs: 60_000 });
      await sleep(2000);
      await p.kill9();
      p.start();
      const restartedAt = Date.now();
      // The restarted process answering GraphQL itself, and the flow through the gateway.
      const direct = await until(async () => {
        const r = await fetch(`${p.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ labels(kinds: [\\"CareLevel\\"]) { kind } }"}', signal: AbortSignal.timeout(2000) });
        return r.ok && ((await r.json()) as { data?: unknown }).data ? Date.now() : null;
      }, 60_000, 50);
      const viaGateway = await d.waitClientSuccessAfter(restartedAt, 60_000);
      let ready: number | null = null;
      if (name !== 'gateway') ready = (await p.waitReady(60_000)) ? Date.now() : null;
      await sleep(3000);
      await d.stop();
      const recovery: Record<string, number | null> = { 'restart → GraphQL answers': seconds(restartedAt, direct), 'restart → first help request through the gateway': seconds(restartedAt, viaGateway) };
      if (name !== 'gateway') recovery['restart → ready (consumer joined)'] = seconds(restartedAt, ready);
      return tallyScenario(`kill -9 ${name} mid-flow, immediate restart`, db, since, f, { recovery, republished: await f.events.republished(broker.brokers, topicPrefix) });
    }

    async function brokerRestart(): Promise<ScenarioReport> {
      const since = new Date();
      const f = flows();
      const d = new Driver({ ...f, maxMs: 120_000 });
      await sleep(2000);
      await broker.kill9();
      const downAt = Date.now();
      await sleep(3000);
      await broker.start();
      const readyAt = Date.now();
      const consumed = await until(() => f.events.firstAppliedAfter(readyAt), 60_000, 100);
      const [published] = await db.query<{ t: Date | null }>(`SELECT min(published_at) AS t FROM region.outbox WHERE published_at >= to_timestamp($1 / 1000.0)`, [readyAt]);
      const matchingReady = (await procs.matching[0].waitReady(60_000)) ? Date.now() : null;
      await sleep(3000);
      await d.stop();
      return tallyScenario('kill -9 broker mid-flow, restart', db, since, f, {
        recovery: {
          'broker down (s)': seconds(downAt, readyAt),
          'broker ready → first publish': seconds(readyAt, published?.t ? new Date(published.t).getTime() : null),
          'broker ready → consumption resumed': seconds(readyAt, consumed),
          'broker ready → matching ready': seconds(readyAt, matchingReady),
          'broker ready → first help request': seconds(readyAt, d.firstClientSuccessAfter(readyAt)),
        },
        republished: await f.events.republished(broker.brokers, topicPrefix),
      });
    }

    async function secondInstance(): Promise<ScenarioReport> {
      procs.matching[1].start();
      procs.region[1].start();
      for (const p of [procs.matching[1], procs.region[1]]) if (!(await p.waitReady(90_000))) throw new Error(`${p.label} did not become ready`);
      const since = new Date();
      const f = flows();
      const d = new Driver({ ...f, maxMs: 60_000 });
      await sleep(3000);
      await procs.matching[1].kill9();
      const killedAt = Date.now();
      const writtenAtKill = [...f.events.written.keys()];
      // The survivor takes the dead member's partitions once the group evicts it (session 6 s).
      const caughtUp = await until(
        async () => (await db.count(`SELECT count(*)::int AS n FROM matching.inbox WHERE consumer_group = 'matching' AND event_id = ANY($1::uuid[])`, [writtenAtKill])) === writtenAtKill.length && Date.now(),
        60_000,
        100,
      );
      const afterKill = await d.waitClientSuccessAfter(killedAt, 30_000);
      await sleep(2000);
      await d.stop();
      const report = await tallyScenario('second matching instance killed while the first keeps going (two region relays)', db, since, f, {
        recovery: { 'kill → events written before it all applied (survivor took the partitions)': seconds(killedAt, caughtUp), 'kill → first help request': seconds(killedAt, afterKill) },
        republished: await f.events.republished(broker.brokers, topicPrefix),
        notes: ['two region relays drained one outbox (FOR UPDATE SKIP LOCKED): republished copies must be 0 here'],
      });
      await procs.region[1].stop();
      return report;
    }

    async function poisonAndDuplicates(): Promise<ScenarioReport> {
      const since = new Date();
      const f = { events: new EventFlow(db, 20, 95000) };
      await f.events.write(20);
      const applied = await f.events.settle(30_000);
      const conn = { brokers: broker.brokers, clientId: 'faults-poison', topicPrefix };
      const topic = topicPrefix + Topics.regionClassification;
      const poison = [
        { topic, key: 'poison-1', value: 'not json at all', headers: {} },
        { topic, key: 'poison-2', value: JSON.stringify({ id: 'x', type: 'region.classification.segment-changed' }), headers: {} },
        { topic, key: '95000', value: JSON.stringify({ id: '00000000-0000-4000-8000-000000000001', type: 'region.classification.segment-changed', specversion: '1.0', source: '/x', subject: '95000', time: new Date().toISOString(), dataversion: '1', correlationid: '00000000-0000-4000-8000-000000000002', causationid: null, data: { municipalityCode: 'ABC' } }), headers: {} },
      ];
      // Every applied event sent twice more, as after an offset reset or a producer retry.
      const envelopes = await db.query<{ id: string; message_key: string; envelope: unknown }>(`SELECT id, message_key, envelope FROM region.outbox WHERE id = ANY($1::uuid[])`, [[...f.events.written.keys()]]);
      const dups = envelopes.flatMap((e) => [0, 1].map(() => ({ topic, key: e.message_key, value: JSON.stringify(e.envelope), headers: { ce_id: e.id, ce_type: 'region.classification.segment-changed' } })));
      await sendRaw(conn, [...poison, ...dups]);
      const dlqAt = await until(async () => (await db.count(`SELECT count(*)::int AS n FROM matching.dead_letters WHERE created_at >= $1`, [since])) >= poison.length && Date.now(), 30_000, 100);
      await sleep(2000);
      const inboxAfter = await f.events.applied();
      return tallyScenario('poison and duplicated events', db, since, f, {
        recovery: {},
        notes: [`${poison.length} poison messages and ${dups.length} duplicate deliveries sent; ${applied} events applied before, ${inboxAfter} after; DLQ caught the poison ${dlqAt ? 'yes' : 'NO'}`],
      });
    }
  } catch (err) {
    failed = true;
    console.error(`fault suite could not run: ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    for (const c of cleanups) await c().catch((e: Error) => console.error(`cleanup: ${e.message}`));
  }
  const bad = reports.filter((r) => r.lost || r.duplicated || r.readModelWrong);
  const verdict = failed ? 'the suite did not complete (see above)' : bad.length ? `LOST OR DUPLICATED in: ${bad.map((r) => r.scenario).join('; ')}` : 'nothing lost, nothing duplicated';
  console.log(`\n${reports.length} scenarios in ${seconds(started, Date.now())} s; ${verdict}`);
  if (!failed && !bad.length && !process.env.FAULTS_LOG_LEVEL) rmSync(log.dir, { recursive: true, force: true });
  else console.log(`child process output kept: ${log.path}`);
  process.exit(failed || bad.length ? 1 : 0);
}

void main();

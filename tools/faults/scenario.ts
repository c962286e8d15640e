/**
 * Driving the flows while a fault happens, and what a scenario reports. Shared by the fault
 * suite (tools/faults/run.ts) and the smaller version inside `npm test` (e2e/faults.e2e-spec.ts).
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { ClientFlow, EventFlow, FaultDb } from './flows';
import { sleep, until } from './cluster';

export interface ScenarioReport {
  scenario: string;
  opsTried: number;
  opsSucceeded: number;
  clientErrors: Record<string, number>;
  eventsWritten: number;
  eventsApplied: number;
  lost: number;
  duplicated: number;
  /** A client was told the operation failed, yet it happened (ambiguous outcome, not a loss). */
  appliedThoughFailed: number;
  /** Copies of an event on the topic beyond the first (at-least-once; the inbox absorbs them). */
  republished: number | null;
  readModelWrong: number;
  leftInOutboxes: number;
  dlqEntries: number;
  recovery: Record<string, number | null>;
  notes: string[];
}

export interface DriveOptions {
  client?: ClientFlow;
  events?: EventFlow;
  /** Concurrent client operations. */
  clientConcurrency?: number;
  /** Pause of each client worker between operations. */
  clientPauseMs?: number;
  /** Events per write and pause between writes. */
  eventBatch?: number;
  eventPauseMs?: number;
  /** Hard bounds, whatever the caller does. */
  maxOps?: number;
  maxMs?: number;
}

/** Success timestamps, to time "restart → first success". */
export class Driver {
  private running = true;
  private readonly loops: Promise<void>[] = [];
  readonly clientSuccessAt: number[] = [];
  eventWriteErrors = 0;

  constructor(private readonly o: DriveOptions) {
    const started = Date.now();
    const maxMs = o.maxMs ?? 120_000;
    const maxOps = o.maxOps ?? 5_000;
    const live = () => this.running && Date.now() - started < maxMs;
    if (o.client) {
      const client = o.client;
      for (let w = 0; w < (o.clientConcurrency ?? 3); w++) {
        this.loops.push(
          (async () => {
            while (live() && client.tried < maxOps) {
              const r = await client.once();
              if (r.ok) this.clientSuccessAt.push(Date.now());
              await sleep(o.clientPauseMs ?? 50);
            }
          })(),
        );
      }
    }
    if (o.events) {
      const events = o.events;
      this.loops.push(
        (async () => {
          while (live() && events.written.size < maxOps * 5) {
            await events.write(o.eventBatch ?? 5).catch(() => this.eventWriteErrors++);
            await sleep(o.eventPauseMs ?? 200);
          }
        })(),
      );
    }
  }

  firstClientSuccessAfter(t: number): number | null {
    return this.clientSuccessAt.find((s) => s >= t) ?? null;
  }

  /** Waits (bounded) for a client success after `t`; returns its time or null. */
  async waitClientSuccessAfter(t: number, timeoutMs: number): Promise<number | null> {
    return until(async () => this.firstClientSuccessAfter(t), timeoutMs, 25);
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
  }
}

export const seconds = (from: number, to: number | null): number | null => (to === null ? null : Math.round((to - from) / 100) / 10);

/** Rows left unpublished in every service's outbox, and dead letters recorded after `since`. */
export async function outboxAndDlq(db: FaultDb, since: Date): Promise<{ leftInOutboxes: number; dlqEntries: number; dlqReasons: string[] }> {
  let left = 0;
  let dlq = 0;
  const reasons: string[] = [];
  for (const schema of ['catalogue', 'region', 'matching']) {
    if (!(await db.schemaExists(schema, 'outbox'))) continue;
    left += await db.count(`SELECT count(*)::int AS n FROM "${schema}".outbox WHERE published_at IS NULL`);
    const rows = await db.query<{ reason: string }>(`SELECT reason FROM "${schema}".dead_letters WHERE created_at >= $1 ORDER BY id`, [since]);
    dlq += rows.length;
    reasons.push(...rows.map((r) => `${schema}: ${r.reason.slice(0, 100)}`));
  }
  return { leftInOutboxes: left, dlqEntries: dlq, dlqReasons: reasons };
}

/** Counts a scenario's outcome once its flows stopped: waits (bounded) for the events to arrive. */
export async function tallyScenario(
  scenario: string,
  db: FaultDb,
  since: Date,
  flows: { client?: ClientFlow; events?: EventFlow },
  extra: { recovery: Record<string, number | null>; notes?: string[]; republished?: number | null; settleMs?: number },
): Promise<ScenarioReport> {
  const applied = flows.events ? await flows.events.settle(extra.settleMs ?? 30_000) : 0;
  // A moment for the relays to mark what they published.
  await until(async () => (await outboxAndDlq(db, since)).leftInOutboxes === 0, 5_000, 200);
  const client = flows.client ? await flows.client.tally(db) : { lost: 0, duplicated: 0, appliedThoughFailed: 0 };
  const od = await outboxAndDlq(db, since);
  const written = flows.events?.written.size ?? 0;
  return {
    scenario,
    opsTried: flows.client?.tried ?? 0,
    opsSucceeded: flows.client?.succeeded ?? 0,
    clientErrors: { ...(flows.client?.errors ?? {}) },
    eventsWritten: written,
    eventsApplied: applied,
    lost: client.lost + (written - applied),
    duplicated: client.duplicated,
    appliedThoughFailed: client.appliedThoughFailed,
    republished: extra.republished ?? null,
    readModelWrong: flows.events ? await flows.events.readModelMismatches() : 0,
    leftInOutboxes: od.leftInOutboxes,
    dlqEntries: od.dlqEntries,
    recovery: extra.recovery,
    notes: [...(extra.notes ?? []), ...od.dlqReasons.slice(0, 5).map((r) => `DLQ ${r}`)],
  };
}

export function machineLine(): string {
  const c = cpus();
  // The load average says how much else the cores were doing: recovery times scale with it.
  return `machine: ${c.length} cores, ${c[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`;
}

export function formatReport(r: ScenarioReport): string {
  const errs = Object.entries(r.clientErrors)
    .map(([k, v]) => `${k}×${v}`)
    .join(', ');
  const rec = Object.entries(r.recovery)
    .map(([k, v]) => `${k} ${v === null ? 'n/a' : `${v.toFixed(1)} s`}`)
    .join('; ');
  return [
    `── ${r.scenario}`,
    `   client ops: ${r.opsTried} tried, ${r.opsSucceeded} succeeded; errors by code: ${errs || 'none'}`,
    `   events: ${r.eventsWritten} written, ${r.eventsApplied} applied in matching`,
    `   lost: ${r.lost}   duplicated: ${r.duplicated}   applied though the client saw an error: ${r.appliedThoughFailed}   read model wrong: ${r.readModelWrong}`,
    `   republished copies (absorbed by the inbox): ${r.republished ?? 'not measured'}   left in outboxes: ${r.leftInOutboxes}   DLQ entries: ${r.dlqEntries}`,
    `   recovery: ${rec || 'n/a'}`,
    ...r.notes.map((n) => `   · ${n}`),
  ].join('\n');
}

import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { ConsumerGroup, Subscriptions } from '@sanpuku/contracts';
import { startupProgress } from './startup-progress';
import { errorResponseBody } from '../errors/api-errors';
import { EventFanout } from '../messaging/event-fanout';
import { kafkaAdmin, kafkaReachable } from '../messaging/kafka';
import { OutboxRelay } from '../messaging/outbox-relay';
import { SERVICE_DEFINITION, SERVICE_RUNTIME, ServiceDefinition, ServiceRuntime } from '../runtime/runtime';

interface Check {
  ok: boolean;
  detail: string;
}

async function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return Promise.race([p, new Promise<never>((_, rej) => setTimeout(() => rej(new Error(`no answer within ${ms} ms`)), ms))]);
}

/** Readiness thresholds (HEALTH_MAX_CONSUMER_LAG, HEALTH_MAX_OUTBOX_BACKLOG). */
const MAX_CONSUMER_LAG = Number(process.env.HEALTH_MAX_CONSUMER_LAG ?? 1000);
const MAX_OUTBOX_BACKLOG = Number(process.env.HEALTH_MAX_OUTBOX_BACKLOG ?? 1000);

/**
 * Health for orchestrators, with the details in JSON:
 * - `GET /health/live`: the process works. Never fails because a dependency is down, so a
 *   liveness probe never restarts a healthy service into a start-up that cannot succeed.
 * - `GET /health/ready` (and `GET /health`): ready for traffic — database reachable, the Kafka
 *   consumer (if the service has one) joined its group, its lag below HEALTH_MAX_CONSUMER_LAG, the
 *   fan-out (if the service listens to one, e.g. matching's live updates) joined its own group and
 *   consuming, and the outbox backlog below HEALTH_MAX_OUTBOX_BACKLOG. The broker's reachability is reported
 *   but does not decide readiness by itself: writes wait in the outbox while it is down.
 */
@Controller('health')
export class HealthController {
  private readonly started = Date.now();

  constructor(
    private readonly ds: DataSource,
    private readonly relay: OutboxRelay,
    private readonly fanout: EventFanout,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
    @Inject(SERVICE_DEFINITION) private readonly def: ServiceDefinition,
  ) {}

  @Get('live')
  live(@Res() res: Response): void {
    res.status(200).json({ status: 'ok', service: this.def.name, pid: process.pid, uptimeSeconds: Math.round((Date.now() - this.started) / 1000) });
  }

  @Get()
  async health(@Res() res: Response): Promise<void> {
    return this.ready(res);
  }

  @Get('ready')
  async ready(@Res() res: Response): Promise<void> {
    const database = await this.database();
    const [messaging, consumer, pending] = await Promise.all([this.messaging(), this.consumer(), database.ok ? this.pendingOutbox() : Promise.resolve(null)]);
    const outbox = { relayRunning: this.relay.isRunning, pending, maxBacklog: MAX_OUTBOX_BACKLOG, ok: pending !== null && pending <= MAX_OUTBOX_BACKLOG };
    const fanout = this.fanout.readiness();
    const ok = database.ok && consumer.ok && fanout.ok && outbox.ok;
    const failing = [database.ok ? null : 'database', consumer.ok ? null : 'consumer', fanout.ok ? null : 'fanout', outbox.ok ? null : 'outbox'].filter(Boolean);
    res.status(ok ? 200 : 503).json({
      status: ok ? 'ok' : 'unavailable',
      service: this.def.name,
      database,
      messaging: { mode: this.runtime.messaging.mode, ...messaging },
      consumer,
      fanout,
      outbox,
      ...(startupProgress() ? { startup: startupProgress() } : {}),
      ...(ok ? {} : errorResponseBody('UNAVAILABLE', 'サービスの準備ができていません', `${this.def.name} is not ready: ${failing.join(', ')}`, { failing })),
    });
  }

  private async database(): Promise<Check> {
    try {
      const [row] = await withTimeout(this.ds.query('SELECT current_database() AS db, version() AS v'), 2000);
      return { ok: true, detail: `${row.db} (${String(row.v).split(' ').slice(0, 2).join(' ')})` };
    } catch (err) {
      return { ok: false, detail: (err as Error).message };
    }
  }

  private async messaging(): Promise<Check> {
    const m = this.runtime.messaging;
    if (m.mode === 'in-process') return { ok: true, detail: 'in-process bus (single-process mode)' };
    return kafkaReachable({ brokers: m.brokers, clientId: `${this.def.name}-health` }, 2000);
  }

  /** The consumer group member: joined, and how far behind (sum over its topics' partitions). */
  private async consumer(): Promise<Check & { state?: string; assignedPartitions?: number; lag?: number | null; maxLag?: number }> {
    const m = this.runtime.messaging;
    if (!this.def.consumerGroup) return { ok: true, detail: 'no consumer' };
    if (m.mode === 'in-process') return { ok: true, detail: 'in-process bus (single-process mode)', state: 'joined' };
    const s = this.runtime.consumerStatus;
    if (!s || s.state !== 'joined') return { ok: false, detail: s?.lastError ?? `consumer ${s?.state ?? 'not started'}`, state: s?.state ?? 'starting', assignedPartitions: 0 };
    const lag = await this.lag(m.brokers, m.topicPrefix).catch(() => null);
    const ok = lag === null || lag <= MAX_CONSUMER_LAG;
    return { ok, detail: ok ? 'joined' : `lag ${lag} over ${MAX_CONSUMER_LAG}`, state: s.state, assignedPartitions: s.assignedPartitions, lag, maxLag: MAX_CONSUMER_LAG };
  }

  private async lag(brokers: string[], prefix: string): Promise<number> {
    const group = this.def.consumerGroup as ConsumerGroup;
    const topics = (Subscriptions[group] ?? []).map((t) => prefix + t);
    const admin = kafkaAdmin({ brokers, clientId: `${this.def.name}-health` });
    await withTimeout(admin.connect(), 2000);
    try {
      let lag = 0;
      const committed = await withTimeout(admin.fetchOffsets({ groupId: prefix + group, topics }), 2000);
      for (const t of committed) {
        const ends = await withTimeout(admin.fetchTopicOffsets(t.topic), 2000);
        for (const p of t.partitions) {
          const end = Number(ends.find((e) => e.partition === p.partition)?.high ?? 0);
          const at = Number(p.offset);
          lag += Math.max(0, end - (at < 0 ? 0 : at));
        }
      }
      return lag;
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  }

  private async pendingOutbox(): Promise<number | null> {
    try {
      const [r] = await this.ds.query(`SELECT count(*)::int AS n FROM "${this.def.schema}".outbox WHERE published_at IS NULL`);
      return r.n;
    } catch {
      return null;
    }
  }
}

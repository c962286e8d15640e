import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { kafkaReachable } from '../messaging/kafka';
import { errorResponseBody } from '../errors/api-errors';
import { OutboxRelay } from '../messaging/outbox-relay';
import { SERVICE_DEFINITION, SERVICE_RUNTIME, ServiceDefinition, ServiceRuntime } from '../runtime/runtime';

interface Check {
  ok: boolean;
  detail: string;
}

async function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return Promise.race([p, new Promise<never>((_, rej) => setTimeout(() => rej(new Error(`no answer within ${ms} ms`)), ms))]);
}

/** Honest health: 200 only when the database answers and the message transport is reachable. */
@Controller()
export class HealthController {
  constructor(
    private readonly ds: DataSource,
    private readonly relay: OutboxRelay,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
    @Inject(SERVICE_DEFINITION) private readonly def: ServiceDefinition,
  ) {}

  @Get('health')
  async health(@Res() res: Response): Promise<void> {
    const database = await this.database();
    const messaging = await this.messaging();
    const pending = database.ok ? await this.pendingOutbox() : null;
    const ok = database.ok && messaging.ok;
    res.status(ok ? 200 : 503).json({
      status: ok ? 'ok' : 'unavailable',
      service: this.def.name,
      database,
      messaging: { mode: this.runtime.messaging.mode, ...messaging },
      outbox: { relayRunning: this.relay.isRunning, pending },
      ...(ok ? {} : errorResponseBody('UNAVAILABLE', 'サービスが一時的に利用できません', `${this.def.name} is unavailable: ${[database.ok ? null : 'database', messaging.ok ? null : 'messaging'].filter(Boolean).join(', ')}`)),
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
    return kafkaReachable({ brokers: m.brokers, clientId: `${this.def.name}-health` }, 3000);
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

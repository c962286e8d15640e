import { markOutboxWritten } from '../runtime/unit-of-work';
import { randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { Envelope, registry } from '@sanpuku/contracts';
import { currentCorrelation } from '../logging/logger';

export interface NewEvent<T = unknown> {
  /** `<context>.<aggregate>.<past-verb>`, declared in @sanpuku/contracts. */
  type: string;
  dataversion?: string;
  /** Aggregate id; becomes the Kafka key so one aggregate's events stay in order. */
  subject: string;
  data: T;
}

function traceparentFor(correlationId: string): string {
  const hex = correlationId.replace(/-/g, '').toLowerCase();
  const traceId = /^[0-9a-f]{32}$/.test(hex) && !/^0+$/.test(hex) ? hex : randomBytes(16).toString('hex');
  return `00-${traceId}-${randomBytes(8).toString('hex')}-01`;
}

/**
 * Writes events to the service's outbox inside the caller's transaction, so an event exists
 * if and only if the state change that caused it committed. The relay publishes it later.
 */
export class OutboxWriter {
  constructor(
    private readonly schema: string,
    /** CloudEvents `source`, e.g. `/sanpuku/region`. */
    private readonly source: string,
  ) {}

  async append<T>(manager: EntityManager, e: NewEvent<T>): Promise<Envelope<T>> {
    const [envelope] = await this.appendMany(manager, [e]);
    return envelope;
  }

  /**
   * Several events in one statement (a classification run can change the segment of every
   * municipality: ~1,700 events), in the given order — the relay publishes them in that order.
   */
  async appendMany<T>(manager: EntityManager, events: readonly NewEvent<T>[]): Promise<Envelope<T>[]> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error(`outbox: ${events[0]?.type ?? 'an event'} must be appended inside the transaction that changes the state`);
    }
    if (events.length === 0) return [];
    const rows = events.map((e) => this.envelope(e));
    // The unit of work wakes the relay after the commit only when something was appended, and
    // hands the events to this instance's fan-out listeners of its own commits.
    markOutboxWritten(manager, rows);
    const CHUNK = 2000;
    for (let i = 0; i < rows.length; i += CHUNK) {
      const c = rows.slice(i, i + CHUNK);
      await manager.query(
        `INSERT INTO "${this.schema}".outbox (id, topic, message_key, type, envelope, traceparent)
         SELECT u.id, u.topic, u.message_key, u.type, u.envelope::jsonb, u.traceparent
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) WITH ORDINALITY AS u(id, topic, message_key, type, envelope, traceparent, n)
         ORDER BY u.n`,
        [c.map((r) => r.envelope.id), c.map((r) => r.topic), c.map((r) => r.envelope.subject), c.map((r) => r.envelope.type), c.map((r) => JSON.stringify(r.envelope)), c.map((r) => traceparentFor(r.envelope.correlationid))],
      );
    }
    return rows.map((r) => r.envelope);
  }

  private envelope<T>(e: NewEvent<T>): { envelope: Envelope<T>; topic: string } {
    const dataversion = e.dataversion ?? '1';
    const def = registry.get(e.type, dataversion);
    if (!def) throw new Error(`outbox: event type ${e.type} v${dataversion} is not declared in @sanpuku/contracts`);
    const data = registry.validateData(e.type, dataversion, e.data);
    const corr = currentCorrelation();
    const envelope: Envelope<T> = {
      id: randomUUID(),
      type: e.type,
      specversion: '1.0',
      source: this.source,
      subject: e.subject,
      time: new Date().toISOString(),
      dataversion,
      correlationid: corr?.correlationId ?? randomUUID(),
      causationid: corr?.causationId ?? null,
      data,
    };
    return { envelope, topic: def.topic };
  }
}

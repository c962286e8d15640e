import type { DataSource, EntityManager } from 'typeorm';
import type { Envelope } from '@sanpuku/contracts';
import { getLogger } from '../logging/logger';
import type { CommittedEvent, EventFanout } from '../messaging/event-fanout';
import type { OutboxRelay } from '../messaging/outbox-relay';

/** The events each open unit of work appended to the outbox (OutboxWriter records them). */
const outboxWritten = new WeakMap<EntityManager, CommittedEvent[]>();

/** Called by OutboxWriter.append: this transaction wrote these events. */
export function markOutboxWritten(m: EntityManager, events: readonly { topic: string; envelope: Envelope }[] = []): void {
  const written = outboxWritten.get(m) ?? [];
  written.push(...events);
  outboxWritten.set(m, written);
}

/**
 * The one unit of work of every app: a use case runs in one READ COMMITTED transaction; what must
 * happen in memory only once the change is durable is registered inside it with `afterCommit` and
 * runs after the commit, in order — a rolled-back transaction announces nothing. (Events, and the
 * live notices made from them on every instance, go through the outbox instead.) The outbox relay is woken after the commit only when the transaction wrote to the outbox,
 * and the events it wrote are handed at once to this instance's fan-out listeners that asked for
 * their own instance's commits (in-memory caches: the instance that made a change must not answer
 * from what it replaced while its own event travels the broker).
 */
export class UnitOfWork {
  private readonly log = getLogger('unit-of-work');
  private readonly pending = new WeakMap<EntityManager, (() => void)[]>();

  constructor(
    private readonly ds: DataSource,
    private readonly relay: OutboxRelay,
    private readonly fanout: EventFanout | null = null,
  ) {}

  async run<T>(fn: (manager: EntityManager) => Promise<T>): Promise<T> {
    let callbacks: (() => void)[] = [];
    let manager: EntityManager | null = null;
    let written: CommittedEvent[] | undefined;
    try {
      const result = await this.ds.transaction('READ COMMITTED', async (m) => {
        manager = m;
        callbacks = [];
        this.pending.set(m, callbacks);
        const r = await fn(m);
        written = outboxWritten.get(m);
        return r;
      });
      if (written) {
        this.relay.kick();
        this.fanout?.deliverCommitted(written);
      }
      for (const cb of callbacks) {
        try {
          cb();
        } catch (err) {
          // The change is committed; a failing notification must not turn it into an error.
          this.log.error({ err: (err as Error).message }, 'after-commit callback failed');
        }
      }
      return result;
    } finally {
      if (manager) {
        this.pending.delete(manager);
        outboxWritten.delete(manager);
      }
    }
  }

  /** Runs `cb` once the transaction of `m` committed (never if it rolls back). */
  afterCommit(m: EntityManager, cb: () => void): void {
    const callbacks = this.pending.get(m);
    if (!callbacks) throw new Error('afterCommit outside UnitOfWork.run: the change would be announced before (or without) its commit');
    callbacks.push(cb);
  }
}

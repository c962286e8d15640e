import type { DataSource, EntityManager } from 'typeorm';
import { getLogger } from '../logging/logger';
import type { OutboxRelay } from '../messaging/outbox-relay';

/** Managers of open units of work that appended to the outbox (OutboxWriter marks them). */
const outboxWritten = new WeakSet<EntityManager>();

/** Called by OutboxWriter.append: this transaction wrote an event. */
export function markOutboxWritten(m: EntityManager): void {
  outboxWritten.add(m);
}

/**
 * The one unit of work of every app: a use case runs in one READ COMMITTED transaction; what must
 * happen in memory only once the change is durable is registered inside it with `afterCommit` and
 * runs after the commit, in order — a rolled-back transaction announces nothing. (Events, and the
 * live notices made from them on every instance, go through the outbox instead.) The outbox relay is woken after the commit only when the transaction wrote to the outbox.
 */
export class UnitOfWork {
  private readonly log = getLogger('unit-of-work');
  private readonly pending = new WeakMap<EntityManager, (() => void)[]>();

  constructor(
    private readonly ds: DataSource,
    private readonly relay: OutboxRelay,
  ) {}

  async run<T>(fn: (manager: EntityManager) => Promise<T>): Promise<T> {
    let callbacks: (() => void)[] = [];
    let manager: EntityManager | null = null;
    let wroteOutbox = false;
    try {
      const result = await this.ds.transaction('READ COMMITTED', async (m) => {
        manager = m;
        callbacks = [];
        this.pending.set(m, callbacks);
        const r = await fn(m);
        wroteOutbox = outboxWritten.has(m);
        return r;
      });
      if (wroteOutbox) this.relay.kick();
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

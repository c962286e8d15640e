import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { getLogger, Transactions } from '@sanpuku/platform';

/**
 * A transaction with "after commit" callbacks: what must be announced only once the change is
 * durable (live updates to subscribers) is registered inside the transaction with `afterCommit`
 * and runs after the commit, in registration order. A rolled-back transaction announces nothing.
 */
@Injectable()
export class UnitOfWork {
  private readonly log = getLogger('unit-of-work');
  private readonly pending = new WeakMap<EntityManager, (() => void)[]>();

  constructor(private readonly tx: Transactions) {}

  async run<T>(fn: (m: EntityManager) => Promise<T>): Promise<T> {
    let callbacks: (() => void)[] = [];
    let manager: EntityManager | null = null;
    try {
      const result = await this.tx.run(async (m) => {
        manager = m;
        callbacks = [];
        this.pending.set(m, callbacks);
        return fn(m);
      });
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
      if (manager) this.pending.delete(manager);
    }
  }

  /** Runs `cb` once the transaction of `m` committed (never if it rolls back). */
  afterCommit(m: EntityManager, cb: () => void): void {
    const callbacks = this.pending.get(m);
    if (!callbacks) throw new Error('afterCommit outside UnitOfWork.run: the change would be announced before (or without) its commit');
    callbacks.push(cb);
  }
}

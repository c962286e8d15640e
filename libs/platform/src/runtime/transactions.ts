import type { DataSource, EntityManager } from 'typeorm';
import type { OutboxRelay } from '../messaging/outbox-relay';

/**
 * Runs a use case in one transaction and wakes the outbox relay once it committed, so events
 * leave promptly without the relay polling hard.
 */
export class Transactions {
  constructor(
    private readonly ds: DataSource,
    private readonly relay: OutboxRelay,
  ) {}

  async run<T>(fn: (manager: EntityManager) => Promise<T>): Promise<T> {
    const result = await this.ds.transaction('READ COMMITTED', fn);
    this.relay.kick();
    return result;
  }
}

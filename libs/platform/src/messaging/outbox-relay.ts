import type { DataSource } from 'typeorm';
import { KafkaHeaders } from '@sanpuku/contracts';
import { getLogger } from '../logging/logger';
import { EventPublisher, OutgoingMessage } from './transport';

export interface OutboxRelayOptions {
  schema: string;
  publisher: EventPublisher;
  topicPrefix?: string;
  pollMs?: number;
  batchSize?: number;
  /**
   * Test hook: runs after the broker acknowledged a batch and before the rows are marked.
   * Throwing here is the "relay died between publish and commit" crash: the rows stay
   * unpublished and the next relay publishes them again (consumers' inboxes absorb the repeat).
   */
  afterPublish?: (eventIds: string[]) => void | Promise<void>;
}

/** Longest pause between two publish attempts while the broker is unreachable. */
export const RELAY_MAX_BACKOFF_MS = 2000;

interface OutboxRow {
  seq: string;
  id: string;
  topic: string;
  message_key: string;
  type: string;
  envelope: unknown;
  traceparent: string | null;
}

/**
 * Publishes a service's outbox in `seq` order. Rows are claimed with FOR UPDATE SKIP LOCKED
 * inside a transaction that stays open until they are marked published, so two relays never
 * publish the same row concurrently. Delivery is at-least-once: a crash after the publish and
 * before the commit republishes the batch, and consumers deduplicate by event id (inbox).
 */
export class OutboxRelay {
  private readonly log = getLogger('outbox-relay');
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private readonly pollMs: number;
  private readonly batchSize: number;

  constructor(
    private readonly ds: DataSource,
    private readonly o: OutboxRelayOptions,
  ) {
    this.pollMs = o.pollMs ?? 200;
    this.batchSize = o.batchSize ?? 100;
  }

  /** Publishes one batch; returns how many events were published. */
  async drainOnce(): Promise<number> {
    const qr = this.ds.createQueryRunner();
    await qr.connect();
    try {
      await qr.startTransaction();
      const rows: OutboxRow[] = await qr.query(
        `SELECT seq, id, topic, message_key, type, envelope, traceparent FROM "${this.o.schema}".outbox
          WHERE published_at IS NULL ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.batchSize],
      );
      if (rows.length === 0) {
        await qr.commitTransaction();
        return 0;
      }
      const messages: OutgoingMessage[] = rows.map((r) => ({
        topic: (this.o.topicPrefix ?? '') + r.topic,
        key: r.message_key,
        value: JSON.stringify(r.envelope),
        headers: {
          [KafkaHeaders.type]: r.type,
          [KafkaHeaders.id]: r.id,
          ...(r.traceparent ? { [KafkaHeaders.traceparent]: r.traceparent } : {}),
        },
      }));
      await this.o.publisher.publish(messages);
      await this.o.afterPublish?.(rows.map((r) => r.id));
      await qr.query(`UPDATE "${this.o.schema}".outbox SET published_at = now(), attempts = attempts + 1, last_error = NULL WHERE seq = ANY($1::bigint[])`, [
        rows.map((r) => r.seq),
      ]);
      await qr.commitTransaction();
      return rows.length;
    } catch (err) {
      if (qr.isTransactionActive) await qr.rollbackTransaction();
      throw err;
    } finally {
      await qr.release();
    }
  }

  /** Publishes until the outbox is empty (used at shutdown and in tests). */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.drainOnce();
      total += n;
      if (n === 0) return total;
    }
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Wakes the relay now instead of at the next poll (called after a commit that wrote events). */
  kick(): void {
    this.wake?.();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  get isRunning(): boolean {
    return this.running;
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      let published = 0;
      try {
        published = await this.drainOnce();
        failures = 0;
      } catch (err) {
        failures++;
        // Once at the first failure and then every ~minute: an outage is one incident, not a log flood.
        const level = failures === 1 || failures % 30 === 0 ? 'warn' : 'debug';
        this.log[level]({ err: (err as Error).message, failures }, 'outbox publish failed; will retry');
        await this.recordFailure(err as Error).catch(() => undefined);
      }
      if (!this.running) break;
      if (published === this.batchSize) continue;
      // Backoff capped at RELAY_MAX_BACKOFF_MS: when the broker returns, what waited in the outbox
      // is published within seconds (a 10 s cap made the fault suite wait up to 10 s after the
      // broker was ready). One attempt every 2 s during an outage is one refused connection.
      const delay = failures ? Math.min(this.pollMs * 2 ** failures, RELAY_MAX_BACKOFF_MS) : this.pollMs;
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, delay);
        this.wake = () => {
          clearTimeout(t);
          resolve();
        };
      });
      this.wake = undefined;
    }
  }

  private async recordFailure(err: Error): Promise<void> {
    await this.ds.query(
      `UPDATE "${this.o.schema}".outbox SET attempts = attempts + 1, last_error = $1
        WHERE seq = (SELECT min(seq) FROM "${this.o.schema}".outbox WHERE published_at IS NULL)`,
      [err.message.slice(0, 1000)],
    );
  }
}

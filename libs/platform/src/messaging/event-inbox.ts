import type { DataSource, EntityManager } from 'typeorm';
import { dlqTopic, Envelope, EventParseError, registry } from '@sanpuku/contracts';
import { getLogger, runWithCorrelation } from '../logging/logger';
import { EventPublisher, IncomingMessage } from './transport';

/** Applies one event inside the consumer's transaction (the same one that records it in the inbox). */
export type EventHandler = (event: Envelope<any>, manager: EntityManager) => Promise<void>;
export type EventHandlers = Readonly<Record<string, EventHandler>>;

/** Thrown by a handler for an event that can never succeed: it goes to the DLQ without retries. */
export class PermanentEventError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentEventError';
  }
}

export type ProcessOutcome = 'applied' | 'duplicate' | 'ignored' | 'dead-lettered';

export interface EventInboxOptions {
  schema: string;
  /** Logical consumer group (the service), used for the inbox key and the DLQ topic name. */
  group: string;
  /** Where dead letters go (the Kafka producer, or the in-process bus). */
  publisher: EventPublisher;
  topicPrefix?: string;
  maxAttempts?: number;
  backoffMs?: number;
}

export const DlqHeaders = {
  reason: 'dlq_reason',
  originalTopic: 'dlq_original_topic',
  originalPartition: 'dlq_original_partition',
  originalOffset: 'dlq_original_offset',
  group: 'dlq_consumer_group',
  failedAt: 'dlq_failed_at',
} as const;

/**
 * The consumer side of every service: parse with the contracts registry, then apply the
 * handler and record the event id in the inbox in ONE transaction (a redelivery is a no-op),
 * retry transient failures a bounded number of times, and dead-letter the rest to
 * `<topic>.<group>.dlq` with the reason. It returns normally in every case but one (the DLQ
 * itself is unreachable), so a bad message never stalls its partition.
 */
export class EventInbox {
  private readonly log = getLogger('event-inbox');
  private readonly maxAttempts: number;
  private readonly backoffMs: number;
  private readonly prefix: string;

  constructor(
    private readonly ds: DataSource,
    private readonly o: EventInboxOptions,
  ) {
    this.maxAttempts = o.maxAttempts ?? 5;
    this.backoffMs = o.backoffMs ?? 200;
    this.prefix = o.topicPrefix ?? '';
  }

  async process(msg: IncomingMessage, handlers: EventHandlers, heartbeat?: () => Promise<void>): Promise<ProcessOutcome> {
    const logicalTopic = msg.topic.startsWith(this.prefix) ? msg.topic.slice(this.prefix.length) : msg.topic;
    let event: Envelope;
    try {
      event = registry.parse(msg.value, logicalTopic);
    } catch (err) {
      const reason = err instanceof EventParseError ? err.message : `unparseable: ${(err as Error).message}`;
      await this.deadLetter(msg, logicalTopic, null, reason);
      return 'dead-lettered';
    }
    const handler = handlers[event.type];
    if (!handler) return 'ignored'; // tolerant reader: a type this service does not need

    return runWithCorrelation({ correlationId: event.correlationid, causationId: event.id }, async () => {
      for (let attempt = 1; ; attempt++) {
        try {
          const outcome = await this.ds.transaction(async (m) => {
            const rows: unknown[] = await m.query(
              `INSERT INTO "${this.o.schema}".inbox (consumer_group, event_id, type, topic) VALUES ($1, $2, $3, $4)
               ON CONFLICT DO NOTHING RETURNING event_id`,
              [this.o.group, event.id, event.type, logicalTopic],
            );
            if (rows.length === 0) return 'duplicate' as const;
            await handler(event, m);
            return 'applied' as const;
          });
          if (outcome === 'duplicate') this.log.debug({ eventId: event.id }, 'duplicate delivery ignored');
          return outcome;
        } catch (err) {
          const e = err as Error;
          const permanent = err instanceof PermanentEventError;
          if (permanent || attempt >= this.maxAttempts) {
            const reason = permanent ? `rejected by handler: ${e.message}` : `handler failed after ${attempt} attempts: ${e.message}`;
            await this.deadLetter(msg, logicalTopic, event.id, reason);
            return 'dead-lettered';
          }
          this.log.warn({ eventId: event.id, type: event.type, attempt, err: e.message }, 'event handler failed; retrying');
          await heartbeat?.().catch(() => undefined);
          await new Promise((r) => setTimeout(r, this.backoffMs * 2 ** (attempt - 1)));
        }
      }
    });
  }

  private async deadLetter(msg: IncomingMessage, logicalTopic: string, eventId: string | null, reason: string): Promise<void> {
    const target = this.prefix + dlqTopic(logicalTopic, this.o.group);
    const value = msg.value === null ? '' : typeof msg.value === 'string' ? msg.value : msg.value.toString('utf8');
    this.log.error({ topic: msg.topic, partition: msg.partition, offset: msg.offset, dlq: target, reason }, 'message dead-lettered');
    // If this throws, the caller must not commit the offset: the message is redelivered, not lost.
    await this.o.publisher.publish([
      {
        topic: target,
        key: msg.key ?? '',
        value,
        headers: {
          ...msg.headers,
          [DlqHeaders.reason]: reason,
          [DlqHeaders.originalTopic]: msg.topic,
          [DlqHeaders.originalPartition]: String(msg.partition),
          [DlqHeaders.originalOffset]: msg.offset,
          [DlqHeaders.group]: this.o.group,
          [DlqHeaders.failedAt]: new Date().toISOString(),
        },
      },
    ]);
    await this.ds
      .query(
        `INSERT INTO "${this.o.schema}".dead_letters (consumer_group, topic, dlq_topic, partition, "offset", message_key, event_id, reason, value_base64)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [this.o.group, msg.topic, target, msg.partition, msg.offset, msg.key, eventId, reason, Buffer.from(value).toString('base64')],
      )
      .catch((err) => this.log.warn({ err: (err as Error).message }, 'could not record dead letter locally'));
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

function schemaOf(q: QueryRunner): string {
  const s = (q.connection.options as { schema?: string }).schema;
  if (!s) throw new Error('platform tables need a service schema');
  return s;
}

/**
 * Outbox and inbox of a service, in its own schema.
 * - outbox: events written in the same transaction as the state change; the relay publishes
 *   them in `seq` order and sets `published_at`.
 * - inbox: ids of consumed events per consumer group; the unique key makes a redelivery a no-op.
 * - dead_letters: a local record of what was sent to a DLQ (the DLQ topic is the source of truth
 *   in Kafka mode; this table is what operators query and what in-process mode has).
 */
export class PlatformTables1764200000000 implements MigrationInterface {
  name = 'PlatformTables1764200000000';

  async up(q: QueryRunner): Promise<void> {
    const s = schemaOf(q);
    await q.query(`
      CREATE TABLE "${s}".outbox (
        seq           bigserial PRIMARY KEY,
        id            uuid NOT NULL UNIQUE,
        topic         text NOT NULL,
        message_key   text NOT NULL,
        type          text NOT NULL,
        envelope      jsonb NOT NULL,
        traceparent   text,
        created_at    timestamptz NOT NULL DEFAULT now(),
        published_at  timestamptz,
        attempts      integer NOT NULL DEFAULT 0,
        last_error    text
      )`);
    await q.query(`CREATE INDEX outbox_unpublished ON "${s}".outbox (seq) WHERE published_at IS NULL`);
    await q.query(`
      CREATE TABLE "${s}".inbox (
        consumer_group text NOT NULL,
        event_id       uuid NOT NULL,
        type           text NOT NULL,
        topic          text NOT NULL,
        processed_at   timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer_group, event_id)
      )`);
    await q.query(`
      CREATE TABLE "${s}".dead_letters (
        id             bigserial PRIMARY KEY,
        consumer_group text NOT NULL,
        topic          text NOT NULL,
        dlq_topic      text NOT NULL,
        partition      integer,
        "offset"       text,
        message_key    text,
        event_id       text,
        reason         text NOT NULL,
        value_base64   text,
        created_at     timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    const s = schemaOf(q);
    await q.query(`DROP TABLE "${s}".dead_letters`);
    await q.query(`DROP TABLE "${s}".inbox`);
    await q.query(`DROP TABLE "${s}".outbox`);
  }
}

/**
 * Everything that touches Kafka lives in this file (and only libs/platform may import kafkajs),
 * so the client can be swapped: kafkajs 2.2.4 is in maintenance mode.
 *
 * Producing and consuming go through @nestjs/microservices (ClientKafka / ServerKafka); we
 * keep Nest's transport but take over what it gets wrong for events: subscriptions honour the
 * topic prefix, values stay binary so our registry parses them, and handlers never throw
 * (EventInbox retries and dead-letters), so a bad message never stalls a partition.
 */
import { ClientKafka, KafkaContext, ServerKafka } from '@nestjs/microservices';
import type { Admin, Consumer, Kafka, Producer } from 'kafkajs';
import { logLevel, Partitioners } from 'kafkajs';
import { declaredTopics } from '@sanpuku/contracts';
import { getLogger } from '../logging/logger';
import { EventPublisher, IncomingMessage, OutgoingMessage } from './transport';

export interface KafkaConnection {
  brokers: string[];
  clientId: string;
  topicPrefix?: string;
}

function kafkaLogCreator() {
  const log = getLogger('kafkajs');
  return () =>
    ({ level, log: entry }: { level: number; log: { message: string } & Record<string, unknown> }) => {
      const { message, ...rest } = entry;
      if (level <= logLevel.ERROR) log.error(rest, message);
      else if (level === logLevel.WARN) log.warn(rest, message);
      else log.debug(rest, message);
    };
}

/** Publisher over a Nest ClientKafka in producer-only mode (idempotent, acks=all). */
export class KafkaPublisher implements EventPublisher {
  private readonly client: ClientKafka;
  private producer?: Producer;

  constructor(conn: KafkaConnection) {
    this.client = new ClientKafka({
      client: { clientId: conn.clientId, brokers: conn.brokers, logCreator: kafkaLogCreator() },
      // Java-compatible murmur2 partitioning: a key lands where other Kafka clients put it.
      producer: { idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false, createPartitioner: Partitioners.DefaultPartitioner },
      producerOnlyMode: true,
      postfixId: '-producer',
    });
  }

  async connect(): Promise<void> {
    this.producer = await this.client.connect();
  }

  async publish(messages: OutgoingMessage[]): Promise<void> {
    if (!this.producer) await this.connect();
    const byTopic = new Map<string, OutgoingMessage[]>();
    for (const m of messages) byTopic.set(m.topic, [...(byTopic.get(m.topic) ?? []), m]);
    await this.producer!.sendBatch({
      acks: -1,
      topicMessages: [...byTopic].map(([topic, ms]) => ({
        topic,
        messages: ms.map((m) => ({ key: m.key, value: m.value, headers: m.headers })),
      })),
    });
  }

  async close(): Promise<void> {
    await this.client.close();
  }
}

/**
 * Nest's Kafka server with our subscription rules: the declared topic names are the handler
 * patterns, the broker topics carry the prefix, consumption starts from the earliest offset
 * for a new group, and the group id is exactly the service's group (no "-server" suffix).
 */
export class SanpukuKafkaServer extends ServerKafka {
  constructor(
    conn: KafkaConnection,
    private readonly group: string,
  ) {
    const prefix = conn.topicPrefix ?? '';
    super({
      client: { clientId: conn.clientId, brokers: conn.brokers, logCreator: kafkaLogCreator() },
      consumer: { groupId: prefix + group, allowAutoTopicCreation: false, sessionTimeout: 30000, heartbeatInterval: 3000 },
      postfixId: '',
      parser: { keepBinary: true },
      subscribe: { fromBeginning: true },
      run: { autoCommit: true, partitionsConsumedConcurrently: 3 },
      deserializer: {
        deserialize: (value: unknown, options?: { channel?: string }) => ({
          pattern: options?.channel?.startsWith(prefix) ? options.channel.slice(prefix.length) : options?.channel,
          data: value,
        }),
      },
    });
    this.prefix = prefix;
  }

  private readonly prefix: string;

  override async bindEvents(consumer: Consumer): Promise<void> {
    const topics = [...this.messageHandlers.keys()].map((p) => this.prefix + p);
    if (topics.length > 0) await consumer.subscribe({ topics, fromBeginning: true });
    await consumer.run({ autoCommit: true, partitionsConsumedConcurrently: 3, eachMessage: this.getMessageHandler() });
  }
}

/** Normalises Nest's KafkaContext (real or in-process) to our transport-neutral message. */
export function incomingFromContext(ctx: KafkaContext): { message: IncomingMessage; heartbeat: () => Promise<void> } {
  const raw = ctx.getMessage() as unknown as {
    key: Buffer | string | null;
    value: Buffer | string | null;
    offset: string;
    headers: Record<string, unknown>;
  };
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw.headers ?? {})) {
    if (v === undefined || v === null) continue;
    headers[k] = Buffer.isBuffer(v) ? v.toString('utf8') : typeof v === 'string' ? v : JSON.stringify(v);
  }
  const heartbeat = ctx.getHeartbeat();
  return {
    message: {
      topic: ctx.getTopic(),
      partition: ctx.getPartition(),
      offset: raw.offset,
      key: raw.key === null || raw.key === undefined ? null : raw.key.toString(),
      value: raw.value,
      headers,
    },
    heartbeat: heartbeat ? () => heartbeat() : async () => undefined,
  };
}

/** A plain kafkajs admin for topic management and health checks. */
export function kafkaAdmin(conn: KafkaConnection): Admin {
  // Built through Nest's client so only one kafkajs entry point exists.
  const client = new ClientKafka({ client: { clientId: `${conn.clientId}-admin`, brokers: conn.brokers, logCreator: kafkaLogCreator(), retry: { retries: 2 } } });
  const kafka = (client as unknown as { createClient(): Kafka }).createClient();
  return kafka.admin();
}

/** Creates every declared topic (events + DLQs) that does not exist yet. Idempotent. */
export async function ensureTopics(conn: KafkaConnection): Promise<string[]> {
  const admin = kafkaAdmin(conn);
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = declaredTopics(conn.topicPrefix ?? '').filter((t) => !existing.has(t.name));
    if (missing.length) {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((t) => ({
          topic: t.name,
          numPartitions: t.partitions,
          replicationFactor: 1,
          configEntries: t.kind === 'dlq' ? [{ name: 'retention.ms', value: String(30 * 24 * 3600 * 1000) }] : [],
        })),
      });
    }
    return missing.map((t) => t.name);
  } finally {
    await admin.disconnect();
  }
}

/** True when the cluster answers a metadata request within the timeout. */
export async function kafkaReachable(conn: KafkaConnection, timeoutMs = 3000): Promise<{ ok: boolean; detail: string }> {
  const admin = kafkaAdmin(conn);
  const timeout = new Promise<never>((_, rej) => setTimeout(() => rej(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs));
  try {
    await Promise.race([admin.connect(), timeout]);
    const cluster = await Promise.race([admin.describeCluster(), timeout]);
    return { ok: true, detail: `${cluster.brokers.length} broker(s), controller ${cluster.controller}` };
  } catch (err) {
    return { ok: false, detail: (err as Error).message };
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

export interface ReadMessage {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: string | null;
  headers: Record<string, string>;
}

/**
 * Reads a topic from the beginning with a throw-away group until `count` messages arrived or
 * the timeout passed (operations tooling and tests: inspecting a DLQ, checking what was sent).
 */
export async function readTopic(conn: KafkaConnection, topic: string, count: number, timeoutMs = 20000): Promise<ReadMessage[]> {
  const client = new ClientKafka({ client: { clientId: `${conn.clientId}-reader`, brokers: conn.brokers, logCreator: kafkaLogCreator() } });
  const kafka = (client as unknown as { createClient(): Kafka }).createClient();
  const consumer = kafka.consumer({ groupId: `reader-${Date.now()}-${Math.random().toString(16).slice(2)}` });
  const out: ReadMessage[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      void consumer.run({
        eachMessage: async ({ topic: t, partition, message }) => {
          const headers: Record<string, string> = {};
          for (const [k, v] of Object.entries(message.headers ?? {})) if (v !== undefined) headers[k] = String(v);
          out.push({ topic: t, partition, offset: message.offset, key: message.key?.toString() ?? null, value: message.value?.toString() ?? null, headers });
          if (out.length >= count) {
            clearTimeout(timer);
            resolve();
          }
        },
      });
    });
  } finally {
    await consumer.disconnect();
  }
  return out;
}

/** Sends raw messages, bypassing the outbox (operations tooling and tests: replays, poison messages). */
export async function sendRaw(conn: KafkaConnection, messages: OutgoingMessage[]): Promise<void> {
  const p = new KafkaPublisher(conn);
  try {
    await p.publish(messages);
  } finally {
    await p.close();
  }
}

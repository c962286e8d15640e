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

/**
 * Publisher over a Nest ClientKafka in producer-only mode (idempotent, acks=all), connected lazily:
 * a service boots and takes writes while the broker is down (they wait in its outbox), and the
 * relay's next attempt connects. Nest's ClientKafka remembers a failed first connect forever, so a
 * failed connect or send throws the client away and the next attempt builds a new one.
 */
export class KafkaPublisher implements EventPublisher {
  private client: ClientKafka | null = null;
  private producer: Promise<Producer> | null = null;
  private readonly log = getLogger('kafka-publisher');

  constructor(private readonly conn: KafkaConnection) {}

  private newClient(): ClientKafka {
    return new ClientKafka({
      // Few retries per attempt: the outbox relay retries with its own backoff, and the broker being down must not hold a request.
      client: { clientId: this.conn.clientId, brokers: this.conn.brokers, logCreator: kafkaLogCreator(), retry: { retries: 3, initialRetryTime: 200, maxRetryTime: 2000 }, connectionTimeout: 2000 },
      // Java-compatible murmur2 partitioning: a key lands where other Kafka clients put it.
      producer: { idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false, createPartitioner: Partitioners.DefaultPartitioner },
      producerOnlyMode: true,
      postfixId: '-producer',
    });
  }

  /** Connects now (optional: publish connects on first use). */
  async connect(): Promise<void> {
    await this.producerNow();
  }

  private producerNow(): Promise<Producer> {
    if (!this.producer) {
      this.client = this.newClient();
      this.producer = this.client.connect().catch(async (err: unknown) => {
        await this.reset();
        throw err;
      });
    }
    return this.producer;
  }

  private async reset(): Promise<void> {
    const c = this.client;
    this.client = null;
    this.producer = null;
    await c?.close().catch(() => undefined);
  }

  get connected(): boolean {
    return this.producer !== null;
  }

  async publish(messages: OutgoingMessage[]): Promise<void> {
    const producer = await this.producerNow();
    const byTopic = new Map<string, OutgoingMessage[]>();
    for (const m of messages) byTopic.set(m.topic, [...(byTopic.get(m.topic) ?? []), m]);
    try {
      await producer.sendBatch({
        acks: -1,
        topicMessages: [...byTopic].map(([topic, ms]) => ({
          topic,
          messages: ms.map((m) => ({ key: m.key, value: m.value, headers: m.headers })),
        })),
      });
    } catch (err) {
      this.log.warn({ err: (err as Error).message }, 'publish failed; reconnecting on the next attempt');
      await this.reset();
      throw err;
    }
  }

  async close(): Promise<void> {
    await this.reset();
  }
}

/** What the Kafka consumer of a service is doing, for /health/ready. */
export interface ConsumerStatus {
  state: 'starting' | 'connecting' | 'joined' | 'rebalancing' | 'crashed' | 'stopped';
  /** Partitions assigned to this member at the last join. */
  assignedPartitions: number;
  /** Consecutive failed attempts to connect and join. */
  failures: number;
  lastError: string | null;
  since: string;
}

/**
 * How quickly a replaced member is evicted: kafkajs has no static membership, so a member that
 * died (kill -9) holds its partitions until its session times out. 6 s is the broker's default
 * minimum (group.min.session.timeout.ms); heartbeats every second.
 */
export const CONSUMER_SESSION_TIMEOUT_MS = 6000;
export const CONSUMER_HEARTBEAT_INTERVAL_MS = 1000;
/**
 * Longest pause of the consumer's retries (kafkajs' own, and ours between two starts, which
 * waits twice that): once the broker is back, the consumer tries again within about a second
 * and consumption resumes within seconds (with 3 s / 10 s the fault suite measured ~7 s).
 */
export const CONSUMER_MAX_RETRY_MS = 1000;
/** Retries of the consumer's own loop (fetch, join) before kafkajs restarts it as a new member. */
export const CONSUMER_OUTAGE_RETRIES = 60;

/**
 * Nest's Kafka server with our subscription rules: the declared topic names are the handler
 * patterns, the broker topics carry the prefix, consumption starts from the earliest offset
 * for a new group, and the group id is exactly the service's group (no "-server" suffix).
 */
export class SanpukuKafkaServer extends ServerKafka {
  /** Read by /health/ready. */
  readonly consumerStatus: ConsumerStatus = { state: 'starting', assignedPartitions: 0, failures: 0, lastError: null, since: new Date().toISOString() };
  private closing = false;
  private readonly log = getLogger('kafka-consumer');

  constructor(
    conn: KafkaConnection,
    private readonly group: string,
  ) {
    const prefix = conn.topicPrefix ?? '';
    super({
      client: { clientId: conn.clientId, brokers: conn.brokers, logCreator: kafkaLogCreator(), retry: { retries: 8, initialRetryTime: 300, maxRetryTime: CONSUMER_MAX_RETRY_MS }, connectionTimeout: 2000 },
      consumer: {
        groupId: prefix + group,
        allowAutoTopicCreation: false,
        sessionTimeout: CONSUMER_SESSION_TIMEOUT_MS,
        heartbeatInterval: CONSUMER_HEARTBEAT_INTERVAL_MS,
        rebalanceTimeout: 10_000,
        // The consumer keeps retrying through an outage of about a minute instead of crashing
        // after ~7 s: kafkajs rebuilds a crashed consumer as a NEW group member, and a restarted
        // broker's coordinator then waits out the old member's session (6 s) before the group
        // consumes again. Retrying as the same member, it rejoins at once.
        retry: { retries: CONSUMER_OUTAGE_RETRIES, initialRetryTime: 300, maxRetryTime: CONSUMER_MAX_RETRY_MS },
      },
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

  /**
   * Boot never waits for the consumer group: joining can take a session timeout (a dead member
   * of the group must be evicted first) and the broker may be down. HTTP and the outbox relay
   * start at once; the consumer connects and joins in the background, retrying with backoff.
   */
  override async listen(callback: (err?: unknown, ...args: unknown[]) => void): Promise<void> {
    callback();
    void this.keepConsuming();
  }

  private setState(state: ConsumerStatus['state'], extra: Partial<ConsumerStatus> = {}): void {
    Object.assign(this.consumerStatus, { state, since: new Date().toISOString() }, extra);
  }

  private async keepConsuming(): Promise<void> {
    while (!this.closing) {
      try {
        this.setState('connecting');
        this.client = this.createClient();
        await this.start(() => undefined);
        this.consumerStatus.failures = 0;
        return;
      } catch (err) {
        this.consumerStatus.failures++;
        this.setState('crashed', { lastError: (err as Error).message, assignedPartitions: 0 });
        this.log.warn({ group: this.group, failures: this.consumerStatus.failures, err: (err as Error).message }, 'consumer could not start; retrying');
        await this.consumer?.disconnect().catch(() => undefined);
        await this.producer?.disconnect().catch(() => undefined);
        await new Promise((r) => setTimeout(r, Math.min(500 * 2 ** Math.min(this.consumerStatus.failures, 5), CONSUMER_MAX_RETRY_MS * 2)));
      }
    }
  }

  /** Nest registers its listeners when it creates the consumer, before it connects: ours go with them. */
  override registerConsumerEventListeners(): void {
    super.registerConsumerEventListeners();
    this.watch();
  }

  /** Tracks assignment for readiness; restarts the consumer when kafkajs gives up on it. */
  private watch(): void {
    const c = this.consumer;
    if (!c) return;
    c.on(c.events.GROUP_JOIN, (e) => {
      const assigned = Object.values(e.payload.memberAssignment ?? {}).reduce((n, parts) => n + (parts as number[]).length, 0);
      this.setState('joined', { assignedPartitions: assigned, lastError: null });
      this.log.info({ group: this.group, assigned, durationMs: e.payload.duration }, 'consumer joined its group');
    });
    c.on(c.events.REBALANCING, () => this.setState('rebalancing'));
    c.on(c.events.STOP, () => this.setState('stopped', { assignedPartitions: 0 }));
    c.on(c.events.CRASH, (e) => {
      this.setState('crashed', { assignedPartitions: 0, lastError: e.payload.error?.message ?? 'crashed' });
      // kafkajs restarts by itself when `restart` is true; otherwise start over.
      if (!e.payload.restart && !this.closing) {
        this.log.warn({ group: this.group, err: e.payload.error?.message }, 'consumer crashed for good; starting a new one');
        void c.disconnect().catch(() => undefined).then(() => this.keepConsuming());
      }
    });
  }

  override async close(): Promise<void> {
    this.closing = true;
    this.setState('stopped', { assignedPartitions: 0 });
    await super.close();
  }

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

/**
 * Creates every declared topic (events + DLQs) that does not exist yet. Idempotent. A busy broker
 * may answer "does not host this topic-partition" while it elects the new topics' leaders: retried.
 */
export async function ensureTopics(conn: KafkaConnection): Promise<string[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await ensureTopicsOnce(conn);
    } catch (err) {
      const e = err as { type?: string; retriable?: boolean; message?: string };
      const transient = e.type === 'UNKNOWN_TOPIC_OR_PARTITION' || e.type === 'LEADER_NOT_AVAILABLE' || e.type === 'NOT_CONTROLLER' || e.retriable === true;
      if (!transient || attempt >= 10) throw err;
      await new Promise((r) => setTimeout(r, 300 * attempt));
    }
  }
}

async function ensureTopicsOnce(conn: KafkaConnection): Promise<string[]> {
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

/** What a fan-out consumer is doing (tests and /health/ready read it). */
export interface FanoutStatus {
  groupId: string;
  /** Joined, and the first fetch from the latest offsets done: events published from now on arrive. */
  joined: boolean;
  lastError: string | null;
}

/** How long shutdown waits for a fan-out group's deletion. */
export const FANOUT_DELETE_WAIT_MS = 1500;

/**
 * A consumer in a group of its own (one per process, `<prefix><name>-<instance id>`), for what
 * every instance must see: live notices to the WebSocket subscribers it holds. It starts at the
 * latest offset and never commits, so the group holds no state: when the member leaves (or its
 * session times out after a kill -9) the broker drops the empty group, and `stop` also deletes it
 * at once. State changes never go this way — they go through the service's group and its inbox.
 */
export class KafkaFanoutConsumer {
  readonly status: FanoutStatus;
  private consumer: Consumer | null = null;
  private stopping = false;
  private readonly log = getLogger('kafka-fanout');

  constructor(
    private readonly conn: KafkaConnection,
    groupId: string,
    private readonly topics: string[],
    private readonly handler: (m: IncomingMessage) => Promise<void>,
  ) {
    this.status = { groupId: (conn.topicPrefix ?? '') + groupId, joined: false, lastError: null };
  }

  /** Connects and joins in the background, retrying with backoff until `stop`. */
  start(): void {
    void this.keepConsuming();
  }

  private async keepConsuming(): Promise<void> {
    for (let failures = 0; !this.stopping; failures++) {
      try {
        await this.startOnce();
        return;
      } catch (err) {
        this.status.lastError = (err as Error).message;
        this.log.warn({ group: this.status.groupId, err: this.status.lastError }, 'fan-out consumer could not start; retrying');
        await this.consumer?.disconnect().catch(() => undefined);
        this.consumer = null;
        await new Promise((r) => setTimeout(r, Math.min(500 * 2 ** Math.min(failures, 5), CONSUMER_MAX_RETRY_MS * 2)));
      }
    }
  }

  private async startOnce(): Promise<void> {
    const client = new ClientKafka({
      client: { clientId: this.conn.clientId, brokers: this.conn.brokers, logCreator: kafkaLogCreator(), retry: { retries: 8, initialRetryTime: 300, maxRetryTime: CONSUMER_MAX_RETRY_MS }, connectionTimeout: 2000 },
    });
    const kafka = (client as unknown as { createClient(): Kafka }).createClient();
    const c = kafka.consumer({
      groupId: this.status.groupId,
      allowAutoTopicCreation: false,
      sessionTimeout: CONSUMER_SESSION_TIMEOUT_MS,
      heartbeatInterval: CONSUMER_HEARTBEAT_INTERVAL_MS,
      rebalanceTimeout: 10_000,
      // Notices are wanted now or not at all: short waits for new messages.
      maxWaitTimeInMs: 500,
      retry: { retries: CONSUMER_OUTAGE_RETRIES, initialRetryTime: 300, maxRetryTime: CONSUMER_MAX_RETRY_MS },
    });
    this.consumer = c;
    // Ready once a fetch completed after joining: the partitions' start (latest) offsets are then
    // resolved, so every event published from now on is seen.
    let joinedGroup = false;
    c.on(c.events.GROUP_JOIN, () => (joinedGroup = true));
    c.on(c.events.FETCH, () => {
      if (joinedGroup && !this.status.joined) Object.assign(this.status, { joined: true, lastError: null });
    });
    c.on(c.events.REBALANCING, () => {
      joinedGroup = false;
      this.status.joined = false;
    });
    c.on(c.events.STOP, () => (this.status.joined = false));
    c.on(c.events.CRASH, (e) => {
      Object.assign(this.status, { joined: false, lastError: e.payload.error?.message ?? 'crashed' });
      if (!e.payload.restart && !this.stopping) void c.disconnect().catch(() => undefined).then(() => this.keepConsuming());
    });
    await c.connect();
    const prefix = this.conn.topicPrefix ?? '';
    await c.subscribe({ topics: this.topics.map((t) => prefix + t), fromBeginning: false });
    await c.run({
      autoCommit: false,
      eachMessage: async ({ topic, partition, message }) => {
        const headers: Record<string, string> = {};
        for (const [k, v] of Object.entries(message.headers ?? {})) if (v !== undefined) headers[k] = Buffer.isBuffer(v) ? v.toString('utf8') : String(v);
        try {
          await this.handler({
            topic: topic.startsWith(prefix) ? topic.slice(prefix.length) : topic,
            partition,
            offset: message.offset,
            key: message.key?.toString() ?? null,
            value: message.value,
            headers,
          });
        } catch (err) {
          // A notice that cannot be delivered is dropped: the partition keeps flowing.
          this.log.warn({ group: this.status.groupId, topic, partition, offset: message.offset, err: (err as Error).message }, 'fan-out handler failed; notice dropped');
        }
      },
    });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    const c = this.consumer;
    this.consumer = null;
    if (!c) return;
    await c.disconnect().catch(() => undefined);
    // The group has no members and no offsets left: delete it now rather than leave it to the
    // broker's periodic clean-up of empty groups. Shutdown waits for that at most FANOUT_DELETE_WAIT_MS.
    const admin = kafkaAdmin(this.conn);
    const deleted = (async () => {
      try {
        await admin.connect();
        await admin.deleteGroups([this.status.groupId]);
      } catch (err) {
        this.log.debug({ group: this.status.groupId, err: (err as Error).message }, 'fan-out group not deleted (the broker drops it once empty)');
      } finally {
        await admin.disconnect().catch(() => undefined);
      }
    })();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([deleted, new Promise((r) => (timer = setTimeout(r, FANOUT_DELETE_WAIT_MS)))]);
    clearTimeout(timer);
  }
}

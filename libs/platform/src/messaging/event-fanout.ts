import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { Envelope, registry, TopicName } from '@sanpuku/contracts';
import { getLogger } from '../logging/logger';
import type { MessagingRuntime } from '../runtime/runtime';
import { FanoutStatus, KafkaFanoutConsumer } from './kafka';
import type { IncomingMessage } from './transport';

export type FanoutListener = (event: Envelope) => void | Promise<void>;

/** What `/health/ready` shows of the fan-out. */
export interface FanoutReadiness {
  ok: boolean;
  detail: string;
  /** none: the service listens to nothing; joining: started, its group not yet consuming. */
  state: 'none' | 'not_started' | 'joining' | 'joined';
  groupId?: string;
  topics?: string[];
}

/** An event this instance's unit of work committed to its outbox (`topic` without prefix). */
export interface CommittedEvent {
  topic: string;
  envelope: Envelope;
}

export interface FanoutListenOptions {
  /**
   * Also hear this instance's own events the moment their transaction commits, before the broker
   * brings them back (each such event is then delivered once, not again from the broker). For
   * in-memory copies of reference data: the instance that changed it answers from the change at once.
   */
  ownCommits?: boolean;
  /**
   * Whether the instance is not ready while this listener hears nothing (default true). Live
   * notices need it: subscriptions taken before the group joined would never be notified. A cache
   * that reads the database whenever the fan-out is not receiving (EventInvalidatedCache) answers
   * correctly without it, so it says false and a broker outage does not take the instance out.
   */
  neededForReadiness?: boolean;
}

/** How many of its own delivered event ids an instance remembers, to skip their copies from the broker. */
const OWN_IDS_KEPT = 1000;

/**
 * Every event of a topic, delivered to EVERY instance of a service (not shared out like the
 * service's consumer group): for in-memory reactions such as live notices to the WebSocket
 * subscribers an instance holds. Nothing durable may happen here — no inbox, no retries, no DLQ;
 * an event that does not parse is logged and skipped.
 *
 * Kafka: one consumer group per process, `<service>-fanout-<instance id>`, from the latest offset,
 * no commits (see KafkaFanoutConsumer). Single process: the in-process bus delivers the same
 * events under a group of the same name. Listeners register before the application boots
 * (`onModuleInit`); the consumer starts at boot and stops at shutdown. A listener registered
 * with `ownCommits` also hears this instance's own events at their commit (`deliverCommitted`,
 * called by the unit of work).
 */
export class EventFanout {
  /** Unique per process: another instance (or a restart) never shares this group. */
  readonly instanceId = `${hostname().replace(/[^A-Za-z0-9-]/g, '-')}-${process.pid}-${randomBytes(4).toString('hex')}`;
  private readonly listeners = new Map<string, { listener: FanoutListener; ownCommits: boolean; neededForReadiness: boolean }[]>();
  /** Ids of own events already delivered at commit, oldest first. */
  private readonly ownDelivered = new Set<string>();
  private kafka: KafkaFanoutConsumer | null = null;
  private unsubscribes: (() => void)[] = [];
  private readonly log = getLogger('event-fanout');

  constructor(
    private readonly serviceName: string,
    private readonly messaging: MessagingRuntime,
  ) {}

  get groupId(): string {
    return `${this.serviceName}-fanout-${this.instanceId}`;
  }

  /** Registers a listener for every event on `topic` (before start). */
  listen(topic: TopicName, listener: FanoutListener, options: FanoutListenOptions = {}): void {
    if (this.started) throw new Error('EventFanout.listen after start: register listeners in onModuleInit');
    this.listeners.set(topic, [...(this.listeners.get(topic) ?? []), { listener, ownCommits: options.ownCommits === true, neededForReadiness: options.neededForReadiness !== false }]);
  }

  /** This instance's events, just committed: to the listeners that asked for their own instance's commits. */
  deliverCommitted(events: readonly CommittedEvent[]): void {
    for (const { topic, envelope } of events) {
      const own = this.listeners.get(topic)?.filter((l) => l.ownCommits);
      if (!own?.length) continue;
      this.ownDelivered.add(envelope.id);
      if (this.ownDelivered.size > OWN_IDS_KEPT) this.ownDelivered.delete(this.ownDelivered.values().next().value!);
      for (const l of own) void this.call(l.listener, topic, envelope);
    }
  }

  /** True once this instance receives new events (Kafka: its group joined; in-process: at once). */
  get ready(): boolean {
    if (this.messaging.mode === 'in-process') return this.started;
    return this.kafka?.status.joined ?? false;
  }

  get status(): FanoutStatus | null {
    return this.kafka?.status ?? null;
  }

  /**
   * The fan-out's part of `/health/ready`: an instance that listens (live notices) but whose group
   * has not joined would take subscriptions and never notify them, so it is not ready. A service
   * that listens to nothing has no fan-out and this check never fails it; one whose listeners all
   * say `neededForReadiness: false` (in-memory caches) is reported but never failed by it either.
   */
  readiness(): FanoutReadiness {
    const state = this.state();
    const needed = [...this.listeners.values()].some((ls) => ls.some((l) => l.neededForReadiness));
    return needed || state.ok ? state : { ...state, ok: true, detail: `${state.detail}; only caches listen, which read the database meanwhile` };
  }

  private state(): FanoutReadiness {
    const topics = [...this.listeners.keys()];
    if (topics.length === 0) return { ok: true, detail: 'no fan-out', state: 'none' };
    if (!this.started || (this.messaging.mode === 'kafka' && !this.kafka)) return { ok: false, detail: 'fan-out not running', state: 'not_started', topics };
    if (this.messaging.mode === 'in-process') return { ok: true, detail: 'in-process bus (single-process mode)', state: 'joined', topics };
    const s = this.kafka!.status;
    if (s.joined) return { ok: true, detail: 'joined', state: 'joined', groupId: s.groupId, topics };
    return { ok: false, detail: s.lastError ?? 'fan-out joining its group', state: 'joining', groupId: s.groupId, topics };
  }

  private started = false;

  start(): void {
    if (this.started || this.listeners.size === 0) return;
    this.started = true;
    const topics = [...this.listeners.keys()];
    const m = this.messaging;
    if (m.mode === 'in-process') {
      this.unsubscribes = topics.map((t) => m.bus.subscribe(t, this.groupId, (msg) => this.deliver(msg)));
      return;
    }
    this.kafka = new KafkaFanoutConsumer({ brokers: m.brokers, clientId: `sanpuku-${this.serviceName}-fanout`, topicPrefix: m.topicPrefix }, this.groupId, topics, (msg) => this.deliver(msg));
    this.kafka.start();
  }

  /** Leaves (and, on Kafka, deletes) the group; `start` joins a fresh one with the same listeners. */
  async stop(): Promise<void> {
    this.started = false;
    this.unsubscribes.forEach((u) => u());
    this.unsubscribes = [];
    await this.kafka?.stop();
    this.kafka = null;
  }

  private async deliver(msg: IncomingMessage): Promise<void> {
    let event: Envelope;
    try {
      event = registry.parse(msg.value, msg.topic);
    } catch (err) {
      this.log.warn({ topic: msg.topic, partition: msg.partition, offset: msg.offset, err: (err as Error).message }, 'fan-out: unparseable event skipped');
      return;
    }
    const deliveredAtCommit = this.ownDelivered.delete(event.id);
    for (const l of this.listeners.get(msg.topic) ?? []) {
      if (deliveredAtCommit && l.ownCommits) continue;
      await this.call(l.listener, msg.topic, event);
    }
  }

  private async call(listener: FanoutListener, topic: string, event: Envelope): Promise<void> {
    try {
      await listener(event);
    } catch (err) {
      this.log.warn({ topic, type: event.type, eventId: event.id, err: (err as Error).message }, 'fan-out listener failed');
    }
  }
}

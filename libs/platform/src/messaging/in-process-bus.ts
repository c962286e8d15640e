import { getLogger } from '../logging/logger';
import { EventPublisher, IncomingMessage, OutgoingMessage } from './transport';

type Handler = (m: IncomingMessage) => Promise<void>;

interface Subscription {
  topic: string;
  group: string;
  handler: Handler;
  queue: IncomingMessage[];
  running: boolean;
}

/**
 * The single-process stand-in for Kafka used by `npm start`: the same outbox relay publishes
 * to it and the same consumers read from it, with Kafka's delivery shape (per topic and group,
 * in order, each group sees every message once). Nothing is persisted: a restart replays from
 * the outboxes that were not yet published, which is what the relay guarantees anyway.
 */
export class InProcessBus implements EventPublisher {
  private readonly subs: Subscription[] = [];
  private readonly offsets = new Map<string, number>();
  private readonly log = getLogger('in-process-bus');
  /** Messages on topics nobody subscribes to (e.g. dead-letter topics), kept for inspection. */
  readonly unrouted: OutgoingMessage[] = [];

  async publish(messages: OutgoingMessage[]): Promise<void> {
    for (const m of messages) {
      const offset = this.offsets.get(m.topic) ?? 0;
      this.offsets.set(m.topic, offset + 1);
      const targets = this.subs.filter((s) => s.topic === m.topic);
      if (targets.length === 0) this.unrouted.push(m);
      for (const s of targets) {
        s.queue.push({ topic: m.topic, partition: 0, offset: String(offset), key: m.key, value: Buffer.from(m.value), headers: { ...m.headers } });
        this.pump(s);
      }
    }
  }

  subscribe(topic: string, group: string, handler: Handler): () => void {
    const s: Subscription = { topic, group, handler, queue: [], running: false };
    this.subs.push(s);
    return () => {
      const i = this.subs.indexOf(s);
      if (i >= 0) this.subs.splice(i, 1);
    };
  }

  private pump(s: Subscription): void {
    if (s.running) return;
    s.running = true;
    setImmediate(() => {
      void (async () => {
        try {
          while (s.queue.length) {
            const m = s.queue.shift()!;
            try {
              await s.handler(m);
            } catch (err) {
              // The consumer pipeline dead-letters what it cannot handle; reaching here means the
              // dead-letter path itself failed. Kafka would redeliver; we put it back and retry later.
              this.log.error({ err, topic: m.topic, group: s.group }, 'in-process delivery failed; retrying in 1 s');
              s.queue.unshift(m);
              await new Promise((r) => setTimeout(r, 1000));
            }
          }
        } finally {
          s.running = false;
          if (s.queue.length) this.pump(s);
        }
      })();
    });
  }
}

import type { Envelope, TopicName } from '@sanpuku/contracts';
import type { EventFanout } from './event-fanout';

export interface EventInvalidatedCacheOptions<K> {
  /** The topics whose events drop every entry (heard by every instance through the fan-out, and by the writer at its commit). */
  topics: readonly TopicName[];
  /** Only events this accepts drop entries (default: every event of the topics). */
  invalidatedBy?: (event: Envelope) => boolean;
  /** Oldest entries go first beyond this many. */
  maxEntries: number;
  /** The map key of a cache key (default: the key itself). */
  keyOf?: (key: K) => unknown;
}

/**
 * Reference data kept in memory and read through on a miss, dropped whole by the events that
 * change it — on EVERY instance, since the events arrive through the platform's fan-out (a group
 * per instance), and at once on the instance that made the change (its own commit). So an
 * instance never answers from data older than a change it has been told about.
 *
 * While the fan-out does not receive events (not started yet, joining, rebalancing, a batch job
 * without one) nothing is cached and every read goes to the database: events missed in that gap
 * can never leave a stale entry behind, and the entries are dropped when it receives again. A read
 * in flight when an event arrives still answers its caller, but is not kept.
 */
export class EventInvalidatedCache<K, V> {
  private readonly entries = new Map<unknown, Promise<V>>();
  private receiving = false;
  private dropped = 0;
  private lastEvent: { type: string; subject: string } | null = null;

  constructor(
    private readonly fanout: EventFanout | null,
    private readonly load: (key: K) => Promise<V>,
    private readonly o: EventInvalidatedCacheOptions<K>,
  ) {
    for (const t of o.topics) fanout?.listen(t, (e) => this.heard(e), { ownCommits: true, neededForReadiness: false });
  }

  get(key: K): Promise<V> {
    if (!this.fanout?.ready) {
      this.receiving = false;
      return this.load(key);
    }
    if (!this.receiving) {
      // Events may have been missed while the fan-out was not receiving.
      this.receiving = true;
      this.invalidate();
    }
    const k = this.o.keyOf ? this.o.keyOf(key) : key;
    const hit = this.entries.get(k);
    if (hit) return hit;
    const p = this.load(key);
    // A failed read is not remembered.
    p.catch(() => this.entries.get(k) === p && this.entries.delete(k));
    if (this.entries.size >= this.o.maxEntries) this.entries.delete(this.entries.keys().next().value);
    this.entries.set(k, p);
    return p;
  }

  private heard(e: Envelope): void {
    if (this.o.invalidatedBy && !this.o.invalidatedBy(e)) return;
    this.invalidate();
    this.lastEvent = { type: e.type, subject: e.subject };
  }

  /** Drops every entry (the data changed). */
  invalidate(): void {
    this.entries.clear();
    this.dropped++;
  }

  /** How many entries are kept now, how often they were dropped, and the last event that dropped them (tests, diagnostics). */
  get stats(): { entries: number; invalidations: number; lastEvent: { type: string; subject: string } | null } {
    return { entries: this.entries.size, invalidations: this.dropped, lastEvent: this.lastEvent };
  }
}

import { EventEmitter } from 'node:events';
import { Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { PubSub } from 'graphql-subscriptions';
import { ReferralStatusChangedV1, Topics } from '@sanpuku/contracts';
import { EventFanout } from '@sanpuku/platform';

/**
 * A committed referral transition, as a live subscriber is told of it: which referral reached which
 * version, and the two routing keys (its request and organization). Ids only, as in the event it
 * comes from; what the subscriber may see of it is re-read when it is delivered.
 */
export interface ReferralChange {
  readonly referralId: string;
  readonly requestId: string;
  readonly organizationId: string;
  readonly version: number;
}

const Trigger = {
  organization: (organizationId: string) => `referral.organization.${organizationId}`,
  request: (requestId: string) => `referral.request.${requestId}`,
  all: 'referral.all',
} as const;

/** A subscriber that falls this far behind is ended (it resubscribes and reloads) rather than buffered without bound. */
const MAX_PENDING = 1000;

/**
 * Live referral updates, one path for every instance: each matching instance reads EVERY
 * `matching.referral.status-changed` event from `matching.referral.events.v1` through the
 * platform's fan-out (a Kafka consumer group of its own, from the latest offset; the in-process
 * bus under `npm start`) and hands it to the GraphQL subscriptions it holds — of its organization,
 * of its request, or all (admin). A change made on instance B thus reaches a subscriber connected
 * to instance A. Nothing is announced before its commit: the event leaves the outbox only once
 * committed, and a rolled-back transaction wrote none. Each subscription decides per change, with
 * the subscriber's own access rules and a fresh read, whether and how to show it.
 */
@Injectable()
export class ReferralUpdatesBus implements OnModuleInit, OnApplicationShutdown {
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  private readonly pubsub = new PubSub({ eventEmitter: this.emitter });
  private readonly open = new Set<LiveSubscription<unknown>>();

  constructor(private readonly fanout: EventFanout) {}

  onModuleInit(): void {
    this.fanout.listen(Topics.matchingReferral, (event) => {
      if (event.type !== ReferralStatusChangedV1.type) return;
      const d = event.data as { referralId: string; requestId: string; organizationId: string; version: number };
      this.publish({ referralId: d.referralId, requestId: d.requestId, organizationId: d.organizationId, version: d.version });
    });
  }

  /** True once this instance receives the referral events published from now on. */
  get listening(): boolean {
    return this.fanout.ready;
  }

  /** Hands a committed change (from the event) to this instance's subscriptions. */
  private publish(change: ReferralChange): void {
    for (const trigger of [Trigger.organization(change.organizationId), Trigger.request(change.requestId), Trigger.all]) {
      void this.pubsub.publish(trigger, change);
    }
  }

  /** Changes of referrals to one organization (operators' inbox). */
  forOrganization<T>(organizationId: string, map: (c: ReferralChange) => Promise<T | null>): AsyncIterableIterator<T> {
    return this.subscribe(Trigger.organization(organizationId), map);
  }

  /** Changes of one request's referrals (the requester side). */
  forRequest<T>(requestId: string, map: (c: ReferralChange) => Promise<T | null>): AsyncIterableIterator<T> {
    return this.subscribe(Trigger.request(requestId), map);
  }

  /** Every change (admin). */
  all<T>(map: (c: ReferralChange) => Promise<T | null>): AsyncIterableIterator<T> {
    return this.subscribe(Trigger.all, map);
  }

  /** Open subscriptions in this instance. */
  get subscriberCount(): number {
    return this.open.size;
  }

  onApplicationShutdown(): void {
    for (const s of [...this.open]) s.end();
  }

  private subscribe<T>(trigger: string, map: (c: ReferralChange) => Promise<T | null>): AsyncIterableIterator<T> {
    const s = new LiveSubscription<T>(this.pubsub, trigger, map, () => this.open.delete(s as LiveSubscription<unknown>));
    this.open.add(s as LiveSubscription<unknown>);
    return s;
  }
}

/**
 * An async iterator over one trigger that subscribes at once (so nothing published after the
 * subscription was set up is missed) and maps each change with the subscriber's rules, skipping
 * those it may not see (`map` returns null). `return()` ends it even while it waits for a change.
 */
class LiveSubscription<T> implements AsyncIterableIterator<T> {
  private readonly queue: ReferralChange[] = [];
  private waiting: ((r: IteratorResult<ReferralChange, undefined>) => void) | null = null;
  private done = false;
  private overflowed = false;
  private readonly subscription: Promise<number>;

  constructor(
    private readonly pubsub: PubSub,
    trigger: string,
    private readonly map: (c: ReferralChange) => Promise<T | null>,
    private readonly onEnd: () => void,
  ) {
    // PubSub registers the listener synchronously; the id comes back as a promise.
    this.subscription = pubsub.subscribe(trigger, (c: ReferralChange) => this.push(c));
  }

  async next(): Promise<IteratorResult<T, undefined>> {
    for (;;) {
      const r = await this.pull();
      if (r.done) {
        if (this.overflowed) throw new Error('too many pending referral updates: subscribe again and reload / 更新が多すぎるため再購読してください');
        return { done: true, value: undefined };
      }
      const mapped = await this.map(r.value);
      if (mapped !== null) return { done: false, value: mapped };
    }
  }

  async return(): Promise<IteratorResult<T, undefined>> {
    this.end();
    return { done: true, value: undefined };
  }

  async throw(err: unknown): Promise<IteratorResult<T, undefined>> {
    this.end();
    throw err;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  end(): void {
    if (this.done) return;
    this.done = true;
    this.queue.length = 0;
    this.waiting?.({ done: true, value: undefined });
    this.waiting = null;
    void this.subscription.then((id) => this.pubsub.unsubscribe(id));
    this.onEnd();
  }

  private push(c: ReferralChange): void {
    if (this.done) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve({ done: false, value: c });
      return;
    }
    if (this.queue.length >= MAX_PENDING) {
      this.overflowed = true;
      this.end();
      return;
    }
    this.queue.push(c);
  }

  private pull(): Promise<IteratorResult<ReferralChange, undefined>> {
    if (this.queue.length) return Promise.resolve({ done: false, value: this.queue.shift()! });
    if (this.done) return Promise.resolve({ done: true, value: undefined });
    return new Promise((resolve) => (this.waiting = resolve));
  }
}

import { EventEmitter } from 'node:events';
import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { PubSub } from 'graphql-subscriptions';
import type { ReferralAction, ReferralStatus } from '@sanpuku/matching-domain';

/** One committed referral transition, as announced to live subscribers: ids and codes only. */
export interface ReferralChange {
  readonly referralId: string;
  readonly requestId: string;
  readonly organizationId: string;
  readonly action: ReferralAction | 'create';
  readonly from: ReferralStatus | null;
  readonly to: ReferralStatus;
  readonly version: number;
  readonly reasonCode: string | null;
  readonly at: Date;
}

const Trigger = {
  organization: (organizationId: string) => `referral.organization.${organizationId}`,
  request: (requestId: string) => `referral.request.${requestId}`,
  all: 'referral.all',
} as const;

/** A subscriber that falls this far behind is ended (it resubscribes and reloads) rather than buffered without bound. */
const MAX_PENDING = 1000;

/**
 * Live referral updates inside ONE matching instance: an in-process PubSub (graphql-subscriptions).
 * `ReferralsService` publishes a change after its transaction committed; each GraphQL subscription
 * receives the changes of its organization, of its request, or all (admin), and decides per
 * change, with the subscriber's own access rules, whether and how to show it.
 *
 * With several matching instances, each notifies only the WebSocket connections it holds: a change
 * committed on instance 1 does not reach a subscriber connected to instance 2. Fanning out needs
 * every instance to see every change — e.g. each instance consuming `matching.referral.events.v1`
 * (already in the outbox, ids only) with its own consumer group (`matching-live-<instance id>`,
 * from the latest offset, no commits needed) and publishing into this bus instead of
 * `ReferralsService` doing so; or a shared PubSubEngine (Redis, PostgreSQL LISTEN/NOTIFY). Not
 * built yet: run one instance for subscriptions, or pin WebSocket clients to one.
 */
@Injectable()
export class ReferralUpdatesBus implements OnApplicationShutdown {
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  private readonly pubsub = new PubSub({ eventEmitter: this.emitter });
  private readonly open = new Set<LiveSubscription<unknown>>();

  /** Announces a committed change (call only after the commit). */
  publish(change: ReferralChange): void {
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

/**
 * Delivery of events to this process's subscribers: one queue per subscriber, so a slow WebSocket
 * client never holds up the others. Both buses use it: the in-memory bus delivers on publish, the
 * Redis bus when a message arrives on its subscriber connection.
 *
 * The iterators are written by hand rather than as async generators: an async generator waiting
 * for its next event cannot be ended until that event comes, so a client that unsubscribes from a
 * quiet topic would leave its queue behind. Here `return()` ends the subscription at once.
 */
import { countDelivered } from "../server/observability/metrics.js";
import type { Topic } from "./types.js";

/** Events a subscriber may fall behind by before its subscription ends with an error. */
export const MAX_PENDING_EVENTS = 1000;

export class SubscriberTooSlowError extends Error {}

/** Publishing failed (Redis unreachable, the bus closed). The write itself has committed. */
export class EventBusError extends Error {}

class Subscription<T> implements AsyncIterableIterator<T> {
  private readonly queue: T[] = [];
  private waiting: { resolve: (r: IteratorResult<T>) => void; reject: (e: Error) => void } | undefined;
  private failure: Error | undefined;
  private done = false;

  constructor(
    private readonly maxPending: number,
    private readonly onEnd: (s: Subscription<T>) => void,
  ) {}

  push(value: T): void {
    if (this.done) return;
    if (this.waiting) {
      const { resolve } = this.waiting;
      this.waiting = undefined;
      resolve({ value, done: false });
      return;
    }
    if (this.queue.length >= this.maxPending) {
      this.fail(
        new SubscriberTooSlowError(`the subscriber fell ${this.maxPending} events behind; subscribe again`),
      );
      return;
    }
    this.queue.push(value);
  }

  /** Ends the subscription; a pending or later `next()` rejects with `error`. */
  fail(error: Error): void {
    if (this.done) return;
    this.failure = error;
    this.finish();
    if (this.waiting) {
      const { reject } = this.waiting;
      this.waiting = undefined;
      reject(error);
    }
  }

  next(): Promise<IteratorResult<T>> {
    if (this.queue.length > 0) return Promise.resolve({ value: this.queue.shift()!, done: false });
    if (this.failure) {
      const failure = this.failure;
      this.failure = undefined;
      return Promise.reject(failure);
    }
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
  }

  return(): Promise<IteratorResult<T>> {
    this.queue.length = 0;
    this.failure = undefined;
    this.finish();
    if (this.waiting) {
      const { resolve } = this.waiting;
      this.waiting = undefined;
      resolve({ value: undefined, done: true });
    }
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error?: unknown): Promise<IteratorResult<T>> {
    void this.return();
    return Promise.reject(error);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private finish(): void {
    if (this.done) return;
    this.done = true;
    this.onEnd(this);
  }
}

export class Fanout {
  private readonly subscribers = new Map<Topic, Set<Subscription<unknown>>>();

  constructor(private readonly maxPending = MAX_PENDING_EVENTS) {}

  /** A subscription that receives every event delivered from now on, until `return()`. */
  subscribe<T>(topic: Topic): AsyncIterableIterator<T> {
    let set = this.subscribers.get(topic);
    if (!set) this.subscribers.set(topic, (set = new Set()));
    const subscribers = set;
    const subscription = new Subscription<unknown>(this.maxPending, (s) => subscribers.delete(s));
    subscribers.add(subscription);
    return subscription as AsyncIterableIterator<T>;
  }

  /**
   * Hands `payload` to every subscription of `topic`: the same object to each, so that what a
   * subscription's selection reads for it can be read once for all (server/context.ts).
   */
  deliver(topic: Topic, payload: unknown): void {
    const subscriptions = [...(this.subscribers.get(topic) ?? [])];
    countDelivered(topic, subscriptions.length, payload);
    for (const subscription of subscriptions) subscription.push(payload);
  }

  /** Subscribers of a topic in this process (tests wait for a WebSocket client to be registered). */
  count(topic: Topic): number {
    return this.subscribers.get(topic)?.size ?? 0;
  }

  /** Ends every subscription: their clients see the subscription complete. */
  end(): void {
    for (const set of this.subscribers.values())
      for (const subscription of [...set]) void subscription.return();
    this.subscribers.clear();
  }
}

/** The events of `source` that `keep` accepts; ending it ends `source` at once (see the header). */
export function filterEvents<T>(
  source: AsyncIterable<T>,
  keep: (value: T) => boolean,
): AsyncIterableIterator<T> {
  const iterator = source[Symbol.asyncIterator]();
  const filtered: AsyncIterableIterator<T> = {
    async next() {
      for (;;) {
        const result = await iterator.next();
        if (result.done || keep(result.value)) return result;
      }
    },
    return(value?: unknown) {
      return iterator.return ? iterator.return(value) : Promise.resolve({ value: undefined, done: true });
    },
    throw(error?: unknown) {
      return iterator.throw ? iterator.throw(error) : Promise.reject(error);
    },
    [Symbol.asyncIterator]() {
      return filtered;
    },
  };
  return filtered;
}

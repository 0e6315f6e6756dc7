/**
 * The default event bus: events reach the subscribers of this process only (one hub instance).
 * Payloads go through JSON as they would through Redis, so both buses deliver the same values.
 */
import { countPublished } from "../server/observability/metrics.js";
import { EventBusError, Fanout } from "./fanout.js";
import type { EventBus, Topic, TopicPayloads } from "./types.js";

export class MemoryEventBus implements EventBus {
  readonly description = "in memory (this instance only; set REDIS_URL to share events between instances)";
  private readonly fanout = new Fanout();
  private closed = false;

  async publish<T extends Topic>(topic: T, payload: TopicPayloads[T]): Promise<void> {
    if (this.closed) throw new EventBusError("the event bus is closed");
    const copy: unknown = JSON.parse(JSON.stringify(payload));
    countPublished(topic);
    this.fanout.deliver(topic, copy);
  }

  subscribe<T extends Topic>(topic: T): AsyncIterableIterator<TopicPayloads[T]> {
    return this.fanout.subscribe<TopicPayloads[T]>(topic);
  }

  listenerCount(topic: Topic): number {
    return this.fanout.count(topic);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.fanout.end();
  }
}

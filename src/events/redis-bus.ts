/**
 * The event bus across hub instances: Redis pub/sub, one channel per topic (`lianhe:LAB_CHANGED`),
 * JSON payloads. Every instance subscribes to every topic on its subscriber connection and publishes
 * on a second connection; an instance receives its own events back through Redis like everyone
 * else's, so each event reaches each subscriber of each instance exactly once.
 *
 * An outage never crashes the hub: one line is logged, both connections keep retrying (at most
 * every 2 s) and resubscribe when Redis is back. Meanwhile `publish` fails fast with an
 * EventBusError; events published during the outage are lost (pub/sub keeps no history).
 */
import { Redis, type RedisOptions } from "ioredis";
import { countPublished } from "../server/observability/metrics.js";
import { EventBusError, Fanout } from "./fanout.js";
import { TOPICS, type EventBus, type Topic, type TopicPayloads } from "./types.js";

export const DEFAULT_CHANNEL_PREFIX = "lianhe:";

export interface RedisBusOptions {
  /** Channel prefix: `${prefix}${topic}`. Instances share events when they share a prefix. */
  prefix?: string;
  log?: (line: string) => void;
}

/** The URL without credentials, for logs. */
export function redisLocation(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname === "/" ? "" : parsed.pathname}`;
  } catch {
    return "redis";
  }
}

const TOPIC_SET = new Set<string>(Object.values(TOPICS));

export class RedisEventBus implements EventBus {
  readonly description: string;
  private readonly prefix: string;
  private readonly log: (line: string) => void;
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly fanout = new Fanout();
  private readonly subscribed: Promise<boolean>;
  private closing = false;
  private down = false;

  constructor(url: string, options: RedisBusOptions = {}) {
    this.prefix = options.prefix ?? DEFAULT_CHANNEL_PREFIX;
    this.log = options.log ?? (() => undefined);
    const location = redisLocation(url);
    this.description = `Redis pub/sub at ${location} (channels ${this.prefix}*)`;
    const common: RedisOptions = {
      retryStrategy: (times) => Math.min(100 * 2 ** Math.min(times, 5), 2000),
      connectTimeout: 5000,
    };
    // Publishing fails fast while Redis is away (no offline queue, no retry of a lost command).
    this.publisher = new Redis(url, {
      ...common,
      connectionName: "lianhe-hub-publish",
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: 2000,
    });
    // The SUBSCRIBE waits for the first connection however long it takes; reconnects resubscribe.
    this.subscriber = new Redis(url, {
      ...common,
      connectionName: "lianhe-hub-subscribe",
      maxRetriesPerRequest: null,
      autoResubscribe: true,
    });

    for (const connection of [this.publisher, this.subscriber]) {
      connection.on("error", (error: Error) => this.wentDown(location, error));
      connection.on("ready", () => this.maybeBack());
    }
    this.subscriber.on("message", (channel: string, message: string) => this.received(channel, message));
    this.subscribed = this.subscriber
      .subscribe(...Object.values(TOPICS).map((topic) => this.prefix + topic))
      .then(
        () => true,
        () => false, // only when the bus closes before Redis was ever reached
      );
  }

  /** Resolves true once both connections are up and the topics subscribed, false after `timeoutMs`. */
  async ready(timeoutMs: number): Promise<boolean> {
    const publisherReady =
      this.publisher.status === "ready"
        ? Promise.resolve(true)
        : new Promise<boolean>((resolve) => this.publisher.once("ready", () => resolve(true)));
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
    try {
      return await Promise.race([
        Promise.all([publisherReady, this.subscribed]).then((r) => r.every(Boolean)),
        timeout,
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  async publish<T extends Topic>(topic: T, payload: TopicPayloads[T]): Promise<void> {
    if (this.closing) throw new EventBusError("the event bus is closed");
    try {
      await this.publisher.publish(this.prefix + topic, JSON.stringify(payload));
      countPublished(topic);
    } catch (error) {
      throw new EventBusError(`could not publish ${topic} to Redis: ${(error as Error).message}`);
    }
  }

  subscribe<T extends Topic>(topic: T): AsyncIterableIterator<TopicPayloads[T]> {
    return this.fanout.subscribe<TopicPayloads[T]>(topic);
  }

  /** Resolves when Redis answers a PING on the publishing connection (`/readyz`); fails fast while it is away. */
  async ping(): Promise<void> {
    await this.publisher.ping();
  }

  /** Whether an outage has been logged and not yet recovered from. */
  get unreachable(): boolean {
    return this.down;
  }

  listenerCount(topic: Topic): number {
    return this.fanout.count(topic);
  }

  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    this.fanout.end();
    await Promise.all(
      [this.subscriber, this.publisher].map(async (connection) => {
        if (connection.status === "ready") {
          await connection.quit().catch(() => connection.disconnect());
        } else {
          connection.disconnect();
        }
      }),
    );
  }

  private received(channel: string, message: string): void {
    const topic = channel.slice(this.prefix.length);
    if (!channel.startsWith(this.prefix) || !TOPIC_SET.has(topic)) return;
    let payload: unknown;
    try {
      payload = JSON.parse(message);
    } catch {
      this.log(`event bus: ignored a message on ${channel} that is not JSON`);
      return;
    }
    this.fanout.deliver(topic as Topic, payload);
  }

  private wentDown(location: string, error: Error): void {
    if (this.closing || this.down) return;
    this.down = true;
    const reason = (error as NodeJS.ErrnoException).code ?? error.message;
    this.log(
      `event bus: Redis at ${location} unreachable (${reason}); retrying, events published meanwhile are lost`,
    );
  }

  private maybeBack(): void {
    if (!this.down || this.closing) return;
    if (this.publisher.status === "ready" && this.subscriber.status === "ready") {
      this.down = false;
      this.log("event bus: Redis reachable again");
    }
  }
}

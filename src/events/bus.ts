/**
 * The hub's event bus: in memory by default, Redis pub/sub when REDIS_URL is set (several hub
 * instances behind a load balancer then deliver every event to every subscriber).
 */
import type { Config } from "../config.js";
import { MemoryEventBus } from "./memory-bus.js";
import { RedisEventBus, type RedisBusOptions } from "./redis-bus.js";
import type { EventBus, Topic } from "./types.js";

export { EventBusError } from "./fanout.js";
export { MemoryEventBus } from "./memory-bus.js";
export { RedisEventBus } from "./redis-bus.js";

/** An EventBus that can say what it is and how many local subscribers a topic has. */
export interface HubEventBus extends EventBus {
  readonly description: string;
  listenerCount(topic: Topic): number;
}

export interface EventBusOptions extends RedisBusOptions {
  /** How long to wait for Redis at start before going on without it (it keeps retrying). */
  readyTimeoutMs?: number;
}

export async function createEventBus(
  config: Pick<Config, "redisUrl">,
  options: EventBusOptions = {},
): Promise<HubEventBus> {
  if (!config.redisUrl) return new MemoryEventBus();
  const bus = new RedisEventBus(config.redisUrl, options);
  if (!(await bus.ready(options.readyTimeoutMs ?? 5000)) && !bus.unreachable) {
    options.log?.("event bus: Redis not reachable yet; the hub starts anyway and keeps retrying");
  }
  return bus;
}

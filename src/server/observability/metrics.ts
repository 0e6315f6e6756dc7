/**
 * The hub's Prometheus metrics (prom-client), in one registry of the process. Label values are
 * bounded: an operation is named by its type and first root field (`query.jointLabs`), never by
 * the client's operation name; outcomes and modes are fixed sets; topics are the bus's topics.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { Topic } from "../../events/types.js";

export const registry = new Registry();
collectDefaultMetrics({ register: registry });

/** Seconds: from a millisecond cache hit to an analytic of several seconds. */
const DURATION_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export const operations = new Counter({
  name: "lianhe_graphql_operations_total",
  help: "GraphQL operations answered, by transport (http, ws), operation (type.firstRootField) and outcome (ok, error)",
  labelNames: ["transport", "operation", "outcome"] as const,
  registers: [registry],
});

export const operationDuration = new Histogram({
  name: "lianhe_graphql_operation_duration_seconds",
  help: "Duration of GraphQL operations (a subscription: from subscribe to its end), by transport, operation and outcome",
  labelNames: ["transport", "operation", "outcome"] as const,
  buckets: DURATION_BUCKETS,
  registers: [registry],
});

const refused = new Counter({
  name: "lianhe_operations_refused_total",
  help: "Operations refused by a limit (depth, aliases, cost, rate, size …), by limit",
  labelNames: ["limit"] as const,
  registers: [registry],
});

/** Counts one operation refused by `limit` (a short fixed name: "depth", "cost", "rate" …). */
export function countRefused(limit: string): void {
  refused.inc({ limit });
}

export const neo4jStatements = new Counter({
  name: "lianhe_neo4j_statements_total",
  help: "Statements sent to Neo4j, by mode (read, write) and outcome (ok, error)",
  labelNames: ["mode", "outcome"] as const,
  registers: [registry],
});

export const neo4jDuration = new Histogram({
  name: "lianhe_neo4j_statement_duration_seconds",
  help: "Duration of Neo4j statements (a read with its retries; a write with its transaction), by mode",
  labelNames: ["mode"] as const,
  buckets: DURATION_BUCKETS,
  registers: [registry],
});

export const wsConnections = new Gauge({
  name: "lianhe_websocket_connections",
  help: "Open WebSocket connections",
  registers: [registry],
});

/** The buses whose subscribers are counted (one per hub in this process). */
const buses = new Set<{ listenerCount(topic: Topic): number }>();
const TOPIC_NAMES: Topic[] = ["LAB_CHANGED", "APPLICATION_STATUS_CHANGED", "LAYOUT_ALERT"];

new Gauge({
  name: "lianhe_subscriptions",
  help: "Active subscriptions of this instance, by topic",
  labelNames: ["topic"] as const,
  registers: [registry],
  collect() {
    for (const topic of TOPIC_NAMES) {
      let count = 0;
      for (const bus of buses) count += bus.listenerCount(topic);
      this.set({ topic }, count);
    }
  },
});

/** Counts `bus`'s subscribers in `lianhe_subscriptions` until the returned function is called. */
export function trackSubscriptions(bus: unknown): () => void {
  if (typeof (bus as { listenerCount?: unknown }).listenerCount !== "function") return () => undefined;
  const counted = bus as { listenerCount(topic: Topic): number };
  buses.add(counted);
  return () => buses.delete(counted);
}

const published = new Counter({
  name: "lianhe_events_published_total",
  help: "Events published to the bus by this instance, by topic",
  labelNames: ["topic"] as const,
  registers: [registry],
});

const delivered = new Counter({
  name: "lianhe_events_delivered_total",
  help: "Events handed to this instance's subscriptions (one per subscription of the topic), by topic",
  labelNames: ["topic"] as const,
  registers: [registry],
});

const lag = new Histogram({
  name: "lianhe_event_bus_lag_seconds",
  help: "From an event's commit (its committedAt) to its hand-off to this instance's subscriptions, by topic",
  labelNames: ["topic"] as const,
  buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
  registers: [registry],
});

export function countPublished(topic: Topic): void {
  published.inc({ topic });
}

/** An event reached `subscribers` local subscriptions; its lag is observed when it carries `committedAt`. */
export function countDelivered(topic: Topic, subscribers: number, payload: unknown): void {
  if (subscribers > 0) delivered.inc({ topic }, subscribers);
  const committedAt = (payload as { committedAt?: unknown } | null)?.committedAt;
  if (typeof committedAt === "number") {
    lag.observe({ topic }, Math.max(0, performance.timeOrigin + performance.now() - committedAt) / 1000);
  }
}

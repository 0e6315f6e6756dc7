/**
 * Fan-out: S WebSocket subscribers (one socket each) of `labChanged(id)` on one hub, M sequential
 * mutations of that lab. Per delivery, the latency from the commit (`committedAt`, the hub's clock)
 * to the subscriber's arrival; per event, the last of its deliveries; per mutation, its HTTP
 * latency; and the Neo4j reads the hub issued per mutation (counted on the Graph the hub uses, so
 * the figure holds for any version of the hub). Run with and without a selection that reads the lab.
 */
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import type { HubEventBus } from "../../src/events/bus.js";
import { TOPICS } from "../../src/events/types.js";
import type { Graph } from "../../src/graph/graph.js";
import type { Hub } from "../../src/server/http.js";

const now = () => performance.timeOrigin + performance.now();

export interface Percentiles {
  count: number;
  p50: number;
  p99: number;
  max: number;
}

export function percentiles(values: number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
  return { count: sorted.length, p50: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1] ?? NaN };
}

export interface FanoutResult {
  subscribers: number;
  mutations: number;
  selection: string;
  /** Deliveries received of subscribers × mutations. */
  delivered: number;
  expected: number;
  delivery: Percentiles;
  lastDelivery: Percentiles;
  mutation: Percentiles;
  /** Neo4j reads the hub issued per mutation (the mutation's own and its events' deliveries). */
  readsPerMutation: number;
  seconds: number;
}

/** Counts the reads issued on `graph` while `counting` is on. */
export function countReads(graph: Graph): { reads: () => number; reset: () => void } {
  let reads = 0;
  const original = graph.read.bind(graph);
  graph.read = ((...args: Parameters<Graph["read"]>) => {
    reads += 1;
    return original(...args);
  }) as Graph["read"];
  return { reads: () => reads, reset: () => (reads = 0) };
}

async function mutate(hub: Hub, lab: string, i: number): Promise<number> {
  const started = performance.now();
  const response = await fetch(hub.url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: `mutation ($id: ID!, $n: String!) { updateJointLab(id: $id, patch: { nameEn: $n }) { userErrors { code } } }`,
      variables: { id: lab, n: `fan-out ${i}` },
    }),
  });
  const body = (await response.json()) as {
    errors?: unknown;
    data?: { updateJointLab: { userErrors: unknown[] } };
  };
  if (body.errors || body.data?.updateJointLab.userErrors.length) throw new Error(JSON.stringify(body));
  return performance.now() - started;
}

export async function fanout(
  hub: Hub,
  counter: { reads: () => number; reset: () => void },
  options: {
    lab: string;
    subscribers: number;
    mutations: number;
    selection: string;
    log: (l: string) => void;
  },
): Promise<FanoutResult> {
  const { lab, subscribers, mutations, selection } = options;
  const query = `subscription ($id: ID!) { labChanged(id: $id) { committedAt ${selection} } }`;
  const url = hub.url.replace(/^http/, "ws");
  /** Arrival latencies by committedAt (one entry per event, one latency per subscriber). */
  const byEvent = new Map<number, number[]>();
  let delivered = 0;
  let failures = 0;
  const clients: Client[] = [];
  const connected: Promise<void>[] = [];
  for (let s = 0; s < subscribers; s++) {
    const client = createClient({ url, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0 });
    clients.push(client);
    connected.push(new Promise<void>((resolve) => client.on("connected", () => resolve())));
    client.subscribe(
      { query, variables: { id: lab } },
      {
        next: (result) => {
          const event = (result.data as { labChanged?: { committedAt?: number } } | undefined)?.labChanged;
          if (result.errors || !event?.committedAt) {
            failures += 1;
            return;
          }
          delivered += 1;
          const list = byEvent.get(event.committedAt) ?? [];
          list.push(now() - event.committedAt);
          byEvent.set(event.committedAt, list);
        },
        error: () => (failures += 1),
        complete: () => undefined,
      },
    );
    // Connecting a thousand sockets at once overruns the listen backlog: a few at a time.
    if (s % 50 === 49) await Promise.all(connected.slice(-50));
  }
  await Promise.all(connected);
  const registered = Date.now() + 10_000;
  const bus = hub.events as HubEventBus;
  while (bus.listenerCount(TOPICS.LAB_CHANGED) < subscribers && Date.now() < registered)
    await new Promise((r) => setTimeout(r, 20));
  const WARMUP = 5;
  for (let i = 0; i < WARMUP; i++) await mutate(hub, lab, i);
  const warmed = Date.now() + 60_000; // every warm-up delivery in before counting starts
  while (delivered + failures < WARMUP * subscribers && Date.now() < warmed)
    await new Promise((r) => setTimeout(r, 20));
  byEvent.clear();
  delivered = 0;
  failures = 0;
  counter.reset();
  const started = performance.now();
  const mutationMs: number[] = [];
  for (let i = 0; i < mutations; i++) mutationMs.push(await mutate(hub, lab, i));
  const expected = subscribers * mutations;
  const deadline = Date.now() + 120_000;
  while (delivered + failures < expected && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 20));
  const seconds = (performance.now() - started) / 1000;
  const reads = counter.reads();
  for (const c of clients) void c.dispose();
  if (failures) options.log(`${failures} deliveries failed`);
  const all = [...byEvent.values()].flat();
  return {
    subscribers,
    mutations,
    selection: selection || "(none)",
    delivered,
    expected,
    delivery: percentiles(all),
    lastDelivery: percentiles([...byEvent.values()].map((l) => Math.max(...l))),
    mutation: percentiles(mutationMs),
    readsPerMutation: reads / mutations,
    seconds,
  };
}

/**
 * Two hub instances on one Redis, as behind a load balancer: an event published through either
 * reaches the graphql-ws subscribers of both, once each; the hub keeps serving while Redis is away.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEventBus, EventBusError, type HubEventBus } from "../../src/events/bus.js";
import { TOPICS, type LabChangedPayload } from "../../src/events/types.js";
import type { Graph } from "../../src/graph/graph.js";
import type { Hub } from "../../src/server/http.js";
import { resetToSeed, testGraph } from "../support/graph.js";
import { gql, startTestHub } from "../support/hub.js";
import { percentiles } from "../support/latency.js";
import { startRedis, type RedisServer } from "../support/redis.js";
import { collect, connectWs, until, type WsConnection } from "../support/ws.js";

let graph: Graph;
let redis: RedisServer;
const buses: HubEventBus[] = [];
const hubs: Hub[] = [];
const sockets: WsConnection[] = [];

beforeAll(async () => {
  graph = testGraph();
  await resetToSeed(graph);
  redis = await startRedis();
  const prefix = `hubs-${process.pid}:`;
  for (let i = 0; i < 2; i++) {
    const bus = await createEventBus({ redisUrl: redis.url }, { prefix });
    buses.push(bus);
    hubs.push(await startTestHub(graph, { events: bus, config: { redisUrl: redis.url } }));
    sockets.push(await connectWs(hubs[i]!));
  }
});

afterAll(async () => {
  for (const socket of sockets) await socket.dispose();
  for (const hub of hubs) await hub.close();
  for (const bus of buses) await bus.close();
  await redis?.close();
  await graph?.close();
});

function event(n: number, labId = "lab-mmwave-ic"): LabChangedPayload {
  return {
    labId,
    change: "UPDATED",
    fields: ["name"],
    actor: "editor-1",
    at: new Date().toISOString(),
    changeId: `c-${n}`,
  };
}

async function subscribeBoth(query: string) {
  const subs = sockets.map((s) => collect(s.client, query));
  await until(
    () => buses.every((b) => b.listenerCount(TOPICS.LAB_CHANGED) >= 1),
    5000,
    "a subscriber on each hub",
  );
  return subs;
}

describe("two hubs on one Redis", () => {
  it("delivers an event published through either hub to the subscribers of both, once each", async () => {
    const subs = await subscribeBoth("subscription { labChanged { changeId lab { id } } }");
    await hubs[0]!.events.publish(TOPICS.LAB_CHANGED, event(1));
    await hubs[1]!.events.publish(TOPICS.LAB_CHANGED, event(2));
    for (const sub of subs) {
      const results = await sub.take(2);
      expect(results.map((r) => r.data!.labChanged)).toEqual([
        { changeId: "c-1", lab: { id: "lab-mmwave-ic" } },
        { changeId: "c-2", lab: { id: "lab-mmwave-ic" } },
      ]);
    }
    await new Promise((r) => setTimeout(r, 200));
    expect(subs.map((s) => s.results.length)).toEqual([2, 2]);
    for (const sub of subs) sub.unsubscribe();
    await until(
      () => buses.every((b) => b.listenerCount(TOPICS.LAB_CHANGED) === 0),
      5000,
      "the subscribers to be released",
    );
  });

  it("keeps serving queries while Redis is down; publishing fails with an EventBusError; events flow again after", async () => {
    const subs = await subscribeBoth("subscription { labChanged { changeId } }");
    await redis.stop();
    try {
      await until(
        () => buses.every((b) => (b as unknown as { unreachable: boolean }).unreachable),
        5000,
        "the outage to be noticed",
      );
      await expect(hubs[0]!.events.publish(TOPICS.LAB_CHANGED, event(3))).rejects.toThrow(EventBusError);
      const read = await gql(hubs[1]!, "{ jointLabs(first: 1) { totalCount } }");
      expect(read.errors).toBeUndefined();
      expect(read.data!.jointLabs.totalCount).toBeGreaterThan(0);
    } finally {
      await redis.restart();
    }
    await until(
      () => buses.every((b) => !(b as unknown as { unreachable: boolean }).unreachable),
      10_000,
      "the reconnection",
    );
    // The subscriber connections resubscribe on their own; publish until both subscribers hear it.
    const end = Date.now() + 5000;
    while (subs.some((s) => s.results.length === 0) && Date.now() < end) {
      await hubs[1]!.events.publish(TOPICS.LAB_CHANGED, event(4)).catch(() => undefined);
      await new Promise((r) => setTimeout(r, 100));
    }
    for (const sub of subs) expect(sub.results[0]?.data).toEqual({ labChanged: { changeId: "c-4" } });
    for (const sub of subs) sub.unsubscribe();
  });

  it("delivers across instances within milliseconds (publish on one hub → client of the other, 200 events)", async () => {
    const [, sub] = await subscribeBoth("subscription { labChanged { changeId } }");
    const latencies: number[] = [];
    for (let i = 0; i < 200; i++) {
      const started = performance.now();
      await hubs[0]!.events.publish(TOPICS.LAB_CHANGED, event(1000 + i));
      await sub!.take(i + 1);
      latencies.push(performance.now() - started);
    }
    const figures = percentiles(latencies);
    console.log(
      `[events] Redis bus, publish on hub A → graphql-ws client of hub B: p50 ${figures.p50} ms, p99 ${figures.p99} ms (200 events)`,
    );
    expect(figures.p50).toBeLessThan(50);
  });
});

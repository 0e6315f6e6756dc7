/**
 * Operating the hub: /readyz answers 200 on a reachable Neo4j and 503 naming it on a closed port;
 * /metrics exposes the named series after a few requests; the request id is echoed and logged;
 * N subscribers with the same selection cost one Neo4j read per event, and all are delivered.
 */
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HubEventBus } from "../../src/events/bus.js";
import { TOPICS } from "../../src/events/types.js";
import { Graph } from "../../src/graph/graph.js";
import type { Hub } from "../../src/server/http.js";
import { createLogger } from "../../src/server/observability/logger.js";
import { registry } from "../../src/server/observability/metrics.js";
import { resetToSeed, testGraph } from "../support/graph.js";
import { gql, startTestHub } from "../support/hub.js";
import { collect, connectWs, until, type WsConnection } from "../support/ws.js";

let graph: Graph;
let hub: Hub;
const lines: Record<string, unknown>[] = [];

beforeAll(async () => {
  graph = testGraph();
  await resetToSeed(graph);
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split("\n").filter(Boolean))
        lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const { startHub } = await import("../../src/server/http.js");
  const { loadConfig } = await import("../../src/config.js");
  hub = await startHub(graph, { ...loadConfig({}), port: 0 }, { logger: createLogger("info", sink) });
});

afterAll(async () => {
  await hub?.close();
  await graph?.close();
});

const base = () => hub.url.replace(/\/graphql$/, "");

async function readsSoFar(): Promise<number> {
  const metric = await registry.getSingleMetric("lianhe_neo4j_statements_total")!.get();
  return metric.values.filter((v) => v.labels.mode === "read").reduce((n, v) => n + v.value, 0);
}

describe("operating the hub", () => {
  it("/readyz is 200 when Neo4j answers", async () => {
    const response = await fetch(`${base()}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ready", checks: { neo4j: "ok" } });
  });

  it("/readyz is 503 naming Neo4j when its port is closed", async () => {
    const closed = Graph.connect({ uri: "bolt://127.0.0.1:1", username: "neo4j", password: "x" });
    const down = await startTestHub(closed);
    try {
      const response = await fetch(`${down.url.replace(/\/graphql$/, "")}/readyz`);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ status: "unavailable", failed: ["neo4j"] });
    } finally {
      await down.close();
      await closed.close();
    }
  });

  it("echoes and logs the request id, and makes one when none is sent", async () => {
    const given = await fetch(hub.url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": "req-test-42" },
      body: JSON.stringify({ query: '{ jointLab(id: "lab-mmwave-ic") { name } }' }),
    });
    expect(given.headers.get("x-request-id")).toBe("req-test-42");
    await given.json();
    const line = lines.find((l) => l.requestId === "req-test-42");
    expect(line).toMatchObject({
      transport: "http",
      operation: "query.jointLab",
      user: "local",
      outcome: "ok",
      roundTrips: 1,
    });
    expect(typeof line?.durationMs).toBe("number");
    const made = await fetch(hub.url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": "bad id with spaces" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(made.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("/metrics exposes the named series after a few requests", async () => {
    for (let i = 0; i < 3; i++) await gql(hub, "{ jointLabs(first: 2) { totalCount } }");
    await gql(hub, "{ nope }");
    const text = await (await fetch(`${base()}/metrics`)).text();
    expect(text).toMatch(
      /lianhe_graphql_operations_total\{transport="http",operation="query.jointLabs",outcome="ok"\} [3-9]/,
    );
    expect(text).toContain('outcome="error"');
    for (const name of [
      "lianhe_graphql_operation_duration_seconds_bucket",
      "lianhe_operations_refused_total",
      "lianhe_neo4j_statements_total",
      "lianhe_neo4j_statement_duration_seconds_bucket",
      "lianhe_websocket_connections",
      "lianhe_subscriptions",
      "lianhe_events_published_total",
      "lianhe_events_delivered_total",
      "lianhe_event_bus_lag_seconds",
    ])
      expect(text).toContain(name);
  });

  it("50 subscribers with the same selection: one Neo4j read per event, all delivered", async () => {
    const N = 50;
    const sockets: WsConnection[] = [];
    try {
      for (let i = 0; i < N; i++) sockets.push(await connectWs(hub));
      const bus = hub.events as HubEventBus;
      const subs = sockets.map((s) =>
        collect(s.client, 'subscription { labChanged(id: "lab-mmwave-ic") { labId lab { name status } } }'),
      );
      await until(() => bus.listenerCount(TOPICS.LAB_CHANGED) >= N, 10_000, "50 subscribers");
      for (let e = 0; e < 3; e++) {
        const before = await readsSoFar();
        await bus.publish(TOPICS.LAB_CHANGED, {
          labId: "lab-mmwave-ic",
          change: "UPDATED",
          fields: ["name"],
          actor: "test",
          at: new Date().toISOString(),
          changeId: `c-${e}`,
        });
        await Promise.all(subs.map((s) => s.take(e + 1, 10_000)));
        expect(await readsSoFar()).toBe(before + 1);
      }
      for (const s of subs) {
        expect(s.results).toHaveLength(3);
        expect(s.results[2]?.data?.labChanged.lab.name).toBeTruthy();
      }
    } finally {
      for (const s of sockets) await s.dispose();
    }
  });
});

/**
 * Subscriptions over graphql-ws on one hub (in-memory bus): a real graphql-ws client receives each
 * event kind published on the hub's bus, filtered by lab id, with the lab read from the graph as it
 * is at each event; unsubscribing and closing the bus release and complete subscriptions.
 * (Events published by real mutations are the mutations' tests' business.)
 */
import { GraphQLError } from "graphql";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { HubEventBus } from "../../src/events/bus.js";
import { MemoryEventBus } from "../../src/events/memory-bus.js";
import {
  TOPICS,
  type ApplicationStatusChangedPayload,
  type LabChangedPayload,
  type LayoutAlertPayload,
} from "../../src/events/types.js";
import type { Graph } from "../../src/graph/graph.js";
import type { Hub } from "../../src/server/http.js";
import { resetToSeed, testGraph } from "../support/graph.js";
import { formatWebSocketError } from "../../src/server/ws.js";
import { gql, startTestHub } from "../support/hub.js";
import { percentiles } from "../support/latency.js";
import { collect, connectWs, until, wsExecute, type WsConnection } from "../support/ws.js";

const LAB = "lab-mmwave-ic";
const OTHER_LAB = "lab-deep-ocean";

let graph: Graph;
let hub: Hub;
let bus: HubEventBus;
let ws: WsConnection;
let labName: string;

beforeAll(async () => {
  graph = testGraph();
  await resetToSeed(graph);
  hub = await startTestHub(graph);
  bus = hub.events as HubEventBus;
  ws = await connectWs(hub);
  const result = await graph.read("MATCH (l:JointLab {id: $id}) RETURN l.name", { id: LAB });
  labName = result.records[0]!.get(0) as string;
});

afterAll(async () => {
  await ws?.dispose();
  await hub?.close();
  await graph?.close();
});

function labChanged(labId: string, n = 1): LabChangedPayload {
  return {
    labId,
    change: "UPDATED",
    fields: ["name", "investmentCny"],
    actor: "editor-1",
    at: `2026-11-28T10:00:0${n % 10}.000Z`,
    changeId: `change-${n}`,
  };
}

/** Subscribes and waits until the hub has registered the subscriber on `topic`. */
async function subscribed(
  topic: (typeof TOPICS)[keyof typeof TOPICS],
  query: string,
  variables: Record<string, unknown> = {},
) {
  const before = bus.listenerCount(topic);
  const sub = collect(ws.client, query, variables);
  await until(() => bus.listenerCount(topic) > before || sub.completed, 5000, `a subscriber on ${topic}`);
  return sub;
}

describe("subscriptions over graphql-ws", () => {
  it("labChanged delivers every lab's changes, each with the lab read from the graph", async () => {
    const sub = await subscribed(
      TOPICS.LAB_CHANGED,
      "subscription { labChanged { labId change fields actor at changeId lab { id name status } } }",
    );
    await bus.publish(TOPICS.LAB_CHANGED, labChanged(LAB, 1));
    await bus.publish(TOPICS.LAB_CHANGED, labChanged(OTHER_LAB, 2));
    const [first, second] = await sub.take(2);
    expect(first!.errors).toBeUndefined();
    expect(first!.data).toEqual({
      labChanged: { ...labChanged(LAB, 1), lab: { id: LAB, name: labName, status: "UNDER_REVIEW" } },
    });
    expect(second!.data!.labChanged).toMatchObject({
      labId: OTHER_LAB,
      lab: { id: OTHER_LAB, status: "APPLYING" },
    });
    sub.unsubscribe();
    await until(() => bus.listenerCount(TOPICS.LAB_CHANGED) === 0, 5000, "the subscriber to be released");
  });

  it("labChanged(id:) delivers that lab's changes only; a deleted lab is null", async () => {
    const sub = await subscribed(
      TOPICS.LAB_CHANGED,
      "subscription ($id: ID) { labChanged(id: $id) { labId changeId lab { name } } }",
      { id: LAB },
    );
    const gone = await subscribed(
      TOPICS.LAB_CHANGED,
      'subscription { labChanged(id: "lab-deleted") { labId lab { name } } }',
    );
    await bus.publish(TOPICS.LAB_CHANGED, labChanged(OTHER_LAB, 3));
    await bus.publish(TOPICS.LAB_CHANGED, labChanged("lab-deleted", 4));
    await bus.publish(TOPICS.LAB_CHANGED, labChanged(LAB, 5));
    expect((await sub.take(1))[0]!.data).toEqual({
      labChanged: { labId: LAB, changeId: "change-5", lab: { name: labName } },
    });
    expect((await gone.take(1))[0]!.data).toEqual({ labChanged: { labId: "lab-deleted", lab: null } });
    await new Promise((r) => setTimeout(r, 100));
    expect(sub.results).toHaveLength(1);
    expect(gone.results).toHaveLength(1);
    sub.unsubscribe();
    gone.unsubscribe();
  });

  it("applicationStatusChanged delivers status changes, filtered by lab id", async () => {
    const all = await subscribed(
      TOPICS.APPLICATION_STATUS_CHANGED,
      "subscription { applicationStatusChanged { labId from to actor at reason lab { id } } }",
    );
    const one = await subscribed(
      TOPICS.APPLICATION_STATUS_CHANGED,
      `subscription { applicationStatusChanged(id: "${OTHER_LAB}") { labId to } }`,
    );
    const event: ApplicationStatusChangedPayload = {
      labId: LAB,
      from: "UNDER_REVIEW",
      to: "APPROVED",
      actor: "admin-1",
      at: "2026-11-28T10:00:00.000Z",
      reason: "despite the CONFLICT: strategic",
    };
    await bus.publish(TOPICS.APPLICATION_STATUS_CHANGED, event);
    await bus.publish(TOPICS.APPLICATION_STATUS_CHANGED, {
      ...event,
      labId: OTHER_LAB,
      from: null,
      to: "APPLYING",
      reason: null,
    });
    const [first, second] = await all.take(2);
    expect(first!.data).toEqual({ applicationStatusChanged: { ...event, lab: { id: LAB } } });
    expect(second!.data!.applicationStatusChanged).toMatchObject({
      labId: OTHER_LAB,
      from: null,
      reason: null,
    });
    expect((await one.take(1))[0]!.data).toEqual({
      applicationStatusChanged: { labId: OTHER_LAB, to: "APPLYING" },
    });
    all.unsubscribe();
    one.unsubscribe();
  });

  it("layoutAlerts delivers gap and duplicate alerts", async () => {
    const sub = await subscribed(
      TOPICS.LAYOUT_ALERT,
      "subscription { layoutAlerts { kind labId dimension subjectKey subjectName severity reason actor at lab { id } } }",
    );
    const alert: LayoutAlertPayload = {
      kind: "DUPLICATE_CREATED",
      labId: LAB,
      dimension: "CONFLICT",
      subjectKey: "0809",
      subjectName: "电子科学与技术",
      severity: "HIGH",
      reason: "2 live joint labs share the first-level lead discipline 0809 电子科学与技术",
      reasonMessage: {
        code: "DUPLICATE_CONFLICT",
        params: { count: 2, code: "0809", name: "电子科学与技术" },
      },
      actor: "editor-1",
      at: "2026-11-28T10:00:00.000Z",
    };
    await bus.publish(TOPICS.LAYOUT_ALERT, alert);
    await bus.publish(TOPICS.LAYOUT_ALERT, { ...alert, kind: "GAP_CLOSED", labId: null, dimension: "FIELD" });
    const [first, second] = await sub.take(2);
    const { reasonMessage: _message, ...fields } = alert;
    expect(first!.data).toEqual({ layoutAlerts: { ...fields, lab: { id: LAB } } });
    expect(second!.data!.layoutAlerts).toMatchObject({ kind: "GAP_CLOSED", labId: null, lab: null });
    sub.unsubscribe();
  });

  it("reads the graph afresh at each event (no stale loader cache across events)", async () => {
    const sub = await subscribed(
      TOPICS.LAB_CHANGED,
      `subscription { labChanged(id: "${LAB}") { changeId lab { name directions { name } } } }`,
    );
    await bus.publish(TOPICS.LAB_CHANGED, labChanged(LAB, 6));
    await sub.take(1);
    await graph.write("MATCH (l:JointLab {id: $id}) SET l.name = $name", { id: LAB, name: "renamed" });
    try {
      await bus.publish(TOPICS.LAB_CHANGED, labChanged(LAB, 7));
      const [first, second] = await sub.take(2);
      expect(first!.data!.labChanged.lab.name).toBe(labName);
      expect(second!.data!.labChanged.lab.name).toBe("renamed");
      expect(second!.data!.labChanged.lab.directions).toEqual(first!.data!.labChanged.lab.directions);
    } finally {
      await graph.write("MATCH (l:JointLab {id: $id}) SET l.name = $name", { id: LAB, name: labName });
      sub.unsubscribe();
    }
  });

  it("answers queries over the same socket, and refuses a bad document with a coded error, keeping the socket", async () => {
    const ok = await wsExecute(ws.client, `{ jointLab(id: "${LAB}") { name } }`);
    expect(ok).toEqual({ data: { jointLab: { name: labName } } });
    const syntax = await wsExecute(ws.client, "{ jointLab(id: ");
    expect(syntax.errors![0]!.extensions).toEqual({ code: "GRAPHQL_PARSE_FAILED" });
    const invalid = await wsExecute(ws.client, "{ jointLab(id: 1) { nope } }");
    expect(invalid.errors![0]!.extensions).toEqual({ code: "GRAPHQL_VALIDATION_FAILED" });
    const badVariable = await wsExecute(
      ws.client,
      "query ($first: Int!) { jointLabs(first: $first) { totalCount } }",
      { first: "many" },
    );
    expect(badVariable.errors![0]!.extensions).toEqual({ code: "BAD_USER_INPUT" });
    const badInput = await wsExecute(ws.client, `{ jointLabs(first: 0) { totalCount } }`);
    expect(badInput.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
    expect(ws.closed).toBeNull();
  });

  it("refuses a subscription sent over HTTP with a clear error", async () => {
    const response = await gql(hub, "subscription { labChanged { labId } }");
    expect(response.status).toBe(400);
    expect(response.errors).toEqual([
      {
        message: "Subscriptions are served over WebSocket (graphql-ws) at this URL, not over HTTP",
        extensions: { code: "BAD_REQUEST" },
      },
    ]);
  });

  it("refuses a browser page of another origin on a hub without auth (as Apollo refuses forged requests)", async () => {
    const foreign = await connectWs(hub, undefined, { origin: "http://elsewhere.example" });
    expect(foreign.closed).toEqual({
      code: 4403,
      reason: "Forbidden: a page of another origin may not connect to a hub without auth",
    });
    const own = await connectWs(hub, undefined, { origin: new URL(hub.url).origin });
    try {
      expect(own.closed).toBeNull();
      expect((await wsExecute(own.client, `{ jointLab(id: "${LAB}") { id } }`)).data).toEqual({
        jointLab: { id: LAB },
      });
    } finally {
      await own.dispose();
      await foreign.dispose();
    }
  });

  it("formats errors as HTTP does: codes kept, internal failures masked", () => {
    const quiet = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const internal = new GraphQLError("connection to 10.0.0.7 refused by db-internal", {
        path: ["jointLabs"],
        originalError: new Error("boom"),
      });
      expect(formatWebSocketError(internal)).toEqual({
        message: "Internal server error",
        path: ["jointLabs"],
        extensions: { code: "INTERNAL_SERVER_ERROR" },
      });
      const coded = new GraphQLError("joint lab x not found", {
        path: ["jointLab"],
        extensions: { code: "NOT_FOUND" },
      });
      expect(formatWebSocketError(coded)).toEqual({
        message: "joint lab x not found",
        path: ["jointLab"],
        extensions: { code: "NOT_FOUND" },
      });
    } finally {
      quiet.mockRestore();
    }
  });

  it("completes the subscriptions when the bus closes", async () => {
    const own = new MemoryEventBus();
    const other = await startTestHub(graph, { events: own });
    const conn = await connectWs(other);
    try {
      const sub = collect(conn.client, "subscription { layoutAlerts { kind } }");
      await until(() => own.listenerCount(TOPICS.LAYOUT_ALERT) === 1, 5000, "the subscriber");
      await own.close();
      await sub.ended();
      expect(sub.error).toBeUndefined();
    } finally {
      await conn.dispose();
      await other.close();
    }
  });

  it("delivers a published event to a subscriber within milliseconds (publish → client, 200 events)", async () => {
    const sub = await subscribed(TOPICS.LAB_CHANGED, "subscription { labChanged { changeId } }");
    const latencies: number[] = [];
    for (let i = 0; i < 200; i++) {
      const started = performance.now();
      await bus.publish(TOPICS.LAB_CHANGED, { ...labChanged(LAB, i), changeId: `lat-${i}` });
      await sub.take(i + 1);
      latencies.push(performance.now() - started);
    }
    expect(sub.results.map((r) => r.data!.labChanged.changeId)).toEqual(latencies.map((_, i) => `lat-${i}`));
    const figures = percentiles(latencies);
    console.log(
      `[events] in-memory bus, publish → graphql-ws client: p50 ${figures.p50} ms, p99 ${figures.p99} ms (200 events)`,
    );
    expect(figures.p50).toBeLessThan(50);
    sub.unsubscribe();
  });
});

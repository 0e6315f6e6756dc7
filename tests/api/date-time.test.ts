/**
 * The DateTime scalar (src/modules/shared/date-time.ts): timestamps come out as ISO-8601 with their
 * offset, exactly as the graph stores them (sub-millisecond digits kept, so `since:` a Change's own `at`
 * finds it and one nanosecond later does not); `changes(since:)` refuses what is not an ISO-8601
 * date-time with an offset — as a variable or a literal — with BAD_USER_INPUT and no stack trace.
 */
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HubEventBus } from "../../src/events/bus.js";
import { TOPICS } from "../../src/events/types.js";
import type { Graph } from "../../src/graph/graph.js";
import { DateTime, isIsoDateTime } from "../../src/modules/shared/date-time.js";
import type { Hub } from "../../src/server/http.js";
import { resetToSeed, testGraph } from "../support/graph.js";
import { gql, startTestHub } from "../support/hub.js";
import { collect, connectWs, until, type WsConnection } from "../support/ws.js";

let graph: Graph;
let hub: Hub;
let socket: WsConnection;
beforeAll(async () => {
  graph = testGraph();
  await resetToSeed(graph);
  hub = await startTestHub(graph);
  socket = await connectWs(hub);
});
afterAll(async () => {
  await socket?.dispose();
  await hub?.close();
  await graph?.close();
});

/** ISO-8601 date-time with an offset, as the API gives it. */
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

describe("the DateTime scalar", () => {
  it("knows an ISO-8601 date-time with an offset from anything else", () => {
    for (const ok of [
      "2026-11-01T00:00:00Z",
      "2026-11-01T08:00:00+08:00",
      "2026-12-03T08:49:40.123456789Z",
      "2026-11-01T00:00Z",
      "2024-02-29T23:59:59.5-05:30",
    ])
      expect(isIsoDateTime(ok), ok).toBe(true);
    for (const bad of [
      "yesterday",
      "2026",
      "2026-11-01",
      "2026-11-01T00:00:00", // no offset
      "2026-13-01T00:00:00Z",
      "2025-02-29T00:00:00Z",
      "2026-11-01T24:00:00Z",
      "2026-11-01 00:00:00Z",
      "2026-11-01T00:00:00.1234567890Z",
      "Nov 1 2026",
      "",
    ])
      expect(isIsoDateTime(bad), bad).toBe(false);
  });

  it("serialises a stored string unchanged, a Neo4j DateTime with its nanoseconds, a Date in UTC", () => {
    expect(DateTime.serialize("2026-12-03T08:49:40.123456789Z")).toBe("2026-12-03T08:49:40.123456789Z");
    expect(DateTime.serialize("2026-12-03T16:49:40.1+08:00")).toBe("2026-12-03T16:49:40.1+08:00");
    const stored = new neo4j.types.DateTime(2026, 12, 3, 8, 49, 40, 123456789, 8 * 3600);
    expect(DateTime.serialize(stored)).toBe("2026-12-03T08:49:40.123456789+08:00");
    expect(DateTime.serialize(new Date(Date.UTC(2026, 11, 3, 8, 49, 40, 5)))).toBe(
      "2026-12-03T08:49:40.005Z",
    );
    expect(() => DateTime.serialize("not a time")).toThrow(/DateTime cannot represent/);
  });
});

describe("timestamps in the API", () => {
  it("Change.at is ISO-8601, the stored text itself; since: that text finds the change, a nanosecond later does not", async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    const write = await gql(
      hub,
      `mutation { updateEnterprise(id: "ent-crmicro", patch: { nameEn: "CR Micro (time)" }) { userErrors { code } } }`,
    );
    expect(write.data!.updateEnterprise.userErrors).toEqual([]);
    const query = `query($since: DateTime!) { changes(since: $since, entity: { label: Enterprise, key: "ent-crmicro" }) { id at } }`;
    const res = await gql(hub, query, { since });
    expect(res.errors).toBeUndefined();
    const [change] = res.data!.changes as { id: string; at: string }[];
    expect(change).toBeDefined();
    expect(change!.at).toMatch(ISO);
    const stored = await graph.read("MATCH (c:Change {id: $id}) RETURN toString(c.at) AS at", {
      id: change!.id,
    });
    expect(change!.at).toBe(stored.records[0]!.get("at"));

    const exactly = await gql(hub, query, { since: change!.at });
    expect(exactly.data!.changes.map((c: { id: string }) => c.id)).toContain(change!.id);
    // one nanosecond after: Date-based parsing would truncate to the millisecond and find it again
    const fraction = /\.(\d+)/.exec(change!.at)?.[1] ?? "";
    const later = change!.at.replace(/(:\d{2})(\.\d+)?(?=Z|[+-]\d{2}:\d{2}$)/, (_m, seconds: string) => {
      const digits = fraction.padEnd(9, "0");
      return `${seconds}.${(BigInt(digits) + 1n).toString().padStart(9, "0")}`;
    });
    expect(later).not.toBe(change!.at);
    const after = await gql(hub, query, { since: later });
    expect(after.errors).toBeUndefined();
    expect(after.data!.changes.map((c: { id: string }) => c.id)).not.toContain(change!.id);
  });

  it("the events' at is the same DateTime as the audit record's", async () => {
    const bus = hub.events as HubEventBus;
    const before = bus.listenerCount(TOPICS.LAB_CHANGED);
    const sub = collect(socket.client, `subscription { labChanged(id: "lab-wbg-semi") { changeId at } }`);
    await until(() => bus.listenerCount(TOPICS.LAB_CHANGED) > before, 5000, "a subscriber");
    await gql(
      hub,
      `mutation { updateJointLab(id: "lab-wbg-semi", patch: { nameEn: "Wide-bandgap (time)" }) { userErrors { code } } }`,
    );
    const [event] = await sub.take(1, 10_000);
    sub.unsubscribe();
    expect(event!.errors).toBeUndefined();
    const { changeId, at } = event!.data!.labChanged as { changeId: string; at: string };
    expect(at).toMatch(ISO);
    const stored = await graph.read("MATCH (c:Change {id: $id}) RETURN toString(c.at) AS at", {
      id: changeId,
    });
    expect(at).toBe(stored.records[0]!.get("at"));
  });

  it.each([
    ["yesterday"],
    ["2026-11-01"],
    ["2026-11-01T00:00:00"],
    ["2026-02-30T00:00:00Z"],
    ["x".repeat(5000)],
  ])("changes(since: %j as a variable) is refused with BAD_USER_INPUT", async (since) => {
    const res = await gql(hub, `query($since: DateTime!) { changes(since: $since) { id } }`, { since });
    expect(res.data?.changes).toBeUndefined();
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]!.extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors![0]!.message).toMatch(/ISO-8601 date-time with an offset/);
    expect(res.errors![0]!.message.length).toBeLessThan(400); // a long value is quoted by an excerpt
    expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace|at .*\.js:\d+/);
  });

  it.each([[`"Nov 1 2026"`], [`"2026-11-01T00:00:00"`], ["20261101"]])(
    "changes(since: %s as a literal) is refused with BAD_USER_INPUT",
    async (literal) => {
      const res = await gql(hub, `{ changes(since: ${literal}) { id } }`);
      expect(res.data?.changes).toBeUndefined();
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0]!.extensions?.code).toBe("BAD_USER_INPUT");
      expect(res.errors![0]!.message).toMatch(/ISO-8601 date-time with an offset/);
      expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace/);
    },
  );

  it("a time with another offset compares by the instant", async () => {
    const utc = await gql(hub, `{ changes(since: "2000-01-01T00:00:00Z", first: 1000) { id } }`);
    const shanghai = await gql(hub, `{ changes(since: "2000-01-01T08:00:00+08:00", first: 1000) { id } }`);
    expect(utc.errors).toBeUndefined();
    expect(shanghai.data!.changes).toEqual(utc.data!.changes);
    expect(utc.data!.changes.length).toBeGreaterThan(1);
  });
});

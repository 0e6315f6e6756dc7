/**
 * Live updates caused by real writes: a graphql-ws client receives labChanged, applicationStatusChanged
 * and layoutAlerts when mutations commit — and what an event announces is already in the graph.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HubEventBus } from "../../src/events/bus.js";
import { TOPICS, type Topic } from "../../src/events/types.js";
import type { Graph } from "../../src/graph/graph.js";
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

async function subscribed(topic: Topic, query: string) {
  const bus = hub.events as HubEventBus;
  const before = bus.listenerCount(topic);
  const sub = collect(socket.client, query);
  await until(() => bus.listenerCount(topic) > before, 5000, `a ${topic} subscriber`);
  return sub;
}

describe("events from writes", () => {
  it("labChanged: an update of the lab, seen in the graph by the time the event arrives", async () => {
    const sub = await subscribed(
      TOPICS.LAB_CHANGED,
      `subscription { labChanged(id: "lab-wbg-semi") { labId change fields actor changeId committedAt lab { nameEn } } }`,
    );
    let seenInGraph: unknown;
    const arrived = sub.take(1, 30_000).then(async (events) => {
      seenInGraph = (
        await graph.read("MATCH (l:JointLab {id: 'lab-wbg-semi'}) RETURN l.nameEn AS n")
      ).records[0]!.get("n");
      return events;
    });
    await gql(
      hub,
      `mutation { updateJointLab(id: "lab-wbg-semi", patch: { nameEn: "Wide-bandgap lab (renamed)" }) { userErrors { code } } }`,
    );
    await gql(
      hub,
      `mutation { updateJointLab(id: "lab-mmwave-ic", patch: { nameEn: "another lab" }) { userErrors { code } } }`,
    );
    const [event] = await arrived;
    sub.unsubscribe();
    expect(event!.data!.labChanged).toMatchObject({
      labId: "lab-wbg-semi",
      change: "UPDATED",
      fields: ["nameEn"],
      actor: "local",
      lab: { nameEn: "Wide-bandgap lab (renamed)" },
    });
    expect(typeof event!.data!.labChanged.committedAt).toBe("number");
    expect(seenInGraph).toBe("Wide-bandgap lab (renamed)");
    const audit = await gql(
      hub,
      `{ changes(since: "2020-01-01T00:00:00Z", entity: { label: JointLab, key: "lab-wbg-semi" }) { id } }`,
    );
    expect(audit.data!.changes.map((c: { id: string }) => c.id)).toContain(event!.data!.labChanged.changeId);
  });

  it("applicationStatusChanged: the plan review of an application", async () => {
    const sub = await subscribed(
      TOPICS.APPLICATION_STATUS_CHANGED,
      `subscription { applicationStatusChanged(id: "lab-deep-ocean") { labId from to } }`,
    );
    await gql(hub, `mutation { startPlanReview(id: "lab-deep-ocean") { userErrors { code } } }`);
    const [event] = await sub.take(1, 30_000);
    sub.unsubscribe();
    expect(event!.data!.applicationStatusChanged).toEqual({
      labId: "lab-deep-ocean",
      from: "APPLYING",
      to: "UNDER_REVIEW",
    });
  });

  it("layoutAlerts: an application that duplicates a covering lab's lead discipline (R5)", async () => {
    const sub = await subscribed(
      TOPICS.LAYOUT_ALERT,
      `subscription { layoutAlerts { kind dimension labId subjectKey reason } }`,
    );
    const res = await gql(
      hub,
      `mutation { submitApplication(input: { id: "lab-live-ic", name: "实时告警测试实验室", leadUniversityId: "univ-seu", leadDisciplineCode: "0809", focusFieldCodes: ["BRAIN_SCIENCE"] }) { userErrors { code } } }`,
    );
    expect(res.data!.submitApplication.userErrors).toEqual([]);
    await until(
      () => sub.results.some((r) => r.data?.layoutAlerts.kind === "DUPLICATE_CREATED"),
      10_000,
      "the duplicate alert",
    );
    sub.unsubscribe();
    const alerts = sub.results.map((r) => r.data!.layoutAlerts);
    expect(alerts).toContainEqual(
      expect.objectContaining({
        kind: "DUPLICATE_CREATED",
        dimension: "CONFLICT",
        labId: "lab-live-ic",
        subjectKey: "0809",
      }),
    );
    // An applicant serves BRAIN_SCIENCE now: the field stays a gap (no covering lab) but drops to MEDIUM — no alert for it,
    // while a DIRECTION gap cannot open (the application has no directions yet).
    expect(alerts.filter((a) => a.kind === "GAP_OPENED" && a.dimension === "DIRECTION")).toEqual([]);
  });

  it("layoutAlerts: a direction linked to other labs' lead discipline overlaps each of them (R5), found from the direction", async () => {
    // The subscriber of the test above goes first (else it would count as this one).
    await until(
      () => (hub.events as HubEventBus).listenerCount(TOPICS.LAYOUT_ALERT) === 0,
      5000,
      "no LAYOUT_ALERT subscriber left",
    );
    const sub = await subscribed(
      TOPICS.LAYOUT_ALERT,
      `subscription { layoutAlerts { kind dimension labId subjectKey subjectName } }`,
    );
    const res = await gql(
      hub,
      `mutation { link(input: { type: IN_DISCIPLINE, from: { label: ResearchDirection, key: "dir-biologics-1" }, to: { label: Discipline, key: "0809" } }) { userErrors { code } } }`,
    );
    expect(res.data!.link.userErrors).toEqual([]);
    await until(
      () => sub.results.filter((r) => r.data?.layoutAlerts.kind === "DUPLICATE_CREATED").length >= 3,
      10_000,
      "the overlap alerts",
    );
    sub.unsubscribe();
    const overlaps = sub.results
      .map((r) => r.data!.layoutAlerts)
      .filter((a) => a.kind === "DUPLICATE_CREATED");
    // lab-biologics (CONSTRUCTING) now works in 0809, the lead discipline of lab-wbg-semi, lab-mmwave-ic and the
    // application lab-live-ic of the test above: one pair each.
    expect(overlaps.map((a) => [a.dimension, a.labId, a.subjectKey, a.subjectName]).sort()).toEqual(
      [
        [
          "OVERLAP",
          "lab-biologics",
          "0809",
          "江苏省宽禁带半导体工程技术联合实验室（示例） / 江苏省生物药工程化工程技术联合实验室（示例）",
        ],
        [
          "OVERLAP",
          "lab-biologics",
          "0809",
          "江苏省毫米波与太赫兹集成电路工程技术联合实验室（示例） / 江苏省生物药工程化工程技术联合实验室（示例）",
        ],
        [
          "OVERLAP",
          "lab-biologics",
          "0809",
          "实时告警测试实验室 / 江苏省生物药工程化工程技术联合实验室（示例）",
        ],
      ].sort(),
    );
  });
});

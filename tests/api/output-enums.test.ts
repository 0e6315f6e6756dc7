/**
 * The output fields with a closed set of values are enums: the schema says so (introspection), each
 * enum lists exactly what the writers can produce and describes every value in Chinese and English,
 * and real writes on the seed graph come back through them — the audit trail, a user error's code and
 * the three live events — without a serialisation error.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LabStatus } from "../../src/domain/enums.js";
import { ROLE_ORDER } from "../../src/domain/roles.js";
import { CHANGE_ACTIONS } from "../../src/editing/audit.js";
import { USER_ERROR_CODES } from "../../src/editing/user-error.js";
import type { HubEventBus } from "../../src/events/bus.js";
import { LAYOUT_ALERT_KINDS, TOPICS, type Topic } from "../../src/events/types.js";
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

/** Chinese first, then " — ", then English. */
const ZH_EN = /^[^—]*\p{Script=Han}[^—]* — [A-Za-z].+$/u;

const FIELDS: [type: string, field: string, enumName: string, values: readonly string[]][] = [
  ["UserError", "code", "UserErrorCode", USER_ERROR_CODES],
  ["Change", "action", "ChangeAction", CHANGE_ACTIONS],
  ["Change", "role", "Role", ROLE_ORDER],
  ["LabChangedEvent", "change", "ChangeAction", CHANGE_ACTIONS],
  ["ApplicationStatusChangedEvent", "from", "LabStatus", Object.values(LabStatus)],
  ["ApplicationStatusChangedEvent", "to", "LabStatus", Object.values(LabStatus)],
  ["LayoutAlert", "kind", "LayoutAlertKind", LAYOUT_ALERT_KINDS],
  ["LayoutAlert", "severity", "Severity", ["HIGH", "MEDIUM", "LOW"]],
];

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
const named = (t: TypeRef): TypeRef => (t.ofType ? named(t.ofType) : t);

async function introspect(name: string) {
  const res = await gql(
    hub,
    `query($name: String!) { __type(name: $name) { kind name description
       fields { name type { kind name ofType { kind name ofType { kind name } } } }
       enumValues { name description } } }`,
    { name },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.__type as {
    kind: string;
    description: string | null;
    fields: { name: string; type: TypeRef }[] | null;
    enumValues: { name: string; description: string | null }[] | null;
  };
}

describe("the schema types these fields as enums", () => {
  it.each(FIELDS)(
    "%s.%s is the enum %s, with every value the writers produce",
    async (type, field, enumName, values) => {
      const object = await introspect(type);
      const found = object.fields!.find((f) => f.name === field);
      expect(found, `${type}.${field}`).toBeDefined();
      expect(named(found!.type)).toMatchObject({ kind: "ENUM", name: enumName });

      const theEnum = await introspect(enumName);
      expect(theEnum.kind).toBe("ENUM");
      expect(theEnum.enumValues!.map((v) => v.name).sort()).toEqual([...values].sort());
    },
  );

  it.each(["UserErrorCode", "ChangeAction", "Role", "LayoutAlertKind", "LabStatus", "Severity"])(
    "%s and each of its values are described in Chinese, then English",
    async (enumName) => {
      const theEnum = await introspect(enumName);
      expect(theEnum.description, enumName).toMatch(ZH_EN);
      for (const value of theEnum.enumValues!) expect(value.description, value.name).toMatch(ZH_EN);
    },
  );
});

async function subscribed(topic: Topic, query: string) {
  const bus = hub.events as HubEventBus;
  const before = bus.listenerCount(topic);
  const sub = collect(socket.client, query);
  await until(() => bus.listenerCount(topic) > before, 5000, `a ${topic} subscriber`);
  return sub;
}

describe("real writes come back through the enums", () => {
  it("a user error's code is a UserErrorCode value (NOT_FOUND, DUPLICATE_KEY, ILLEGAL_TRANSITION, CLIENT_MUTATION_ID_REUSED)", async () => {
    const notFound = await gql(
      hub,
      `mutation { updateEnterprise(id: "ent-nope", patch: { name: "x" }) { userErrors { code field } } }`,
    );
    const duplicate = await gql(
      hub,
      `mutation { createEnterprise(input: { id: "ent-crmicro", name: "重复" }) { userErrors { code field } } }`,
    );
    const illegal = await gql(
      hub,
      `mutation { approveLab(id: "lab-wbg-semi") { userErrors { code field } } }`,
    );
    const first = await gql(
      hub,
      `mutation { updateEnterprise(id: "ent-crmicro", patch: { nameEn: "CR Micro" }, clientMutationId: "enum-test-1") { userErrors { code } } }`,
    );
    const reused = await gql(
      hub,
      `mutation { updateJointLab(id: "lab-wbg-semi", patch: { nameEn: "another write" }, clientMutationId: "enum-test-1") { userErrors { code } } }`,
    );
    for (const res of [notFound, duplicate, illegal, first, reused]) expect(res.errors).toBeUndefined();
    expect(first.data!.updateEnterprise.userErrors).toEqual([]);
    const codes = [
      notFound.data!.updateEnterprise.userErrors[0].code,
      duplicate.data!.createEnterprise.userErrors[0].code,
      illegal.data!.approveLab.userErrors[0].code,
      reused.data!.updateJointLab.userErrors[0].code,
    ];
    expect(codes).toEqual(["NOT_FOUND", "DUPLICATE_KEY", "ILLEGAL_TRANSITION", "CLIENT_MUTATION_ID_REUSED"]);
    for (const code of codes) expect(USER_ERROR_CODES).toContain(code);
  });

  it("the events and the audit trail of an application, its review and a link carry enum values", async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    const changes = await subscribed(TOPICS.LAB_CHANGED, `subscription { labChanged { labId change } }`);
    const statuses = await subscribed(
      TOPICS.APPLICATION_STATUS_CHANGED,
      `subscription { applicationStatusChanged { labId from to } }`,
    );
    const alerts = await subscribed(
      TOPICS.LAYOUT_ALERT,
      `subscription { layoutAlerts { kind severity labId } }`,
    );

    const submitted = await gql(
      hub,
      `mutation { submitApplication(input: { id: "lab-enum-ic", name: "枚举测试实验室", leadUniversityId: "univ-seu", leadDisciplineCode: "0809", focusFieldCodes: ["BRAIN_SCIENCE"] }) { userErrors { code } } }`,
    );
    const reviewed = await gql(
      hub,
      `mutation { startPlanReview(id: "lab-enum-ic") { userErrors { code } } }`,
    );
    const linked = await gql(
      hub,
      `mutation { link(input: { type: COLLABORATES_WITH, from: { label: JointLab, key: "lab-enum-ic" }, to: { label: Platform, key: "plat-gusu" } }) { userErrors { code } } }`,
    );
    for (const res of [submitted, reviewed, linked]) expect(res.errors).toBeUndefined();
    expect(submitted.data!.submitApplication.userErrors).toEqual([]);
    expect(reviewed.data!.startPlanReview.userErrors).toEqual([]);
    expect(linked.data!.link.userErrors).toEqual([]);

    const ours = (r: { data?: Record<string, any> | null }, field: string) =>
      r.data?.[field]?.labId === "lab-enum-ic";
    await until(
      () => changes.results.filter((r) => ours(r, "labChanged")).length >= 3,
      10_000,
      "3 lab changes",
    );
    await until(
      () => statuses.results.filter((r) => ours(r, "applicationStatusChanged")).length >= 2,
      10_000,
      "2 status changes",
    );
    await until(
      () => alerts.results.some((r) => r.data?.layoutAlerts.kind === "DUPLICATE_CREATED"),
      10_000,
      "the duplicate alert",
    );
    for (const sub of [changes, statuses, alerts]) sub.unsubscribe();
    for (const sub of [changes, statuses, alerts])
      for (const r of sub.results) expect(r.errors).toBeUndefined();

    const labChanges = changes.results
      .filter((r) => ours(r, "labChanged"))
      .map((r) => r.data!.labChanged.change);
    expect(labChanges).toEqual(expect.arrayContaining(["CREATED", "STATUS_CHANGED", "LINKED"]));
    for (const c of labChanges) expect(CHANGE_ACTIONS).toContain(c);
    expect(
      statuses.results
        .filter((r) => ours(r, "applicationStatusChanged"))
        .map((r) => r.data!.applicationStatusChanged),
    ).toEqual([
      { labId: "lab-enum-ic", from: null, to: "APPLYING" },
      { labId: "lab-enum-ic", from: "APPLYING", to: "UNDER_REVIEW" },
    ]);
    const duplicate = alerts.results
      .map((r) => r.data!.layoutAlerts)
      .find((a) => a.kind === "DUPLICATE_CREATED");
    expect(duplicate).toMatchObject({ labId: "lab-enum-ic" });
    expect(["HIGH", "MEDIUM", "LOW"]).toContain(duplicate.severity);
    for (const r of alerts.results) expect(LAYOUT_ALERT_KINDS).toContain(r.data!.layoutAlerts.kind);

    const trail = await gql(
      hub,
      `query($since: DateTime!) { changes(since: $since, entity: { label: JointLab, key: "lab-enum-ic" }) { action role } }`,
      { since },
    );
    expect(trail.errors).toBeUndefined();
    const actions = trail.data!.changes.map((c: { action: string }) => c.action);
    expect(actions).toEqual(expect.arrayContaining(["CREATED", "STATUS_CHANGED", "LINKED"]));
    for (const c of trail.data!.changes) {
      expect(CHANGE_ACTIONS).toContain(c.action);
      expect(ROLE_ORDER).toContain(c.role);
    }
  });

  it("the whole audit trail of the test run serialises (every stored action and role is an enum value)", async () => {
    const all = await gql(hub, `{ changes(since: "1970-01-01T00:00:00Z", first: 1000) { id action role } }`);
    expect(all.errors).toBeUndefined();
    expect(all.data!.changes.length).toBeGreaterThan(3);
    const stored = await graph.read(
      "MATCH (c:Change) RETURN collect(DISTINCT c.action) AS a, collect(DISTINCT c.role) AS r",
    );
    for (const a of stored.records[0]!.get("a") as string[]) expect(CHANGE_ACTIONS).toContain(a);
    for (const r of stored.records[0]!.get("r") as string[]) expect(ROLE_ORDER).toContain(r);
  });
});

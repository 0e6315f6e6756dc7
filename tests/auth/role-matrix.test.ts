/**
 * Roles × operations, over HTTP and over graphql-ws, on a hub with auth (HS256 test secret): every
 * caller (anonymous, each role, an expired token, a wrongly signed one) against every operation
 * of the table, on every transport the operation has. The two paths must agree.
 *
 * The table is OPERATIONS: add a row per guarded operation (mutations: EDITOR for writes, ADMIN
 * for deletions and overrides) and every caller and transport is checked for it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { grants, Role } from "../../src/domain/roles.js";
import type { HubEventBus } from "../../src/events/bus.js";
import { TOPICS, type Topic, type TopicPayloads } from "../../src/events/types.js";
import type { Graph } from "../../src/graph/graph.js";
import type { Hub } from "../../src/server/http.js";
import { resetToSeed, testGraph } from "../support/graph.js";
import { bearer, gql, startTestHub } from "../support/hub.js";
import { authConfig, roleToken, token } from "../support/tokens.js";
import {
  collect,
  connectWs,
  until,
  wsAuth,
  wsExecute,
  type ExecutionResult,
  type WsConnection,
} from "../support/ws.js";

const LAB = "lab-mmwave-ic";

// ---------------------------------------------------------------------------------------------
// The operations. `needs`: the lowest role allowed. `kind`: queries and mutations run over HTTP
// and over WebSocket, subscriptions over WebSocket only (an allowed subscription must deliver the
// event `publish` gives). `allowed`: what an allowed result must hold (default: data, no error).
// ---------------------------------------------------------------------------------------------
interface Operation {
  name: string;
  kind: "query" | "mutation" | "subscription";
  needs: Role;
  document: string;
  variables?: () => Record<string, unknown>;
  /** The guarded field refused to those below `needs`, as named in the error: "Query.jointLabs". */
  field: string;
  publish?: { topic: Topic; payload: TopicPayloads[Topic] };
  allowed?: (result: ExecutionResult) => void;
}

const at = "2026-11-28T10:00:00.000Z";

const OPERATIONS: Operation[] = [
  {
    name: "read: jointLabs",
    kind: "query",
    needs: Role.VIEWER,
    field: "Query.jointLabs",
    document: "{ jointLabs(first: 2) { totalCount edges { node { id } } } }",
    allowed: (r) => expect(r.data?.jointLabs).toMatchObject({ edges: [{}, {}] }),
  },
  {
    name: "read: jointLab(id:)",
    kind: "query",
    needs: Role.VIEWER,
    field: "Query.jointLab",
    document: `{ jointLab(id: "${LAB}") { id } }`,
  },
  {
    name: "analytic: coverageGaps",
    kind: "query",
    needs: Role.PLANNER,
    field: "Query.coverageGaps",
    document: "{ coverageGaps(dimension: CITY) { totalCount } }",
    allowed: (r) => expect(typeof (r.data?.coverageGaps as { totalCount: number }).totalCount).toBe("number"),
  },
  {
    name: "analytic field: JointLab.compliance",
    kind: "query",
    needs: Role.PLANNER,
    field: "JointLab.compliance",
    document: `{ jointLab(id: "${LAB}") { id compliance { status } } }`,
  },
  {
    name: "subscription: labChanged",
    kind: "subscription",
    needs: Role.VIEWER,
    field: "Subscription.labChanged",
    document: "subscription { labChanged { labId changeId } }",
    publish: {
      topic: TOPICS.LAB_CHANGED,
      payload: { labId: LAB, change: "UPDATED", fields: ["name"], actor: "u", at, changeId: "m-1" },
    },
    allowed: (r) => expect(r.data).toEqual({ labChanged: { labId: LAB, changeId: "m-1" } }),
  },
  {
    name: "subscription: layoutAlerts",
    kind: "subscription",
    needs: Role.PLANNER,
    field: "Subscription.layoutAlerts",
    document: "subscription { layoutAlerts { kind subjectKey } }",
    publish: {
      topic: TOPICS.LAYOUT_ALERT,
      payload: {
        kind: "GAP_OPENED",
        labId: null,
        dimension: "FIELD",
        subjectKey: "f-1",
        subjectName: "F",
        severity: "HIGH",
        reason: "r",
        reasonMessage: { code: "GAP_FIELD_UNSERVED", params: { field: "F" } },
        actor: "u",
        at,
      },
    },
    allowed: (r) => expect(r.data).toEqual({ layoutAlerts: { kind: "GAP_OPENED", subjectKey: "f-1" } }),
  },
  {
    name: "audit: changes",
    kind: "query",
    needs: Role.VIEWER,
    field: "Query.changes",
    document: `{ changes(since: "2020-01-01T00:00:00Z", first: 1) { id } }`,
  },
  {
    name: "write: updateJointLab",
    kind: "mutation",
    needs: Role.EDITOR,
    field: "Mutation.updateJointLab",
    document: `mutation ($id: ID!) { updateJointLab(id: $id, patch: { nameEn: "Millimetre-wave IC lab" }) { jointLab { id } userErrors { code } } }`,
    variables: () => ({ id: LAB }),
    allowed: (r) => expect(r.data?.updateJointLab).toEqual({ jointLab: { id: LAB }, userErrors: [] }),
  },
  {
    name: "write: link",
    kind: "mutation",
    needs: Role.EDITOR,
    field: "Mutation.link",
    document: `mutation { link(input: { type: FOCUSES_ON, from: { label: JointLab, key: "${LAB}" }, to: { label: Field, key: "ARTIFICIAL_INTELLIGENCE" } }) { userErrors { code } } }`,
    allowed: (r) => expect(r.data?.link).toEqual({ userErrors: [] }),
  },
  {
    name: "life cycle: submitApplication",
    kind: "mutation",
    needs: Role.EDITOR,
    field: "Mutation.submitApplication",
    document: `mutation { submitApplication(input: { id: "lab-matrix", name: "矩阵测试", leadUniversityId: "univ-seu", leadDisciplineCode: "0812" }) { userErrors { code } } }`,
    // Allowed callers after the first meet their own application: DUPLICATE_KEY, still no GraphQL error.
    allowed: (r) => {
      const codes = (r.data?.submitApplication as { userErrors: { code: string }[] }).userErrors.map(
        (e) => e.code,
      );
      expect(codes.filter((c) => c !== "DUPLICATE_KEY")).toEqual([]);
    },
  },
  {
    // Deprecated: refused by the policy (only recordEvaluation records one), after the role check.
    name: "write refused by the policy: createEvaluation",
    kind: "mutation",
    needs: Role.EDITOR,
    field: "Mutation.createEvaluation",
    document: `mutation { createEvaluation(input: { id: "eval-matrix-forged", kind: PLAN_REVIEW, on: "2026-11-28", outcome: PASS }) { evaluation { id } userErrors { code } } }`,
    allowed: (r) =>
      expect(r.data?.createEvaluation).toEqual({
        evaluation: null,
        userErrors: [{ code: "USE_LIFE_CYCLE" }],
      }),
  },
  {
    name: "delete: deleteCity",
    kind: "mutation",
    needs: Role.ADMIN,
    field: "Mutation.deleteCity",
    document: `mutation { deleteCity(id: "city-matrix-nonexistent") { userErrors { code } } }`,
    allowed: (r) => expect(r.data?.deleteCity).toEqual({ userErrors: [{ code: "NOT_FOUND" }] }),
  },
];

// ---------------------------------------------------------------------------------------------
// The callers.
// ---------------------------------------------------------------------------------------------
interface Caller {
  name: string;
  token: () => Promise<string | undefined>;
  /** The role the token grants; null: anonymous. */
  role?: Role | null;
  /** A token the hub must refuse outright, and why (as the error says). */
  refused?: RegExp;
}

const CALLERS: Caller[] = [
  { name: "anonymous (no token)", token: async () => undefined, role: null },
  ...Object.values(Role).map((role) => ({ name: role, token: () => roleToken(role), role })),
  {
    name: "expired ADMIN token",
    token: () => token({ claims: { role: "ADMIN" }, expiresIn: -120 }),
    refused: /token expired/,
  },
  {
    name: "ADMIN token with a wrong signature",
    token: () => token({ claims: { role: "ADMIN" }, secret: "another-secret-another-secret-another" }),
    refused: /signature does not verify/,
  },
];

type Outcome = "allowed" | "UNAUTHENTICATED" | "FORBIDDEN" | "refused token";

function expected(caller: Caller, operation: Operation): Outcome {
  if (caller.refused) return "refused token";
  if (!caller.role) return "UNAUTHENTICATED";
  return grants(caller.role, operation.needs) ? "allowed" : "FORBIDDEN";
}

let graph: Graph;
let hub: Hub;
let bus: HubEventBus;
const tokens = new Map<string, string | undefined>();
const sockets = new Map<string, WsConnection>();

beforeAll(async () => {
  graph = testGraph();
  await resetToSeed(graph);
  hub = await startTestHub(graph, { config: { ...authConfig(), corsOrigins: ["https://planner.example"] } });
  bus = hub.events as HubEventBus;
  for (const caller of CALLERS) tokens.set(caller.name, await caller.token());
});

afterAll(async () => {
  for (const socket of sockets.values()) await socket.dispose();
  await hub?.close();
  await graph?.close();
});

async function socketOf(caller: Caller): Promise<WsConnection> {
  let socket = sockets.get(caller.name);
  if (!socket) {
    socket = await connectWs(hub, wsAuth(tokens.get(caller.name)));
    sockets.set(caller.name, socket);
  }
  return socket;
}

function checkRefusal(
  result: ExecutionResult | { errors?: unknown[] },
  outcome: Outcome,
  operation: Operation,
): void {
  const errors = (result.errors ?? []) as { message: string; extensions?: Record<string, unknown> }[];
  expect(errors.length, JSON.stringify(result)).toBeGreaterThan(0);
  const error = errors[0]!;
  expect(error.extensions?.code).toBe(outcome);
  if (outcome === "FORBIDDEN") {
    expect(error.extensions?.requiredRole).toBe(operation.needs);
    expect(error.message).toContain(`${operation.field} needs the role ${operation.needs}; the token grants`);
  } else {
    // Anonymous: refused at the first guarded field on the way (a root field, maybe before `field`).
    expect(error.message).toMatch(/^\w+\.\w+ needs the role \w+: send a bearer token$/);
    expect(grants(operation.needs, error.extensions?.requiredRole as Role)).toBe(true);
  }
}

function checkAllowed(result: ExecutionResult, operation: Operation): void {
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  expect(result.data).toBeTruthy();
  operation.allowed?.(result);
}

const cases = CALLERS.flatMap((caller) =>
  OPERATIONS.flatMap((operation) =>
    (operation.kind === "subscription" ? ["WebSocket"] : ["HTTP", "WebSocket"]).map((transport) => ({
      caller,
      operation,
      transport,
      outcome: expected(caller, operation),
    })),
  ),
);

describe("roles × operations", () => {
  it.each(cases)(
    "$caller.name × $operation.name over $transport → $outcome",
    async ({ caller, operation, transport, outcome }) => {
      const variables = operation.variables?.() ?? {};
      if (transport === "HTTP") {
        const response = await gql(hub, operation.document, variables, bearer(tokens.get(caller.name)));
        if (outcome === "refused token") {
          expect(response.status).toBe(401);
          expect(response.data).toBeUndefined();
          expect(response.errors).toHaveLength(1);
          expect(response.errors![0]!.extensions).toEqual({ code: "UNAUTHENTICATED" });
          expect(response.errors![0]!.message).toMatch(caller.refused!);
          return;
        }
        expect(response.status).toBe(200);
        if (outcome === "allowed") checkAllowed(response as ExecutionResult, operation);
        else checkRefusal(response, outcome, operation);
        return;
      }

      const socket = await socketOf(caller);
      if (outcome === "refused token" || !caller.role) {
        // With auth, a socket runs nothing without a valid token in connection_init.
        const closed = await socket.whenClosed;
        expect(closed.code).toBe(4403);
        expect(closed.reason).toMatch(caller.refused ?? /connection_init needs a bearer token/);
        return;
      }
      expect(socket.closed).toBeNull();
      if (operation.kind !== "subscription") {
        const result = await wsExecute(socket.client, operation.document, variables);
        if (outcome === "allowed") checkAllowed(result, operation);
        else checkRefusal(result, outcome, operation);
        return;
      }
      const { topic, payload } = operation.publish!;
      const before = bus.listenerCount(topic);
      const sub = collect(socket.client, operation.document, variables);
      try {
        if (outcome === "allowed") {
          await until(() => bus.listenerCount(topic) > before, 5000, "the subscriber");
          await bus.publish(topic, payload);
          const [event] = await sub.take(1);
          checkAllowed(event!, operation);
        } else {
          const [refusal] = await sub.take(1);
          checkRefusal(refusal!, outcome, operation);
          await sub.ended();
          expect(bus.listenerCount(topic)).toBe(before); // refused before any subscription exists
        }
      } finally {
        sub.unsubscribe();
      }
    },
  );
});

describe("overrides", () => {
  it("lets only an ADMIN approve a lab despite a CONFLICT duplicate (R5)", async () => {
    // lab-mmwave-ic conflicts with lab-wbg-semi on 0809; give it a passed plan review first.
    const admin = bearer(await roleToken(Role.ADMIN));
    const editor = bearer(await roleToken(Role.EDITOR));
    await gql(
      hub,
      `mutation { recordEvaluation(labId: "${LAB}", input: { id: "eval-matrix", kind: PLAN_REVIEW, on: "2026-11-28", outcome: PASS }) { userErrors { code } } }`,
      {},
      editor,
    );
    const byEditor = await gql(
      hub,
      `mutation { approveLab(id: "${LAB}", override: true, reason: "统筹") { jointLab { status } userErrors { code } } }`,
      {},
      editor,
    );
    expect(byEditor.data!.approveLab).toEqual({
      jointLab: null,
      userErrors: [{ code: "OVERRIDE_FORBIDDEN" }],
    });
    const byAdmin = await gql(
      hub,
      `mutation { approveLab(id: "${LAB}", override: true, reason: "统筹") { jointLab { status } userErrors { code } } }`,
      {},
      admin,
    );
    expect(byAdmin.data!.approveLab).toEqual({ jointLab: { status: "APPROVED" }, userErrors: [] });
    const trail = await gql(
      hub,
      `{ changes(since: "2020-01-01T00:00:00Z", entity: { label: JointLab, key: "${LAB}" }) { action actor role } }`,
      {},
      admin,
    );
    expect(trail.data!.changes.filter((c: { action: string }) => c.action === "STATUS_CHANGED")).toEqual([
      { action: "STATUS_CHANGED", actor: "admin-user", role: "ADMIN" },
    ]);
  });
});

describe("tokens", () => {
  it("takes the highest of a `roles` list, and the user id from `sub`", async () => {
    const multi = await token({ claims: { roles: ["viewer", "EDITOR", "unknown"] }, sub: "planner-7" });
    const response = await gql(hub, "{ coverageGaps(dimension: PARK) { totalCount } }", {}, bearer(multi));
    expect(response.errors).toBeUndefined();
  });

  it("refuses with 401 a token without a role, without `sub`, or not sent as a bearer token", async () => {
    const noRole = await token({ claims: { role: "SUPERUSER" } });
    const noSub = await token({ claims: { role: "ADMIN" }, sub: null });
    for (const [authorization, reason] of [
      [`Bearer ${noRole}`, /names no role/],
      [`Bearer ${noSub}`, /no "sub" claim/],
      [`Basic ${Buffer.from("a:b").toString("base64")}`, /Bearer <token>/],
      ["Bearer not.a.jwt", /malformed token/],
    ] as const) {
      const response = await fetch(hub.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization },
        body: JSON.stringify({ query: "{ jointLabs(first: 1) { totalCount } }" }),
      });
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toBe('Bearer error="invalid_token"');
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe("UNAUTHENTICATED");
      expect(body.errors[0]!.message).toMatch(reason);
    }
  });

  it("accepts `Authorization` as well as `authorization` in connection_init", async () => {
    const socket = await connectWs(hub, { Authorization: `Bearer ${await roleToken(Role.PLANNER)}` });
    try {
      const result = await wsExecute(socket.client, "{ coverageGaps(dimension: PARK) { totalCount } }");
      expect(result.errors).toBeUndefined();
    } finally {
      await socket.dispose();
    }
  });

  it("lets a page of an origin of HUB_CORS_ORIGINS connect, and refuses the others", async () => {
    const viewer = wsAuth(await roleToken(Role.VIEWER));
    const foreign = await connectWs(hub, viewer, { origin: "https://elsewhere.example" });
    expect(foreign.closed).toEqual({
      code: 4403,
      reason: "Forbidden: a page of this origin may not connect (HUB_CORS_ORIGINS)",
    });
    await foreign.dispose();
    const socket = await connectWs(hub, viewer, { origin: "https://planner.example" });
    try {
      expect(socket.closed).toBeNull();
      expect((await wsExecute(socket.client, `{ jointLab(id: "${LAB}") { id } }`)).data).toEqual({
        jointLab: { id: LAB },
      });
    } finally {
      await socket.dispose();
    }
  });

  it("closes a WebSocket when its token expires (after the clock tolerance)", async () => {
    const shortLived = await token({ claims: { role: "VIEWER" }, expiresIn: 1 });
    const socket = await connectWs(hub, wsAuth(shortLived));
    try {
      expect(socket.closed).toBeNull();
      const sub = collect(socket.client, "subscription { labChanged { labId } }");
      const closed = await socket.whenClosed;
      expect(closed).toEqual({ code: 4403, reason: "Forbidden: token expired" });
      await sub.ended();
    } finally {
      await socket.dispose();
    }
  }, 15_000);
});

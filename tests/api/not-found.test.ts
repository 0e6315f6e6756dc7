/**
 * One answer for what does not exist, walked over every root field of the schema that takes a key (an
 * argument or input field of type ID, or a String that names a node), read from the schema itself so
 * that a new field cannot be forgotten:
 * - a key over the bound (100,000 characters) is BAD_USER_INPUT naming the argument, never echoed;
 * - an unknown key: a lookup answers null, a list filter an empty page, an analytic NOT_FOUND naming
 *   it, a mutation the user error NOT_FOUND naming it — and the graph is unchanged.
 * Every key slot must be covered by one of these or be listed as not naming an existing node.
 */
import {
  GraphQLString,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  parse,
  subscribe,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QueryStats, type Graph } from "../../src/graph/graph.js";
import { KEY_MAX_LENGTH } from "../../src/modules/shared/keys.js";
import { missingKeys } from "../../src/modules/shared/exists.js";
import { isKeyType, keyTakingFields } from "../../src/server/key-bound.js";
import type { Hub } from "../../src/server/http.js";
import { hubSchema } from "../../src/server/schema.js";
import { count, resetToSeed, testGraph } from "../support/graph.js";
import { gql, startTestHub } from "../support/hub.js";

/** String arguments and input fields that name a node; every other String is free text. */
const KEY_STRINGS = new Set([
  "city",
  "codePrefix",
  "discipline",
  "disciplineCodes",
  "expertIn",
  "field",
  "firstClassDiscipline",
  "focusFieldCodes",
  "lab",
  "leadDisciplineCode",
  "park",
  "university",
  "worksAt",
]);
const FREE_TEXT = new Set([
  "after", // a connection's cursor (String), checked as a cursor
  "clientMutationId", // the client's idempotency key: names no node, bounded to 200 characters on its own
  "grade",
  "kind",
  "name",
  "nameEn",
  "programme",
  "reason",
  "role",
  "since",
  "text",
  "title",
  "topic",
]);

/** Key slots that name no existing node, so an unknown value is no error: why, per slot. */
const NOT_NAMING: Record<string, string> = {
  "networkOpportunities after": "a position in key order: the page after it",
  "labChanged id": "a subscription's filter: a lab that may be created later",
  "applicationStatusChanged id": "a subscription's filter: a lab that may be created later",
};
/** create* and the new node of a composite write: its key is new by definition. */
const NEW_KEY =
  /^(?:create\w+ input\.(?:id|code)|submitApplication input\.id|addResearchDirection input\.id|recordEvaluation input\.id)$/;

interface Slot {
  root: "Query" | "Mutation" | "Subscription";
  field: GraphQLField<unknown, unknown>;
  /** Argument path, e.g. "id", "filter.city", "input.from.key". */
  path: string;
  list: boolean;
}

function slotsOf(root: Slot["root"], field: GraphQLField<unknown, unknown>): Slot[] {
  const out: Slot[] = [];
  const walk = (type: GraphQLInputType, name: string, path: string, seen: ReadonlySet<string>) => {
    const named = getNamedType(type);
    const unwrapped = isNonNullType(type) ? type.ofType : type;
    if (isInputObjectType(named)) {
      if (seen.has(named.name)) return;
      for (const f of Object.values(named.getFields()))
        walk(f.type, f.name, `${path}.${f.name}`, new Set([...seen, named.name]));
      return;
    }
    if (named.name === "ID" || (named === GraphQLString && KEY_STRINGS.has(name)))
      out.push({ root, field, path, list: isListType(unwrapped) });
  };
  for (const arg of field.args) walk(arg.type, arg.name, arg.name, new Set());
  return out;
}

/** A variable value of a type: the target value at `path` (relative), required parts filled with samples. */
function sample(type: GraphQLInputType, path: string[] | null, value: string): unknown {
  if (isNonNullType(type)) return sample(type.ofType, path, value);
  if (isListType(type)) {
    const item = type.ofType as GraphQLInputType;
    return path && path.length === 0 ? [value] : path ? [sample(item, path, value)] : [];
  }
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) {
      const onPath = path?.[0] === f.name;
      if (onPath) out[f.name] = sample(f.type, path!.slice(1), value);
      else if (isNonNullType(f.type) && f.defaultValue === undefined)
        out[f.name] = sample(f.type, null, value);
    }
    return out;
  }
  if (path && path.length === 0) return value;
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isScalarType(type)) {
    if (["Int", "Float", "SafeInt"].includes(type.name)) return 1;
    if (type.name === "Boolean") return false;
    if (type.name === "LocalDate") return "2026-01-01";
    if (type.name === "DateTime") return "2026-01-01T00:00:00Z";
    return "x1";
  }
  throw new Error(`no sample for ${String(type)}`);
}

/** The operation calling one root field with `value` at one slot, other required arguments sampled. */
function operation(slot: Slot, value: string): { query: string; variables: Record<string, unknown> } {
  const [argName, ...rest] = slot.path.split(".");
  const args = slot.field.args.filter(
    (a) => a.name === argName || (isNonNullType(a.type) && a.defaultValue === undefined),
  );
  const variables = Object.fromEntries(
    args.map((a) => [a.name, sample(a.type, a.name === argName ? rest : null, value)]),
  );
  const kind = slot.root === "Query" ? "query" : slot.root === "Mutation" ? "mutation" : "subscription";
  const declared = args.map((a) => `$${a.name}: ${String(a.type)}`).join(", ");
  const passed = args.map((a) => `${a.name}: $${a.name}`).join(", ");
  const query = `${kind}${declared ? `(${declared})` : ""} { ${slot.field.name}${passed ? `(${passed})` : ""} { __typename } }`;
  return { query, variables };
}

const where = (slot: Slot) => `${slot.field.name} ${slot.path}`;

let schema: GraphQLSchema;
let slots: Slot[];
let graph: Graph;
let hub: Hub;
let platform: string;
let nodesBefore: number;
beforeAll(async () => {
  schema = await hubSchema();
  slots = (["Query", "Mutation", "Subscription"] as const).flatMap((root) => {
    const type =
      root === "Query"
        ? schema.getQueryType()
        : root === "Mutation"
          ? schema.getMutationType()
          : schema.getSubscriptionType();
    return Object.values(type!.getFields()).flatMap((f) => slotsOf(root, f));
  });
  graph = testGraph();
  await resetToSeed(graph);
  hub = await startTestHub(graph);
  platform = String(
    (await graph.read("MATCH (p:Platform) RETURN p.id AS id ORDER BY id LIMIT 1")).records[0]!.get("id"),
  );
  nodesBefore = await count(graph, "MATCH (n) WHERE NOT n:Change RETURN count(n)");
});
afterAll(async () => {
  await hub?.close();
  await graph?.close();
});

describe("what a key is", () => {
  it("every String argument and input field of the schema is either a key or free text", () => {
    const unclassified = new Set<string>();
    const visit = (type: GraphQLInputType, name: string, seen: ReadonlySet<string>) => {
      const named = getNamedType(type);
      if (named === GraphQLString && !KEY_STRINGS.has(name) && !FREE_TEXT.has(name)) unclassified.add(name);
      if (named === GraphQLString) expect(isKeyType(type, name), name).toBe(KEY_STRINGS.has(name));
      if (named.name === "ID") expect(isKeyType(type, name), name).toBe(true);
      if (isInputObjectType(named) && !seen.has(named.name))
        for (const f of Object.values(named.getFields()))
          visit(f.type, f.name, new Set([...seen, named.name]));
    };
    for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()])
      for (const f of Object.values(type!.getFields()))
        for (const a of f.args) visit(a.type, a.name, new Set());
    expect([...unclassified]).toEqual([]);
  });

  it("the bound guards exactly the root fields that take a key", () => {
    const withSlots = new Set(slots.map((s) => s.field.name));
    expect(new Set(keyTakingFields(schema).map((f) => f.name))).toEqual(withSlots);
    expect(withSlots.size).toBeGreaterThan(80);
  });
});

describe("a key over the bound", () => {
  const long = "k".repeat(100_000);

  it("is BAD_USER_INPUT naming the argument, for every key of every query and mutation, not echoed", async () => {
    const wrong: string[] = [];
    for (const slot of slots.filter((s) => s.root !== "Subscription")) {
      const { query, variables } = operation(slot, long);
      const res = await gql(hub, query, variables);
      const error = res.errors?.[0];
      const field = slot.path + (slot.list ? "[0]" : "");
      const size = JSON.stringify(res).length;
      if (
        error?.extensions?.code !== "BAD_USER_INPUT" ||
        error.extensions.field !== field ||
        error.extensions.length !== 100_000 ||
        !(error.message.length < 300) ||
        !error.message.includes(field) ||
        size > 1_000
      )
        wrong.push(`${where(slot)}: ${JSON.stringify(res).slice(0, 300)}`);
    }
    expect(wrong).toEqual([]);
  });

  it("is refused at the bound and not below it", async () => {
    const at = await gql(hub, `query($id: ID!) { jointLab(id: $id) { id } }`, {
      id: "k".repeat(KEY_MAX_LENGTH),
    });
    expect(at).toMatchObject({ data: { jointLab: null } });
    expect(at.errors).toBeUndefined();
    const over = await gql(hub, `query($id: ID!) { jointLab(id: $id) { id } }`, {
      id: "k".repeat(KEY_MAX_LENGTH + 1),
    });
    expect(over.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "id" });
  });

  it("is refused by a subscription before it starts", async () => {
    for (const slot of slots.filter((s) => s.root === "Subscription")) {
      const { query, variables } = operation(slot, long);
      const result = await subscribe({
        schema,
        document: parse(query),
        variableValues: variables,
        contextValue: {},
      });
      expect("errors" in result && result.errors?.[0]?.extensions, where(slot)).toMatchObject({
        code: "BAD_USER_INPUT",
        field: slot.path,
      });
    }
  });

  it("writes nothing", async () => {
    expect(await count(graph, "MATCH (n) WHERE NOT n:Change RETURN count(n)")).toBe(nodesBefore);
    expect(await count(graph, "MATCH (c:Change) RETURN count(c)")).toBe(0);
  });
});

/** Calls naming an unknown node at one slot, with what they must answer. */
type Expect = "NULL" | "EMPTY_PAGE" | "NOT_FOUND" | "USER_ERROR";
interface Case {
  query: string;
  expect: Expect;
  key: string;
  /** The argument the error names (NOT_FOUND's extensions.field). */
  field?: string;
}

const PAYLOAD = "userErrors { code field message }";
const lab = (m: string, rest = "") => `mutation { ${m}(id: "lab-nope"${rest}) { ${PAYLOAD} } }`;

function explicitCases(): Record<string, Case> {
  return {
    "labCompliance id": {
      query: `{ labCompliance(id: "lab-nope") { status } }`,
      expect: "NOT_FOUND",
      key: "lab-nope",
      field: "id",
    },
    "duplicatesFor id": {
      query: `{ duplicatesFor(id: "lab-nope") { totalCount } }`,
      expect: "NOT_FOUND",
      key: "lab-nope",
      field: "id",
    },
    "collaborationOpportunities id": {
      query: `{ collaborationOpportunities(id: "lab-nope") { score } }`,
      expect: "NOT_FOUND",
      key: "lab-nope",
      field: "id",
    },
    "coverageGaps field": {
      query: `{ coverageGaps(dimension: CITY, field: "NO_SUCH_FIELD") { totalCount } }`,
      expect: "NOT_FOUND",
      key: "NO_SUCH_FIELD",
      field: "field",
    },
    "networkOpportunities field": {
      query: `{ networkOpportunities(field: "NO_SUCH_FIELD") { score } }`,
      expect: "NOT_FOUND",
      key: "NO_SUCH_FIELD",
      field: "field",
    },
    "simulateApproval ids": {
      query: `{ simulateApproval(ids: ["lab-deep-ocean", "lab-nope"]) { approved } }`,
      expect: "NOT_FOUND",
      key: "lab-nope",
      field: "ids",
    },
    "changes entity.key": {
      query: `{ changes(since: "2020-01-01T00:00:00Z", entity: { label: JointLab, key: "lab-nope" }) { id } }`,
      expect: "NOT_FOUND",
      key: "lab-nope",
      field: "entity.key",
    },
    "changes after": {
      query: `{ changes(since: "2020-01-01T00:00:00Z", after: "change-nope") { id } }`,
      expect: "NOT_FOUND",
      key: "change-nope",
      field: "after",
    },
    "startPlanReview id": { query: lab("startPlanReview"), expect: "USER_ERROR", key: "lab-nope" },
    "approveLab id": { query: lab("approveLab"), expect: "USER_ERROR", key: "lab-nope" },
    "rejectApplication id": { query: lab("rejectApplication"), expect: "USER_ERROR", key: "lab-nope" },
    "startConstruction id": { query: lab("startConstruction"), expect: "USER_ERROR", key: "lab-nope" },
    "retainLab id": { query: lab("retainLab"), expect: "USER_ERROR", key: "lab-nope" },
    "exitLab id": { query: lab("exitLab"), expect: "USER_ERROR", key: "lab-nope" },
    "recordEvaluation labId": {
      query: `mutation { recordEvaluation(labId: "lab-nope", input: { id: "eval-new", kind: PLAN_REVIEW, on: "2026-11-01", outcome: PASS }) { ${PAYLOAD} } }`,
      expect: "USER_ERROR",
      key: "lab-nope",
    },
    "recordEvaluation input.reviewerIds": {
      query: `mutation { recordEvaluation(labId: "lab-mmwave-ic", input: { id: "eval-new", kind: PLAN_REVIEW, on: "2026-11-01", outcome: REVISE, reviewerIds: ["person-nope"] }) { ${PAYLOAD} } }`,
      expect: "USER_ERROR",
      key: "person-nope",
    },
    "addResearchDirection labId": {
      query: `mutation { addResearchDirection(labId: "lab-nope", input: { id: "dir-new", name: "新方向", disciplineCodes: ["0809"] }) { ${PAYLOAD} } }`,
      expect: "USER_ERROR",
      key: "lab-nope",
    },
    "addResearchDirection input.disciplineCodes": {
      query: `mutation { addResearchDirection(labId: "lab-wbg-semi", input: { id: "dir-new", name: "新方向", disciplineCodes: ["0899"] }) { ${PAYLOAD} } }`,
      expect: "USER_ERROR",
      key: "0899",
    },
    "addResearchDirection input.leadEnterpriseIds": {
      query: `mutation { addResearchDirection(labId: "lab-wbg-semi", input: { id: "dir-new", name: "新方向", disciplineCodes: ["0809"], leadEnterpriseIds: ["ent-nope"] }) { ${PAYLOAD} } }`,
      expect: "USER_ERROR",
      key: "ent-nope",
    },
    "addResearchDirection input.memberEnterpriseIds": {
      query: `mutation { addResearchDirection(labId: "lab-wbg-semi", input: { id: "dir-new", name: "新方向", disciplineCodes: ["0809"], memberEnterpriseIds: ["ent-nope"] }) { ${PAYLOAD} } }`,
      expect: "USER_ERROR",
      key: "ent-nope",
    },
    "submitApplication input.leadUniversityId": {
      query: `mutation { submitApplication(input: { id: "lab-new", name: "新申请", leadUniversityId: "univ-nope", leadDisciplineCode: "0809" }) { ${PAYLOAD} } }`,
      expect: "USER_ERROR",
      key: "univ-nope",
    },
    "submitApplication input.leadDisciplineCode": {
      query: `mutation { submitApplication(input: { id: "lab-new", name: "新申请", leadUniversityId: "univ-seu", leadDisciplineCode: "0899" }) { ${PAYLOAD} } }`,
      expect: "USER_ERROR",
      key: "0899",
    },
    "submitApplication input.focusFieldCodes": {
      query: `mutation { submitApplication(input: { id: "lab-new", name: "新申请", leadUniversityId: "univ-seu", leadDisciplineCode: "0809", focusFieldCodes: ["NO_SUCH_FIELD"] }) { ${PAYLOAD} } }`,
      expect: "USER_ERROR",
      key: "NO_SUCH_FIELD",
    },
    "submitApplication input.locationId": {
      query: `mutation { submitApplication(input: { id: "lab-new", name: "新申请", leadUniversityId: "univ-seu", leadDisciplineCode: "0809", locationId: "place-nope" }) { ${PAYLOAD} } }`,
      expect: "USER_ERROR",
      key: "place-nope",
    },
    ...Object.fromEntries(
      ["link", "unlink"].flatMap((m) => [
        [
          `${m} input.from.key`,
          {
            query: `mutation { ${m}(input: { type: COLLABORATES_WITH, from: { label: JointLab, key: "lab-nope" }, to: { label: Platform, key: "${platform}" } }) { ${PAYLOAD} } }`,
            expect: "USER_ERROR",
            key: "lab-nope",
          },
        ],
        [
          `${m} input.to.key`,
          {
            query: `mutation { ${m}(input: { type: COLLABORATES_WITH, from: { label: JointLab, key: "lab-wbg-semi" }, to: { label: Platform, key: "plat-nope" } }) { ${PAYLOAD} } }`,
            expect: "USER_ERROR",
            key: "plat-nope",
          },
        ],
      ]),
    ),
  };
}

/** The generic shapes: lookups, list filters, update and delete. */
function genericCase(slot: Slot): Case | null {
  const name = slot.field.name;
  // a code where the argument is a discipline's catalogue code (a filter's shape is checked first)
  const code = /^(?:code|filter\.(?:codePrefix|discipline|expertIn|firstClassDiscipline))$/.test(slot.path);
  const key = code ? "0899" : "nope-key";
  const returns = String(slot.field.type);
  if (
    slot.root === "Query" &&
    slot.field.args.length === 1 &&
    !returns.endsWith("!") &&
    !slot.path.includes(".")
  )
    return { query: `{ ${name}(${slot.path}: "${key}") { __typename } }`, expect: "NULL", key };
  if (slot.root === "Query" && returns.endsWith("Connection!") && slot.path.startsWith("filter."))
    return {
      query: `{ ${name}(filter: { ${slot.path.slice("filter.".length)}: "${key}" }) { edges { cursor } } }`,
      expect: "EMPTY_PAGE",
      key,
    };
  if (slot.root === "Mutation" && /^update/.test(name) && (slot.path === "id" || slot.path === "code"))
    return {
      query: `mutation { ${name}(${slot.path}: "${key}", patch: {}) { ${PAYLOAD} } }`,
      expect: "USER_ERROR",
      key,
    };
  if (
    slot.root === "Mutation" &&
    /^delete/.test(name) &&
    slot.field.args.filter((a) => a.name !== "clientMutationId").length === 1
  )
    return {
      query: `mutation { ${name}(${slot.path}: "${key}") { ${PAYLOAD} } }`,
      expect: "USER_ERROR",
      key,
    };
  return null;
}

describe("an unknown key", () => {
  it("covers every key slot of every query and mutation", () => {
    const explicit = explicitCases();
    const uncovered = slots
      .filter((s) => !(where(s) in NOT_NAMING) && !NEW_KEY.test(where(s)))
      .filter((s) => !genericCase(s) && !explicit[where(s)])
      .map(where);
    expect(uncovered).toEqual([]);
    // no stale entry
    const all = new Set(slots.map(where));
    for (const k of [...Object.keys(explicit), ...Object.keys(NOT_NAMING)]) expect(all.has(k), k).toBe(true);
  });

  it("is null from a lookup, an empty page from a list filter, NOT_FOUND from an analytic and a mutation, naming it", async () => {
    const explicit = explicitCases();
    const wrong: string[] = [];
    let checked = 0;
    for (const slot of slots.filter((s) => s.root !== "Subscription")) {
      const c = explicit[where(slot)] ?? genericCase(slot);
      if (!c) continue;
      checked += 1;
      const res = await gql(hub, c.query);
      const data = res.data?.[slot.field.name] as Record<string, any> | null | undefined;
      const error = res.errors?.[0];
      const ok =
        c.expect === "NULL"
          ? res.errors === undefined && data === null
          : c.expect === "EMPTY_PAGE"
            ? res.errors === undefined && Array.isArray(data?.edges) && data.edges.length === 0
            : c.expect === "NOT_FOUND"
              ? error?.extensions?.code === "NOT_FOUND" &&
                error.extensions.field === c.field &&
                (error.extensions.keys as string[]).includes(c.key) &&
                error.message.includes(c.key) &&
                error.message.length < 300
              : res.errors === undefined &&
                data?.userErrors?.[0]?.code === "NOT_FOUND" &&
                String(data.userErrors[0].message).includes(c.key);
      if (!ok) wrong.push(`${where(slot)}: ${JSON.stringify(res).slice(0, 400)}`);
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(60);
  }, 240_000); // about 90 calls, writes with their layout watch among them

  it("leaves the graph unchanged and records no change", async () => {
    expect(await count(graph, "MATCH (n) WHERE NOT n:Change RETURN count(n)")).toBe(nodesBefore);
    expect(await count(graph, "MATCH (c:Change) RETURN count(c)")).toBe(0);
  });

  it("is no error where the node exists, or existed: the audit trail of a deleted node is still answered", async () => {
    const created = await gql(
      hub,
      `mutation { createCity(input: { id: "city-gone", name: "已撤销" }) { ${PAYLOAD} } }`,
    );
    expect(created.data!.createCity.userErrors).toEqual([]);
    await gql(hub, `mutation { deleteCity(id: "city-gone") { ${PAYLOAD} } }`);
    const trail = await gql(
      hub,
      `{ changes(since: "2020-01-01T00:00:00Z", entity: { label: City, key: "city-gone" }) { action } }`,
    );
    expect(trail.data!.changes.map((c: { action: string }) => c.action)).toEqual(["CREATED", "DELETED"]);
    const later = await gql(
      hub,
      `{ changes(since: "2100-01-01T00:00:00Z", entity: { label: City, key: "city-gone" }) { action } }`,
    );
    expect(later).toMatchObject({ data: { changes: [] } });
    expect(later.errors).toBeUndefined();
    const known = await gql(
      hub,
      `{ coverageGaps(dimension: FIELD, field: "INTEGRATED_CIRCUITS") { totalCount } }`,
    );
    expect(known.errors).toBeUndefined();
  });
});

describe("the existence check", () => {
  it("answers every key of a request in one round trip, in order, the audit trail counting when asked", async () => {
    const stats = new QueryStats();
    const missing = await missingKeys(
      graph,
      [
        { label: "JointLab", key: "lab-wbg-semi", field: "a" },
        { label: "JointLab", key: "lab-nope", field: "a" },
        { label: "Field", key: "INTEGRATED_CIRCUITS", field: "b" },
        { label: "Discipline", key: "0899", field: "c" },
        { label: "City", key: "city-gone", field: "d" },
        { label: "City", key: "city-gone", field: "e", audited: true },
        { label: "University", key: "lab-wbg-semi", field: "f" }, // a key of another label
      ],
      stats,
    );
    expect(missing.map((m) => `${m.field} ${m.key}`)).toEqual([
      "a lab-nope",
      "c 0899",
      "d city-gone",
      "f lab-wbg-semi",
    ]);
    expect(stats.roundTrips).toBe(1);
  });
});

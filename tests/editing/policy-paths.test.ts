/**
 * One path per step of the policy (src/domain/policy-paths.ts): every way an EDITOR (or an ADMIN)
 * could bring a lab to APPROVED without a passing plan review, tried over HTTP and over graphql-ws on
 * the seed graph. Each attempt is refused with a code, writes nothing (the graph's digest, audit trail
 * included, is unchanged), and an ADMIN's approval (with an override) is still refused afterwards.
 *
 * Every mutation of schema/schema.graphql is classified here: a new mutation fails the test until it
 * is, and one that can write a lab, an evaluation or a direction must come with its attacks.
 */
import { readFileSync } from "node:fs";
import { buildSchema, getNamedType, isInputObjectType, type GraphQLInputType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RELATIONSHIPS, type RelType } from "../../src/domain/model.js";
import { LIFE_CYCLE_RELATIONSHIPS } from "../../src/domain/policy-paths.js";
import { Role } from "../../src/domain/roles.js";
import type { Graph } from "../../src/graph/graph.js";
import { SCHEMA_FILE } from "../../src/graph/paths.js";
import type { Hub } from "../../src/server/http.js";
import { fingerprint } from "../support/fingerprint.js";
import { count, resetToSeed, testGraph } from "../support/graph.js";
import { bearer, gql, startTestHub } from "../support/hub.js";
import { authConfig, roleToken } from "../support/tokens.js";
import { connectWs, wsAuth, wsExecute, type WsConnection } from "../support/ws.js";

/** UNDER_REVIEW, plan reviews: PASS (2026-01-10), then FAIL (2026-02-10): the latest is FAIL. */
const A = "lab-policy-a";
/** UNDER_REVIEW, one plan review: REVISE (seed). */
const L = "lab-low-altitude";
/** UNDER_REVIEW with a FAIL: deleted and resubmitted by an ADMIN. */
const B = "lab-policy-b";
const ERR = "userErrors { code field message }";

type Transport = "HTTP" | "WebSocket";
const TRANSPORTS: Transport[] = ["HTTP", "WebSocket"];

interface Result {
  data?: Record<string, any> | null;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

/**
 * An attempt: mutation fields (aliased r0, r1, …) run in one operation, each refused with its code —
 * a user error's, or a GraphQL error's (then nothing of the operation runs) — or, for `writes`,
 * going through the paths and written, with approval still refused.
 */
interface Attack {
  name: string;
  as?: Role;
  /** `tag` tells the transports' ids apart. */
  fields: (tag: string) => string[];
  /** Per field; one code for a GraphQL error of the whole operation. */
  codes: string[];
  /** The lab it tries to approve, and what approving it then answers. */
  lab?: string;
  approval?: string;
  /** It writes through the dedicated mutations (the digest may change). */
  writes?: boolean;
}

const evalOf = (lab: string, type: "EVALUATED_IN" | "REVIEWED", from: string, to: string, op = "link") =>
  `${op}(input: { type: ${type}, from: { label: ${type === "REVIEWED" ? "Person" : "JointLab"}, key: "${from}" }, to: { label: Evaluation, key: "${to}" } }) { ${ERR} }`;

const ATTACKS: Attack[] = [
  // Evaluations, created or patched generically.
  {
    name: "a PASS plan review created by createEvaluation, then linked to the lab",
    fields: (t) => [
      `createEvaluation(input: { id: "eval-forged-${t}", kind: PLAN_REVIEW, on: "2026-11-30", outcome: PASS }) { evaluation { id } ${ERR} }`,
      evalOf(L, "EVALUATED_IN", L, `eval-forged-${t}`),
    ],
    codes: ["USE_LIFE_CYCLE", "USE_LIFE_CYCLE"],
    lab: L,
  },
  {
    name: "createEvaluation with an invalid input still answers with the path",
    fields: (t) => [
      `createEvaluation(input: { id: "bad id ${t}", kind: PLAN_REVIEW, on: "2026-11-30", score: 900 }) { ${ERR} }`,
    ],
    codes: ["USE_LIFE_CYCLE"],
  },
  {
    name: "a REVISE patched into a PASS",
    fields: () => [
      `updateEvaluation(id: "eval-low-altitude-plan", patch: { outcome: PASS }) { evaluation { outcome } ${ERR} }`,
    ],
    codes: ["USE_LIFE_CYCLE"],
    lab: L,
  },
  {
    name: "a FAIL patched into a PASS, with a score to make it look right",
    fields: () => [
      `updateEvaluation(id: "eval-policy-a-fail", patch: { score: 91, outcome: PASS }) { ${ERR} }`,
    ],
    codes: ["USE_LIFE_CYCLE"],
  },
  {
    name: "the FAIL's kind patched, so that the older PASS is the latest plan review",
    fields: () => [`updateEvaluation(id: "eval-policy-a-fail", patch: { kind: PERFORMANCE }) { ${ERR} }`],
    codes: ["USE_LIFE_CYCLE"],
  },
  {
    name: "the FAIL's kind removed (null)",
    fields: () => [`updateEvaluation(id: "eval-policy-a-fail", patch: { kind: null }) { ${ERR} }`],
    codes: ["USE_LIFE_CYCLE"],
  },
  {
    name: "the FAIL backdated before the PASS",
    fields: () => [`updateEvaluation(id: "eval-policy-a-fail", patch: { on: "2026-01-01" }) { ${ERR} }`],
    codes: ["USE_LIFE_CYCLE"],
  },
  {
    name: "the PASS post-dated after the FAIL",
    fields: () => [`updateEvaluation(id: "eval-policy-a-pass", patch: { on: "2026-12-01" }) { ${ERR} }`],
    codes: ["USE_LIFE_CYCLE"],
  },
  {
    name: "the outcome through a variable",
    fields: () => [`updateEvaluation(id: "eval-policy-a-fail", patch: { outcome: $outcome }) { ${ERR} }`],
    codes: ["USE_LIFE_CYCLE"],
  },
  // Relationships of the record.
  {
    name: "another lab's PASS plan review linked to the lab",
    fields: () => [evalOf(L, "EVALUATED_IN", L, "eval-wbg-semi-plan")],
    codes: ["USE_LIFE_CYCLE"],
    lab: L,
  },
  {
    name: "the lab's own older PASS linked again",
    fields: () => [evalOf(A, "EVALUATED_IN", A, "eval-policy-a-pass")],
    codes: ["USE_LIFE_CYCLE"],
  },
  {
    name: "the FAIL unlinked from the lab",
    fields: () => [evalOf(A, "EVALUATED_IN", A, "eval-policy-a-fail", "unlink")],
    codes: ["USE_LIFE_CYCLE"],
  },
  {
    name: "the lab's only plan review unlinked",
    fields: () => [evalOf(L, "EVALUATED_IN", L, "eval-low-altitude-plan", "unlink")],
    codes: ["USE_LIFE_CYCLE"],
    lab: L,
  },
  {
    name: "an expert added to the FAIL's record",
    fields: () => [evalOf(A, "REVIEWED", "person-0001", "eval-policy-a-fail")],
    codes: ["USE_LIFE_CYCLE"],
  },
  {
    name: "an expert removed from the FAIL's record",
    fields: () => [evalOf(A, "REVIEWED", "person-0032", "eval-policy-a-fail", "unlink")],
    codes: ["USE_LIFE_CYCLE"],
  },
  // Deleting the record.
  {
    name: "an ADMIN deletes the FAIL",
    as: Role.ADMIN,
    fields: () => [`deleteEvaluation(id: "eval-policy-a-fail") { ${ERR} }`],
    codes: ["USE_LIFE_CYCLE"],
  },
  {
    name: "an EDITOR deletes the FAIL",
    fields: () => [`deleteEvaluation(id: "eval-policy-a-fail") { ${ERR} }`],
    codes: ["FORBIDDEN"],
  },
  // The lab itself.
  {
    name: "the status patched by updateJointLab",
    fields: () => [`updateJointLab(id: "${L}", patch: { status: APPROVED }) { ${ERR} }`],
    codes: ["GRAPHQL_VALIDATION_FAILED"],
    lab: L,
  },
  {
    name: "the approval date patched by updateJointLab",
    fields: () => [`updateJointLab(id: "${L}", patch: { approvedOn: "2026-11-30" }) { ${ERR} }`],
    codes: ["GRAPHQL_VALIDATION_FAILED"],
    lab: L,
  },
  {
    name: "an approved lab created by createJointLab",
    fields: (t) => [
      `createJointLab(input: { id: "lab-forged-${t}", name: "伪造", status: APPROVED }) { ${ERR} }`,
    ],
    codes: ["GRAPHQL_VALIDATION_FAILED"],
  },
  {
    name: "a lab created by createJointLab beside submitApplication",
    fields: (t) => [
      `createJointLab(input: { id: "lab-forged-${t}", name: "伪造" }) { jointLab { id } ${ERR} }`,
    ],
    codes: ["USE_LIFE_CYCLE"],
  },
  {
    name: "an application submitted as approved",
    fields: (t) => [
      `submitApplication(input: { id: "lab-forged-${t}", name: "伪造", leadUniversityId: "univ-seu", leadDisciplineCode: "0303", status: APPROVED }) { ${ERR} }`,
    ],
    codes: ["GRAPHQL_VALIDATION_FAILED"],
  },
  // Directions.
  {
    name: "a direction created by createResearchDirection, then linked to the lab",
    fields: (t) => [
      `createResearchDirection(input: { id: "dir-forged-${t}", name: "伪造方向" }) { ${ERR} }`,
      `link(input: { type: HAS_DIRECTION, from: { label: JointLab, key: "${L}" }, to: { label: ResearchDirection, key: "dir-forged-${t}" } }) { ${ERR} }`,
    ],
    codes: ["USE_LIFE_CYCLE", "USE_LIFE_CYCLE"],
  },
  {
    name: "another lab's direction taken over",
    fields: () => [
      `link(input: { type: HAS_DIRECTION, from: { label: JointLab, key: "${L}" }, to: { label: ResearchDirection, key: "dir-wbg-semi-2" } }) { ${ERR} }`,
    ],
    codes: ["USE_LIFE_CYCLE"],
  },
  {
    name: "a direction unlinked from its lab",
    fields: () => [
      `unlink(input: { type: HAS_DIRECTION, from: { label: JointLab, key: "lab-wbg-semi" }, to: { label: ResearchDirection, key: "dir-wbg-semi-2" } }) { ${ERR} }`,
    ],
    codes: ["USE_LIFE_CYCLE"],
  },
  // The transitions, out of order.
  {
    name: "approveLab without a PASS",
    fields: () => [`approveLab(id: "${L}") { jointLab { status } ${ERR} }`],
    codes: ["EVALUATION_REQUIRED"],
    lab: L,
  },
  {
    name: "an ADMIN's override in place of the plan review",
    as: Role.ADMIN,
    fields: () => [`approveLab(id: "${A}", override: true, reason: "统筹") { ${ERR} }`],
    codes: ["EVALUATION_REQUIRED"],
  },
  {
    name: "construction started without approval",
    fields: () => [`startConstruction(id: "${L}") { ${ERR} }`],
    codes: ["ILLEGAL_TRANSITION"],
    lab: L,
  },
  {
    name: "retained without approval",
    fields: () => [`retainLab(id: "${L}") { ${ERR} }`],
    codes: ["ILLEGAL_TRANSITION"],
    lab: L,
  },
  {
    name: "a plan review recorded before the review started, then approval",
    fields: (t) => [
      `recordEvaluation(labId: "lab-deep-ocean", input: { id: "eval-early-${t}", kind: PLAN_REVIEW, on: "2026-11-30", outcome: PASS }) { ${ERR} }`,
      `approveLab(id: "lab-deep-ocean") { ${ERR} }`,
    ],
    codes: ["ILLEGAL_TRANSITION", "ILLEGAL_TRANSITION"],
    lab: "lab-deep-ocean",
    approval: "ILLEGAL_TRANSITION",
  },
  {
    name: "a plan review with a performance outcome",
    fields: (t) => [
      `recordEvaluation(labId: "${L}", input: { id: "eval-odd-${t}", kind: PLAN_REVIEW, on: "2026-11-30", outcome: RETAIN }) { ${ERR} }`,
    ],
    codes: ["VALIDATION"],
    lab: L,
  },
  {
    name: "everything at once in one operation",
    fields: (t) => [
      `createEvaluation(input: { id: "eval-all-${t}", kind: PLAN_REVIEW, on: "2026-11-30", outcome: PASS }) { ${ERR} }`,
      evalOf(L, "EVALUATED_IN", L, `eval-all-${t}`),
      `updateEvaluation(id: "eval-low-altitude-plan", patch: { outcome: PASS }) { ${ERR} }`,
      evalOf(L, "EVALUATED_IN", L, "eval-low-altitude-plan", "unlink"),
      `approveLab(id: "${L}") { ${ERR} }`,
    ],
    codes: ["USE_LIFE_CYCLE", "USE_LIFE_CYCLE", "USE_LIFE_CYCLE", "USE_LIFE_CYCLE", "EVALUATION_REQUIRED"],
    lab: L,
  },
  // Through the paths, yet not approved.
  {
    name: "a PASS recorded, but dated before the FAIL",
    fields: (t) => [
      `recordEvaluation(labId: "${A}", input: { id: "eval-policy-a-back-${t}", kind: PLAN_REVIEW, on: "2026-01-20", outcome: PASS }) { ${ERR} }`,
    ],
    codes: [""],
    writes: true,
  },
  {
    name: "the FAIL's score corrected (the one patch an evaluation takes)",
    fields: (t) => [
      `updateEvaluation(id: "eval-policy-a-fail", patch: { score: ${t === "HTTP" ? 41 : 42} }) { evaluation { score outcome } ${ERR} }`,
    ],
    codes: [""],
    writes: true,
  },
  {
    name: "an ADMIN deletes a failed lab and resubmits it to start over",
    as: Role.ADMIN,
    fields: () => [
      `deleteJointLab(id: "${B}") { ${ERR} }`,
      `submitApplication(input: { id: "${B}", name: "政策测试乙", leadUniversityId: "univ-seu", leadDisciplineCode: "0301" }) { ${ERR} }`,
    ],
    codes: ["", ""],
    writes: true,
    lab: B,
    approval: "ILLEGAL_TRANSITION",
  },
];

/** Every mutation of the schema: a step's own path, attacked above, or unable to touch a lab's record. */
const STEPS = [
  "submitApplication",
  "startPlanReview",
  "recordEvaluation",
  "approveLab",
  "rejectApplication",
  "startConstruction",
  "retainLab",
  "exitLab",
  "addResearchDirection",
];
const ATTACKED = [
  "createEvaluation",
  "updateEvaluation",
  "deleteEvaluation",
  "createJointLab",
  "updateJointLab",
  "deleteJointLab",
  "createResearchDirection",
  "link",
  "unlink",
];
/** Nodes neither a lab's status nor its evaluations rest on; their generic mutations stay as they were. */
const OTHER_LABELS = [
  "City",
  "Discipline",
  "Enterprise",
  "Field",
  "Government",
  "Investor",
  "Park",
  "Person",
  "Platform",
  "Project",
  "Standard",
  "University",
];
const UNRELATED = [
  ...OTHER_LABELS.flatMap((l) => [`create${l}`, `update${l}`, `delete${l}`]),
  // Only names: its lab and disciplines are written by addResearchDirection; it goes with deleteResearchDirection.
  "updateResearchDirection",
  "deleteResearchDirection",
];
/** Payloads of what a step of the policy writes: a mutation returning one must be a step or attacked. */
const RECORD_PAYLOADS = new Set([
  "JointLabPayload",
  "EvaluationPayload",
  "ApplicationPayload",
  "LinkPayload",
]);

let graph: Graph;
let hub: Hub;
const tokens = new Map<Role, string>();
const sockets = new Map<Role, WsConnection>();

async function run(transport: Transport, role: Role, document: string, variables = {}): Promise<Result> {
  if (transport === "HTTP") return gql(hub, document, variables, bearer(tokens.get(role)));
  let socket = sockets.get(role);
  if (!socket) {
    socket = await connectWs(hub, wsAuth(tokens.get(role)));
    sockets.set(role, socket);
  }
  return wsExecute(socket.client, document, variables);
}

async function must(document: string, role = Role.EDITOR): Promise<void> {
  const result = await run("HTTP", role, `mutation { r: ${document} }`);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  expect(result.data!.r.userErrors, document).toEqual([]);
}

const statusOf = async (id: string) =>
  (await graph.read("MATCH (l:JointLab {id: $id}) RETURN l.status AS s", { id })).records[0]?.get("s") as
    string | undefined;

beforeAll(async () => {
  graph = testGraph();
  await resetToSeed(graph);
  hub = await startTestHub(graph, { config: authConfig() });
  for (const role of [Role.EDITOR, Role.ADMIN]) tokens.set(role, await roleToken(role));
  // The labs under attack, built through the paths.
  for (const [id, code] of [
    [A, "0202"],
    [B, "0301"],
  ] as const) {
    await must(
      `submitApplication(input: { id: "${id}", name: "政策测试 ${id}", leadUniversityId: "univ-seu", leadDisciplineCode: "${code}" }) { ${ERR} }`,
    );
    await must(`startPlanReview(id: "${id}") { ${ERR} }`);
  }
  const reviewers = `reviewerIds: ["person-0032", "person-0016"]`;
  await must(
    `recordEvaluation(labId: "${A}", input: { id: "eval-policy-a-pass", kind: PLAN_REVIEW, on: "2026-01-10", score: 80, outcome: PASS, ${reviewers} }) { ${ERR} }`,
  );
  await must(
    `recordEvaluation(labId: "${A}", input: { id: "eval-policy-a-fail", kind: PLAN_REVIEW, on: "2026-02-10", score: 40, outcome: FAIL, ${reviewers} }) { ${ERR} }`,
  );
  await must(
    `recordEvaluation(labId: "${B}", input: { id: "eval-policy-b-fail", kind: PLAN_REVIEW, on: "2026-02-10", outcome: FAIL }) { ${ERR} }`,
  );
});

afterAll(async () => {
  for (const socket of sockets.values()) await socket.dispose();
  await hub?.close();
  await graph?.close();
});

function checkField(result: Result, alias: string, code: string, what: string): void {
  const payload = result.data?.[alias] as { userErrors: { code: string; message: string }[] } | undefined;
  expect(payload, `${what}: ${JSON.stringify(result)}`).toBeTruthy();
  if (!code) {
    expect(payload!.userErrors, what).toEqual([]);
    return;
  }
  expect(
    payload!.userErrors.map((e) => e.code),
    what,
  ).toEqual([code]);
  if (code === "USE_LIFE_CYCLE") {
    // The refusal names the path to use.
    expect(payload!.userErrors[0]!.message).toMatch(
      /submitApplication|recordEvaluation|addResearchDirection|deleteJointLab|deleteResearchDirection/,
    );
  }
}

const GRAPHQL_CODES = new Set(["GRAPHQL_VALIDATION_FAILED", "FORBIDDEN"]);

describe.each(TRANSPORTS)(
  "every way to approve a lab without a passing plan review, over %s",
  (transport) => {
    it.each(ATTACKS)("$name: refused", async (attack) => {
      const role = attack.as ?? Role.EDITOR;
      const fields = attack.fields(transport);
      const document = `mutation${attack.name.includes("variable") ? "($outcome: EvaluationOutcome)" : ""} { ${fields.map((f, i) => `r${i}: ${f}`).join(" ")} }`;
      const before = await fingerprint(graph, true);
      const result = await run(transport, role, document, { outcome: "PASS" });
      if (GRAPHQL_CODES.has(attack.codes[0]!)) {
        expect(result.errors?.[0]?.extensions?.code, JSON.stringify(result)).toBe(attack.codes[0]);
        expect(result.data?.r0 ?? null).toBeNull();
      } else {
        expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
        fields.forEach((_, i) => checkField(result, `r${i}`, attack.codes[i]!, `${attack.name}, field ${i}`));
      }
      // And after it, the strongest approval there is, an ADMIN's with an override, is still refused;
      // neither a refused attack nor the refused approval writes anything (the audit trail included).
      const lab = attack.lab ?? A;
      const midway = attack.writes ? await fingerprint(graph, true) : before;
      const approval = await run(
        transport,
        Role.ADMIN,
        `mutation { r: approveLab(id: "${lab}", override: true, reason: "试探") { jointLab { status } ${ERR} } }`,
      );
      expect(approval.data!.r.jointLab).toBeNull();
      expect(approval.data!.r.userErrors.map((e: { code: string }) => e.code)).toEqual([
        attack.approval ?? "EVALUATION_REQUIRED",
      ]);
      expect(await statusOf(lab)).not.toBe("APPROVED");
      expect(await fingerprint(graph, true)).toBe(midway);
    });
  },
);

describe("the attacks cover the schema", () => {
  const schema = buildSchema(readFileSync(SCHEMA_FILE, "utf8"));
  const mutations = schema.getMutationType()!.getFields();

  it("classifies every mutation of schema/schema.graphql (a new one must be added here)", () => {
    const classified = [...STEPS, ...ATTACKED, ...UNRELATED];
    expect(new Set(classified).size).toBe(classified.length);
    expect(Object.keys(mutations).filter((m) => !classified.includes(m))).toEqual([]);
    expect(classified.filter((m) => !mutations[m])).toEqual([]);
  });

  it("attacks every mutation that is not a step and can write a lab, an evaluation or a link", () => {
    const inputFields = (type: GraphQLInputType, seen = new Set<string>()): string[] => {
      const named = getNamedType(type);
      if (!isInputObjectType(named) || seen.has(named.name)) return [];
      seen.add(named.name);
      return Object.values(named.getFields()).flatMap((f) => [f.name, ...inputFields(f.type, seen)]);
    };
    for (const [name, field] of Object.entries(mutations)) {
      const payload = getNamedType(field.type).name;
      const writesRecord =
        RECORD_PAYLOADS.has(payload) ||
        field.args.some((a) =>
          inputFields(a.type).some((f) => ["status", "outcome", "approvedOn"].includes(f)),
        );
      if (writesRecord && !STEPS.includes(name))
        expect(ATTACKED, `${name} can write a lab's record: attack it`).toContain(name);
      if (writesRecord) expect(UNRELATED, name).not.toContain(name);
    }
    for (const name of ATTACKED) {
      const tried = ATTACKS.some((a) => a.fields("HTTP").some((f) => f.startsWith(`${name}(`)));
      expect(tried, `no attack uses ${name}`).toBe(true);
    }
  });

  it("refuses link and unlink of every relationship of an evaluation or a lab's direction, and attacks each", () => {
    const types = Object.keys(RELATIONSHIPS) as RelType[];
    const touchingRecord = types.filter((t) => {
      const ends = RELATIONSHIPS[t] as { from: readonly string[]; to: readonly string[] };
      return [...ends.from, ...ends.to].includes("Evaluation");
    });
    expect(touchingRecord.filter((t) => !LIFE_CYCLE_RELATIONSHIPS[t])).toEqual([]);
    for (const type of Object.keys(LIFE_CYCLE_RELATIONSHIPS)) {
      for (const op of ["link", "unlink"]) {
        const tried = ATTACKS.some((a) =>
          a.fields("HTTP").some((f) => f.startsWith(`${op}(`) && f.includes(`type: ${type},`)),
        );
        expect(tried, `no attack tries ${op} of ${type}`).toBe(true);
      }
    }
    // The enum says so too.
    const enumType = schema.getType("RelationshipType") as import("graphql").GraphQLEnumType;
    expect(
      enumType
        .getValues()
        .filter((v) => v.deprecationReason)
        .map((v) => v.name)
        .sort(),
    ).toEqual(Object.keys(LIFE_CYCLE_RELATIONSHIPS).sort());
  });

  it("deprecates the generic mutations that only refuse", () => {
    for (const name of ["createJointLab", "createEvaluation", "createResearchDirection", "deleteEvaluation"])
      expect(mutations[name]!.deprecationReason, name).toMatch(/USE_LIFE_CYCLE/);
    const patch = schema.getType("EvaluationPatch") as import("graphql").GraphQLInputObjectType;
    const deprecated = Object.values(patch.getFields()).filter((f) => f.deprecationReason);
    expect(deprecated.map((f) => f.name).sort()).toEqual(["kind", "on", "outcome"]);
  });
});

describe("the paths still work, and the generic mutations for what they do not guard", () => {
  it("keeps a direction's last discipline (addResearchDirection needs one)", async () => {
    const before = await fingerprint(graph, true);
    const res = await run(
      "HTTP",
      Role.EDITOR,
      `mutation { r: unlink(input: { type: IN_DISCIPLINE, from: { label: ResearchDirection, key: "dir-wbg-semi-1" }, to: { label: Discipline, key: "${await disciplineOf("dir-wbg-semi-1")}" } }) { ${ERR} } }`,
    );
    expect(res.data!.r.userErrors).toEqual([expect.objectContaining({ code: "NOT_ALLOWED", field: "to" })]);
    expect(await fingerprint(graph, true)).toBe(before);
  });

  it("updates a direction's name, a lab's English name, and links a lab's focus field", async () => {
    await must(`updateResearchDirection(id: "dir-wbg-semi-2", patch: { nameEn: "GaN power" }) { ${ERR} }`);
    await must(`updateJointLab(id: "${A}", patch: { nameEn: "Policy test lab" }) { ${ERR} }`);
    await must(
      `link(input: { type: FOCUSES_ON, from: { label: JointLab, key: "${A}" }, to: { label: Field, key: "INTEGRATED_CIRCUITS" } }) { ${ERR} }`,
    );
  });

  it("approves the lab once a newer PASS is recorded through recordEvaluation", async () => {
    await must(
      `recordEvaluation(labId: "${A}", input: { id: "eval-policy-a-repass", kind: PLAN_REVIEW, on: "2026-03-01", outcome: PASS, reviewerIds: ["person-0019"] }) { ${ERR} }`,
    );
    await must(`approveLab(id: "${A}") { ${ERR} }`);
    expect(await statusOf(A)).toBe("APPROVED");
    expect(
      await count(graph, "MATCH (:JointLab {id: $id})-[:EVALUATED_IN]->(e) RETURN count(e)", { id: A }),
    ).toBe(5); // pass, fail, the two backdated passes, the re-pass
  });
});

async function disciplineOf(direction: string): Promise<string> {
  const result = await graph.read(
    "MATCH (:ResearchDirection {id: $direction})-[:IN_DISCIPLINE]->(d) RETURN d.code AS code",
    { direction },
  );
  expect(result.records).toHaveLength(1);
  return String(result.records[0]!.get("code"));
}

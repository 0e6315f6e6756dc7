/**
 * A lab's life cycle through the API (docs/policy.md, "The life cycle"): an application checked on submission,
 * plan review, approval guarded by R5 (refused while a CONFLICT exists; an ADMIN override needs a
 * stored reason), construction, retention after a performance evaluation (R16) — and illegal moves refused.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Graph } from "../../src/graph/graph.js";
import type { Hub } from "../../src/server/http.js";
import { count, resetToSeed, testGraph } from "../support/graph.js";
import { gql, startTestHub } from "../support/hub.js";

let graph: Graph;
let hub: Hub;
beforeAll(async () => {
  graph = testGraph();
  await resetToSeed(graph);
  hub = await startTestHub(graph);
});
afterAll(async () => {
  await hub?.close();
  await graph?.close();
});

const ERR = `userErrors { code field message }`;
const status = async (id: string) =>
  (await graph.read("MATCH (l:JointLab {id: $id}) RETURN l.status AS s", { id })).records[0]?.get("s");
const move = (mutation: string) =>
  gql(hub, `mutation { m: ${mutation} { jointLab { id status approvedOn } ${ERR} } }`).then((r) => r.data!.m);

describe("the life cycle of an application", () => {
  const since = new Date(Date.now() - 1000).toISOString();

  it("submits an application and answers with the rule checks and the duplicates it would make", async () => {
    const res = await gql(
      hub,
      `mutation { submitApplication(input: { id: "lab-test-ic", name: "测试集成电路联合实验室", leadUniversityId: "univ-seu", leadDisciplineCode: "0809",
          focusFieldCodes: ["INTEGRATED_CIRCUITS"], locationId: "city-nanjing", legalForm: INDEPENDENT_LEGAL_ENTITY, onCampus: false,
          investmentCny: 400000000, constructionYears: 4, staffPlanned: 220 }) {
        jointLab { id status appliedOn leadUniversity { id } leadDiscipline { code } city { id } }
        compliance { standing checks { rule status } }
        duplicates { kind members { key } }
        ${ERR} } }`,
    );
    const out = res.data!.submitApplication;
    expect(out.userErrors).toEqual([]);
    expect(out.jointLab).toMatchObject({
      id: "lab-test-ic",
      status: "APPLYING",
      leadUniversity: { id: "univ-seu" },
      leadDiscipline: { code: "0809" },
      city: { id: "city-nanjing" },
    });
    expect(out.jointLab.appliedOn).toBe(new Date().toISOString().slice(0, 10));
    expect(out.compliance.standing).toBe("APPLICANT");
    expect(Object.fromEntries(out.compliance.checks.map((c: any) => [c.rule, c.status]))).toMatchObject({
      R8: "PASS",
      R9: "PASS",
      R12: "PASS",
      R7: "UNKNOWN",
    });
    const conflict = out.duplicates.find((d: any) => d.kind === "CONFLICT");
    expect(conflict.members.map((m: any) => m.key)).toEqual(
      expect.arrayContaining(["lab-test-ic", "lab-wbg-semi"]),
    );
  });

  it("refuses what the procedure does not allow yet", async () => {
    expect((await move(`startConstruction(id: "lab-test-ic")`)).userErrors[0].code).toBe(
      "ILLEGAL_TRANSITION",
    );
    expect((await move(`startPlanReview(id: "lab-test-ic")`)).jointLab.status).toBe("UNDER_REVIEW");
    expect((await move(`startPlanReview(id: "lab-test-ic")`)).userErrors[0].code).toBe("ILLEGAL_TRANSITION");
    const noReview = await move(`approveLab(id: "lab-test-ic")`);
    expect(noReview.userErrors[0]).toMatchObject({ code: "EVALUATION_REQUIRED" });
    expect(await status("lab-test-ic")).toBe("UNDER_REVIEW");
  });

  it("records a plan review with its experts", async () => {
    const res = await gql(
      hub,
      `mutation { recordEvaluation(labId: "lab-test-ic", input: { id: "eval-test-plan", kind: PLAN_REVIEW, on: "2026-11-20", score: 86.5, outcome: PASS, reviewerIds: ["person-0001", "person-0002"] }) {
        evaluation { id kind outcome lab { id } reviewers { id } } ${ERR} } }`,
    );
    expect(res.data!.recordEvaluation).toEqual({
      evaluation: {
        id: "eval-test-plan",
        kind: "PLAN_REVIEW",
        outcome: "PASS",
        lab: { id: "lab-test-ic" },
        reviewers: [{ id: "person-0001" }, { id: "person-0002" }],
      },
      userErrors: [],
    });
  });

  it("refuses approval while the application conflicts with a live lab (R5)", async () => {
    const refused = await move(`approveLab(id: "lab-test-ic")`);
    expect(refused.userErrors[0].code).toBe("DUPLICATE_LAYOUT");
    expect(refused.userErrors[0].message).toMatch(/0809/);
    const noReason = await move(`approveLab(id: "lab-test-ic", override: true)`);
    expect(noReason.userErrors[0]).toMatchObject({ code: "VALIDATION", field: "reason" });
    expect(await status("lab-test-ic")).toBe("UNDER_REVIEW");
  });

  it("approves on an ADMIN's override, keeping the reason on the lab and in the audit trail", async () => {
    const approved = await move(
      `approveLab(id: "lab-test-ic", override: true, reason: "省级统筹：毫米波方向与宽禁带方向互补")`,
    );
    expect(approved.userErrors).toEqual([]);
    expect(approved.jointLab).toMatchObject({
      status: "APPROVED",
      approvedOn: new Date().toISOString().slice(0, 10),
    });
    expect(
      await count(
        graph,
        "MATCH (l:JointLab {id: 'lab-test-ic'}) WHERE l.approvalOverride STARTS WITH '省级统筹' RETURN count(l)",
      ),
    ).toBe(1);
  });

  it("goes on through construction and a performance evaluation to OPERATING (R16)", async () => {
    expect((await move(`startConstruction(id: "lab-test-ic")`)).jointLab.status).toBe("CONSTRUCTING");
    expect((await move(`exitLab(id: "lab-test-ic")`)).userErrors[0].code).toBe("EVALUATION_REQUIRED");
    const evaluation = await gql(
      hub,
      `mutation { recordEvaluation(labId: "lab-test-ic", input: { id: "eval-test-perf", kind: PERFORMANCE, on: "2026-11-27", outcome: RETAIN }) { ${ERR} } }`,
    );
    expect(evaluation.data!.recordEvaluation.userErrors).toEqual([]);
    expect((await move(`retainLab(id: "lab-test-ic")`)).jointLab.status).toBe("OPERATING");
  });

  it("leaves an audit trail of every step, the lab's and its evaluations'", async () => {
    const res = await gql(
      hub,
      `query($since: DateTime!) { changes(since: $since, entity: { label: JointLab, key: "lab-test-ic" }) { action entityLabel summary reason } }`,
      { since },
    );
    const trail = res.data!.changes;
    const statusMoves = trail
      .filter((c: any) => c.action === "STATUS_CHANGED")
      .map((c: any) => c.summary.split(":")[0]);
    expect(statusMoves).toEqual(["startPlanReview", "approveLab", "startConstruction", "retainLab"]);
    expect(trail.find((c: any) => c.summary.startsWith("approveLab")).reason).toMatch(/省级统筹/);
    expect(trail.filter((c: any) => c.entityLabel === "Evaluation" && c.action === "CREATED")).toHaveLength(
      2,
    );
    expect(trail[0]).toMatchObject({ action: "CREATED", entityLabel: "JointLab" });
  });

  it("rejects an application, and a rejected lab moves no further", async () => {
    expect(
      (await move(`rejectApplication(id: "lab-modern-tcm", reason: "方案不成熟")`)).jointLab.status,
    ).toBe("REJECTED");
    expect((await move(`startPlanReview(id: "lab-modern-tcm")`)).userErrors[0].code).toBe(
      "ILLEGAL_TRANSITION",
    );
  });

  it("deletes a lab with its directions and evaluations", async () => {
    const added = await gql(
      hub,
      `mutation { addResearchDirection(labId: "lab-test-ic", input: { id: "dir-test-del", name: "待删方向", disciplineCodes: ["0809"] }) { ${ERR} } }`,
    );
    expect(added.data!.addResearchDirection.userErrors).toEqual([]);
    const res = await gql(hub, `mutation { deleteJointLab(id: "lab-test-ic") { jointLab { id } ${ERR} } }`);
    expect(res.data!.deleteJointLab.userErrors).toEqual([]);
    expect(await count(graph, "MATCH (d:ResearchDirection {id: 'dir-test-del'}) RETURN count(d)")).toBe(0);
    expect(
      await count(
        graph,
        "MATCH (e:Evaluation) WHERE e.id IN ['eval-test-plan', 'eval-test-perf'] RETURN count(e)",
      ),
    ).toBe(0);
    expect(await count(graph, "MATCH (l:JointLab {id: 'lab-test-ic'}) RETURN count(l)")).toBe(0);
  });
});

/**
 * Rule compliance (R1–R4, R7–R15) on purpose-built labs: one that meets every rule, one that breaks each
 * measurable rule, one whose data is missing (UNKNOWN, never PASS), an applicant with no directions and
 * no people yet, an operating lab without an actual staff count, and an exited lab without people.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { labCompliance, type ComplianceResult } from "../../src/analytics/compliance.js";
import { LAB_RULES } from "../../src/domain/rules.js";
import type { Graph } from "../../src/graph/graph.js";
import { loadFixture, testGraph } from "../support/graph.js";

const FIXTURE = `
CREATE (f:Field {code: 'F1', name: '集成电路', kind: 'FOCUS'})
CREATE (d:Discipline {code: '1401', name: '集成电路科学与工程', level: 'FIRST_LEVEL'}), (d)-[:SUPPORTS]->(f)
CREATE (sub:Discipline {code: '140101', name: '子学科', level: 'SECOND_LEVEL'}), (sub)-[:PART_OF]->(d)
CREATE (dx:Discipline {code: '0819', name: '矿业工程', level: 'FIRST_LEVEL'})
CREATE (u:University {id: 'u', name: '大学'}), (u)-[:HAS_DISCIPLINE {firstClass: true}]->(d), (u)-[:HAS_DISCIPLINE {firstClass: false}]->(dx)
CREATE (p:Platform {id: 'plat', name: '平台', kind: 'KEY_LAB'}), (p)-[:FOCUSES_ON]->(f), (p)-[:HOSTED_BY]->(u)
CREATE (prov:Government {id: 'prov', name: '省政府', level: 'PROVINCE'}), (city:Government {id: 'cg', name: '市政府', level: 'CITY'})
CREATE (park:Park {id: 'park', name: '高新区', level: 'NATIONAL'})
CREATE (lead:Enterprise {id: 'lead', name: '龙头企业', leading: true}), (minor:Enterprise {id: 'minor', name: '中小企业', leading: false})

// good: meets every rule
CREATE (good:JointLab {id: 'good', name: '合规实验室', status: 'OPERATING', investmentCny: 400000000, constructionYears: 4,
                       staffPlanned: 150, staffActual: 240, legalForm: 'INDEPENDENT_LEGAL_ENTITY', onCampus: false})
CREATE (good)-[:LED_BY]->(u), (good)-[:LEAD_DISCIPLINE]->(d), (good)-[:FOCUSES_ON]->(f), (good)-[:LOCATED_IN]->(park)
CREATE (city)-[:CO_BUILDS {investmentCny: 100000000}]->(good)
CREATE (prov)-[:FUNDS {amountCny: 30000000, kind: 'CONSTRUCTION', year: 2023}]->(good),
       (prov)-[:FUNDS {amountCny: 20000000, kind: 'PERFORMANCE_SUBSIDY', year: 2026}]->(good),
       (city)-[:FUNDS {amountCny: 90000000, kind: 'CONSTRUCTION', year: 2023}]->(good)
CREATE (dir:Person {id: 'dir', name: '主任'}), (dir)-[:WORKS_AT {role: 'DIRECTOR'}]->(good), (dir)-[:EXPERT_IN]->(sub)
CREATE (tc:Person {id: 'tc', name: '委员'}), (tc)-[:ON_COMMITTEE {role: 'TECHNICAL'}]->(good)
FOREACH (i IN range(1, 3) |
  CREATE (good)-[:HAS_DIRECTION]->(r:ResearchDirection {id: 'good-' + toString(i), name: '方向' + toString(i)})
  CREATE (lead)-[:PARTICIPATES_IN {role: 'LEAD'}]->(r))

// bad: breaks every measurable rule
CREATE (bad:JointLab {id: 'bad', name: '违规实验室', status: 'CONSTRUCTING', investmentCny: 120000000, constructionYears: 8,
                      staffPlanned: 150, legalForm: 'ON_CAMPUS_UNIT', onCampus: false})
CREATE (bad)-[:LED_BY]->(u), (bad)-[:LEAD_DISCIPLINE]->(dx)
CREATE (bad)-[:FOCUSES_ON]->(:Field {code: 'F2', name: '无平台领域', kind: 'FOCUS'})
CREATE (prov)-[:FUNDS {amountCny: 60000000, kind: 'CONSTRUCTION', year: 2024}]->(bad)
CREATE (sci:Person {id: 'sci', name: '首席'}), (sci)-[:WORKS_AT {role: 'CHIEF_SCIENTIST'}]->(bad), (sci)-[:EXPERT_IN]->(d)
FOREACH (i IN range(1, 6) |
  CREATE (bad)-[:HAS_DIRECTION]->(r:ResearchDirection {id: 'bad-' + toString(i), name: '方向' + toString(i)})
  CREATE (minor)-[:PARTICIPATES_IN {role: 'LEAD'}]->(r))

// sparse: nothing recorded but its status
CREATE (sparse:JointLab {id: 'sparse', name: '缺数据实验室', status: 'APPROVED'})
CREATE (sparse)-[:LOCATED_IN]->(:Park {id: 'unknown-park', name: '未定级园区'})

// early: an applicant with its university and discipline, no direction and no person (no director) yet
CREATE (early:JointLab {id: 'early', name: '申请中实验室', status: 'APPLYING', legalForm: 'ON_CAMPUS_UNIT', onCampus: true})
CREATE (early)-[:LED_BY]->(u), (early)-[:LEAD_DISCIPLINE]->(d), (early)-[:FOCUSES_ON]->(f)

// running: operating, but only its planned staff recorded
CREATE (running:JointLab {id: 'running', name: '运行中实验室', status: 'OPERATING', staffPlanned: 260})

// exited: an actual staff count below its plan, and no director or chief scientist left
CREATE (exited:JointLab {id: 'exited', name: '已退出实验室', status: 'EXITED', staffPlanned: 220, staffActual: 121})
CREATE (exited)-[:LED_BY]->(u), (exited)-[:LEAD_DISCIPLINE]->(d)
`;

let graph: Graph;
let results: Map<string, ComplianceResult>;
beforeAll(async () => {
  graph = testGraph();
  await loadFixture(graph, FIXTURE);
  results = new Map((await labCompliance(graph, null)).map((r) => [r.labId, r]));
});
afterAll(() => graph?.close());

const statuses = (id: string) => Object.fromEntries(results.get(id)!.checks.map((c) => [c.rule, c.status]));
const check = (id: string, rule: string) => results.get(id)!.checks.find((c) => c.rule === rule)!;

describe("rule compliance", () => {
  it("checks every lab against every rule its data can be checked against, each with its Chinese text and bound", () => {
    expect([...results.keys()]).toEqual(["bad", "early", "exited", "good", "running", "sparse"]);
    for (const result of results.values()) {
      expect(result.checks.map((c) => c.rule)).toEqual([...LAB_RULES]);
      for (const c of result.checks) expect(c.textZh.length).toBeGreaterThan(5);
    }
    expect(check("good", "R7").bound).toBe("3–5 directions");
    expect(check("good", "R14").bound).toBe("≤ 50,000,000 CNY");
    expect(check("good", "R7").textZh).toBe("省联合实验室一般研发方向为3-5个");
  });

  it("passes a lab that meets every rule, counting the actual staff once it operates and only provincial funds", () => {
    expect(statuses("good")).toEqual(Object.fromEntries(LAB_RULES.map((r) => [r, "PASS"])));
    expect(results.get("good")!.status).toBe("PASS");
    expect(check("good", "R11")).toMatchObject({ value: 240, measured: "240 staff (actual)" });
    expect(check("good", "R14").value).toBe(50_000_000);
    expect(check("good", "R4").evidence).toEqual(["主任"]); // expert in a second-level discipline of the lead
    expect(check("good", "R13").evidence).toEqual([
      "local government invests: 市政府",
      "in a provincial-or-higher high-tech zone: 高新区",
    ]);
  });

  it("fails a lab on each rule it breaks, with the measured value", () => {
    expect(statuses("bad")).toMatchObject({
      R1: "FAIL",
      R2: "FAIL",
      R3: "FAIL",
      R4: "FAIL",
      R7: "FAIL",
      R8: "FAIL",
      R9: "FAIL",
      R10: "FAIL",
      R11: "FAIL",
      R12: "FAIL",
      R13: "FAIL",
      R14: "FAIL",
      R15: "FAIL",
    });
    expect(results.get("bad")!.status).toBe("FAIL");
    expect(check("bad", "R7")).toMatchObject({ value: 6, measured: "6 directions" });
    expect(check("bad", "R8").value).toBe(120_000_000);
    expect(check("bad", "R10")).toMatchObject({ value: 6 });
    expect(check("bad", "R11")).toMatchObject({ value: 150, measured: "150 staff (planned)" });
    expect(check("bad", "R15").measured).toBe("missing a director and a technical committee");
  });

  it("gives UNKNOWN, never PASS, where the data is missing", () => {
    const sparse = statuses("sparse");
    for (const rule of ["R1", "R2", "R3", "R4", "R8", "R9", "R10", "R11", "R12", "R13", "R14"]) {
      expect(sparse[rule], rule).toBe("UNKNOWN");
    }
    expect(sparse.R7).toBe("FAIL"); // a covering lab with no direction breaks R7
    expect(sparse.R15).toBe("FAIL");
    expect(Object.values(sparse)).not.toContain("PASS");
  });

  it("treats an applicant with no direction yet as unknown on R7 and R10, and on governance still to be set up", () => {
    const early = statuses("early");
    expect(early).toMatchObject({
      R1: "PASS",
      R2: "PASS",
      R3: "PASS",
      R7: "UNKNOWN",
      R10: "UNKNOWN",
      R12: "PASS",
      R15: "UNKNOWN",
    });
    expect(results.get("early")!.standing).toBe("APPLICANT");
    expect(results.get("early")!.status).not.toBe("PASS");
  });

  it("reads an applicant's missing director alike in R4 and R15: not appointed yet, UNKNOWN", () => {
    expect(check("early", "R4")).toMatchObject({
      status: "UNKNOWN",
      measured: "no director or chief scientist recorded yet (appointed at launch)",
    });
    expect(check("early", "R15")).toMatchObject({
      status: "UNKNOWN",
      measured: "missing a director and a technical committee (governance is set up at launch)",
    });
  });

  it("fails a launched lab without a director alike in R4 and R15", () => {
    expect(check("exited", "R4")).toMatchObject({
      status: "FAIL",
      measured: "no director or chief scientist recorded",
      value: 0,
    });
    expect(check("exited", "R15")).toMatchObject({
      status: "FAIL",
      measured: "missing a director and a technical committee",
    });
    // A leader who is there but expert in another discipline fails R4 whatever the status.
    expect(check("bad", "R4").measured).toBe(
      "no director or chief scientist is expert in the lead discipline",
    );
  });

  it("counts R11's actual staff when recorded, else the planned staff, for every status, saying which", () => {
    // operating without an actual count: judged on its plan (not UNKNOWN)
    expect(check("running", "R11")).toMatchObject({
      status: "PASS",
      value: 260,
      measured: "260 staff (planned)",
    });
    // exited: judged on its actual count, not its plan
    expect(check("exited", "R11")).toMatchObject({
      status: "FAIL",
      value: 121,
      measured: "121 staff (actual)",
    });
    expect(results.get("exited")!.standing).toBe("INACTIVE");
    // constructing with a plan only, and operating with both
    expect(check("bad", "R11")).toMatchObject({ value: 150, measured: "150 staff (planned)" });
    expect(check("good", "R11")).toMatchObject({ value: 240, measured: "240 staff (actual)" });
    expect(check("sparse", "R11")).toMatchObject({
      status: "UNKNOWN",
      measured: "no actual or planned staff recorded",
    });
  });

  it("checks only the labs asked for", async () => {
    const one = await labCompliance(graph, ["good"]);
    expect(one.map((r) => r.labId)).toEqual(["good"]);
    expect(await labCompliance(graph, ["no-such-lab"])).toEqual([]);
  });
});

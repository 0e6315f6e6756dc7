/**
 * Collaboration opportunities (R17) on a graph small enough to score by hand, with the default weights
 * (sharedDisciplines 3, complementaryDisciplines 1, commonPartners 2, sharedTalent 2, sameCity 0.5, samePark 0.5):
 *   L  (OPERATING) leads in d1, has a direction in d2, focuses on F1, sits in park K1 of city C1; Z1 co-builds it;
 *      P1 works at it; it already collaborates with the provincial lab PC.
 *   PB innovation centre hosted by Z1, P1 works there too:  AA over Z1 (degree 2) 2/ln 2 = 2.885 + talent 2 = 4.885
 *   PA provincial lab in d1, focuses on F2 (fed by d2), in C1:  3 + 1 + 0.5 = 4.5
 *   L2 (APPLYING) leads in d1, focuses on F1:  3
 *   L4 (OPERATING) leads in d3 (feeds F1), focuses on F1:  d1 → F1 and d3 → F1 = 2
 *   Left out: PC (already collaborates), Z1 (already co-builds), PD (only the same city), L3 (REJECTED),
 *   and EC, an enterprise operating in F2 (fed by d2): a field match alone does not make an enterprise a
 *   candidate (it would have scored 1).
 * The network: each covering lab's best partner, labs in key order:
 *   L → PB 4.885;  L4 → L2: d1 (L2's) feeds F1 (L4's), d3 (L4's) feeds F1 (L2's) = 2, both in C2 + 0.5 = 2.5
 *   (its other candidates: L 2 — d1 → F1 and d3 → F1; PA 1 and PC 1 — their d1 feeds F1).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  collaborationOpportunities,
  networkOpportunities,
  type Opportunity,
} from "../../src/analytics/opportunities.js";
import { DEFAULT_OPPORTUNITY_WEIGHTS } from "../../src/domain/opportunity-weights.js";
import type { Graph } from "../../src/graph/graph.js";
import { loadFixture, testGraph } from "../support/graph.js";

const FIXTURE = `
CREATE (d1:Discipline {code: '0801', name: 'd1', level: 'FIRST_LEVEL'}), (d2:Discipline {code: '0802', name: 'd2', level: 'FIRST_LEVEL'}),
       (d3:Discipline {code: '0803', name: 'd3', level: 'FIRST_LEVEL'})
CREATE (f1:Field {code: 'F1', name: '场一', kind: 'FOCUS'}), (f2:Field {code: 'F2', name: '场二', kind: 'FOCUS'})
CREATE (d1)-[:SUPPORTS]->(f1), (d2)-[:SUPPORTS]->(f2), (d3)-[:SUPPORTS]->(f1)
CREATE (c1:City {id: 'C1', name: '甲市'}), (c2:City {id: 'C2', name: '乙市'}), (k1:Park {id: 'K1', name: '园区'}), (k1)-[:LOCATED_IN]->(c1)
CREATE (l:JointLab {id: 'L', name: '实验室L', status: 'OPERATING'})
CREATE (l)-[:LEAD_DISCIPLINE]->(d1), (l)-[:FOCUSES_ON]->(f1), (l)-[:LOCATED_IN]->(k1)
CREATE (l)-[:HAS_DIRECTION]->(:ResearchDirection {id: 'r1', name: '方向'})-[:IN_DISCIPLINE]->(d2)
CREATE (z1:Enterprise {id: 'Z1', name: '共建企业', leading: true}), (z1)-[:CO_BUILDS {investmentCny: 1}]->(l), (z1)-[:OPERATES_IN]->(f2)
CREATE (p1:Person {id: 'P1', name: '双聘专家'}), (p1)-[:WORKS_AT {role: 'RESEARCHER'}]->(l)
CREATE (pa:Platform {id: 'PA', name: '省实验室A', kind: 'PROVINCIAL_LAB'}), (pa)-[:IN_DISCIPLINE]->(d1), (pa)-[:FOCUSES_ON]->(f2), (pa)-[:LOCATED_IN]->(c1)
CREATE (pb:Platform {id: 'PB', name: '创新中心B', kind: 'TECH_INNOVATION_CENTRE'}), (pb)-[:HOSTED_BY]->(z1), (pb)-[:LOCATED_IN]->(c2),
       (p1)-[:WORKS_AT {role: 'FLEXIBLE_HIRE'}]->(pb)
CREATE (pc:Platform {id: 'PC', name: '省实验室C', kind: 'PROVINCIAL_LAB'}), (pc)-[:IN_DISCIPLINE]->(d1), (l)-[:COLLABORATES_WITH {topic: '已有合作'}]->(pc)
CREATE (pd:Platform {id: 'PD', name: '重点实验室D', kind: 'KEY_LAB'}), (pd)-[:LOCATED_IN]->(c1)
CREATE (ec:Enterprise {id: 'EC', name: '候选企业', leading: true}), (ec)-[:OPERATES_IN]->(f2), (ec)-[:LOCATED_IN]->(c2)
CREATE (l2:JointLab {id: 'L2', name: '实验室L2', status: 'APPLYING'}), (l2)-[:LEAD_DISCIPLINE]->(d1), (l2)-[:FOCUSES_ON]->(f1), (l2)-[:LOCATED_IN]->(c2)
CREATE (l3:JointLab {id: 'L3', name: '实验室L3', status: 'REJECTED'}), (l3)-[:LEAD_DISCIPLINE]->(d1)
CREATE (l4:JointLab {id: 'L4', name: '实验室L4', status: 'OPERATING'}), (l4)-[:LEAD_DISCIPLINE]->(d3), (l4)-[:FOCUSES_ON]->(f1), (l4)-[:LOCATED_IN]->(c2)
`;

let graph: Graph;
beforeAll(async () => {
  graph = testGraph();
  await loadFixture(graph, FIXTURE);
});
afterAll(() => graph?.close());

const AA_Z1 = 2 / Math.log(2);
const ranked = (list: Opportunity[]) => list.map((o) => [o.labKey, o.partnerKey, Number(o.score.toFixed(4))]);
const run = (lab: string, extra: Partial<Parameters<typeof collaborationOpportunities>[1]> = {}) =>
  collaborationOpportunities(graph, { lab, first: 20, weights: DEFAULT_OPPORTUNITY_WEIGHTS, ...extra });
const network = (extra: Partial<Parameters<typeof networkOpportunities>[1]> = {}) =>
  networkOpportunities(graph, { first: 20, weights: DEFAULT_OPPORTUNITY_WEIGHTS, ...extra });

describe("collaboration opportunities", () => {
  it("ranks the candidates of a lab by their hand-computed scores, leaving out existing partners and place-only matches", async () => {
    expect(ranked(await run("L"))).toEqual([
      ["L", "PB", Number((AA_Z1 + 2).toFixed(4))],
      ["L", "PA", 4.5],
      ["L", "L2", 3],
      ["L", "L4", 2],
    ]);
  });

  it("takes an enterprise as a candidate through a partner or a person, and then adds its field match", async () => {
    // P2 works at L and at EE, which operates in F1 (fed by L's d1) and F2 (fed by L's d2):
    // talent 1 × 2 + complementary 2 × 1 = 4. EC, in F2 only and linked by nothing else, stays out.
    await graph.write(`
      MATCH (l:JointLab {id: 'L'}), (f1:Field {code: 'F1'}), (f2:Field {code: 'F2'})
      CREATE (p2:Person {id: 'P2', name: '兼职工程师'})-[:WORKS_AT {role: 'FLEXIBLE_HIRE'}]->(l),
             (p2)-[:WORKS_AT {role: 'RESEARCHER'}]->(ee:Enterprise {id: 'EE', name: '人才企业', leading: false}),
             (ee)-[:OPERATES_IN]->(f1), (ee)-[:OPERATES_IN]->(f2)`);
    try {
      const list = await run("L");
      expect(ranked(list)).toEqual([
        ["L", "PB", Number((AA_Z1 + 2).toFixed(4))],
        ["L", "PA", 4.5],
        ["L", "EE", 4],
        ["L", "L2", 3],
        ["L", "L4", 2],
      ]);
      const ee = Object.fromEntries(
        list.find((o) => o.partnerKey === "EE")!.components.map((c) => [c.name, c]),
      );
      expect(ee.sharedTalent).toMatchObject({ value: 1, contribution: 2, evidence: ["兼职工程师"] });
      expect(ee.complementaryDisciplines!.value).toBe(2);
      expect([...ee.complementaryDisciplines!.evidence].sort()).toEqual(["0801 d1 → 场一", "0802 d2 → 场二"]);
      expect(ranked(await run("L", { kinds: ["ENTERPRISE"] })).map((r) => r[1])).toEqual(["EE"]);
    } finally {
      await graph.write("MATCH (n) WHERE n.id IN ['P2', 'EE'] DETACH DELETE n");
    }
  });

  it("returns each component with its value, weight, contribution and evidence", async () => {
    const [pb, pa] = await run("L");
    const parts = (o: Opportunity) => Object.fromEntries(o.components.map((c) => [c.name, c]));
    expect(parts(pb!).commonPartners).toMatchObject({
      value: 1 / Math.log(2),
      weight: 2,
      evidence: ["共建企业 (degree 2)"],
    });
    expect(parts(pb!).sharedTalent).toMatchObject({ value: 1, contribution: 2, evidence: ["双聘专家"] });
    expect(parts(pa!).sharedDisciplines).toMatchObject({ value: 1, contribution: 3, evidence: ["0801 d1"] });
    expect(parts(pa!).complementaryDisciplines).toMatchObject({ value: 1, evidence: ["0802 d2 → 场二"] });
    expect(parts(pa!).sameCity).toMatchObject({ value: 1, contribution: 0.5, evidence: ["甲市"] });
    expect(pa!.partnerKind).toBe("PROVINCIAL_LAB");
    expect(pb!.partnerKind).toBe("INNOVATION_CENTRE");
    for (const o of [pa!, pb!]) {
      expect(o.score).toBeCloseTo(
        o.components.reduce((s, c) => s + c.value * c.weight, 0),
        10,
      );
    }
  });

  it("filters by kind of partner and honours `first`", async () => {
    expect(await run("L", { kinds: ["ENTERPRISE"] })).toEqual([]);
    expect(ranked(await run("L", { kinds: ["PROVINCIAL_LAB", "NATIONAL_LAB"] })).map((r) => r[1])).toEqual([
      "PA",
    ]);
    expect(ranked(await run("L", { first: 2 })).map((r) => r[1])).toEqual(["PB", "PA"]);
  });

  it("takes its weights from configuration", async () => {
    const noTalent = await run("L", { weights: { ...DEFAULT_OPPORTUNITY_WEIGHTS, sharedTalent: 0 } });
    expect(noTalent.find((o) => o.partnerKey === "PB")!.score).toBeCloseTo(AA_Z1, 10);
  });

  it("pages through the network: each covering lab with its best partner, in key order", async () => {
    expect(ranked(await network())).toEqual([
      ["L", "PB", Number((AA_Z1 + 2).toFixed(4))],
      ["L4", "L2", 2.5],
    ]);
    expect(ranked(await network({ first: 1 }))).toEqual([["L", "PB", Number((AA_Z1 + 2).toFixed(4))]]);
    expect(ranked(await network({ first: 1, after: "L" }))).toEqual([["L4", "L2", 2.5]]);
    expect(ranked(await network({ kinds: ["PROVINCIAL_LAB"] }))).toEqual([
      ["L", "PA", 4.5],
      ["L4", "PA", 1], // PC, also 1 for L4, comes after PA by key
    ]);
    expect((await network({ field: "F1" })).map((o) => o.labKey)).toEqual(["L", "L4"]);
    expect(await network({ field: "F2" })).toEqual([]); // no covering lab focuses on F2
  });

  it("has nothing to offer a lab with no discipline, partner or person", async () => {
    await graph.write("CREATE (:JointLab {id: 'EMPTY', name: '空实验室', status: 'APPLYING'})");
    expect(await run("EMPTY")).toEqual([]);
    await graph.write("MATCH (l:JointLab {id: 'EMPTY'}) DELETE l");
  });
});

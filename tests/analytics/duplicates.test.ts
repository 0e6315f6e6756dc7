/**
 * Duplicate layouts (R5) on a purpose-built graph:
 *   CONFLICT  the applicant APP leads in 0809 like the operating lab OPS; the EXITED lab OLD does too (not counted).
 *   OVERLAP   the applicant TCM leads in 1008, a direction discipline of OPS.
 *   ADJACENT  OPS focuses on the field of the provincial lab PL; the key lab KL (not a provincial lab) does not count.
 *   REJ       a REJECTED lab leading in 1008: counted only when checked itself (duplicatesFor).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { duplicateLayouts, type DuplicateGroup } from "../../src/analytics/duplicates.js";
import type { Graph } from "../../src/graph/graph.js";
import { loadFixture, testGraph } from "../support/graph.js";

const FIXTURE = `
CREATE (ic:Discipline {code: '0809', name: '电子科学与技术', level: 'FIRST_LEVEL'}),
       (tcm:Discipline {code: '1008', name: '中药学', level: 'FIRST_LEVEL'}),
       (f:Field {code: 'IC', name: '集成电路', kind: 'FOCUS'})
CREATE (ops:JointLab {id: 'OPS', name: '运行实验室', status: 'OPERATING'}),
       (app:JointLab {id: 'APP', name: '申请实验室', status: 'UNDER_REVIEW'}),
       (old:JointLab {id: 'OLD', name: '退出实验室', status: 'EXITED'}),
       (t:JointLab {id: 'TCM', name: '中药实验室', status: 'APPLYING'}),
       (rej:JointLab {id: 'REJ', name: '未获批实验室', status: 'REJECTED'})
CREATE (ops)-[:LEAD_DISCIPLINE]->(ic), (app)-[:LEAD_DISCIPLINE]->(ic), (old)-[:LEAD_DISCIPLINE]->(ic),
       (t)-[:LEAD_DISCIPLINE]->(tcm), (rej)-[:LEAD_DISCIPLINE]->(tcm)
CREATE (ops)-[:HAS_DIRECTION]->(:ResearchDirection {id: 'ops-herbal', name: '中药方向'})-[:IN_DISCIPLINE]->(tcm)
CREATE (pl:Platform {id: 'PL', name: '省实验室', kind: 'PROVINCIAL_LAB'}), (kl:Platform {id: 'KL', name: '重点实验室', kind: 'KEY_LAB'})
CREATE (ops)-[:FOCUSES_ON]->(f), (pl)-[:FOCUSES_ON]->(f), (kl)-[:FOCUSES_ON]->(f)
`;

let graph: Graph;
beforeAll(async () => {
  graph = testGraph();
  await loadFixture(graph, FIXTURE);
});
afterAll(() => graph?.close());

const brief = (groups: DuplicateGroup[]) =>
  groups.map((g) => [g.kind, g.severity, g.members.map((m) => m.key), g.shared.map((s) => s.key)]);

describe("duplicate layouts (R5)", () => {
  it("finds the conflict, the overlap and the adjacency among live labs only", async () => {
    const groups = await duplicateLayouts(graph);
    expect(brief(groups)).toEqual([
      ["CONFLICT", "HIGH", ["APP", "OPS"], ["0809"]],
      ["OVERLAP", "MEDIUM", ["TCM", "OPS"], ["1008"]],
      ["ADJACENT", "LOW", ["OPS", "PL"], ["IC"]],
    ]);
    const conflict = groups[0]!;
    expect(conflict.members.map((m) => [m.key, m.covering])).toEqual([
      ["APP", false],
      ["OPS", true],
    ]);
  });

  it("proves each group with Cypher patterns that match in the graph", async () => {
    const groups = await duplicateLayouts(graph);
    expect(groups[1]!.proofs).toEqual([
      "(:JointLab {id: 'TCM'})-[:LEAD_DISCIPLINE]->(:Discipline {code: '1008'})<-[:IN_DISCIPLINE]-(:ResearchDirection {id: 'ops-herbal'})<-[:HAS_DIRECTION]-(:JointLab {id: 'OPS'})",
    ]);
    for (const group of groups) {
      for (const proof of group.proofs) {
        const result = await graph.read(`MATCH p = ${proof} RETURN count(p) AS n`);
        expect(Number(result.records[0]!.get("n")), proof).toBe(1);
      }
    }
  });

  it("filters by kind", async () => {
    expect(brief(await duplicateLayouts(graph, { kinds: ["CONFLICT"] })).map((g) => g[0])).toEqual(["CONFLICT"]);
  });

  it("checks one applicant against the live layout (duplicatesFor)", async () => {
    expect(brief(await duplicateLayouts(graph, { lab: "APP" }))).toEqual([["CONFLICT", "HIGH", ["APP", "OPS"], ["0809"]]]);
    // A lab not live itself is counted as live when it is the one checked.
    expect(brief(await duplicateLayouts(graph, { lab: "REJ" }))).toEqual([
      ["CONFLICT", "HIGH", ["REJ", "TCM"], ["1008"]],
      ["OVERLAP", "MEDIUM", ["REJ", "OPS"], ["1008"]],
    ]);
    expect(await duplicateLayouts(graph, { lab: "OLD" })).toHaveLength(1);
  });

  it("counts an approved applicant as covering in the what-if", async () => {
    const groups = await duplicateLayouts(graph, { approve: ["APP"] });
    expect(groups[0]!.members.every((m) => m.covering)).toBe(true);
  });
});

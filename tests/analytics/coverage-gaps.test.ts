/**
 * Coverage gaps on a purpose-built graph where each answer can be worked out by hand:
 *   fields  F1 served by the OPERATING lab A; F2 only by the applicant B; F3 by nothing; F4 only by the
 *           EXITED lab X (which counts for nothing).
 *   disciplines  d1 led by A; d5 a direction discipline of A; d2 first-class, feeds the open F3;
 *           d3 first-class, feeds the covered F1; d4 feeds F3 but is first-class nowhere.
 *   places  city C1 holds A, the leading enterprise E1 of F1 and E2 of F2; city C2 only E3 of F3;
 *           park P1 (in C1) holds E4 of F1 but no lab.
 *   directions  a1 of A has the leading enterprise E1; a2 of A has only a non-leading member; b1 of B none;
 *           x1 of X none.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  allCoverageGaps,
  countCoverageGaps,
  coverageGaps,
  gapKey,
  GAP_DIMENSIONS,
  type CoverageGap,
} from "../../src/analytics/coverage-gaps.js";
import { gapWhatIf } from "../../src/analytics/what-if.js";
import { layoutAlerts, layoutSnapshot, type LayoutWatch } from "../../src/editing/layout-watch.js";
import type { Graph } from "../../src/graph/graph.js";
import { clearGraph, loadFixture, resetToSeed, testGraph } from "../support/graph.js";

const FIXTURE = `
CREATE (f1:Field {code: 'F1', name: '场一', kind: 'FOCUS'}), (f2:Field {code: 'F2', name: '场二', kind: 'FOCUS'}),
       (f3:Field {code: 'F3', name: '场三', kind: 'FOCUS'}), (f4:Field {code: 'F4', name: '场四', kind: 'FOCUS'}),
       (ind:Field {code: 'I1', name: '产业', kind: 'INDUSTRY'})
CREATE (d1:Discipline {code: '0801', name: 'd1', level: 'FIRST_LEVEL'}), (d2:Discipline {code: '0802', name: 'd2', level: 'FIRST_LEVEL'}),
       (d3:Discipline {code: '0803', name: 'd3', level: 'FIRST_LEVEL'}), (d4:Discipline {code: '0804', name: 'd4', level: 'FIRST_LEVEL'}),
       (d5:Discipline {code: '0805', name: 'd5', level: 'FIRST_LEVEL'})
CREATE (d1)-[:SUPPORTS]->(f1), (d2)-[:SUPPORTS]->(f3), (d3)-[:SUPPORTS]->(f1), (d4)-[:SUPPORTS]->(f3), (d5)-[:SUPPORTS]->(f1)
CREATE (u:University {id: 'u1', name: '大学'})
CREATE (u)-[:HAS_DISCIPLINE {firstClass: true}]->(d1), (u)-[:HAS_DISCIPLINE {firstClass: true}]->(d2),
       (u)-[:HAS_DISCIPLINE {firstClass: true}]->(d3), (u)-[:HAS_DISCIPLINE {firstClass: false}]->(d4),
       (u)-[:HAS_DISCIPLINE {firstClass: true}]->(d5)
CREATE (c1:City {id: 'c1', name: '甲市'}), (c2:City {id: 'c2', name: '乙市'}), (p1:Park {id: 'p1', name: '园区', level: 'NATIONAL'})
CREATE (p1)-[:LOCATED_IN]->(c1)
CREATE (a:JointLab {id: 'A', name: '实验室A', status: 'OPERATING'}), (b:JointLab {id: 'B', name: '实验室B', status: 'APPLYING'}),
       (x:JointLab {id: 'X', name: '实验室X', status: 'EXITED'})
CREATE (a)-[:FOCUSES_ON]->(f1), (b)-[:FOCUSES_ON]->(f2), (x)-[:FOCUSES_ON]->(f4)
CREATE (a)-[:LEAD_DISCIPLINE]->(d1), (a)-[:LOCATED_IN]->(c1), (b)-[:LOCATED_IN]->(c2), (x)-[:LOCATED_IN]->(c2)
CREATE (a1:ResearchDirection {id: 'a1', name: '方向a1'}), (a2:ResearchDirection {id: 'a2', name: '方向a2'}),
       (b1:ResearchDirection {id: 'b1', name: '方向b1'}), (x1:ResearchDirection {id: 'x1', name: '方向x1'})
CREATE (a)-[:HAS_DIRECTION]->(a1), (a)-[:HAS_DIRECTION]->(a2), (b)-[:HAS_DIRECTION]->(b1), (x)-[:HAS_DIRECTION]->(x1)
CREATE (a2)-[:IN_DISCIPLINE]->(d5), (b1)-[:IN_DISCIPLINE]->(d2), (a1)-[:IN_DISCIPLINE]->(d1)
CREATE (e1:Enterprise {id: 'e1', name: '企业1', leading: true}), (e2:Enterprise {id: 'e2', name: '企业2', leading: true}),
       (e3:Enterprise {id: 'e3', name: '企业3', leading: true}), (e4:Enterprise {id: 'e4', name: '企业4', leading: true}),
       (m:Enterprise {id: 'm', name: '成员企业', leading: false})
CREATE (e1)-[:OPERATES_IN]->(f1), (e2)-[:OPERATES_IN]->(f2), (e3)-[:OPERATES_IN]->(f3), (e4)-[:OPERATES_IN]->(f1), (m)-[:OPERATES_IN]->(f1)
CREATE (e1)-[:LOCATED_IN]->(c1), (e2)-[:LOCATED_IN]->(c1), (e3)-[:LOCATED_IN]->(c2), (e4)-[:LOCATED_IN]->(p1), (m)-[:LOCATED_IN]->(c2)
CREATE (e1)-[:PARTICIPATES_IN {role: 'LEAD'}]->(a1), (m)-[:PARTICIPATES_IN {role: 'LEAD'}]->(a2)
`;

let graph: Graph;
beforeAll(async () => {
  graph = testGraph();
  await loadFixture(graph, FIXTURE);
});
afterAll(() => graph?.close());

const brief = (gaps: CoverageGap[]) => gaps.map((g) => [g.subjectKey, g.fieldCode, g.severity]);
const roles = (gap: CoverageGap | undefined) => gap?.evidence.map((e) => `${e.role}:${e.key}`) ?? [];

describe("coverage gaps", () => {
  it("FIELD (R6): F3 and F4 have nothing (HIGH); F2 has only an applicant (MEDIUM); F1 is covered", async () => {
    const gaps = await coverageGaps(graph, "FIELD");
    expect(brief(gaps)).toEqual([
      ["F3", "F3", "HIGH"],
      ["F4", "F4", "HIGH"],
      ["F2", "F2", "MEDIUM"],
    ]);
    expect(roles(gaps.find((g) => g.subjectKey === "F2"))).toEqual(["APPLICANT:B", "LEADING_ENTERPRISE:e2"]);
    expect(roles(gaps.find((g) => g.subjectKey === "F3"))).toEqual([
      "LEADING_ENTERPRISE:e3",
      "FIRST_CLASS_DISCIPLINE:0802",
    ]);
    expect(gaps[0]!.rules).toEqual(["R6"]);
  });

  it("DISCIPLINE (R1, R2): d2 feeds an open field (HIGH), d3 a covered one (MEDIUM); d1, d5 are worked in, d4 is not first-class", async () => {
    const gaps = await coverageGaps(graph, "DISCIPLINE");
    expect(brief(gaps)).toEqual([
      ["0802", null, "HIGH"],
      ["0803", null, "MEDIUM"],
    ]);
    expect(roles(gaps[0])).toEqual(["FIRST_CLASS_UNIVERSITY:u1", "FIELD:F3", "APPLICANT:B"]);
    expect(gaps[0]!.evidence.find((e) => e.role === "FIELD")?.detail).toBe("OPEN");
  });

  it("CITY: C2 has a leading enterprise of F3 and no covering lab at all (HIGH); C1 lacks an F2 lab (MEDIUM)", async () => {
    const gaps = await coverageGaps(graph, "CITY");
    expect(brief(gaps)).toEqual([
      ["c2", "F3", "HIGH"],
      ["c1", "F2", "MEDIUM"],
    ]);
    expect(roles(gaps[0])).toEqual(["LEADING_ENTERPRISE:e3"]);
  });

  it("PARK: P1 holds a leading F1 enterprise but no lab, though its city has one", async () => {
    const gaps = await coverageGaps(graph, "PARK");
    expect(brief(gaps)).toEqual([["p1", "F1", "HIGH"]]);
    expect(roles(gaps[0])).toEqual(["LEADING_ENTERPRISE:e4"]);
  });

  it("DIRECTION (R10): a2 of the covering lab A (HIGH) and b1 of the applicant B (MEDIUM); x1 of the exited lab is not counted", async () => {
    const gaps = await coverageGaps(graph, "DIRECTION");
    expect(brief(gaps)).toEqual([
      ["a2", null, "HIGH"],
      ["b1", null, "MEDIUM"],
    ]);
    // a2's disciplines feed F1, in which e1 and e4 lead: they are the candidates to lead it.
    expect(roles(gaps[0])).toEqual(["LAB:A", "CANDIDATE_LEAD:e1", "CANDIDATE_LEAD:e4"]);
  });

  it("counts an approved applicant as covering (the what-if parameter): F2 closes, C2 now has a lab", async () => {
    expect(brief(await coverageGaps(graph, "FIELD", { approve: ["B"] })).map((g) => g[0])).toEqual([
      "F3",
      "F4",
    ]);
    expect(brief(await coverageGaps(graph, "CITY", { approve: ["B"] }))).toEqual([
      ["c1", "F2", "MEDIUM"],
      ["c2", "F3", "MEDIUM"],
    ]);
  });

  it("scopes each dimension to focus fields: the same rows as unscoped, only those concerning the fields", async () => {
    expect(brief(await coverageGaps(graph, "FIELD", { fields: ["F2", "F1"] }))).toEqual([
      ["F2", "F2", "MEDIUM"],
    ]);
    // d2 supports F3 (the d4 discipline too, but it is first-class nowhere); d3 supports F1.
    expect(brief(await coverageGaps(graph, "DISCIPLINE", { fields: ["F3"] }))).toEqual([
      ["0802", null, "HIGH"],
    ]);
    expect(await coverageGaps(graph, "CITY", { fields: ["F2"] })).toEqual(
      (await coverageGaps(graph, "CITY")).filter((g) => g.fieldCode === "F2"),
    );
    expect(await coverageGaps(graph, "PARK", { fields: ["F3"] })).toEqual([]);
    // a2 is in d5, which supports F1; b1 is in d2, which supports F3.
    expect(brief(await coverageGaps(graph, "DIRECTION", { fields: ["F1"] }))).toEqual([["a2", null, "HIGH"]]);
    expect(brief(await coverageGaps(graph, "DIRECTION", { fields: ["F3"] }))).toEqual([
      ["b1", null, "MEDIUM"],
    ]);
    expect(await coverageGaps(graph, "FIELD", { fields: [] })).toEqual([]);
  });

  it("scopes CITY and PARK to places: their rows only, with the severity the whole place gives", async () => {
    expect(brief(await coverageGaps(graph, "CITY", { places: ["c1"] }))).toEqual([["c1", "F2", "MEDIUM"]]);
    expect(brief(await coverageGaps(graph, "CITY", { places: ["c2"], fields: ["F3"] }))).toEqual([
      ["c2", "F3", "HIGH"],
    ]);
    expect(brief(await coverageGaps(graph, "CITY", { places: ["c2"], approve: ["B"] }))).toEqual([
      ["c2", "F3", "MEDIUM"],
    ]);
    expect(brief(await coverageGaps(graph, "PARK", { places: ["p1"] }))).toEqual([["p1", "F1", "HIGH"]]);
    expect(await coverageGaps(graph, "PARK", { places: ["c1"] })).toEqual([]);
  });

  it("scopes DIRECTION to the directions of given labs", async () => {
    expect(brief(await coverageGaps(graph, "DIRECTION", { labs: ["B"] }))).toEqual([["b1", null, "MEDIUM"]]);
    expect(await coverageGaps(graph, "DIRECTION", { labs: ["A"] })).toEqual(
      (await coverageGaps(graph, "DIRECTION")).filter((g) => g.subjectKey === "a2"),
    );
    expect(await coverageGaps(graph, "DIRECTION", { labs: ["X"] })).toEqual([]);
  });

  it("counts the gaps of each dimension as the files find them, now and with an approval", async () => {
    expect(await countCoverageGaps(graph)).toEqual({
      FIELD: 3,
      DISCIPLINE: 2,
      CITY: 2,
      PARK: 1,
      DIRECTION: 2,
    });
    const after = await countCoverageGaps(graph, { approve: ["B"] });
    for (const dimension of GAP_DIMENSIONS) {
      expect(after[dimension], dimension).toBe(
        (await coverageGaps(graph, dimension, { approve: ["B"] })).length,
      );
    }
  });

  it("the what-if's scoped gaps give the answer of every gap compared in full", async () => {
    const [now, after] = await Promise.all([
      allCoverageGaps(graph),
      allCoverageGaps(graph, { approve: ["B"] }),
    ]);
    const keysAfter = new Set(after.map(gapKey));
    const keysNow = new Set(now.map(gapKey));
    const scoped = await gapWhatIf(graph, ["B"]);
    expect(scoped.closedGaps).toEqual(now.filter((g) => !keysAfter.has(gapKey(g))));
    expect(scoped.openedGaps).toEqual(after.filter((g) => !keysNow.has(gapKey(g))));
    expect(await scoped.remainingGaps()).toBe(after.length);
    // B serves F2: FIELD F2 closes (C2 had no F2 row: no F2 enterprise there). B works in d2 through b1, so the
    // DISCIPLINE gap 0802 closes too, though d2 feeds F3, not B's field. b1 stays a gap (HIGH now): no DIRECTION change.
    expect(scoped.closedGaps.map(gapKey)).toEqual(["FIELD|F2|F2", "DISCIPLINE|0802|"]);
    expect(scoped.openedGaps).toEqual([]);
  });

  it("layout alerts watching one lab raise what watching every gap raises (B approved, then exited)", async () => {
    const alertsOf = async (status: string, watch: LayoutWatch | undefined) => {
      const before = await layoutSnapshot(graph, watch);
      // The scoped watch must really be scoped, or the comparison below is of the full answer with itself.
      expect(before.gapScopes === null, "gaps compared in full").toBe(watch === undefined);
      await graph.write("MATCH (l:JointLab {id: 'B'}) SET l.status = $status", { status });
      const after = await layoutSnapshot(graph, { before });
      return layoutAlerts(before, after, { labId: "B", actor: "test", at: "2026-01-01T00:00:00Z" }).filter(
        (a) => a.kind.startsWith("GAP"),
      );
    };
    try {
      const full = [await alertsOf("APPROVED", undefined), await alertsOf("EXITED", undefined)];
      await graph.write("MATCH (l:JointLab {id: 'B'}) SET l.status = 'APPLYING'");
      const ofB: LayoutWatch = { labs: ["B"], gapsOfLab: true };
      const scoped = [await alertsOf("APPROVED", ofB), await alertsOf("EXITED", ofB)];
      expect(scoped).toEqual(full);
      const brief = (alerts: (typeof full)[0]) =>
        alerts.map((a) => `${a.kind} ${a.dimension} ${a.subjectKey}`);
      // Approved: F2 and d2 (through b1) are covered; c2|F3 stays a gap (MEDIUM now: no alert). Exited: they
      // open again, and b1 is no longer a live lab's direction.
      expect(brief(full[0]!)).toEqual(["GAP_CLOSED FIELD F2", "GAP_CLOSED DISCIPLINE 0802"]);
      expect(brief(full[1]!)).toEqual([
        "GAP_OPENED FIELD F2",
        "GAP_OPENED DISCIPLINE 0802",
        "GAP_CLOSED DIRECTION b1",
      ]);
    } finally {
      await graph.write("MATCH (l:JointLab {id: 'B'}) SET l.status = 'APPLYING'");
    }
  });

  it("answers an empty graph with no gap in any dimension", async () => {
    await clearGraph(graph);
    for (const dimension of ["FIELD", "DISCIPLINE", "CITY", "PARK", "DIRECTION"] as const) {
      expect(await coverageGaps(graph, dimension), dimension).toEqual([]);
    }
    expect(await countCoverageGaps(graph)).toEqual({
      FIELD: 0,
      DISCIPLINE: 0,
      CITY: 0,
      PARK: 0,
      DIRECTION: 0,
    });
    await loadFixture(graph, FIXTURE);
  });
});

describe("coverage gaps on the seed", () => {
  beforeAll(() => resetToSeed(graph));

  it("the what-if's scoped gaps and counted total equal the full comparison, for each applicant and for all at once", async () => {
    const applicants = (
      await graph.read(
        "MATCH (l:JointLab) WHERE l.status IN ['APPLYING', 'UNDER_REVIEW'] RETURN l.id AS id ORDER BY id",
      )
    ).records.map((r) => String(r.get("id")));
    expect(applicants.length).toBeGreaterThan(1);
    const now = await allCoverageGaps(graph);
    const keysNow = new Set(now.map(gapKey));
    let closedSomething = false;
    for (const ids of [...applicants.slice(0, 6).map((id) => [id]), applicants]) {
      const after = await allCoverageGaps(graph, { approve: ids });
      const keysAfter = new Set(after.map(gapKey));
      const scoped = await gapWhatIf(graph, ids);
      expect(scoped.closedGaps, ids.join(",")).toEqual(now.filter((g) => !keysAfter.has(gapKey(g))));
      expect(scoped.openedGaps, ids.join(",")).toEqual(after.filter((g) => !keysNow.has(gapKey(g))));
      expect(await scoped.remainingGaps(), ids.join(",")).toBe(after.length);
      closedSomething ||= scoped.closedGaps.length > 0;
    }
    expect(closedSomething).toBe(true);
    const counts = await countCoverageGaps(graph);
    for (const dimension of GAP_DIMENSIONS)
      expect(counts[dimension], dimension).toBe(now.filter((g) => g.dimension === dimension).length);
  });
});

/**
 * Duplicate layouts (R5) on a purpose-built graph:
 *   CONFLICT  the applicant APP leads in 0809 like the operating lab OPS; the EXITED lab OLD does too (not counted).
 *             The applicants TC2 and TCM both lead in 1008.
 *   OVERLAP   1008 is also a direction discipline of OPS (two directions) and BIO (which leads in 0710); TCM's own
 *             direction in 1008 and the EXITED lab OLD's direction there count for nothing.
 *   ADJACENT  APP and OPS focus on IC, the field of the provincial lab PL and the national lab NL; the key lab KL (not a
 *             provincial or national lab) does not count.
 *   REJ       a REJECTED lab leading in 1008: counted only when checked itself (duplicatesFor).
 * The network view groups per discipline (field); duplicatesFor, one group per pair, must agree with it pair for pair,
 * here and on the seed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  duplicateLayouts,
  duplicatesFor,
  groupKey,
  type DuplicateGroup,
} from "../../src/analytics/duplicates.js";
import { simulateApproval } from "../../src/analytics/what-if.js";
import type { Graph } from "../../src/graph/graph.js";
import { loadFixture, resetToSeed, testGraph } from "../support/graph.js";

const FIXTURE = `
CREATE (ic:Discipline {code: '0809', name: '电子科学与技术', level: 'FIRST_LEVEL'}),
       (tcm:Discipline {code: '1008', name: '中药学', level: 'FIRST_LEVEL'}),
       (bio:Discipline {code: '0710', name: '生物学', level: 'FIRST_LEVEL'}),
       (f:Field {code: 'IC', name: '集成电路', kind: 'FOCUS'})
CREATE (ops:JointLab {id: 'OPS', name: '运行实验室', status: 'OPERATING'}),
       (app:JointLab {id: 'APP', name: '申请实验室', status: 'UNDER_REVIEW'}),
       (old:JointLab {id: 'OLD', name: '退出实验室', status: 'EXITED'}),
       (t:JointLab {id: 'TCM', name: '中药实验室', status: 'APPLYING'}),
       (t2:JointLab {id: 'TC2', name: '第二中药实验室', status: 'APPLYING'}),
       (b:JointLab {id: 'BIO', name: '生物实验室', status: 'CONSTRUCTING'}),
       (rej:JointLab {id: 'REJ', name: '未获批实验室', status: 'REJECTED'})
CREATE (ops)-[:LEAD_DISCIPLINE]->(ic), (app)-[:LEAD_DISCIPLINE]->(ic), (old)-[:LEAD_DISCIPLINE]->(ic),
       (t)-[:LEAD_DISCIPLINE]->(tcm), (t2)-[:LEAD_DISCIPLINE]->(tcm), (rej)-[:LEAD_DISCIPLINE]->(tcm), (b)-[:LEAD_DISCIPLINE]->(bio)
CREATE (ops)-[:HAS_DIRECTION]->(:ResearchDirection {id: 'ops-herbal', name: '中药方向'})-[:IN_DISCIPLINE]->(tcm),
       (ops)-[:HAS_DIRECTION]->(:ResearchDirection {id: 'ops-herbal-2', name: '第二中药方向'})-[:IN_DISCIPLINE]->(tcm),
       (b)-[:HAS_DIRECTION]->(:ResearchDirection {id: 'bio-tcm', name: '生物中药方向'})-[:IN_DISCIPLINE]->(tcm),
       (t)-[:HAS_DIRECTION]->(:ResearchDirection {id: 'tcm-herbal', name: '本学科方向'})-[:IN_DISCIPLINE]->(tcm),
       (old)-[:HAS_DIRECTION]->(:ResearchDirection {id: 'old-herbal', name: '旧中药方向'})-[:IN_DISCIPLINE]->(tcm)
CREATE (pl:Platform {id: 'PL', name: '省实验室', kind: 'PROVINCIAL_LAB'}), (nl:Platform {id: 'NL', name: '国家实验室', kind: 'NATIONAL_LAB'}),
       (kl:Platform {id: 'KL', name: '重点实验室', kind: 'KEY_LAB'})
CREATE (ops)-[:FOCUSES_ON]->(f), (app)-[:FOCUSES_ON]->(f), (pl)-[:FOCUSES_ON]->(f), (nl)-[:FOCUSES_ON]->(f), (kl)-[:FOCUSES_ON]->(f)
`;

const brief = (groups: DuplicateGroup[]) =>
  groups.map((g) => [g.kind, g.severity, g.members.map((m) => m.key), g.shared.map((s) => s.key)]);

const path = (a: string, d: string, r: string, b: string) =>
  `(:JointLab {id: '${a}'})-[:LEAD_DISCIPLINE]->(:Discipline {code: '${d}'})<-[:IN_DISCIPLINE]-(:ResearchDirection {id: '${r}'})<-[:HAS_DIRECTION]-(:JointLab {id: '${b}'})`;
const focus = (l: string, f: string, p: string) =>
  `(:JointLab {id: '${l}'})-[:FOCUSES_ON]->(:Field {code: '${f}'})<-[:FOCUSES_ON]-(:Platform {id: '${p}'})`;

async function expectProofsMatch(graph: Graph, groups: DuplicateGroup[]): Promise<void> {
  for (const group of groups) {
    expect(group.proofs.length, group.reason).toBeGreaterThan(0);
    for (const proof of group.proofs) {
      const result = await graph.read(`MATCH p = ${proof} RETURN count(p) AS n`);
      expect(Number(result.records[0]!.get("n")), proof).toBe(1);
    }
  }
}

/**
 * The facts behind an answer, whatever its grouping: each CONFLICT (discipline and its labs), each OVERLAP pair
 * (leader > other | discipline), each ADJACENT pair (lab > platform | field).
 */
async function facts(graph: Graph, groups: DuplicateGroup[], network: boolean): Promise<string[]> {
  const leaders = new Map<string, string[]>();
  for (const r of (
    await graph.read(
      "MATCH (l:JointLab)-[:LEAD_DISCIPLINE]->(d:Discipline) RETURN d.code AS d, collect(l.id) AS ls",
    )
  ).records) {
    leaders.set(String(r.get("d")), r.get("ls") as string[]);
  }
  const out = new Set<string>();
  for (const g of groups) {
    const keys = g.members.map((m) => m.key);
    if (g.kind === "CONFLICT") out.add(`CONFLICT ${g.shared[0]!.key} ${[...keys].sort().join(",")}`);
    else if (!network) for (const s of g.shared) out.add(`${g.kind} ${keys[0]}>${keys[1]} ${s.key}`);
    else {
      const d = g.shared[0]!.key;
      const first =
        g.kind === "OVERLAP"
          ? keys.filter((k) => leaders.get(d)!.includes(k))
          : g.members.filter((m) => m.label === "Platform").map((m) => m.key);
      const rest = keys.filter((k) => !first.includes(k));
      for (const a of first)
        for (const b of rest)
          out.add(g.kind === "OVERLAP" ? `OVERLAP ${a}>${b} ${d}` : `ADJACENT ${b}>${a} ${d}`);
    }
  }
  return [...out].sort();
}

/** Network facts == the union of every live lab's duplicatesFor facts. */
async function expectSameFacts(graph: Graph): Promise<number> {
  const page = await duplicateLayouts(graph, { first: 1000, membersPerGroup: 1000 });
  expect(page.groups.every((g) => g.memberCount === g.members.length)).toBe(true);
  expect(page.totalCount).toBe(page.groups.length);
  const labs = (await graph.read("MATCH (l:JointLab) RETURN l.id AS id")).records.map((r) =>
    String(r.get("id")),
  );
  const perLab: DuplicateGroup[] = [];
  for (const lab of labs) perLab.push(...(await duplicatesFor(graph, [lab])));
  const network = await facts(graph, page.groups, true);
  expect(await facts(graph, perLab, false)).toEqual(network);
  // All labs at once: each group once.
  const together = await duplicatesFor(graph, labs);
  expect(await facts(graph, together, false)).toEqual(network);
  expect(new Set(together.map((g) => JSON.stringify(g))).size).toBe(together.length);
  return network.length;
}

describe("duplicate layouts (R5) on a fixture", () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = testGraph();
    await loadFixture(graph, FIXTURE);
  });
  afterAll(() => graph?.close());

  it("groups the network per discipline (field): conflicts, overlaps, adjacencies among live labs only", async () => {
    const page = await duplicateLayouts(graph);
    expect(page.totalCount).toBe(4);
    expect(brief(page.groups)).toEqual([
      ["CONFLICT", "HIGH", ["APP", "OPS"], ["0809"]],
      ["CONFLICT", "HIGH", ["TC2", "TCM"], ["1008"]],
      ["OVERLAP", "MEDIUM", ["TC2", "TCM", "BIO", "OPS"], ["1008"]],
      ["ADJACENT", "LOW", ["NL", "PL", "APP", "OPS"], ["IC"]],
    ]);
    expect(page.groups.map((g) => g.memberCount)).toEqual([2, 2, 4, 4]);
    expect(page.groups[0]!.members.map((m) => [m.key, m.covering])).toEqual([
      ["APP", false],
      ["OPS", true],
    ]);
    expect(page.groups.map((g) => g.reason)).toEqual([
      "2 live joint labs share the first-level lead discipline 0809 电子科学与技术",
      "2 live joint labs share the first-level lead discipline 1008 中药学",
      "The lead discipline 1008 中药学 of 2 live joint labs is a direction discipline of 2 other live joint labs",
      "2 live joint labs focus on the field IC 集成电路 of 2 provincial or national labs: collaboration candidates (R17), not conflicts",
    ]);
  });

  it("proves each group with one Cypher pattern per listed member, each matching in the graph", async () => {
    const { groups } = await duplicateLayouts(graph);
    expect(groups[0]!.proofs).toEqual([
      "(:JointLab {id: 'APP'})-[:LEAD_DISCIPLINE]->(:Discipline {code: '0809'})",
      "(:JointLab {id: 'OPS'})-[:LEAD_DISCIPLINE]->(:Discipline {code: '0809'})",
    ]);
    // Each other lab through its first direction in the discipline, from the first leader; then the other leaders.
    expect(groups[2]!.proofs).toEqual([
      path("TC2", "1008", "bio-tcm", "BIO"),
      path("TC2", "1008", "ops-herbal", "OPS"),
      path("TCM", "1008", "bio-tcm", "BIO"),
    ]);
    expect(groups[3]!.proofs).toEqual([
      focus("APP", "IC", "NL"),
      focus("OPS", "IC", "NL"),
      focus("APP", "IC", "PL"),
    ]);
    await expectProofsMatch(graph, groups);
  });

  it("pages: kinds in order, the first `first` groups, the total of the kinds asked for", async () => {
    const one = await duplicateLayouts(graph, { first: 1 });
    expect([one.totalCount, brief(one.groups)]).toEqual([
      4,
      [["CONFLICT", "HIGH", ["APP", "OPS"], ["0809"]]],
    ]);
    const later = await duplicateLayouts(graph, { kinds: ["ADJACENT", "OVERLAP"], first: 2 });
    expect([later.totalCount, later.groups.map((g) => g.kind)]).toEqual([2, ["OVERLAP", "ADJACENT"]]);
    const conflicts = await duplicateLayouts(graph, { kinds: ["CONFLICT"], first: 1 });
    expect([conflicts.totalCount, conflicts.groups.map((g) => g.shared[0]!.key)]).toEqual([2, ["0809"]]);
    expect((await duplicateLayouts(graph, { kinds: ["ADJACENT"] })).totalCount).toBe(1);
  });

  it("lists at most membersPerGroup of each part of a group, counting them all", async () => {
    const { groups } = await duplicateLayouts(graph, { membersPerGroup: 1 });
    expect(groups.map((g) => [g.members.map((m) => m.key), g.memberCount, g.proofs.length])).toEqual([
      [["APP"], 2, 1],
      [["TC2"], 2, 1],
      [["TC2", "BIO"], 4, 1],
      [["NL", "APP"], 4, 1],
    ]);
    await expectProofsMatch(graph, groups);
  });

  it("caps the proofs of a group, keeping the first listed members'", async () => {
    const { groups } = await duplicateLayouts(graph, { proofsPerGroup: 1 });
    expect(groups.map((g) => [g.members.length, g.proofs])).toEqual([
      [2, ["(:JointLab {id: 'APP'})-[:LEAD_DISCIPLINE]->(:Discipline {code: '0809'})"]],
      [2, ["(:JointLab {id: 'TC2'})-[:LEAD_DISCIPLINE]->(:Discipline {code: '1008'})"]],
      [4, [path("TC2", "1008", "bio-tcm", "BIO")]],
      [4, [focus("APP", "IC", "NL")]],
    ]);
  });

  it("checks one applicant against the live layout, pair by pair (duplicatesFor)", async () => {
    expect(brief(await duplicatesFor(graph, ["APP"], { anchorsLive: true }))).toEqual([
      ["CONFLICT", "HIGH", ["APP", "OPS"], ["0809"]],
      ["ADJACENT", "LOW", ["APP", "NL"], ["IC"]],
      ["ADJACENT", "LOW", ["APP", "PL"], ["IC"]],
    ]);
    expect(brief(await duplicatesFor(graph, ["APP"], { anchorsLive: true, kinds: ["CONFLICT"] }))).toEqual([
      ["CONFLICT", "HIGH", ["APP", "OPS"], ["0809"]],
    ]);
    // A lab not live itself is counted as live when it is the one checked (and only then).
    expect(brief(await duplicatesFor(graph, ["REJ"], { anchorsLive: true }))).toEqual([
      ["CONFLICT", "HIGH", ["REJ", "TC2", "TCM"], ["1008"]],
      ["OVERLAP", "MEDIUM", ["REJ", "BIO"], ["1008"]],
      ["OVERLAP", "MEDIUM", ["REJ", "OPS"], ["1008"]],
    ]);
    expect(await duplicatesFor(graph, ["REJ"])).toEqual([]);
    // Checked itself, the EXITED lab meets the leaders of 0809 and, through its direction, those of 1008.
    expect(brief(await duplicatesFor(graph, ["OLD"], { anchorsLive: true }))).toEqual([
      ["CONFLICT", "HIGH", ["APP", "OLD", "OPS"], ["0809"]],
      ["OVERLAP", "MEDIUM", ["TC2", "OLD"], ["1008"]],
      ["OVERLAP", "MEDIUM", ["TCM", "OLD"], ["1008"]],
    ]);
  });

  it("proves an overlapping pair with every direction that makes it", async () => {
    const [overlap] = await duplicatesFor(graph, ["OPS"], { kinds: ["OVERLAP"] });
    expect(brief([overlap!])).toEqual([["OVERLAP", "MEDIUM", ["TC2", "OPS"], ["1008"]]]);
    expect(overlap!.proofs).toEqual([
      path("TC2", "1008", "ops-herbal", "OPS"),
      path("TC2", "1008", "ops-herbal-2", "OPS"),
    ]);
    await expectProofsMatch(graph, await duplicatesFor(graph, ["OPS", "BIO", "OLD"], { anchorsLive: true }));
  });

  it("starts from labs or from their directions, each group once", async () => {
    expect(brief(await duplicatesFor(graph, [], { directions: ["bio-tcm"] }))).toEqual([
      ["OVERLAP", "MEDIUM", ["TC2", "BIO"], ["1008"]],
      ["OVERLAP", "MEDIUM", ["TCM", "BIO"], ["1008"]],
    ]);
    expect(brief(await duplicatesFor(graph, ["APP", "OPS", "APP"], { kinds: ["CONFLICT"] }))).toEqual([
      ["CONFLICT", "HIGH", ["APP", "OPS"], ["0809"]],
    ]);
    expect(await duplicatesFor(graph, [])).toEqual([]);
  });

  it("counts an approved applicant as covering in the what-if", async () => {
    const [conflict] = await duplicatesFor(graph, ["APP"], { approve: ["APP"], kinds: ["CONFLICT"] });
    expect(conflict!.members.every((m) => m.covering)).toBe(true);
  });

  it("agrees with duplicatesFor pair for pair", async () => {
    expect(await expectSameFacts(graph)).toBe(2 + 4 + 4);
  });
});

describe("duplicate layouts (R5) on the seed", () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = testGraph();
    await resetToSeed(graph);
  });
  afterAll(() => graph?.close());

  it("the network view and duplicatesFor agree pair for pair, and every proof matches", async () => {
    expect(await expectSameFacts(graph)).toBeGreaterThan(3);
    await expectProofsMatch(graph, (await duplicateLayouts(graph)).groups);
  });

  it("the what-if's duplicates equal duplicates-for.cypher run with $approve, for each applicant and all together", async () => {
    const rows = await graph.read(
      "MATCH (l:JointLab) WHERE l.status IN ['APPLYING', 'UNDER_REVIEW'] RETURN l.id AS id ORDER BY id",
    );
    const applicants = rows.records.map((r) => String(r.get("id")));
    expect(applicants.length).toBeGreaterThan(1);
    const covering = (g: DuplicateGroup) => g.kind !== "ADJACENT" && g.members.every((m) => m.covering);
    let groupsSeen = 0;
    for (const ids of [...applicants.map((id) => [id]), applicants]) {
      const whatIf = await simulateApproval(graph, ids);
      const now = await duplicatesFor(graph, ids);
      const after = await duplicatesFor(graph, ids, { approve: ids });
      const coveringNow = new Set(now.filter(covering).map(groupKey));
      expect(whatIf.duplicatesOfApproved, ids.join(",")).toEqual(
        after.filter((g) => g.members.some((m) => ids.includes(m.key))),
      );
      expect(whatIf.newDuplicates, ids.join(",")).toEqual(
        after.filter((g) => covering(g) && !coveringNow.has(groupKey(g))),
      );
      groupsSeen += whatIf.duplicatesOfApproved.length;
    }
    expect(groupsSeen).toBeGreaterThan(0);
  });
});

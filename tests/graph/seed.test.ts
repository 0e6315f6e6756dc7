/**
 * The seed graph: its size and shape (issue: at least 10 labs, 40 directions, 100 enterprises,
 * 200 people; the catalogue down to first-level disciplines), its marking of what is illustrative,
 * and its loading: idempotent, and the same through the emitted script an analyst would run.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LIVE_STATUSES } from "../../src/domain/enums.js";
import type { Graph } from "../../src/graph/graph.js";
import { applySchema } from "../../src/graph/migrate.js";
import { parseCypher } from "../../src/graph/cypher-file.js";
import { loadSeedSet, seedScript } from "../../src/graph/seed.js";
import { clearGraph, count, resetToSeed, seedSet, testGraph } from "../support/graph.js";

let graph: Graph;
beforeAll(async () => {
  graph = testGraph();
  await resetToSeed(graph);
});
afterAll(() => graph?.close());

async function totals(): Promise<{ nodes: number; rels: number }> {
  return {
    nodes: await count(graph, "MATCH (n) RETURN count(n)"),
    rels: await count(graph, "MATCH ()-[r]->() RETURN count(r)"),
  };
}

describe("the Jiangsu seed graph", () => {
  it("is as large as the planners' scenario needs", async () => {
    expect(await count(graph, "MATCH (n:JointLab) RETURN count(n)")).toBeGreaterThanOrEqual(10);
    expect(await count(graph, "MATCH (n:ResearchDirection) RETURN count(n)")).toBeGreaterThanOrEqual(40);
    expect(await count(graph, "MATCH (n:Enterprise) RETURN count(n)")).toBeGreaterThanOrEqual(100);
    expect(await count(graph, "MATCH (n:Person) RETURN count(n)")).toBeGreaterThanOrEqual(200);
    expect(await count(graph, "MATCH (n:City) RETURN count(n)")).toBeGreaterThanOrEqual(13);
    expect(await count(graph, "MATCH (n:Field {kind: 'FOCUS'}) RETURN count(n)")).toBe(10);
  });

  it("holds the catalogue's categories 07, 08, 10 and 14 down to first-level disciplines, each under its category", async () => {
    for (const category of ["07", "08", "10", "14"]) {
      const firstLevel = await count(
        graph,
        "MATCH (d:Discipline {level: 'FIRST_LEVEL'})-[:PART_OF]->(:Discipline {code: $category, level: 'CATEGORY'}) WHERE d.code STARTS WITH $category RETURN count(d)",
        { category },
      );
      expect(firstLevel, category).toBeGreaterThanOrEqual(7);
    }
    expect(
      await count(
        graph,
        "MATCH (d:Discipline {code: '1401'}) WHERE d.name = '集成电路科学与工程' RETURN count(d)",
      ),
    ).toBe(1);
    expect(
      await count(
        graph,
        "MATCH (d:Discipline {level: 'FIRST_LEVEL'}) WHERE NOT EXISTS { (d)-[:PART_OF]->(:Discipline) } RETURN count(d)",
      ),
    ).toBe(0);
  });

  it("marks every joint lab, direction and person as illustrative", async () => {
    for (const label of ["JointLab", "ResearchDirection", "Person"]) {
      const unmarked = await count(
        graph,
        `MATCH (n:${label}) WHERE n.illustrative IS NULL OR n.illustrative <> true RETURN count(n)`,
      );
      expect(unmarked, label).toBe(0);
    }
  });

  it("marks every node as either a public fact (V, R, ?) or illustrative", async () => {
    const unmarked = await graph.read(
      "MATCH (n) WHERE NOT (n.illustrative = true OR n.fact IN ['V', 'R', '?']) RETURN labels(n)[0] + ' ' + coalesce(n.id, n.code) AS node LIMIT 5",
    );
    expect(unmarked.records.map((r) => r.get("node"))).toEqual([]);
  });

  it("has live labs, labs in every life-cycle state, and directions in disciplines", async () => {
    expect(
      await count(graph, "MATCH (n:JointLab) WHERE n.status IN $live RETURN count(n)", {
        live: LIVE_STATUSES,
      }),
    ).toBeGreaterThanOrEqual(8);
    const states = await graph.read("MATCH (n:JointLab) RETURN collect(DISTINCT n.status) AS s");
    expect([...states.records[0]!.get("s")].sort()).toEqual([
      "APPLYING",
      "APPROVED",
      "CONSTRUCTING",
      "EXITED",
      "OPERATING",
      "REJECTED",
      "UNDER_REVIEW",
    ]);
    expect(
      await count(
        graph,
        "MATCH (d:ResearchDirection) WHERE NOT EXISTS { (d)-[:IN_DISCIPLINE]->() } RETURN count(d)",
      ),
    ).toBe(0);
  });

  it("stores amounts and counts as integers, not floats", async () => {
    expect(
      await count(graph, "MATCH (n:JointLab) WHERE n.investmentCny IS :: INTEGER RETURN count(n)"),
    ).toBeGreaterThan(0);
    expect(
      await count(
        graph,
        "MATCH (n:JointLab) WHERE n.investmentCny IS :: FLOAT NOT NULL OR n.staffPlanned IS :: FLOAT NOT NULL RETURN count(n)",
      ),
    ).toBe(0);
    expect(
      await count(
        graph,
        "MATCH ()-[f:FUNDS]->() WHERE f.amountCny IS :: FLOAT NOT NULL OR f.year IS :: FLOAT NOT NULL RETURN count(f)",
      ),
    ).toBe(0);
  });

  it("stores dates as Neo4j dates", async () => {
    expect(
      await count(
        graph,
        "MATCH (n:JointLab) WHERE n.appliedOn IS NOT NULL AND NOT n.appliedOn IS :: DATE RETURN count(n)",
      ),
    ).toBe(0);
    expect(
      await count(graph, "MATCH (n:JointLab) WHERE n.appliedOn IS :: DATE RETURN count(n)"),
    ).toBeGreaterThan(0);
  });

  it("loads idempotently: a second load changes no count", async () => {
    const before = await totals();
    await loadSeedSet(graph, seedSet());
    expect(await totals()).toEqual(before);
  });

  it("builds the same graph through the emitted script an analyst runs", async () => {
    const before = await totals();
    await clearGraph(graph);
    await applySchema(graph);
    const script = parseCypher(seedScript(seedSet()));
    const session = graph.driver.session({ database: graph.database });
    try {
      for (const statement of script.statements) await session.run(statement);
    } finally {
      await session.close();
    }
    expect(await totals()).toEqual(before);
    expect(
      await count(graph, "MATCH (n:JointLab) WHERE n.appliedOn IS :: DATE RETURN count(n)"),
    ).toBeGreaterThan(0);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LABELS, keyOf } from "../../src/domain/model.js";
import type { Graph } from "../../src/graph/graph.js";
import { applySchema } from "../../src/graph/migrate.js";
import { testGraph } from "../support/graph.js";

let graph: Graph;
beforeAll(() => {
  graph = testGraph();
});
afterAll(() => graph?.close());

describe("cypher/schema", () => {
  it("puts a unique constraint on the key of every label, idempotently", async () => {
    await applySchema(graph);
    const again = await applySchema(graph);
    expect(again.statements).toBeGreaterThan(LABELS.length);
    const result = await graph.read(
      "SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties WHERE type = 'UNIQUENESS' RETURN labelsOrTypes[0] AS label, properties[0] AS key",
    );
    const unique = new Set(result.records.map((r) => `${r.get("label")}.${r.get("key")}`));
    for (const label of LABELS) expect(unique.has(`${label}.${keyOf(label)}`), label).toBe(true);
  });

  it("makes a duplicate key a constraint error, not a second node", async () => {
    await applySchema(graph);
    await graph.write("MERGE (:City {id: 'city-constraint-test'})");
    await expect(graph.write("CREATE (:City {id: 'city-constraint-test'})")).rejects.toThrow(
      /already exists/,
    );
    await graph.write("MATCH (c:City {id: 'city-constraint-test'}) DELETE c");
  });

  it("leaves every index online", async () => {
    const result = await graph.read("SHOW INDEXES YIELD state RETURN collect(DISTINCT state) AS states");
    expect(result.records[0]!.get("states")).toEqual(["ONLINE"]);
  });
});

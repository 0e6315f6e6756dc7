/**
 * Every analytic's Cypher file runs standalone, as an analyst would run it in Neo4j Browser: with the
 * example parameters of its header (`:param name => value`, evaluated as Cypher), on the seed graph.
 */
import { readdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exampleParams, QUERIES_DIR, queryFile } from "../../src/analytics/query-file.js";
import type { Graph } from "../../src/graph/graph.js";
import { Role } from "../../src/domain/roles.js";
import { updateNode } from "../../src/editing/nodes.js";
import { runWrite } from "../../src/editing/write.js";
import { MemoryEventBus } from "../../src/events/memory-bus.js";
import { resetToSeed, testGraph } from "../support/graph.js";

const files = readdirSync(QUERIES_DIR)
  .filter((f) => f.endsWith(".cypher"))
  .map((f) => f.replace(/\.cypher$/, ""));

let graph: Graph;
beforeAll(async () => {
  graph = testGraph();
  await resetToSeed(graph);
  // One write, so that the audit trail (changes.cypher) has something to show.
  const events = new MemoryEventBus();
  await runWrite({ graph, user: { id: "analyst", role: Role.EDITOR }, events }, (scope) =>
    updateNode(scope, "City", "city-nanjing", { nameEn: "Nanjing City" }),
  );
  await events.close();
});
afterAll(() => graph?.close());

describe("cypher/queries", () => {
  it("holds one file per analytic", () => {
    expect(files.sort()).toEqual([
      "changes",
      "collaboration-opportunities",
      "coverage-gaps-count",
      "coverage-gaps-direction",
      "coverage-gaps-discipline",
      "coverage-gaps-field",
      "coverage-gaps-place",
      "duplicate-layouts",
      "duplicates-for",
      "lab-compliance",
    ]);
  });

  for (const name of files) {
    it(`${name}: documents itself and answers with its example parameters`, async () => {
      const file = queryFile(name);
      const header = file.header.join("\n");
      for (const section of ["Purpose:", "Rules:", "Parameters", "Columns:"])
        expect(header, section).toContain(section);
      const examples = exampleParams(file);
      const used = new Set([...file.statement.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]));
      expect(Object.keys(examples).sort()).toEqual([...used].sort());
      const params: Record<string, unknown> = {};
      for (const [key, expression] of Object.entries(examples)) {
        params[key] = (await graph.read(`RETURN ${expression} AS value`)).records[0]!.get("value");
      }
      const result = await graph.read(file.statement, params);
      expect(result.records.length).toBeGreaterThan(0);
      const columns = header.slice(header.indexOf("Columns:"));
      for (const key of result.records[0]!.keys)
        expect(columns, `column ${String(key)}`).toContain(String(key));
    });
  }
});

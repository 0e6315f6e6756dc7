/**
 * Export → import round trips on the real test database: the seed exported (xlsx, csv folder, json) and
 * imported into an EMPTY database gives the seed's graph (the same digest of nodes, relationships and
 * properties); a second run changes nothing; every change has its audit record with the actor
 * `import:<file name>`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../src/domain/roles.js";
import type { Graph } from "../../src/graph/graph.js";
import { applySchema } from "../../src/graph/migrate.js";
import { importFile, totals } from "../../src/import/import.js";
import { importLimits } from "../../src/import/limits.js";
import { exportGraph } from "../../src/transfer/export.js";
import { fingerprint } from "../support/fingerprint.js";
import { clearGraph, count, resetToSeed, testGraph } from "../support/graph.js";

let graph: Graph;
let dir: string;
let seedDigest: string;
let seedNodes: number;
let seedRels: number;
const limits = importLimits();

beforeAll(async () => {
  graph = testGraph();
  await resetToSeed(graph);
  seedDigest = await fingerprint(graph);
  seedNodes = await count(graph, "MATCH (n) WHERE NOT n:Change RETURN count(n)");
  seedRels = await count(graph, "MATCH (a)-[r]->(b) WHERE NOT a:Change AND NOT b:Change RETURN count(r)");
  dir = mkdtempSync(join(tmpdir(), "lianhe-import-"));
  for (const format of ["xlsx", "json", "csv"] as const)
    await exportGraph(graph, format, join(dir, format === "csv" ? "seed-csv" : `seed.${format}`));
});

afterAll(async () => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  await graph?.close();
});

async function emptyDatabase(): Promise<void> {
  await clearGraph(graph);
  await applySchema(graph);
}

describe.each([
  ["xlsx", "seed.xlsx"],
  ["csv folder", "seed-csv"],
  ["json", "seed.json"],
])("the seed exported as %s", (_format, name) => {
  it(
    "imports into an empty database as the seed's graph, then a second run changes nothing",
    { timeout: 600_000 },
    async () => {
      await emptyDatabase();
      const path = join(dir, name);
      const dry = await importFile(graph, path, { dryRun: true, role: Role.ADMIN, limits });
      expect(dry.problems).toEqual([]);
      expect(totals(dry.counts.nodes)).toEqual({ create: seedNodes, update: 0, unchanged: 0 });
      expect(totals(dry.counts.relationships)).toEqual({ create: seedRels, update: 0, unchanged: 0 });
      expect(await count(graph, "MATCH (n) RETURN count(n)")).toBe(0);

      const first = await importFile(graph, path, { dryRun: false, role: Role.ADMIN, limits });
      expect(first.problems).toEqual([]);
      expect(first.written).toBe(true);
      expect(first.changes).toBe(seedNodes + seedRels);
      expect(await fingerprint(graph)).toBe(seedDigest);
      // one audit record per change, by the file's actor, in the audit trail's format
      expect(
        await count(graph, "MATCH (c:Change {actor: $actor, role: 'ADMIN'}) RETURN count(c)", {
          actor: `import:${name}`,
        }),
      ).toBe(seedNodes + seedRels);
      // the import is one write: one instant, its records numbered 0, 1, 2… in order, across batches
      const order = await graph.read(
        "MATCH (c:Change {actor: $actor}) RETURN count(DISTINCT c.at) AS instants, min(c.seq) AS low, max(c.seq) AS high, count(DISTINCT c.seq) AS seqs",
        { actor: `import:${name}` },
      );
      expect(
        Object.fromEntries(Object.entries(order.records[0]!.toObject()).map(([k, v]) => [k, Number(v)])),
      ).toEqual({ instants: 1, low: 0, high: seedNodes + seedRels - 1, seqs: seedNodes + seedRels });
      expect(
        await count(
          graph,
          "MATCH (c:Change {action: 'CREATED', entityLabel: 'JointLab', entityKey: 'lab-biologics', labKey: 'lab-biologics'}) WHERE c.at IS NOT NULL AND c.after CONTAINS '\"status\":\"CONSTRUCTING\"' RETURN count(c)",
        ),
      ).toBe(1);

      const second = await importFile(graph, path, { dryRun: false, role: Role.ADMIN, limits });
      expect(second.problems).toEqual([]);
      expect(second.changes).toBe(0);
      expect(totals(second.counts.nodes)).toEqual({ create: 0, update: 0, unchanged: seedNodes });
      expect(totals(second.counts.relationships)).toEqual({ create: 0, update: 0, unchanged: seedRels });
      expect(await count(graph, "MATCH (c:Change) RETURN count(c)")).toBe(seedNodes + seedRels);
      expect(await fingerprint(graph)).toBe(seedDigest);
    },
  );
});

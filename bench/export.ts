/**
 * `npm run bench:export -- [--scale province|nation] [--seed]`: export times, per format, of the whole
 * graph and of a lab's neighbourhood (1 and 2 hops), and of the planners' report. With --seed: the seed
 * graph (the database is emptied and seeded first); else the scale's benchmark graph (merged first,
 * idempotent). Runs on NEO4J_URI or the scale's own Neo4j (bench/lib/instance.ts); never the dev data.
 */
import "reflect-metadata";
import { mkdtempSync, rmSync, statSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_OPPORTUNITY_WEIGHTS } from "../src/domain/opportunity-weights.js";
import { applySchema } from "../src/graph/migrate.js";
import { loadSeedSet, readSeedSet } from "../src/graph/seed.js";
import { FORMATS, exportGraph } from "../src/transfer/export.js";
import { writeReport } from "../src/transfer/report.js";
import { flag, scaleOption } from "./lib/args.js";
import { benchGraph } from "./lib/generator.js";
import { openBenchNeo4j } from "./lib/instance.js";
import { loadBenchGraph } from "./lib/load.js";

const spec = scaleOption();
const seed = flag("seed");
const neo = await openBenchNeo4j(spec, (line) => console.error(line));
const dir = mkdtempSync(join(tmpdir(), "lianhe-bench-export-"));

function size(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.size;
  return readdirSync(path).reduce((n, f) => n + statSync(join(path, f)).size, 0);
}

try {
  if (seed) {
    await neo.graph.autoCommit("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
    await applySchema(neo.graph);
    await loadSeedSet(neo.graph, readSeedSet());
  } else {
    console.error(`merging the ${spec.name} graph into ${neo.describe} (idempotent)…`);
    await loadBenchGraph(neo.graph, benchGraph(spec), { parallel: 2, nodeBatch: 20_000, relBatch: 20_000 });
  }
  const graphName = seed ? "seed" : spec.name;
  const lab = String(
    (
      await neo.graph.read(
        "MATCH (l:JointLab) WHERE l.status IN ['APPROVED', 'CONSTRUCTING', 'OPERATING'] RETURN l.id AS id ORDER BY l.id LIMIT 1",
      )
    ).records[0]?.get("id"),
  );
  console.log(`export times, ${graphName} graph on ${neo.describe}`);
  console.log("scope            format   nodes     rels       read ms  write ms  size");
  const scopes = [
    { name: "whole graph", scope: {} },
    { name: `${lab} 1 hop`, scope: { lab, hops: 1 } },
    { name: `2 hops`, scope: { lab, hops: 2 } },
  ];
  for (const { name, scope } of scopes) {
    for (const format of FORMATS) {
      if (name !== "whole graph" && format !== "xlsx" && format !== "graphml") continue;
      const file = join(dir, format === "csv" ? "csv" : `export.${format}`);
      const r = await exportGraph(neo.graph, format, file, scope);
      console.log(
        `${name.slice(0, 16).padEnd(16)} ${format.padEnd(8)} ${String(r.nodes).padStart(7)} ${String(r.relationships).padStart(8)} ` +
          `${String(r.readMs).padStart(10)} ${String(r.writeMs).padStart(9)}  ${(size(file) / 1e6).toFixed(2)} MB`,
      );
    }
  }
  const started = performance.now();
  const counts = await writeReport(neo.graph, join(dir, "report.xlsx"), {
    weights: { ...DEFAULT_OPPORTUNITY_WEIGHTS },
  });
  console.log(
    `report: ${counts.gaps} gaps, ${counts.duplicateGroups} duplicate groups, ${counts.opportunities} opportunities, ` +
      `${counts.labs} labs in ${Math.round(performance.now() - started)} ms`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
  await neo.close();
}

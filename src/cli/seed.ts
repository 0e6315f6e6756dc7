/**
 * `npm run seed`: merges the seed set into Neo4j (NEO4J_URI, or the local Neo4j); idempotent.
 * `npm run seed -- --emit [FILE]`: writes the set as a self-contained Cypher script instead, for
 * cypher-shell or Neo4j Browser. `--set NAME` picks a folder of seeds/ (default jiangsu).
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { applySchema } from "../graph/migrate.js";
import { loadSeedSet, readSeedSet, seedScript } from "../graph/seed.js";
import { fail, withGraph } from "./run.js";

const { values, positionals } = parseArgs({
  options: { emit: { type: "boolean", default: false }, set: { type: "string", default: "jiangsu" } },
  allowPositionals: true,
});

try {
  const set = readSeedSet(values.set);
  if (values.emit) {
    const script = seedScript(set);
    const file = positionals[0];
    if (file) {
      writeFileSync(file, script);
      console.error(`seed: wrote ${file}`);
    } else {
      process.stdout.write(script);
    }
  } else {
    await withGraph("seed", async (graph) => {
      await applySchema(graph);
      const result = await loadSeedSet(graph, set);
      console.log(
        `seed: "${set.name}" merged: ${result.nodes} nodes, ${result.relationships} relationships in ${result.ms} ms`,
      );
    });
  }
} catch (error) {
  fail(error, "seed");
}

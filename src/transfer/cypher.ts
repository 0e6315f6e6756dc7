/**
 * The Cypher writer: a script that rebuilds the exported graph in another Neo4j (cypher-shell -f, or
 * Neo4j Browser's multi-statement editor) — the schema's constraints and indexes (IF NOT EXISTS), then
 * the rows merged on their keys, as `npm run seed -- --emit` writes them (the same code). Idempotent.
 */
import { join } from "node:path";
import { cypherFilesIn, loadCypherFile } from "../graph/cypher-file.js";
import { CYPHER_DIR } from "../graph/paths.js";
import { mergeScript, type SeedSet } from "../graph/seed.js";
import { nodeCount, relationshipCount } from "./read-graph.js";

export function cypherScript(set: SeedSet): string {
  const schema = cypherFilesIn(join(CYPHER_DIR, "schema")).flatMap((file) => loadCypherFile(file).statements);
  return mergeScript(
    set,
    [
      `Lianhe Hub export "${set.name}": ${nodeCount(set)} nodes, ${relationshipCount(set)} relationships;`,
      "written by `npm run export -- --format cypher`. Idempotent: the schema IF NOT EXISTS, rows merged on keys.",
      "Run it with cypher-shell -f FILE (npm run cypher-shell -- -f FILE) or paste it into Neo4j Browser.",
    ],
    schema,
  );
}

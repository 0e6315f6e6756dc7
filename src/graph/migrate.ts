/** Applies cypher/schema/*.cypher (constraints and indexes), idempotently, in file order. */
import { join } from "node:path";
import type { Graph } from "./graph.js";
import { cypherFilesIn, loadCypherFile } from "./cypher-file.js";
import { CYPHER_DIR } from "./paths.js";

export async function applySchema(graph: Graph): Promise<{ statements: number }> {
  let statements = 0;
  for (const path of cypherFilesIn(join(CYPHER_DIR, "schema"))) {
    for (const statement of loadCypherFile(path).statements) {
      // Schema statements cannot share a transaction with each other; each runs alone. Not an API
      // request: an index build may take longer than the statement timeout.
      await graph.write(statement, {}, undefined, { timeout: false });
      statements += 1;
    }
  }
  await graph.write("CALL db.awaitIndexes(300)", {}, undefined, { timeout: false });
  return { statements };
}

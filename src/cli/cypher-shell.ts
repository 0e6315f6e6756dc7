/**
 * `npm run cypher-shell -- [cypher-shell's own arguments: -f FILE, --param …, --format plain]`: opens
 * Neo4j's cypher-shell on the configured Neo4j (NEO4J_URI with NEO4J_USERNAME / NEO4J_PASSWORD /
 * NEO4J_DATABASE, else the running local Neo4j of this checkout), with the credentials filled in.
 * The password is passed in the environment (NEO4J_PASSWORD), never on the command line.
 */
import { ConfigError, loadConfig } from "../config.js";
import { runCypherShell, shellTarget } from "../graph/cypher-shell.js";
import { LocalNeo4jError } from "../graph/local-neo4j.js";

try {
  const target = await shellTarget(loadConfig().neo4j);
  process.exitCode = await runCypherShell(target, process.argv.slice(2));
} catch (error) {
  const expected = error instanceof LocalNeo4jError || error instanceof ConfigError;
  console.error(`cypher-shell: ${expected ? (error as Error).message : String(error)}`);
  process.exitCode = 1;
}

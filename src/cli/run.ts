/** Shared by the command-line entry points: open the graph, run, close, one-line errors. */
import "reflect-metadata";
import { relative } from "node:path";
import { ConfigError, loadConfig } from "../config.js";
import { GraphUnavailableError, openGraph } from "../graph/connect.js";
import type { Graph } from "../graph/graph.js";
import { LocalNeo4jError } from "../graph/local-neo4j.js";
import { SeedError } from "../graph/seed.js";

export function fail(error: unknown, name: string): never {
  const expected =
    error instanceof ConfigError ||
    error instanceof LocalNeo4jError ||
    error instanceof GraphUnavailableError ||
    error instanceof SeedError;
  console.error(`${name}: ${expected ? (error as Error).message : String((error as Error)?.stack ?? error)}`);
  process.exit(1);
}

export async function withGraph(name: string, work: (graph: Graph) => Promise<void>): Promise<void> {
  try {
    const opened = await openGraph(loadConfig().neo4j, {
      log: (line) => console.error(`${name}: ${line}`),
      // Said on stderr, so that nobody is surprised by a JVM (and, the first time, a new database).
      startNotice: (i) =>
        `no local Neo4j is running: starting instance "${i.instance}" on port ${i.port} for this command (stopped when it ends)${
          i.hasData
            ? ""
            : `; it holds no database yet: a new, empty one is created in ${relative(process.cwd(), i.home) || i.home}`
        }`,
    });
    try {
      await work(opened.graph);
    } finally {
      await opened.close();
    }
  } catch (error) {
    fail(error, name);
  }
}

/** The test database: a Graph on it, and resets to known contents. */
import { inject } from "vitest";
import { Graph } from "../../src/graph/graph.js";
import { applySchema } from "../../src/graph/migrate.js";
import { loadSeedSet, readSeedSet, type SeedSet } from "../../src/graph/seed.js";

export function testGraph(): Graph {
  const { uri, username, password, database } = inject("neo4j");
  return Graph.connect({ uri, username, password, database });
}

export async function clearGraph(graph: Graph): Promise<void> {
  await graph.autoCommit("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
}

let seed: SeedSet | undefined;
export function seedSet(): SeedSet {
  seed ??= readSeedSet("jiangsu");
  return seed;
}

/** Empties the database and loads the Jiangsu seed graph. */
export async function resetToSeed(graph: Graph): Promise<void> {
  await clearGraph(graph);
  await applySchema(graph);
  await loadSeedSet(graph, seedSet());
}

export async function count(
  graph: Graph,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<number> {
  const result = await graph.read(cypher, params);
  return Number(result.records[0]?.get(0) ?? 0);
}

/** Empties the database and creates a purpose-built fixture graph (one Cypher statement of the test's own). */
export async function loadFixture(graph: Graph, cypher: string): Promise<void> {
  await clearGraph(graph);
  await applySchema(graph);
  await graph.write(cypher);
}

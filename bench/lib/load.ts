/**
 * Loads a benchmark graph in UNWIND batches, idempotently:
 *   1. the unique constraints of cypher/schema/001-constraints.cypher;
 *   2. nodes, MERGEd on their keys (backed by those constraints);
 *   3. relationships between nodes matched by key: MERGEd, or CREATEd when the database held no
 *      relationship at all before this phase (a first load: nothing can be duplicated, and CREATE
 *      skips MERGE's check of every existing relationship between the two nodes). Tables whose rows
 *      may repeat an earlier table's are always MERGEd, so both paths build the same graph;
 *   4. the rest of the schema (applySchema: the indexes), built once over the loaded data rather than
 *      maintained row by row, and awaited.
 * Each batch is one write transaction, retried on transient errors; `parallel` batches are in flight
 * at once so that generating and sending rows overlaps with Neo4j writing them.
 */
import { join } from "node:path";
import neo4j from "neo4j-driver";
import { keyOf, type Label, type RelType } from "../../src/domain/model.js";
import { loadCypherFile } from "../../src/graph/cypher-file.js";
import type { Graph } from "../../src/graph/graph.js";
import { applySchema } from "../../src/graph/migrate.js";
import { CYPHER_DIR } from "../../src/graph/paths.js";
import type { BenchGraph, Props, RelRow } from "./generator.js";
import { Progress } from "./progress.js";

/** Relationship types told apart by properties between the same two nodes (as in the seed loader). */
const IDENTITY_PROPS: Partial<Record<RelType, readonly string[]>> = { FUNDS: ["kind", "year"] };

export interface LoadOptions {
  /** Rows per node statement. */
  nodeBatch: number;
  /** Rows per relationship statement. */
  relBatch: number;
  /** Statements in flight at once. */
  parallel: number;
}

export interface LoadResult {
  /** How relationships were written: CREATE (first load) or MERGE. */
  relationshipMode: "CREATE" | "MERGE";
  nodeRows: number;
  relRows: number;
  seconds: number;
  rowsPerSecond: number;
  nodesInDb: number;
  relsInDb: number;
}

function nodeCypher(label: Label): string {
  const key = keyOf(label);
  return `UNWIND $rows AS row MERGE (n:${label} {${key}: row.${key}}) SET n += row, n.illustrative = true, n.bench = $scale`;
}

function relCypher(type: RelType, from: Label, to: Label, withProps: boolean, create: boolean): string {
  const identity = IDENTITY_PROPS[type] ?? [];
  const match = `UNWIND $rows AS row MATCH (a:${from} {${keyOf(from)}: row[0]}) MATCH (b:${to} {${keyOf(to)}: row[1]}) `;
  if (create) return match + `CREATE (a)-[r:${type}]->(b)${withProps ? " SET r = row[2]" : ""}`;
  const merged = identity.length ? ` {${identity.map((p) => `${p}: row[2].${p}`).join(", ")}}` : "";
  return match + `MERGE (a)-[r:${type}${merged}]->(b)${withProps ? " SET r += row[2]" : ""}`;
}

/** The unique constraints alone: MERGE needs them; the other indexes come after the load. */
async function applyConstraints(graph: Graph): Promise<void> {
  for (const statement of loadCypherFile(join(CYPHER_DIR, "schema", "001-constraints.cypher")).statements) {
    await graph.write(statement);
  }
  await graph.write("CALL db.awaitIndexes(300)");
}

export async function loadBenchGraph(
  graph: Graph,
  bench: BenchGraph,
  options: LoadOptions,
): Promise<LoadResult> {
  const started = performance.now();
  await applyConstraints(graph);
  const scale = bench.spec.name;
  const nodeTotal = bench.nodes.reduce((n, t) => n + t.count, 0);
  const relTotal = bench.rels.reduce((n, t) => n + t.estimate(), 0);
  const progress = new Progress(nodeTotal + relTotal);
  const inflight = new Set<Promise<void>>();
  let failure: unknown;

  const submit = async (cypher: string, rows: unknown[], label: string): Promise<void> => {
    while (inflight.size >= options.parallel) await Promise.race(inflight);
    if (failure) throw failure;
    const job = graph.driver
      .executeQuery(cypher, { rows, scale }, { database: graph.database, routing: neo4j.routing.WRITE })
      .then(
        () => progress.advance(rows.length, label),
        (error: unknown) => {
          failure ??= error;
        },
      )
      .finally(() => inflight.delete(job));
    inflight.add(job);
  };
  const drain = async (): Promise<void> => {
    await Promise.all(inflight);
    if (failure) throw failure;
  };

  let nodeRows = 0;
  for (const table of bench.nodes) {
    const cypher = nodeCypher(table.label);
    let batch: Props[] = [];
    for (const row of table.rows()) {
      batch.push(row);
      if (batch.length >= options.nodeBatch) {
        await submit(cypher, batch, table.label);
        nodeRows += batch.length;
        batch = [];
      }
    }
    if (batch.length) {
      await submit(cypher, batch, table.label);
      nodeRows += batch.length;
    }
  }
  // Relationships need both ends: wait for every node batch first.
  await drain();

  const existing = await graph.read("MATCH ()-[r]->() RETURN count(r) AS n");
  const create = Number(existing.records[0]?.get("n") ?? 0) === 0;
  let relRows = 0;
  // Tables that may repeat earlier rows go last, and are merged.
  const ordered = [...bench.rels.filter((t) => !t.repeats), ...bench.rels.filter((t) => t.repeats)];
  for (const table of ordered) {
    const groups = new Map<string, { cypher: string; rows: unknown[] }>();
    const flush = async (group: { cypher: string; rows: unknown[] }) => {
      if (!group.rows.length) return;
      const rows = group.rows;
      group.rows = [];
      relRows += rows.length;
      await submit(group.cypher, rows, table.name);
    };
    for (const row of table.rows() as Iterable<RelRow>) {
      const withProps = row.p !== undefined;
      const key = `${row.f}>${row.t}>${withProps}`;
      let group = groups.get(key);
      if (!group) {
        group = {
          cypher: relCypher(table.type, row.f, row.t, withProps, create && !table.repeats),
          rows: [],
        };
        groups.set(key, group);
      }
      group.rows.push(withProps ? [row.a, row.b, row.p] : [row.a, row.b]);
      if (group.rows.length >= options.relBatch) await flush(group);
    }
    for (const group of groups.values()) await flush(group);
  }
  await drain();
  progress.finish("relationships done; building indexes");
  await applySchema(graph);

  const counts = await graph.read(
    "CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels",
  );
  const record = counts.records[0]!;
  const seconds = (performance.now() - started) / 1000;
  return {
    relationshipMode: create ? "CREATE" : "MERGE",
    nodeRows,
    relRows,
    seconds,
    rowsPerSecond: (nodeRows + relRows) / seconds,
    nodesInDb: Number(record.get("nodes")),
    relsInDb: Number(record.get("rels")),
  };
}

/** Whether the graph already holds this scale (its probe lab is there with its directions). */
export async function isLoaded(graph: Graph, bench: BenchGraph): Promise<boolean> {
  const result = await graph.read(
    "OPTIONAL MATCH (l:JointLab {id: $id}) RETURN l IS NOT NULL AND l.bench = $scale AND COUNT { (l)-[:HAS_DIRECTION]->() } > 0 AS ok",
    { id: bench.probeLab, scale: bench.spec.name },
  );
  return result.records[0]?.get("ok") === true;
}

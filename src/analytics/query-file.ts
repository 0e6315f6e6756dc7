/**
 * The analytics run the Cypher files of cypher/queries/ exactly as an analyst would: one statement per
 * file, parameters only. The header's `:param name => value` lines are the file's example parameters.
 */
import { join } from "node:path";
import type { Graph, QueryStats } from "../graph/graph.js";
import { loadCypherFile, type CypherFile } from "../graph/cypher-file.js";
import { CYPHER_DIR } from "../graph/paths.js";
import { toPlain, type Plain } from "../graph/values.js";

export const QUERIES_DIR = join(CYPHER_DIR, "queries");

export function queryFile(name: string): CypherFile & { statement: string } {
  const file = loadCypherFile(join(QUERIES_DIR, `${name}.cypher`));
  if (file.statements.length !== 1)
    throw new Error(`${file.path}: expected one statement, found ${file.statements.length}`);
  return { ...file, statement: file.statements[0]! };
}

/** The header's example parameters: name → the Cypher expression after `=>`. */
export function exampleParams(file: CypherFile): Record<string, string> {
  const params: Record<string, string> = {};
  for (const line of file.header) {
    const match = /^:param\s+([A-Za-z_][A-Za-z0-9_]*)\s*=>\s*(.+)$/.exec(line.trim());
    if (match) params[match[1]!] = match[2]!;
  }
  return params;
}

export type Row = Record<string, Plain>;

export async function runQuery(
  graph: Graph,
  name: string,
  params: Record<string, unknown>,
  stats?: QueryStats,
): Promise<Row[]> {
  const result = await graph.read(queryFile(name).statement, params, stats, "analytic");
  return result.records.map((record) => {
    const row: Row = {};
    for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
    return row;
  });
}

/** One export: read the graph (or a lab's neighbourhood), write it in a format, atomically. */
import { rename, rm, writeFile } from "node:fs/promises";
import type { Graph } from "../graph/graph.js";
import type { SeedSet } from "../graph/seed.js";
import { writeAdminCsv } from "./admin-csv.js";
import { writeCsvFolder } from "./csv.js";
import { cypherScript } from "./cypher.js";
import { writeGraphml } from "./graphml.js";
import { jsonExport } from "./json.js";
import { nodeCount, readExport, relationshipCount, type ExportScope } from "./read-graph.js";
import { shapesOf } from "./shape.js";
import { writeXlsx } from "./xlsx.js";

export const FORMATS = ["xlsx", "csv", "json", "graphml", "cypher", "admin-csv"] as const;
export type Format = (typeof FORMATS)[number];

export interface ExportResult {
  nodes: number;
  relationships: number;
  /** Milliseconds reading the graph, and writing the file. */
  readMs: number;
  writeMs: number;
}

/** The format a file name implies: .xlsx, .json, .graphml, .cypher/.cql; undefined otherwise. */
export function formatOf(file: string): Format | undefined {
  const match = /\.(xlsx|json|graphml|cypher|cql)$/i.exec(file);
  if (!match) return undefined;
  const ext = match[1]!.toLowerCase();
  return ext === "cql" ? "cypher" : (ext as Format);
}

/** Writes to a temporary name beside the file, then renames it into place: no half-written file. */
async function atomically(file: string, write: (path: string) => Promise<void>): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await write(temporary);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Writes a set in a format (csv and admin-csv: `file` is a folder). */
export async function writeExport(set: SeedSet, format: Format, file: string): Promise<void> {
  switch (format) {
    case "xlsx":
      return atomically(file, (path) => writeXlsx(path, shapesOf(set), set));
    case "csv":
      await writeCsvFolder(file, shapesOf(set), set);
      return;
    case "json":
      return atomically(file, (path) => writeFile(path, jsonExport(set), "utf8"));
    case "graphml":
      return atomically(file, (path) => writeGraphml(path, set));
    case "cypher":
      return atomically(file, (path) => writeFile(path, cypherScript(set), "utf8"));
    case "admin-csv":
      await writeAdminCsv(file, set);
      return;
  }
}

/** The empty workbook (or CSV folder) of every label and relationship type: the import template. */
export async function writeTemplate(format: "xlsx" | "csv", file: string): Promise<void> {
  if (format === "csv") {
    await writeCsvFolder(file, shapesOf());
    return;
  }
  await atomically(file, (path) => writeXlsx(path, shapesOf()));
}

export async function exportGraph(
  graph: Graph,
  format: Format,
  file: string,
  scope: ExportScope = {},
): Promise<ExportResult> {
  const started = performance.now();
  const set = await readExport(graph, scope);
  const read = performance.now();
  await writeExport(set, format, file);
  return {
    nodes: nodeCount(set),
    relationships: relationshipCount(set),
    readMs: Math.round(read - started),
    writeMs: Math.round(performance.now() - read),
  };
}

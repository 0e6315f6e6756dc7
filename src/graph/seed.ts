/**
 * The seed loader: JSON files under seeds/<name>/ (nodes/<Label>.json, rels/<TYPE>.json) merged into
 * Neo4j with idempotent Cypher (MERGE on keys, UNWIND batches), all in one write transaction so a
 * failed load leaves nothing half-written. The same rows can be printed as a self-contained Cypher
 * script for an analyst's own Neo4j (`npm run seed -- --emit`).
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import type { Graph } from "./graph.js";
import { SEEDS_DIR } from "./paths.js";
import neo4j from "neo4j-driver";
import {
  DATE_PROPERTIES,
  IDENTITY_PROPERTIES,
  INTEGER_PROPERTIES,
  RELATIONSHIPS,
  isLabel,
  isRelType,
  keyOf,
  type Label,
  type RelType,
} from "../domain/model.js";
import { toNeo4jDate } from "./values.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Row = Record<string, Json>;

export interface SeedNodes {
  label: Label;
  rows: Row[];
}
export interface SeedRels {
  type: RelType;
  fromLabel: Label;
  toLabel: Label;
  rows: { from: string; to: string; props: Row }[];
}
export interface SeedSet {
  name: string;
  nodes: SeedNodes[];
  rels: SeedRels[];
}

const BATCH = 1000;

export class SeedError extends Error {}

function readJsonArray(path: string): Row[] {
  const data: unknown = JSON.parse(readFileSync(path, "utf8"));
  if (!Array.isArray(data)) throw new SeedError(`${path}: expected a JSON array`);
  return data as Row[];
}

/** Reads and checks a seed set: known labels and types, unique keys, endpoints that exist. */
export function readSeedSet(name = "jiangsu", dir = join(SEEDS_DIR, name)): SeedSet {
  if (!existsSync(join(dir, "nodes"))) throw new SeedError(`no seed set at ${dir}`);
  const keys = new Map<Label, Set<string>>();
  const nodes: SeedNodes[] = [];
  for (const file of readdirSync(join(dir, "nodes"))
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    const label = basename(file, ".json");
    if (!isLabel(label)) throw new SeedError(`${file}: unknown label ${label}`);
    const key = keyOf(label);
    const seen = new Set<string>();
    const rows = readJsonArray(join(dir, "nodes", file));
    for (const row of rows) {
      const value = row[key];
      if (typeof value !== "string" || value === "") throw new SeedError(`${file}: a row has no ${key}`);
      if (seen.has(value)) throw new SeedError(`${file}: duplicate ${key} ${value}`);
      seen.add(value);
    }
    keys.set(label, seen);
    nodes.push({ label, rows });
  }
  const rels: SeedRels[] = [];
  const relDir = join(dir, "rels");
  const relFiles = existsSync(relDir)
    ? readdirSync(relDir)
        .filter((f) => f.endsWith(".json"))
        .sort()
    : [];
  for (const file of relFiles) {
    const type = basename(file, ".json");
    if (!isRelType(type)) throw new SeedError(`${file}: unknown relationship type ${type}`);
    const allowed = RELATIONSHIPS[type] as { from: readonly string[]; to: readonly string[] };
    const groups = new Map<string, SeedRels>();
    for (const raw of readJsonArray(join(relDir, file))) {
      const { fromLabel, toLabel, from, to } = raw;
      if (typeof fromLabel !== "string" || !isLabel(fromLabel) || !allowed.from.includes(fromLabel)) {
        throw new SeedError(`${file}: fromLabel ${String(fromLabel)} not allowed for ${type}`);
      }
      if (typeof toLabel !== "string" || !isLabel(toLabel) || !allowed.to.includes(toLabel)) {
        throw new SeedError(`${file}: toLabel ${String(toLabel)} not allowed for ${type}`);
      }
      if (typeof from !== "string" || !keys.get(fromLabel)?.has(from)) {
        throw new SeedError(`${file}: ${fromLabel} ${String(from)} does not exist`);
      }
      if (typeof to !== "string" || !keys.get(toLabel)?.has(to)) {
        throw new SeedError(`${file}: ${toLabel} ${String(to)} does not exist`);
      }
      const props = raw.props && typeof raw.props === "object" && !Array.isArray(raw.props) ? raw.props : {};
      const groupKey = `${fromLabel}->${toLabel}`;
      let group = groups.get(groupKey);
      if (!group) {
        group = { type, fromLabel, toLabel, rows: [] };
        groups.set(groupKey, group);
      }
      group.rows.push({ from, to, props });
    }
    rels.push(...groups.values());
  }
  return { name: basename(dir), nodes, rels };
}

function nodeStatement(label: Label): string {
  const key = keyOf(label);
  return `UNWIND $rows AS row MERGE (n:${label} {${key}: row.${key}}) SET n += row`;
}

function relStatement(group: SeedRels): string {
  const identity = IDENTITY_PROPERTIES[group.type] ?? [];
  const merged = identity.length ? ` {${identity.map((p) => `${p}: row.props.${p}`).join(", ")}}` : "";
  return (
    `UNWIND $rows AS row ` +
    `MATCH (a:${group.fromLabel} {${keyOf(group.fromLabel)}: row.from}) ` +
    `MATCH (b:${group.toLabel} {${keyOf(group.toLabel)}: row.to}) ` +
    `MERGE (a)-[r:${group.type}${merged}]->(b) SET r += row.props`
  );
}

/** JSON values → Neo4j parameters: dates as `date`, whole amounts and counts as integers (not floats). */
function withDates(row: Row): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    if (DATE_PROPERTIES.has(k) && typeof v === "string") out[k] = toNeo4jDate(v);
    else if (INTEGER_PROPERTIES.has(k) && typeof v === "number" && Number.isInteger(v)) out[k] = neo4j.int(v);
    else out[k] = v;
  }
  return out;
}

function* batches<T>(rows: T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += BATCH) yield rows.slice(i, i + BATCH);
}

export interface SeedResult {
  nodes: number;
  relationships: number;
  ms: number;
}

/**
 * Merges a seed set into the graph in one write transaction. Running it twice changes nothing. A bulk
 * load, not an API request: without the statement timeout (the server's own setting applies).
 */
export async function loadSeedSet(graph: Graph, set: SeedSet): Promise<SeedResult> {
  const started = performance.now();
  const session = graph.driver.session({ database: graph.database });
  try {
    await session.executeWrite(async (tx) => {
      for (const { label, rows } of set.nodes) {
        const cypher = nodeStatement(label);
        for (const batch of batches(rows)) await tx.run(cypher, { rows: batch.map(withDates) });
      }
      for (const group of set.rels) {
        const cypher = relStatement(group);
        for (const batch of batches(group.rows)) {
          await tx.run(cypher, {
            rows: batch.map((r) => ({ from: r.from, to: r.to, props: withDates(r.props) })),
          });
        }
      }
    });
  } finally {
    await session.close();
  }
  return {
    nodes: set.nodes.reduce((n, s) => n + s.rows.length, 0),
    relationships: set.rels.reduce((n, s) => n + s.rows.length, 0),
    ms: Math.round(performance.now() - started),
  };
}

/** A Cypher literal for a JSON value (dates as `date('…')`), for the self-contained script. */
function literal(value: Json, key?: string): string {
  if (value === null) return "null";
  if (typeof value === "string") {
    const quoted = `'${value.replace(/\\/g, "\\\\").replace(/'/g, "\\'").replace(/\n/g, "\\n").replace(/\r/g, "\\r")}'`;
    return key !== undefined && DATE_PROPERTIES.has(key) ? `date(${quoted})` : quoted;
  }
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `[${value.map((v) => literal(v)).join(", ")}]`;
  const entries = Object.entries(value).map(
    ([k, v]) => `${/^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? k : `\`${k}\``}: ${literal(v, k)}`,
  );
  return `{${entries.join(", ")}}`;
}

/**
 * Rows in the seed's shape as one Cypher script (statements end with `;`) that cypher-shell or Neo4j
 * Browser (multi-statement editor) runs as it is: the rows are inlined as UNWIND lists, merged on keys.
 * `npm run seed -- --emit` and `npm run export -- --format cypher` both write it.
 */
export function mergeScript(
  set: SeedSet,
  header: readonly string[],
  preamble: readonly string[] = [],
): string {
  const out: string[] = [...header.map((line) => `// ${line}`), ...preamble.map((s) => `${s};`)];
  for (const { label, rows } of set.nodes) {
    for (const batch of batches(rows)) {
      out.push(nodeStatement(label).replace("$rows", literal(batch)) + ";");
    }
  }
  for (const group of set.rels) {
    for (const batch of batches(group.rows)) {
      out.push(relStatement(group).replace("$rows", literal(batch as unknown as Json)) + ";");
    }
  }
  return out.join("\n") + "\n";
}

/** The seed set as a self-contained Cypher script (see mergeScript). */
export function seedScript(set: SeedSet): string {
  return mergeScript(set, [
    `Lianhe Hub seed set "${set.name}": generated by \`npm run seed -- --emit\`; idempotent (MERGE on keys).`,
    `Nodes marked illustrative: true are hypothetical; see seeds/${set.name}/README.md.`,
  ]);
}

/** True when the database holds no node at all (then the hub seeds it at start). */
export async function isEmpty(graph: Graph): Promise<boolean> {
  const result = await graph.read("MATCH (n) RETURN count(n) > 0 AS any LIMIT 1");
  return result.records[0]?.get("any") !== true;
}

/**
 * What an export writes: the whole graph, or the neighbourhood of a joint lab (N hops, either direction),
 * read with the Cypher files of cypher/export/ into the seed loader's shape (a SeedSet), so that every
 * writer — and the Cypher script of `seed --emit` — takes the same rows.
 */
import { join } from "node:path";
import { LABELS, RELATIONSHIPS, isLabel, isRelType, type Label, type RelType } from "../domain/model.js";
import { loadCypherFile } from "../graph/cypher-file.js";
import type { Graph } from "../graph/graph.js";
import { CYPHER_DIR } from "../graph/paths.js";
import type { SeedRels, SeedSet } from "../graph/seed.js";
import { toPlain, toProps } from "../graph/values.js";

export const EXPORT_DIR = join(CYPHER_DIR, "export");
export const MAX_HOPS = 10;

type Row = SeedSet["nodes"][number]["rows"][number];

export class ExportError extends Error {}

export interface ExportScope {
  /** A joint lab's id: only its neighbourhood. Unset: the whole graph. */
  lab?: string;
  /** Hops from the lab (default 1). */
  hops?: number;
}

function statement(name: string): string {
  const file = loadCypherFile(join(EXPORT_DIR, `${name}.cypher`));
  if (file.statements.length !== 1) throw new Error(`${file.path}: expected one statement`);
  return file.statements[0]!;
}

/** Element ids of the lab and of every node within `hops` of it; throws when there is no such lab. */
export async function neighbourhood(graph: Graph, lab: string, hops: number): Promise<string[]> {
  if (!Number.isInteger(hops) || hops < 0 || hops > MAX_HOPS)
    throw new ExportError(`hops must be an integer from 0 to ${MAX_HOPS}, got ${hops}`);
  let ids: string[] | null = null;
  for (let hop = 1; hop <= Math.max(hops, 1); hop++) {
    // The first run starts from the lab alone; each run adds one ring of neighbours.
    const result = await graph.read(statement("neighbourhood"), { lab, ids, labels: LABELS });
    const record = result.records[0];
    if (!record) throw new ExportError(`JointLab ${lab} does not exist`);
    const next = record.get("ids") as string[];
    if (hops === 0) return next.slice(0, 1);
    if (ids && next.length === ids.length) return next; // nothing new: the component is complete
    ids = next;
  }
  return ids ?? [];
}

/** The graph, or the neighbourhood the scope names, as a SeedSet (nodes by label and key, relationships by type). */
export async function readExport(graph: Graph, scope: ExportScope = {}): Promise<SeedSet> {
  const ids = scope.lab === undefined ? null : await neighbourhood(graph, scope.lab, scope.hops ?? 1);
  const byLabel = new Map<Label, Row[]>();
  const nodes = await graph.read(statement("nodes"), { labels: LABELS, ids });
  for (const record of nodes.records) {
    const label = record.get("label") as string;
    if (!isLabel(label)) continue;
    let rows = byLabel.get(label);
    if (!rows) byLabel.set(label, (rows = []));
    rows.push(toProps(record.get("properties")) as Row);
  }
  const types = Object.keys(RELATIONSHIPS);
  const groups = new Map<string, SeedRels>();
  const rels = await graph.read(statement("relationships"), { labels: LABELS, types, ids });
  for (const record of rels.records) {
    const type = record.get("type") as string;
    const fromLabel = record.get("fromLabel") as string;
    const toLabel = record.get("toLabel") as string;
    if (!isRelType(type) || !isLabel(fromLabel) || !isLabel(toLabel)) continue;
    const groupKey = `${type}|${fromLabel}|${toLabel}`;
    let group = groups.get(groupKey);
    if (!group) groups.set(groupKey, (group = { type, fromLabel, toLabel, rows: [] }));
    group.rows.push({
      from: toPlain(record.get("from")) as string,
      to: toPlain(record.get("to")) as string,
      props: toProps(record.get("properties")) as Row,
    });
  }
  const typeOrder = new Map(types.map((t, i) => [t, i]));
  return {
    name: scope.lab === undefined ? "graph" : `${scope.lab}+${scope.hops ?? 1}`,
    nodes: LABELS.filter((l) => byLabel.has(l)).map((label) => ({ label, rows: byLabel.get(label)! })),
    rels: [...groups.values()].sort(
      (a, b) =>
        typeOrder.get(a.type)! - typeOrder.get(b.type)! ||
        a.fromLabel.localeCompare(b.fromLabel) ||
        a.toLabel.localeCompare(b.toLabel),
    ),
  };
}

/** Rows of a set per relationship type (a type's groups, one per pair of end labels, together). */
export function relationshipsByType(set: SeedSet): Map<RelType, SeedRels[]> {
  const out = new Map<RelType, SeedRels[]>();
  for (const group of set.rels) {
    const list = out.get(group.type) ?? [];
    list.push(group);
    out.set(group.type, list);
  }
  return out;
}

export const nodeCount = (set: SeedSet): number => set.nodes.reduce((n, s) => n + s.rows.length, 0);
export const relationshipCount = (set: SeedSet): number => set.rels.reduce((n, s) => n + s.rows.length, 0);

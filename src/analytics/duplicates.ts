/** Duplicate discipline layouts among live labs (R5): CONFLICT, OVERLAP, ADJACENT, each with proofs. */
import type { Graph, QueryStats } from "../graph/graph.js";
import { runQuery, type Row } from "./query-file.js";
import { statusParams } from "./statuses.js";
import type { Severity } from "./coverage-gaps.js";

export type DuplicateKind = "CONFLICT" | "OVERLAP" | "ADJACENT";

export interface DuplicateMember {
  label: string;
  key: string;
  name: string;
  status: string | null;
  covering: boolean;
}

export interface DuplicateGroup {
  kind: DuplicateKind;
  severity: Severity;
  members: DuplicateMember[];
  shared: { label: string; key: string; name: string }[];
  /** Cypher patterns that match in the graph and prove the group. */
  proofs: string[];
  reason: string;
}

function toGroup(row: Row): DuplicateGroup {
  return {
    kind: row.kind as DuplicateKind,
    severity: row.severity as Severity,
    members: (row.members as Record<string, unknown>[]).map((m) => ({
      label: String(m.label),
      key: String(m.key),
      name: String(m.name),
      status: m.status === null || m.status === undefined ? null : String(m.status),
      covering: m.covering === true,
    })),
    shared: (row.shared as Record<string, unknown>[]).map((s) => ({ label: String(s.label), key: String(s.key), name: String(s.name) })),
    proofs: (row.proofs as string[]).map(String),
    reason: String(row.reason),
  };
}

export async function duplicateLayouts(
  graph: Graph,
  options: { lab?: string | null; approve?: readonly string[]; kinds?: readonly DuplicateKind[] | null; stats?: QueryStats } = {},
): Promise<DuplicateGroup[]> {
  const rows = await runQuery(graph, "duplicate-layouts", { ...statusParams(options.approve), lab: options.lab ?? null }, options.stats);
  const groups = rows.map(toGroup);
  return options.kinds?.length ? groups.filter((g) => options.kinds!.includes(g.kind)) : groups;
}

/** A stable identity for a group, to compare two answers (the what-if). */
export function groupKey(group: DuplicateGroup): string {
  return `${group.kind}|${group.members.map((m) => m.key).sort().join(",")}|${group.shared.map((s) => s.key).sort().join(",")}`;
}

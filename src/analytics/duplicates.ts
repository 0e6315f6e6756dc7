/**
 * Duplicate discipline layouts among live labs (R5): CONFLICT, OVERLAP, ADJACENT, each with proofs.
 *
 * Two statements, so that no answer grows with the square of the labs:
 * - `duplicateLayouts` (duplicate-layouts.cypher): the network, one group per discipline (CONFLICT,
 *   OVERLAP) or field (ADJACENT), a page of them in index order with the total count;
 * - `duplicatesFor` (duplicates-for.cypher): the groups that include given labs, one per pair as the
 *   network view used to be, read from those labs outwards. duplicatesFor, the approval guard, the
 *   what-if and the layout alerts only ever concern a few labs: they use this one.
 */
import neo4j from "neo4j-driver";
import type { Graph, QueryStats } from "../graph/graph.js";
import { runQuery, type Row } from "./query-file.js";
import { statusParams } from "./statuses.js";
import { messageOf, type Message } from "../domain/messages/index.js";
import type { Severity } from "./coverage-gaps.js";

export type DuplicateKind = "CONFLICT" | "OVERLAP" | "ADJACENT";
export const DUPLICATE_KINDS: readonly DuplicateKind[] = ["CONFLICT", "OVERLAP", "ADJACENT"];

/** Paging of the network view: groups per page, members listed per part of a group, proofs per group. */
export const DUPLICATE_PAGE = {
  first: 100,
  maxFirst: 1000,
  membersPerGroup: 20,
  maxMembersPerGroup: 1000,
  proofsPerGroup: 10,
} as const;

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
  /** Listed members (the network view lists at most membersPerGroup of each part of a group). */
  members: DuplicateMember[];
  /** All members, listed or not. */
  memberCount: number;
  shared: { label: string; key: string; name: string }[];
  /** Cypher patterns that match in the graph and prove the group. */
  proofs: string[];
  /** The reason in English, as the Cypher file writes it for analysts. */
  reason: string;
  /** The reason as a code and parameters (src/domain/messages): what the API puts into words. */
  reasonMessage: Message;
}

export interface DuplicatePage {
  /** Groups of the requested kinds in all. */
  totalCount: number;
  groups: DuplicateGroup[];
}

function toGroup(row: Row): DuplicateGroup {
  const members = (row.members as Record<string, unknown>[]).map((m) => ({
    label: String(m.label),
    key: String(m.key),
    name: String(m.name),
    status: m.status === null || m.status === undefined ? null : String(m.status),
    covering: m.covering === true,
  }));
  return {
    kind: row.kind as DuplicateKind,
    severity: row.severity as Severity,
    members,
    memberCount: typeof row.memberCount === "number" ? row.memberCount : members.length,
    shared: (row.shared as Record<string, unknown>[]).map((s) => ({
      label: String(s.label),
      key: String(s.key),
      name: String(s.name),
    })),
    proofs: (row.proofs as string[]).map(String),
    reason: String(row.reason),
    reasonMessage: messageOf(row.reasonCode, row.reasonParams),
  };
}

const kindsOf = (kinds: readonly DuplicateKind[] | null | undefined) =>
  kinds?.length ? [...new Set(kinds)] : DUPLICATE_KINDS;

/** Where a group stands in the network view's order: its kind, then its discipline's (field's) code. */
export interface DuplicatePosition {
  kind: DuplicateKind;
  code: string;
}

/** The group's position (duplicateGroups' cursor). */
export function positionOf(group: DuplicateGroup): DuplicatePosition {
  return { kind: group.kind, code: group.shared[0]?.key ?? "" };
}

/** The `…After` parameters of duplicate-layouts.cypher: '' from a kind's first code, null for none of it. */
function afterParams(after: DuplicatePosition | null | undefined): Record<string, string | null> {
  const rank = after ? DUPLICATE_KINDS.indexOf(after.kind) : -1;
  const from = (kind: number) => (rank < kind ? "" : rank === kind ? after!.code : null);
  return { conflictAfter: from(0), overlapAfter: from(1), adjacentAfter: from(2) };
}

/**
 * The network view: the first `first` groups (CONFLICT, OVERLAP, ADJACENT, each by discipline or field
 * code) after the position `after` (from the first without it), and the total of all pages.
 */
export async function duplicateLayouts(
  graph: Graph,
  options: {
    kinds?: readonly DuplicateKind[] | null;
    first?: number;
    after?: DuplicatePosition | null;
    membersPerGroup?: number;
    proofsPerGroup?: number;
    stats?: QueryStats;
  } = {},
): Promise<DuplicatePage> {
  const { coveringStatuses, applicantStatuses } = statusParams();
  const rows = await runQuery(
    graph,
    "duplicate-layouts",
    {
      coveringStatuses,
      applicantStatuses,
      kinds: kindsOf(options.kinds),
      first: neo4j.int(options.first ?? DUPLICATE_PAGE.first),
      membersPerGroup: neo4j.int(options.membersPerGroup ?? DUPLICATE_PAGE.membersPerGroup),
      proofsPerGroup: neo4j.int(options.proofsPerGroup ?? DUPLICATE_PAGE.proofsPerGroup),
      ...afterParams(options.after),
    },
    options.stats,
  );
  if (!rows.length && options.after) {
    // a page after the last group has no row to carry the total: the first group's page does
    const { after: _after, ...fromStart } = options;
    const total = await duplicateLayouts(graph, {
      ...fromStart,
      first: 1,
      membersPerGroup: 1,
      proofsPerGroup: 0,
    });
    return { totalCount: total.totalCount, groups: [] };
  }
  return { totalCount: rows.length ? Number(rows[0]!.totalCount) : 0, groups: rows.map(toGroup) };
}

export interface DuplicatesForOptions {
  /** Labs holding these research directions are checked as well (a write that links a direction). */
  directions?: readonly string[];
  /** Applicants counted as covering, as if approved (the what-if). */
  approve?: readonly string[];
  /** Count the given labs as live whatever their status (duplicatesFor: checking an application). Default false. */
  anchorsLive?: boolean;
  kinds?: readonly DuplicateKind[] | null;
}

/** The parameters of duplicates-for.cypher, for a caller that runs it in its own transaction (the approval guard). */
export function duplicatesForParams(
  labs: readonly string[],
  options: DuplicatesForOptions = {},
): Record<string, unknown> {
  return {
    ...statusParams(options.approve),
    labs: [...new Set(labs)],
    directions: [...new Set(options.directions ?? [])],
    anchorsLive: options.anchorsLive ?? false,
    kinds: kindsOf(options.kinds),
  };
}

/** The groups that include one of the labs, one per pair (CONFLICT: per discipline), read from the labs outwards. */
export async function duplicatesFor(
  graph: Graph,
  labs: readonly string[],
  options: DuplicatesForOptions & { stats?: QueryStats } = {},
): Promise<DuplicateGroup[]> {
  if (!labs.length && !options.directions?.length) return [];
  const rows = await runQuery(graph, "duplicates-for", duplicatesForParams(labs, options), options.stats);
  return rows.map(toGroup);
}

/** A stable identity for a group, to compare two answers (the what-if, the layout alerts). */
export function groupKey(group: DuplicateGroup): string {
  return `${group.kind}|${group.members
    .map((m) => m.key)
    .sort()
    .join(",")}|${group.shared
    .map((s) => s.key)
    .sort()
    .join(",")}`;
}

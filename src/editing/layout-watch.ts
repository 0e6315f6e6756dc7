/**
 * Layout alerts: the gaps and duplicates before a write and after its commit, compared. A write that
 * creates a duplicate (R5), or opens or closes a gap, raises one alert per change.
 *
 * Duplicates: a duplicate group a write creates always includes a lab the write touched (a new lab or
 * application, a lab whose status, lead discipline, directions or their disciplines changed), so only
 * those labs' groups are compared (duplicates-for.cypher, one group per pair, from the labs outwards),
 * never the whole network's.
 */
import {
  allCoverageGaps,
  gapKey,
  labsReach,
  type CoverageGap,
  type GapDimension,
  type GapScope,
} from "../analytics/coverage-gaps.js";
import { duplicatesFor, groupKey, type DuplicateGroup } from "../analytics/duplicates.js";
import type { LayoutAlertKind, LayoutAlertPayload } from "../events/types.js";
import type { Graph } from "../graph/graph.js";

/** What a watched write touches, as far as its caller knows. */
export interface LayoutWatch {
  /** The labs the write changes, by id or by the ids of their research directions (duplicates: only theirs). */
  labs?: readonly string[];
  directions?: readonly string[];
  /**
   * The write changes one lab (`labs[0]`) only in its status, its creation as an application or a new
   * direction: the gaps, too, are compared only where that lab can change them (gapScopesFor).
   */
  gapsOfLab?: boolean;
}

export interface LayoutSnapshot {
  gaps: Map<string, CoverageGap>;
  /** The CONFLICT and OVERLAP groups of the touched labs. */
  duplicates: Map<string, DuplicateGroup>;
  watch: LayoutWatch;
  /** The gaps looked at (null: all); the snapshot after the write takes the one before's. */
  gapScopes: Partial<Record<GapDimension, GapScope>> | null;
}

/**
 * The gaps a write on one lab can open or close, fixed before the write. The callers that name a lab only
 * change its status (life cycle), create it as an applicant (submitApplication) or add a direction to it:
 * - FIELD, CITY, PARK: only the lab's focus fields, and its city and park (as they are before the write;
 *   an application's new fields and place count for nothing, since applicants cover nothing);
 * - DIRECTION: the lab's directions (read before and after: a new direction is a new key);
 * - DISCIPLINE: in full — a direction's disciplines are not known before the write, and it is cheap.
 */
async function gapScopesFor(graph: Graph, lab: string): Promise<LayoutSnapshot["gapScopes"]> {
  const { fields, cities, parks } = await labsReach(graph, [lab]);
  return {
    FIELD: { fields },
    CITY: { fields, places: cities },
    PARK: { fields, places: parks },
    DISCIPLINE: { fields: null },
    DIRECTION: { labs: [lab] },
  };
}

/**
 * The gaps and duplicates now, as far as `watch` can change them (before a write); after the write, pass
 * the snapshot taken before it, to look at the same gaps and labs.
 */
export async function layoutSnapshot(
  graph: Graph,
  watch: LayoutWatch | { before: LayoutSnapshot } = {},
): Promise<LayoutSnapshot> {
  const previous = "before" in watch ? watch.before : undefined;
  const touched = previous?.watch ?? (watch as LayoutWatch);
  const lab = touched.gapsOfLab ? touched.labs?.[0] : undefined;
  const gapScopes = previous ? previous.gapScopes : lab ? await gapScopesFor(graph, lab) : null;
  const [gaps, groups] = await Promise.all([
    allCoverageGaps(graph, gapScopes ? { scopes: gapScopes } : {}),
    duplicatesFor(graph, touched.labs ?? [], {
      directions: touched.directions,
      kinds: ["CONFLICT", "OVERLAP"],
    }),
  ]);
  return {
    gaps: new Map(gaps.map((g) => [gapKey(g), g])),
    duplicates: new Map(groups.map((g) => [groupKey(g), g])),
    watch: touched,
    gapScopes,
  };
}

export function layoutAlerts(
  before: LayoutSnapshot,
  after: LayoutSnapshot,
  cause: { labId: string | null; actor: string; at: string },
): LayoutAlertPayload[] {
  const alerts: LayoutAlertPayload[] = [];
  for (const [key, group] of after.duplicates) {
    if (before.duplicates.has(key)) continue;
    alerts.push({
      kind: "DUPLICATE_CREATED",
      ...cause,
      dimension: group.kind,
      subjectKey: group.shared.map((s) => s.key).join(","),
      subjectName: group.members.map((m) => m.name).join(" / "),
      severity: group.severity,
      reason: group.reason,
      reasonMessage: group.reasonMessage,
    });
  }
  const gapAlert = (kind: LayoutAlertKind, gap: CoverageGap): LayoutAlertPayload => ({
    kind,
    ...cause,
    dimension: gap.dimension,
    subjectKey:
      gap.fieldCode && gap.fieldCode !== gap.subjectKey
        ? `${gap.subjectKey}|${gap.fieldCode}`
        : gap.subjectKey,
    subjectName: gap.subjectName,
    severity: gap.severity,
    reason: gap.reason,
    reasonMessage: gap.reasonMessage,
  });
  for (const [key, gap] of after.gaps) if (!before.gaps.has(key)) alerts.push(gapAlert("GAP_OPENED", gap));
  for (const [key, gap] of before.gaps) if (!after.gaps.has(key)) alerts.push(gapAlert("GAP_CLOSED", gap));
  return alerts;
}

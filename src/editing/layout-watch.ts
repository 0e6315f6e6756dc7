/**
 * Layout alerts: the gaps and duplicates before a write and after its commit, compared. A write that
 * creates a duplicate (R5), or opens or closes a gap, raises one alert per change.
 */
import { allCoverageGaps, gapKey, labsReach, type CoverageGap, type GapDimension, type GapScope } from "../analytics/coverage-gaps.js";
import { duplicateLayouts, groupKey, type DuplicateGroup } from "../analytics/duplicates.js";
import type { LayoutAlertPayload } from "../events/types.js";
import type { Graph } from "../graph/graph.js";

export interface LayoutSnapshot {
  gaps: Map<string, CoverageGap>;
  duplicates: Map<string, DuplicateGroup>;
  /** The gaps looked at (null: all); the snapshot after the write takes the one before's. */
  gapScopes: Partial<Record<GapDimension, GapScope>> | null;
}

/** What a write touches, when the caller knows: one lab's status, or one lab and what hangs off it. */
export interface LayoutWatch {
  lab: string;
}

/**
 * The gaps a write on one lab can open or close, fixed before the write. The callers that name a lab only
 * change its status (life cycle), create it as an applicant (submitApplication) or add a direction to it:
 * - FIELD, CITY, PARK: only the lab's focus fields, and its city and park (as they are before the write;
 *   an application's new fields and place count for nothing, since applicants cover nothing);
 * - DIRECTION: the lab's directions (read before and after: a new direction is a new key);
 * - DISCIPLINE: in full — a direction's disciplines are not known before the write, and it is cheap.
 */
async function gapScopesFor(graph: Graph, watch: LayoutWatch | undefined): Promise<LayoutSnapshot["gapScopes"]> {
  if (!watch) return null;
  const { fields, cities, parks } = await labsReach(graph, [watch.lab]);
  return {
    FIELD: { fields },
    CITY: { fields, places: cities },
    PARK: { fields, places: parks },
    DISCIPLINE: { fields: null },
    DIRECTION: { labs: [watch.lab] },
  };
}

/**
 * The gaps and duplicates now. `watch` (before a write) narrows the gaps to what the write can change;
 * `before` (after the write) looks at the same gaps as the snapshot taken before it.
 */
export async function layoutSnapshot(graph: Graph, watch?: LayoutWatch | { before: LayoutSnapshot }): Promise<LayoutSnapshot> {
  const gapScopes = watch && "before" in watch ? watch.before.gapScopes : await gapScopesFor(graph, watch);
  const [gaps, groups] = await Promise.all([
    allCoverageGaps(graph, gapScopes ? { scopes: gapScopes } : {}),
    duplicateLayouts(graph, { kinds: ["CONFLICT", "OVERLAP"] }),
  ]);
  return {
    gaps: new Map(gaps.map((g) => [gapKey(g), g])),
    duplicates: new Map(groups.map((g) => [groupKey(g), g])),
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
    });
  }
  const gapAlert = (kind: string, gap: CoverageGap): LayoutAlertPayload => ({
    kind,
    ...cause,
    dimension: gap.dimension,
    subjectKey: gap.fieldCode && gap.fieldCode !== gap.subjectKey ? `${gap.subjectKey}|${gap.fieldCode}` : gap.subjectKey,
    subjectName: gap.subjectName,
    severity: gap.severity,
    reason: gap.reason,
  });
  for (const [key, gap] of after.gaps) if (!before.gaps.has(key)) alerts.push(gapAlert("GAP_OPENED", gap));
  for (const [key, gap] of before.gaps) if (!after.gaps.has(key)) alerts.push(gapAlert("GAP_CLOSED", gap));
  return alerts;
}

/**
 * Layout alerts: the gaps and duplicates before a write and after its commit, compared. A write that
 * creates a duplicate (R5), or opens or closes a gap, raises one alert per change.
 *
 * Duplicates: a duplicate group a write creates always includes a lab the write touched (a new lab or
 * application, a lab whose status, lead discipline, directions or their disciplines changed), so only
 * those labs' groups are compared (duplicates-for.cypher, one group per pair, from the labs outwards),
 * never the whole network's.
 */
import { allCoverageGaps, gapKey, type CoverageGap } from "../analytics/coverage-gaps.js";
import { duplicatesFor, groupKey, type DuplicateGroup } from "../analytics/duplicates.js";
import type { LayoutAlertPayload } from "../events/types.js";
import type { Graph } from "../graph/graph.js";

/** The labs a write touched, by id or by the ids of their research directions. */
export interface LayoutTouches {
  labs?: readonly string[];
  directions?: readonly string[];
}

export interface LayoutSnapshot {
  gaps: Map<string, CoverageGap>;
  /** The CONFLICT and OVERLAP groups of the touched labs. */
  duplicates: Map<string, DuplicateGroup>;
  touches?: LayoutTouches;
}

export async function layoutSnapshot(graph: Graph, touches?: LayoutTouches): Promise<LayoutSnapshot> {
  const [gaps, groups] = await Promise.all([
    allCoverageGaps(graph),
    duplicatesFor(graph, touches?.labs ?? [], { directions: touches?.directions, kinds: ["CONFLICT", "OVERLAP"] }),
  ]);
  return {
    gaps: new Map(gaps.map((g) => [gapKey(g), g])),
    duplicates: new Map(groups.map((g) => [groupKey(g), g])),
    touches,
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

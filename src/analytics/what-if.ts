/**
 * The what-if (simulateApproval): the analytics run twice, as the graph is and as if the given applicants
 * were approved (passed as a parameter: nothing is written), and the answers compared.
 */
import { APPLICANT_STATUSES } from "../domain/enums.js";
import type { Graph, QueryStats } from "../graph/graph.js";
import {
  allCoverageGaps,
  countCoverageGaps,
  gapKey,
  labsReach,
  type CoverageGap,
  type GapDimension,
  type GapScope,
} from "./coverage-gaps.js";
import { duplicatesFor, groupKey, type DuplicateGroup } from "./duplicates.js";

export interface WhatIf {
  approved: string[];
  /** Gaps that exist now and would be closed. */
  closedGaps: CoverageGap[];
  /**
   * Gaps that would exist after and do not now, compared by subject (dimension, key, field). None as the gap
   * files stand (approval only adds covering labs; a direction of an approved lab without a leading enterprise
   * is a gap before, MEDIUM, and after, HIGH), computed all the same over the gaps that can change.
   */
  openedGaps: CoverageGap[];
  /**
   * Gaps of every dimension after approval (rows, as `coverageGaps` counts them), from coverage-gaps-count.cypher:
   * a count over the whole network, so computed only when asked for.
   */
  remainingGaps: () => Promise<number>;
  /** Duplicate groups whose members would all be covering labs after approval and are not now: layouts R5 would then forbid in place. */
  newDuplicates: DuplicateGroup[];
  /** Every duplicate group an approved lab belongs to. */
  duplicatesOfApproved: DuplicateGroup[];
}

export class WhatIfInputError extends Error {
  constructor(
    message: string,
    readonly ids: string[],
    /** UNKNOWN: no such lab; NOT_APPLICANT: a lab that is not APPLYING or UNDER_REVIEW. */
    readonly reason: "UNKNOWN" | "NOT_APPLICANT",
  ) {
    super(message);
  }
}

/**
 * The only gaps an approval can close or open, as the gap files define them. Approving applicants only adds
 * covering labs, so a gap can only close, and only where an approved lab counts:
 * - FIELD (R6): the focus fields of the approved labs;
 * - CITY, PARK (R6, R13): rows of those fields at the approved labs' cities and parks;
 * - DISCIPLINE (R1, R2): the disciplines the approved labs lead or work in — not always feeding their own
 *   fields, so computed in full (it is small: one row per first-class discipline at most);
 * - DIRECTION (R10): none. A direction is a gap while any live lab (covering or applicant) has it and no
 *   leading enterprise takes part; approved labs are applicants already, so the set of directions stays
 *   (only the severity of theirs rises from MEDIUM to HIGH, and a gap is compared by its key).
 */
async function approvalGapScopes(
  graph: Graph,
  ids: readonly string[],
  stats?: QueryStats,
): Promise<Partial<Record<GapDimension, GapScope>>> {
  const { fields, cities, parks } = await labsReach(graph, ids, stats);
  return {
    FIELD: { fields },
    CITY: { fields, places: cities },
    PARK: { fields, places: parks },
    DISCIPLINE: { fields: null },
  };
}

/**
 * The gap part of the what-if, for applicants already checked: the gaps the approval can change, now and
 * after, compared by key; the remaining total counted after approval, on demand, without computing every gap.
 */
export async function gapWhatIf(
  graph: Graph,
  ids: readonly string[],
  stats?: QueryStats,
): Promise<Pick<WhatIf, "closedGaps" | "openedGaps" | "remainingGaps">> {
  const scopes = await approvalGapScopes(graph, ids, stats);
  const [gapsNow, gapsAfter] = await Promise.all([
    allCoverageGaps(graph, { scopes, stats }),
    allCoverageGaps(graph, { approve: ids, scopes, stats }),
  ]);
  const after = new Set(gapsAfter.map(gapKey));
  const now = new Set(gapsNow.map(gapKey));
  return {
    closedGaps: gapsNow.filter((g) => !after.has(gapKey(g))),
    openedGaps: gapsAfter.filter((g) => !now.has(gapKey(g))),
    remainingGaps: async () =>
      Object.values(await countCoverageGaps(graph, { approve: ids, stats })).reduce((a, b) => a + b, 0),
  };
}

const allCovering = (g: DuplicateGroup) => g.kind !== "ADJACENT" && g.members.every((m) => m.covering);

export async function simulateApproval(
  graph: Graph,
  ids: readonly string[],
  stats?: QueryStats,
): Promise<WhatIf> {
  const unique = [...new Set(ids)];
  const found = await graph.read(
    "MATCH (l:JointLab) WHERE l.id IN $ids RETURN l.id AS id, l.status AS status",
    { ids: unique },
    stats,
  );
  const status = new Map(found.records.map((r) => [String(r.get("id")), String(r.get("status"))]));
  const unknown = unique.filter((id) => !status.has(id));
  if (unknown.length)
    throw new WhatIfInputError(`unknown joint lab(s): ${unknown.join(", ")}`, unknown, "UNKNOWN");
  const notApplicants = unique.filter(
    (id) => !(APPLICANT_STATUSES as readonly string[]).includes(status.get(id)!),
  );
  if (notApplicants.length) {
    throw new WhatIfInputError(
      `not applicants (APPLYING or UNDER_REVIEW): ${notApplicants.map((id) => `${id} is ${status.get(id)}`).join(", ")}`,
      notApplicants,
      "NOT_APPLICANT",
    );
  }

  // Only groups with an approved lab can change: those labs' groups, from the labs outwards. The
  // applicants are live already, so approval changes no group's members, only their `covering` flags:
  // one query, the flags then set as approval would (duplicates-for.cypher: covering = covering status
  // or id in $approve).
  const [gaps, dupsNow] = await Promise.all([
    gapWhatIf(graph, unique, stats),
    duplicatesFor(graph, unique, { stats }),
  ]);
  const approved = new Set(unique);
  const dupsAfter = dupsNow.map((g) => ({
    ...g,
    members: g.members.map((m) =>
      m.label === "JointLab" && approved.has(m.key) ? { ...m, covering: true } : m,
    ),
  }));
  const coveringNow = new Set(dupsNow.filter(allCovering).map(groupKey));
  return {
    approved: unique,
    ...gaps,
    newDuplicates: dupsAfter.filter((g) => allCovering(g) && !coveringNow.has(groupKey(g))),
    duplicatesOfApproved: dupsAfter.filter((g) => g.members.some((m) => unique.includes(m.key))),
  };
}

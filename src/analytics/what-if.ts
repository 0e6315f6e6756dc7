/**
 * The what-if (simulateApproval): the analytics run twice, as the graph is and as if the given applicants
 * were approved (passed as a parameter: nothing is written), and the answers compared.
 */
import { APPLICANT_STATUSES } from "../domain/enums.js";
import type { Graph, QueryStats } from "../graph/graph.js";
import { allCoverageGaps, gapKey, type CoverageGap } from "./coverage-gaps.js";
import { duplicatesFor, groupKey, type DuplicateGroup } from "./duplicates.js";

export interface WhatIf {
  approved: string[];
  /** Gaps that exist now and would be closed. */
  closedGaps: CoverageGap[];
  /** Gaps that would exist after and do not now (e.g. a direction of an approved lab without a leading enterprise becomes a covering lab's breach). */
  openedGaps: CoverageGap[];
  /** Gaps that would remain. */
  remainingGaps: number;
  /** Duplicate groups whose members would all be covering labs after approval and are not now: layouts R5 would then forbid in place. */
  newDuplicates: DuplicateGroup[];
  /** Every duplicate group an approved lab belongs to. */
  duplicatesOfApproved: DuplicateGroup[];
}

export class WhatIfInputError extends Error {
  constructor(
    message: string,
    readonly ids: string[],
  ) {
    super(message);
  }
}

const allCovering = (g: DuplicateGroup) => g.kind !== "ADJACENT" && g.members.every((m) => m.covering);

export async function simulateApproval(graph: Graph, ids: readonly string[], stats?: QueryStats): Promise<WhatIf> {
  const unique = [...new Set(ids)];
  const found = await graph.read("MATCH (l:JointLab) WHERE l.id IN $ids RETURN l.id AS id, l.status AS status", { ids: unique }, stats);
  const status = new Map(found.records.map((r) => [String(r.get("id")), String(r.get("status"))]));
  const unknown = unique.filter((id) => !status.has(id));
  if (unknown.length) throw new WhatIfInputError(`unknown joint lab(s): ${unknown.join(", ")}`, unknown);
  const notApplicants = unique.filter((id) => !(APPLICANT_STATUSES as readonly string[]).includes(status.get(id)!));
  if (notApplicants.length) {
    throw new WhatIfInputError(`not applicants (APPLYING or UNDER_REVIEW): ${notApplicants.map((id) => `${id} is ${status.get(id)}`).join(", ")}`, notApplicants);
  }

  const [gapsNow, gapsAfter, dupsNow, dupsAfter] = await Promise.all([
    allCoverageGaps(graph, { stats }),
    allCoverageGaps(graph, { approve: unique, stats }),
    // Only groups with an approved lab can change: those labs' groups, from the labs outwards.
    duplicatesFor(graph, unique, { stats }),
    duplicatesFor(graph, unique, { approve: unique, stats }),
  ]);
  const after = new Set(gapsAfter.map(gapKey));
  const now = new Set(gapsNow.map(gapKey));
  const coveringNow = new Set(dupsNow.filter(allCovering).map(groupKey));
  return {
    approved: unique,
    closedGaps: gapsNow.filter((g) => !after.has(gapKey(g))),
    openedGaps: gapsAfter.filter((g) => !now.has(gapKey(g))),
    remainingGaps: gapsAfter.length,
    newDuplicates: dupsAfter.filter((g) => allCovering(g) && !coveringNow.has(groupKey(g))),
    duplicatesOfApproved: dupsAfter.filter((g) => g.members.some((m) => unique.includes(m.key))),
  };
}

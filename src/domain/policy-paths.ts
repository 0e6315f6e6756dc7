/**
 * One path per step of the policy (brief, "The procedure"), as data: which mutation alone writes each
 * thing a step of a lab's life cycle rests on, so that no generic write (create, update, delete, link,
 * unlink) can stand in for it. `approveLab` trusts the latest plan review it finds; these are the
 * writes that decide what it finds.
 *
 * - A lab is created only as an application (`submitApplication`: APPLYING, a lead university and
 *   discipline), its status moves only through the transitions (src/domain/life-cycle.ts).
 * - An evaluation is recorded only with its lab, its experts and an outcome the kind allows, while the
 *   lab is in the status the kind needs (`recordEvaluation`); what the guards read of it (kind, date,
 *   outcome) is never patched, it never changes lab, and it goes only with its lab. A correction is a
 *   newer evaluation: the latest counts.
 * - A research direction is added only to a lab with its disciplines (`addResearchDirection`); it
 *   leaves its lab only when deleted.
 */
import type { Label, RelType } from "./model.js";

/** The dedicated mutations that alone write what the generic ones are refused. */
export type PolicyPath = "submitApplication" | "recordEvaluation" | "addResearchDirection";

/** Labels whose nodes only one mutation creates. */
export const CREATED_ONLY_BY: Partial<Record<Label, PolicyPath>> = {
  JointLab: "submitApplication",
  Evaluation: "recordEvaluation",
  ResearchDirection: "addResearchDirection",
};

/** Properties no generic patch may write, and where they are written instead. */
export const LIFE_CYCLE_PROPERTIES: Partial<Record<Label, { properties: readonly string[]; path: string }>> =
  {
    JointLab: {
      properties: ["status", "approvedOn", "approvalOverride"],
      path: "the life-cycle mutations (startPlanReview, approveLab, rejectApplication, startConstruction, retainLab, exitLab)",
    },
    Evaluation: {
      properties: ["kind", "on", "outcome"],
      path: "recordEvaluation (a newer evaluation; the latest counts)",
    },
  };

/**
 * Relationships that `link` and `unlink` refuse: who writes them, and how they go. Every relationship
 * type with an Evaluation at one end must be here (tests/editing/policy-paths.test.ts checks it).
 */
export const LIFE_CYCLE_RELATIONSHIPS: Partial<Record<RelType, { writtenBy: PolicyPath; removal: string }>> =
  {
    EVALUATED_IN: {
      writtenBy: "recordEvaluation",
      removal: "an evaluation stays with its lab and goes only with it (deleteJointLab)",
    },
    REVIEWED: {
      writtenBy: "recordEvaluation",
      removal:
        "the experts of an evaluation are part of its record; other experts make a new evaluation (recordEvaluation)",
    },
    HAS_DIRECTION: {
      writtenBy: "addResearchDirection",
      removal: "a direction leaves its lab only when it is deleted (deleteResearchDirection)",
    },
  };

/** Nodes that are part of their lab's record: deleted only with the lab (deleteJointLab). */
export const DELETED_ONLY_WITH_LAB: ReadonlySet<Label> = new Set<Label>(["Evaluation"]);

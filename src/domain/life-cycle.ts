/**
 * A lab's life cycle (docs/policy.md, "The life cycle") as guarded transitions, as data: which status a
 * transition starts from, where it leads, and what the graph must show first.
 *
 *   submitApplication → APPLYING → startPlanReview → UNDER_REVIEW → approveLab → APPROVED
 *   → startConstruction → CONSTRUCTING → retainLab (after a RETAIN performance evaluation) → OPERATING
 *   CONSTRUCTING | OPERATING → exitLab (after an EXIT performance evaluation, R16) → EXITED
 *   APPLYING | UNDER_REVIEW → rejectApplication → REJECTED
 */
import { EvaluationKind, EvaluationOutcome, LabStatus } from "./enums.js";

export type Transition =
  "startPlanReview" | "approveLab" | "rejectApplication" | "startConstruction" | "retainLab" | "exitLab";

export interface TransitionRule {
  from: readonly LabStatus[];
  to: LabStatus;
  /** The latest evaluation of this kind must have one of these outcomes (procedure 2, R16). */
  requires?: { kind: EvaluationKind; outcomes: readonly EvaluationOutcome[] };
  /** Refused while the lab is in a CONFLICT duplicate (R5), unless an ADMIN overrides with a reason. */
  checksDuplicates?: boolean;
}

export const TRANSITIONS: Record<Transition, TransitionRule> = {
  startPlanReview: { from: [LabStatus.APPLYING], to: LabStatus.UNDER_REVIEW },
  approveLab: {
    from: [LabStatus.UNDER_REVIEW],
    to: LabStatus.APPROVED,
    requires: { kind: EvaluationKind.PLAN_REVIEW, outcomes: [EvaluationOutcome.PASS] },
    checksDuplicates: true,
  },
  rejectApplication: { from: [LabStatus.APPLYING, LabStatus.UNDER_REVIEW], to: LabStatus.REJECTED },
  startConstruction: { from: [LabStatus.APPROVED], to: LabStatus.CONSTRUCTING },
  retainLab: {
    from: [LabStatus.CONSTRUCTING, LabStatus.OPERATING],
    to: LabStatus.OPERATING,
    requires: { kind: EvaluationKind.PERFORMANCE, outcomes: [EvaluationOutcome.RETAIN] },
  },
  exitLab: {
    from: [LabStatus.CONSTRUCTING, LabStatus.OPERATING],
    to: LabStatus.EXITED,
    requires: { kind: EvaluationKind.PERFORMANCE, outcomes: [EvaluationOutcome.EXIT] },
  },
};

/** Which evaluations a lab may receive in which status, with which outcomes. */
export const EVALUATIONS: Record<
  EvaluationKind,
  { during: readonly LabStatus[]; outcomes: readonly EvaluationOutcome[] }
> = {
  [EvaluationKind.PLAN_REVIEW]: {
    during: [LabStatus.UNDER_REVIEW],
    outcomes: [EvaluationOutcome.PASS, EvaluationOutcome.REVISE, EvaluationOutcome.FAIL],
  },
  [EvaluationKind.PERFORMANCE]: {
    during: [LabStatus.CONSTRUCTING, LabStatus.OPERATING],
    outcomes: [EvaluationOutcome.RETAIN, EvaluationOutcome.EXIT],
  },
};

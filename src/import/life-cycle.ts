/**
 * The life cycle's guards as an import applies them (docs/adr/0022-import-and-the-life-cycle.md):
 *
 * - A lab that exists keeps its status and approval date: a row may repeat them, never change them
 *   (that is what the transitions do, with their own guards and audit).
 * - A new lab enters as APPLYING (an empty status), or in a later status only as the record of a
 *   procedure already run: every transition on the way from APPLYING to that status that needs an
 *   evaluation (approveLab: the latest PLAN_REVIEW PASS; retainLab: the latest PERFORMANCE RETAIN;
 *   exitLab: the latest PERFORMANCE EXIT) must find it among the lab's evaluations in the same file.
 * - An evaluation is created only with its lab (EVALUATED_IN in the file), with an outcome its kind
 *   allows; what the guards read of an existing one (kind, date, outcome) is never changed.
 * - A research direction is created only with its lab (HAS_DIRECTION in the file).
 */
import { EvaluationKind, EvaluationOutcome, LabStatus } from "../domain/enums.js";
import { EVALUATIONS, TRANSITIONS, type Transition, type TransitionRule } from "../domain/life-cycle.js";

export interface Step {
  name: Transition;
  rule: TransitionRule;
}

/** The shortest way along the transitions from APPLYING to a status (none for APPLYING; null: no way). */
export function pathTo(status: LabStatus): Step[] | null {
  const queue: { at: LabStatus; steps: Step[] }[] = [{ at: LabStatus.APPLYING, steps: [] }];
  const seen = new Set<LabStatus>([LabStatus.APPLYING]);
  while (queue.length) {
    const { at, steps } = queue.shift()!;
    if (at === status) return steps;
    for (const [name, rule] of Object.entries(TRANSITIONS) as [Transition, TransitionRule][]) {
      if (!rule.from.includes(at) || seen.has(rule.to)) continue;
      seen.add(rule.to);
      queue.push({ at: rule.to, steps: [...steps, { name, rule }] });
    }
  }
  return null;
}

export interface EvaluationRecord {
  id: string;
  kind: string;
  on: string;
  outcome: string | undefined;
}

/** What is missing for a new lab to enter in `status` with these evaluations; empty: it may. */
export function missingForStatus(status: LabStatus, evaluations: readonly EvaluationRecord[]): string[] {
  const steps = pathTo(status);
  if (!steps) return [`no transition leads to ${status}`];
  const missing: string[] = [];
  for (const { name, rule } of steps) {
    if (!rule.requires) continue;
    const latest = evaluations
      .filter((e) => e.kind === rule.requires!.kind)
      .sort((a, b) => b.on.localeCompare(a.on) || b.id.localeCompare(a.id))[0];
    if (!latest || !(rule.requires.outcomes as readonly string[]).includes(latest.outcome ?? ""))
      missing.push(
        `${name} needs the latest ${rule.requires.kind} evaluation to be ${rule.requires.outcomes.join(" or ")} (it is ${latest?.outcome ?? "missing"})`,
      );
  }
  return missing;
}

/** Whether an evaluation of `kind` may end in `outcome` (life-cycle.ts EVALUATIONS). */
export function outcomeAllowed(kind: string, outcome: string | undefined): boolean {
  const rule = EVALUATIONS[kind as EvaluationKind];
  return !rule || outcome === undefined || rule.outcomes.includes(outcome as EvaluationOutcome);
}

/** Statuses in which a lab has been approved (it may carry approvedOn). */
export const APPROVED_STATUSES: readonly string[] = [
  LabStatus.APPROVED,
  LabStatus.CONSTRUCTING,
  LabStatus.OPERATING,
  LabStatus.EXITED,
];

/**
 * The life cycle of a lab as guarded transitions (src/domain/life-cycle.ts): an application, its plan
 * review, approval (refused while a CONFLICT duplicate exists, R5, unless an ADMIN overrides with a
 * stored reason), construction, and retention or exit after a performance evaluation (R16).
 */
import { LabStatus, type EvaluationKind, type EvaluationOutcome } from "../domain/enums.js";
import { EVALUATIONS, TRANSITIONS, type Transition } from "../domain/life-cycle.js";
import { Role, grants } from "../domain/roles.js";
import { queryFile } from "../analytics/query-file.js";
import { duplicatesForParams } from "../analytics/duplicates.js";
import { messageOf, type Message } from "../domain/messages/index.js";
import { toPlain } from "../graph/values.js";
import { asNode, type GraphNode } from "../modules/shared/node.js";
import { snapshot } from "./audit.js";
import { createNode, requireNode } from "./nodes.js";
import { link } from "./links.js";
import { UserError } from "./user-error.js";
import type { WriteScope } from "./write.js";

export interface ApplicationInput {
  id: string;
  name: string;
  nameEn?: string | null;
  leadUniversityId: string;
  leadDisciplineCode: string;
  focusFieldCodes?: string[] | null;
  /** A park or a city. */
  locationId?: string | null;
  legalForm?: string | null;
  onCampus?: boolean | null;
  investmentCny?: number | null;
  constructionYears?: number | null;
  staffPlanned?: number | null;
  appliedOn?: string | null;
}

const today = () => new Date().toISOString().slice(0, 10);

export async function submitApplication(scope: WriteScope, input: ApplicationInput): Promise<GraphNode> {
  const { leadUniversityId, leadDisciplineCode, focusFieldCodes, locationId, ...props } = input;
  const lab = await createNode(
    scope,
    "JointLab",
    { ...props, status: LabStatus.APPLYING, appliedOn: input.appliedOn ?? today() },
    { path: "submitApplication" },
  );
  const from = { fromLabel: "JointLab" as const, fromKey: input.id };
  await link(scope, { ...from, type: "LED_BY", toLabel: "University", toKey: leadUniversityId });
  await link(scope, { ...from, type: "LEAD_DISCIPLINE", toLabel: "Discipline", toKey: leadDisciplineCode });
  for (const code of focusFieldCodes ?? [])
    await link(scope, { ...from, type: "FOCUSES_ON", toLabel: "Field", toKey: code });
  if (locationId) {
    const place = await scope.tx.run(
      "MATCH (p) WHERE (p:Park OR p:City) AND p.id = $id RETURN labels(p) AS l",
      { id: locationId },
    );
    const labels = (place.records[0]?.get("l") as string[] | undefined) ?? [];
    if (!labels.length)
      throw new UserError(
        "NOT_FOUND",
        { code: "ERROR_PLACE_NOT_FOUND", params: { key: locationId } },
        "locationId",
      );
    await link(scope, {
      ...from,
      type: "LOCATED_IN",
      toLabel: labels.includes("Park") ? "Park" : "City",
      toKey: locationId,
    });
  }
  scope.statusChanged({ labId: input.id, from: null, to: LabStatus.APPLYING, reason: null });
  return lab;
}

/** The CONFLICT duplicates (R5) the lab is in, read inside the transaction with duplicatesFor's own file. */
async function conflicts(scope: WriteScope, labId: string): Promise<{ reason: string; message: Message }[]> {
  const result = await scope.tx.run(
    queryFile("duplicates-for").statement,
    duplicatesForParams([labId], { anchorsLive: true, kinds: ["CONFLICT"] }),
  );
  return result.records.map((r) => ({
    reason: String(r.get("reason")),
    message: messageOf(r.get("reasonCode"), toPlain(r.get("reasonParams"))),
  }));
}

export interface TransitionOptions {
  reason?: string | null;
  /** Approve despite a CONFLICT duplicate: ADMIN only, with a reason. */
  override?: boolean;
}

export async function transition(
  scope: WriteScope,
  labId: string,
  name: Transition,
  options: TransitionOptions = {},
): Promise<GraphNode> {
  const rule = TRANSITIONS[name];
  const lab = await requireNode(scope, "JointLab", labId, "id");
  const from = String(lab.status) as LabStatus;
  if (!rule.from.includes(from)) {
    throw new UserError(
      "ILLEGAL_TRANSITION",
      {
        code: "ERROR_ILLEGAL_TRANSITION",
        params: { transition: name, from: rule.from.join(","), lab: labId, status: from },
      },
      "id",
    );
  }
  if (rule.requires) {
    const latest = await scope.tx.run(
      `MATCH (:JointLab {id: $labId})-[:EVALUATED_IN]->(e:Evaluation {kind: $kind})
       RETURN e.outcome AS outcome ORDER BY e.on DESC, e.id DESC LIMIT 1`,
      { labId, kind: rule.requires.kind },
    );
    const outcome = latest.records[0]?.get("outcome") as string | undefined;
    if (!outcome || !(rule.requires.outcomes as readonly string[]).includes(outcome)) {
      throw new UserError(
        "EVALUATION_REQUIRED",
        {
          code: "ERROR_EVALUATION_REQUIRED",
          params: {
            transition: name,
            kind: rule.requires.kind,
            outcomes: rule.requires.outcomes.join(","),
            outcome: outcome ?? null,
          },
        },
        "id",
      );
    }
  }
  if (options.override) {
    if (!grants(scope.user.role, Role.ADMIN))
      throw new UserError("OVERRIDE_FORBIDDEN", { code: "ERROR_OVERRIDE_FORBIDDEN", params: {} }, "override");
    if (!options.reason?.trim())
      throw new UserError("VALIDATION", { code: "ERROR_OVERRIDE_NEEDS_REASON", params: {} }, "reason");
  }
  let overridden: string[] = [];
  if (rule.checksDuplicates) {
    const found = await conflicts(scope, labId);
    if (found.length && !options.override) {
      // one lead discipline, one group: a sentence in either language; else the English reasons joined
      const message =
        found.length === 1
          ? { code: "ERROR_DUPLICATE_LAYOUT" as const, params: found[0]!.message.params }
          : `approval refused (R5): ${found.map((f) => f.reason).join("; ")}`;
      throw new UserError("DUPLICATE_LAYOUT", message, "id");
    }
    overridden = found.map((f) => f.reason);
  }
  const set: Record<string, unknown> = { status: rule.to };
  if (rule.to === LabStatus.APPROVED) set.approvedOn = today();
  if (overridden.length) set.approvalOverride = options.reason;
  const result = await scope.tx.run(
    `MATCH (l:JointLab {id: $labId}) SET l += $set,
       l.approvedOn = CASE WHEN $set.approvedOn IS NULL THEN l.approvedOn ELSE date($set.approvedOn) END
     RETURN properties(l) AS p`,
    { labId, set },
  );
  const reason = options.reason?.trim() || null;
  await scope.record({
    action: "STATUS_CHANGED",
    entityLabel: "JointLab",
    entityKey: labId,
    labKey: labId,
    summary: `${name}: ${from} → ${rule.to}${overridden.length ? " (override of R5: " + overridden.join("; ") + ")" : ""}`,
    before: { status: from },
    after: { status: rule.to, ...(set.approvedOn ? { approvedOn: String(set.approvedOn) } : {}) },
    reason,
  });
  scope.statusChanged({ labId, from, to: rule.to, reason });
  return asNode("JointLab", snapshot(result.records[0]!.get("p")));
}

export interface EvaluationInput {
  id: string;
  kind: EvaluationKind;
  on: string;
  score?: number | null;
  outcome: EvaluationOutcome;
  reviewerIds?: string[] | null;
}

export async function recordEvaluation(
  scope: WriteScope,
  labId: string,
  input: EvaluationInput,
): Promise<GraphNode> {
  const lab = await requireNode(scope, "JointLab", labId, "labId");
  const rule = EVALUATIONS[input.kind];
  if (!rule.during.includes(String(lab.status) as LabStatus)) {
    throw new UserError(
      "ILLEGAL_TRANSITION",
      {
        code: "ERROR_EVALUATION_NOT_NOW",
        params: { kind: input.kind, during: rule.during.join(","), lab: labId, status: String(lab.status) },
      },
      "kind",
    );
  }
  if (!rule.outcomes.includes(input.outcome)) {
    throw new UserError(
      "VALIDATION",
      { code: "ERROR_EVALUATION_OUTCOME", params: { kind: input.kind, outcomes: rule.outcomes.join(",") } },
      "outcome",
    );
  }
  const { reviewerIds, ...props } = input;
  const path = "recordEvaluation";
  const evaluation = await createNode(scope, "Evaluation", props, { labKey: labId, path });
  await link(
    scope,
    { type: "EVALUATED_IN", fromLabel: "JointLab", fromKey: labId, toLabel: "Evaluation", toKey: input.id },
    path,
  );
  for (const reviewer of reviewerIds ?? []) {
    await link(
      scope,
      { type: "REVIEWED", fromLabel: "Person", fromKey: reviewer, toLabel: "Evaluation", toKey: input.id },
      path,
    );
  }
  return evaluation;
}

/**
 * The life cycle of a lab (brief, "The procedure"): submit, plan review, evaluation, approval (R5
 * guard, ADMIN override with a reason), construction, retention or exit (R16). EDITOR; overrides ADMIN.
 */
import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { labCompliance } from "../../analytics/compliance.js";
import { duplicatesFor } from "../../analytics/duplicates.js";
import type { Transition } from "../../domain/life-cycle.js";
import { Role } from "../../domain/roles.js";
import { recordEvaluation, submitApplication, transition } from "../../editing/life-cycle.js";
import { runWrite } from "../../editing/write.js";
import type { HubContext } from "../../server/context.js";
import type { LabCompliance } from "../analytics/compliance.type.js";
import type { DuplicateGroup } from "../analytics/duplicate.type.js";
import { EvaluationPayload } from "../evaluation/evaluation.input.js";
import { writeContext, type PayloadValue } from "../shared/entity-mutations.js";
import { validationErrors } from "../shared/payload.js";
import { JointLabPayload } from "./joint-lab.input.js";
import { ApplicationInput, ApplicationPayload, EvaluationRecordInput } from "./life-cycle.types.js";

async function move(
  ctx: HubContext,
  id: string,
  name: Transition,
  options: { reason?: string | null; override?: boolean } = {},
): Promise<PayloadValue> {
  const outcome = await runWrite(writeContext(ctx), (scope) => transition(scope, id, name, options), {
    watchLayout: { labs: [id], gapsOfLab: true },
  });
  return { node: outcome.value, userErrors: outcome.userErrors };
}

@Resolver()
export class LifeCycleMutations {
  @Authorized(Role.EDITOR)
  @Mutation(() => ApplicationPayload, {
    description:
      "A new application (APPLYING), checked at once against the rules and the live layout; the only way to create a lab",
  })
  async submitApplication(
    @Ctx() ctx: HubContext,
    @Arg("input", () => ApplicationInput, { validate: false }) input: ApplicationInput,
  ): Promise<ApplicationPayload> {
    const invalid = await validationErrors(input, "input.");
    if (invalid.length) return { jointLab: null, compliance: null, duplicates: [], userErrors: invalid };
    const outcome = await runWrite(writeContext(ctx), (scope) => submitApplication(scope, { ...input }), {
      watchLayout: { labs: [input.id], gapsOfLab: true },
    });
    if (!outcome.value)
      return { jointLab: null, compliance: null, duplicates: [], userErrors: outcome.userErrors };
    const [compliance] = await labCompliance(ctx.graph, [input.id], ctx.stats);
    const duplicates = await duplicatesFor(ctx.graph, [input.id], { anchorsLive: true, stats: ctx.stats });
    return {
      jointLab: outcome.value as never,
      compliance: (compliance ?? null) as LabCompliance | null,
      duplicates: duplicates as DuplicateGroup[],
      userErrors: [],
    };
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => JointLabPayload, { description: "APPLYING → UNDER_REVIEW (procedure 2)" })
  startPlanReview(@Ctx() ctx: HubContext, @Arg("id", () => ID) id: string) {
    return move(ctx, id, "startPlanReview");
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => EvaluationPayload, {
    description:
      "A plan review or performance evaluation, with its experts; the only way to record one (its kind, date and outcome are never patched)",
  })
  async recordEvaluation(
    @Ctx() ctx: HubContext,
    @Arg("labId", () => ID) labId: string,
    @Arg("input", () => EvaluationRecordInput, { validate: false }) input: EvaluationRecordInput,
  ): Promise<PayloadValue> {
    const invalid = await validationErrors(input, "input.");
    if (invalid.length) return { node: null, userErrors: invalid };
    const outcome = await runWrite(writeContext(ctx), (scope) =>
      recordEvaluation(scope, labId, { ...input }),
    );
    return { node: outcome.value, userErrors: outcome.userErrors };
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => JointLabPayload, {
    description:
      "UNDER_REVIEW → APPROVED when the latest plan review (by date, then id) recorded by recordEvaluation is PASS; refused while a CONFLICT duplicate exists (R5) unless an ADMIN overrides with a reason (an override never replaces the plan review)",
  })
  approveLab(
    @Ctx() ctx: HubContext,
    @Arg("id", () => ID) id: string,
    @Arg("override", () => Boolean, { defaultValue: false }) override: boolean,
    @Arg("reason", () => String, { nullable: true }) reason: string | null,
  ) {
    return move(ctx, id, "approveLab", { override, reason });
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => JointLabPayload, { description: "APPLYING or UNDER_REVIEW → REJECTED" })
  rejectApplication(
    @Ctx() ctx: HubContext,
    @Arg("id", () => ID) id: string,
    @Arg("reason", () => String, { nullable: true }) reason: string | null,
  ) {
    return move(ctx, id, "rejectApplication", { reason });
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => JointLabPayload, { description: "APPROVED → CONSTRUCTING (procedure 3)" })
  startConstruction(@Ctx() ctx: HubContext, @Arg("id", () => ID) id: string) {
    return move(ctx, id, "startConstruction");
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => JointLabPayload, {
    description: "CONSTRUCTING or OPERATING → OPERATING after a RETAIN performance evaluation (R16)",
  })
  retainLab(@Ctx() ctx: HubContext, @Arg("id", () => ID) id: string) {
    return move(ctx, id, "retainLab");
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => JointLabPayload, {
    description: "CONSTRUCTING or OPERATING → EXITED after an EXIT performance evaluation (R16)",
  })
  exitLab(
    @Ctx() ctx: HubContext,
    @Arg("id", () => ID) id: string,
    @Arg("reason", () => String, { nullable: true }) reason: string | null,
  ) {
    return move(ctx, id, "exitLab", { reason });
  }
}

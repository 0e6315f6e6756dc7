/**
 * The life cycle of a lab (docs/policy.md, "The life cycle"): submit, plan review, evaluation, approval (R5
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
import { ClientMutationIdArg, idempotency } from "../shared/client-mutation-id.js";
import { validationErrors } from "../shared/payload.js";
import { JointLabPayload } from "./joint-lab.input.js";
import { ApplicationInput, ApplicationPayload, EvaluationRecordInput } from "./life-cycle.types.js";

async function move(
  ctx: HubContext,
  id: string,
  name: Transition,
  options: { reason?: string | null; override?: boolean },
  clientMutationId: string | null,
): Promise<PayloadValue> {
  const { key, userErrors } = idempotency(clientMutationId, name);
  if (userErrors.length) return { node: null, userErrors };
  const outcome = await runWrite(writeContext(ctx, key), (scope) => transition(scope, id, name, options), {
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
    @ClientMutationIdArg() clientMutationId: string | null,
  ): Promise<ApplicationPayload> {
    const { key, userErrors } = idempotency(clientMutationId, "submitApplication");
    const invalid = [...userErrors, ...(await validationErrors(input, "input."))];
    if (invalid.length) return { jointLab: null, compliance: null, duplicates: [], userErrors: invalid };
    const outcome = await runWrite(
      writeContext(ctx, key),
      (scope) => submitApplication(scope, { ...input }),
      {
        watchLayout: { labs: [input.id], gapsOfLab: true },
      },
    );
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
  startPlanReview(
    @Ctx() ctx: HubContext,
    @Arg("id", () => ID) id: string,
    @ClientMutationIdArg() clientMutationId: string | null,
  ) {
    return move(ctx, id, "startPlanReview", {}, clientMutationId);
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
    @ClientMutationIdArg() clientMutationId: string | null,
  ): Promise<PayloadValue> {
    const { key, userErrors } = idempotency(clientMutationId, "recordEvaluation");
    const invalid = [...userErrors, ...(await validationErrors(input, "input."))];
    if (invalid.length) return { node: null, userErrors: invalid };
    const outcome = await runWrite(writeContext(ctx, key), (scope) =>
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
    @ClientMutationIdArg() clientMutationId: string | null,
  ) {
    return move(ctx, id, "approveLab", { override, reason }, clientMutationId);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => JointLabPayload, { description: "APPLYING or UNDER_REVIEW → REJECTED" })
  rejectApplication(
    @Ctx() ctx: HubContext,
    @Arg("id", () => ID) id: string,
    @Arg("reason", () => String, { nullable: true }) reason: string | null,
    @ClientMutationIdArg() clientMutationId: string | null,
  ) {
    return move(ctx, id, "rejectApplication", { reason }, clientMutationId);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => JointLabPayload, { description: "APPROVED → CONSTRUCTING (procedure 3)" })
  startConstruction(
    @Ctx() ctx: HubContext,
    @Arg("id", () => ID) id: string,
    @ClientMutationIdArg() clientMutationId: string | null,
  ) {
    return move(ctx, id, "startConstruction", {}, clientMutationId);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => JointLabPayload, {
    description: "CONSTRUCTING or OPERATING → OPERATING after a RETAIN performance evaluation (R16)",
  })
  retainLab(
    @Ctx() ctx: HubContext,
    @Arg("id", () => ID) id: string,
    @ClientMutationIdArg() clientMutationId: string | null,
  ) {
    return move(ctx, id, "retainLab", {}, clientMutationId);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => JointLabPayload, {
    description: "CONSTRUCTING or OPERATING → EXITED after an EXIT performance evaluation (R16)",
  })
  exitLab(
    @Ctx() ctx: HubContext,
    @Arg("id", () => ID) id: string,
    @Arg("reason", () => String, { nullable: true }) reason: string | null,
    @ClientMutationIdArg() clientMutationId: string | null,
  ) {
    return move(ctx, id, "exitLab", { reason }, clientMutationId);
  }
}

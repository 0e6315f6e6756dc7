/**
 * `link` and `unlink` (EDITOR): one relationship of the model per call, one write transaction. The
 * relationships a step of the policy writes (EVALUATED_IN, REVIEWED, HAS_DIRECTION) are refused
 * (USE_LIFE_CYCLE) before anything is read.
 */
import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import { isLabel, isRelType } from "../../domain/model.js";
import { Role } from "../../domain/roles.js";
import { link, unlink, type LinkSpec } from "../../editing/links.js";
import { linkRefusal } from "../../editing/policy-paths.js";
import { runWrite } from "../../editing/write.js";
import type { HubContext } from "../../server/context.js";
import { ClientMutationIdArg, idempotency } from "../shared/client-mutation-id.js";
import { writeContext } from "../shared/entity-mutations.js";
import { validationErrors } from "../shared/payload.js";
import { LinkInput, LinkPayload } from "./link.types.js";

/** Relationship types whose writes can change gaps or duplicates: they raise layout alerts. */
const LAYOUT_TYPES = new Set([
  "LEAD_DISCIPLINE",
  "HAS_DIRECTION",
  "IN_DISCIPLINE",
  "FOCUSES_ON",
  "LOCATED_IN",
  "PARTICIPATES_IN",
  "OPERATES_IN",
  "SUPPORTS",
  "HAS_DISCIPLINE",
]);

/** The labs a link or unlink changes, for the duplicate part of the layout alerts: its lab ends, and the labs of its direction ends. */
function touches(spec: LinkSpec): { labs: string[]; directions: string[] } {
  const ends = [
    { label: spec.fromLabel, key: spec.fromKey },
    { label: spec.toLabel, key: spec.toKey },
  ];
  return {
    labs: ends.filter((e) => e.label === "JointLab").map((e) => e.key),
    directions: ends.filter((e) => e.label === "ResearchDirection").map((e) => e.key),
  };
}

async function specOf(
  input: LinkInput,
  operation: "link" | "unlink",
): Promise<{ spec?: LinkSpec; errors: LinkPayload["userErrors"] }> {
  const policy = isRelType(input.type) ? linkRefusal(input.type, operation) : null;
  if (policy) return { errors: [{ code: policy.code, field: policy.field, message: policy.message }] };
  const errors = [
    ...(await validationErrors(input.from, "from.")),
    ...(await validationErrors(input.to, "to.")),
    ...(input.properties ? await validationErrors(input.properties, "properties.") : []),
  ];
  if (errors.length) return { errors };
  if (!isRelType(input.type) || !isLabel(input.from.label) || !isLabel(input.to.label)) {
    return { errors: [{ code: "VALIDATION", field: "type", message: "unknown relationship type or label" }] };
  }
  return {
    spec: {
      type: input.type,
      fromLabel: input.from.label,
      fromKey: input.from.key,
      toLabel: input.to.label,
      toKey: input.to.key,
      properties: { ...input.properties },
    },
    errors: [],
  };
}

@Resolver()
export class LinkMutations {
  @Authorized(Role.EDITOR)
  @Mutation(() => LinkPayload, {
    description:
      "Creates (or updates the properties of) a relationship, e.g. a collaboration (COLLABORATES_WITH) or a co-builder and its investment (CO_BUILDS)",
  })
  async link(
    @Ctx() ctx: HubContext,
    @Arg("input", () => LinkInput, { validate: false }) input: LinkInput,
    @ClientMutationIdArg() clientMutationId: string | null,
  ): Promise<LinkPayload> {
    const { key, userErrors } = idempotency(clientMutationId, "link");
    if (userErrors.length) return { link: null, userErrors };
    const { spec, errors } = await specOf(input, "link");
    if (!spec) return { link: null, userErrors: errors };
    const outcome = await runWrite(writeContext(ctx, key), (scope) => link(scope, spec), {
      watchLayout: LAYOUT_TYPES.has(spec.type) && touches(spec),
    });
    if (!outcome.value) return { link: null, userErrors: outcome.userErrors };
    const { from, to, properties } = outcome.value;
    return {
      link: {
        type: spec.type,
        from: from as never,
        to: to as never,
        properties: Object.entries(properties).map(([name, value]) => ({
          name,
          value: value === null ? null : String(value),
        })),
      },
      userErrors: [],
    };
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => LinkPayload, { description: "Removes a relationship; `link` in the payload is null" })
  async unlink(
    @Ctx() ctx: HubContext,
    @Arg("input", () => LinkInput, { validate: false }) input: LinkInput,
    @ClientMutationIdArg() clientMutationId: string | null,
  ): Promise<LinkPayload> {
    const { key, userErrors } = idempotency(clientMutationId, "unlink");
    if (userErrors.length) return { link: null, userErrors };
    const { spec, errors } = await specOf(input, "unlink");
    if (!spec) return { link: null, userErrors: errors };
    const outcome = await runWrite(writeContext(ctx, key), (scope) => unlink(scope, spec), {
      watchLayout: LAYOUT_TYPES.has(spec.type) && touches(spec),
    });
    return { link: null, userErrors: outcome.userErrors };
  }
}

/**
 * The three mutations every node type has: `createX(input)`, `updateX(<key>, patch)` (EDITOR) and
 * `deleteX(<key>)` (ADMIN). Each is one write transaction with its audit record; invalid input, an
 * unknown key or a duplicate key come back as user errors and leave the graph unchanged. What a step
 * of the policy alone writes (src/domain/policy-paths.ts) they refuse with USE_LIFE_CYCLE, first of
 * all checks; the mutations that can only refuse are deprecated, not removed.
 */
import { Arg, Authorized, ClassType, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { keyOf, type Label } from "../../domain/model.js";
import { Role } from "../../domain/roles.js";
import { createNode, deleteNode, updateNode } from "../../editing/nodes.js";
import type { Idempotency } from "../../editing/idempotency.js";
import { creationRefusal, patchRefusal } from "../../editing/policy-paths.js";
import type { UserError, UserErrorCode } from "../../editing/user-error.js";
import { runWrite, type WriteContext } from "../../editing/write.js";
import type { HubContext } from "../../server/context.js";
import type { GraphNode } from "./node.js";
import { ClientMutationIdArg, idempotency } from "./client-mutation-id.js";
import { validationErrors } from "./payload.js";

/**
 * Which writes can change the layout (gaps, duplicates) and so are watched for layout alerts: deleting
 * a node the analytics read, creating a field (a new focus field is a gap), and changing a property
 * the analytics filter on. A new node without links, or a renamed one, changes no gap.
 */
const LAYOUT_LABELS: ReadonlySet<Label> = new Set([
  "JointLab",
  "ResearchDirection",
  "Enterprise",
  "Discipline",
  "Field",
  "Platform",
  "University",
  "Park",
  "City",
]);
const LAYOUT_PROPERTIES: ReadonlySet<string> = new Set(["leading", "kind", "level"]);

export function writeContext(ctx: HubContext, key?: Idempotency): WriteContext {
  return { graph: ctx.graph, user: ctx.user, events: ctx.events, stats: ctx.stats, idempotency: key };
}

export interface PayloadValue {
  node: GraphNode | null;
  userErrors: { code: UserErrorCode; field: string | null; message: string }[];
}

export interface EntityMutationOptions {
  label: Label;
  /** GraphQL names: `createJointLab`, `updateJointLab`, `deleteJointLab`. */
  name: string;
  payloadType: ClassType;
  inputType: ClassType;
  patchType: ClassType;
  /** GraphQL deprecation reasons of the mutations a dedicated one replaces (src/domain/policy-paths.ts). */
  deprecated?: { create?: string; update?: string; remove?: string };
}

function plain(input: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
}

function refused(error: UserError): PayloadValue {
  return { node: null, userErrors: [{ code: error.code, field: error.field, message: error.message }] };
}

export function entityMutations(options: EntityMutationOptions) {
  const key = keyOf(options.label);
  const watchDelete = LAYOUT_LABELS.has(options.label);
  const watchCreate = options.label === "Field";

  @Resolver()
  class EntityMutations {
    @Authorized(Role.EDITOR)
    @Mutation(() => options.payloadType, {
      name: `create${options.name}`,
      deprecationReason: options.deprecated?.create,
    })
    async create(
      @Ctx() ctx: HubContext,
      @Arg("input", () => options.inputType, { validate: false }) input: object,
      @ClientMutationIdArg() clientMutationId: string | null,
    ): Promise<PayloadValue> {
      const policy = creationRefusal(options.label);
      if (policy) return refused(policy);
      const { key, userErrors } = idempotency(clientMutationId, `create${options.name}`);
      const invalid = [...userErrors, ...(await validationErrors(input, "input."))];
      if (invalid.length) return { node: null, userErrors: invalid };
      const outcome = await runWrite(
        writeContext(ctx, key),
        (scope) => createNode(scope, options.label, plain(input)),
        {
          watchLayout: watchCreate,
        },
      );
      return { node: outcome.value, userErrors: outcome.userErrors };
    }

    @Authorized(Role.EDITOR)
    @Mutation(() => options.payloadType, {
      name: `update${options.name}`,
      description: "Omitted fields stay; null removes an optional property",
      deprecationReason: options.deprecated?.update,
    })
    async update(
      @Ctx() ctx: HubContext,
      @Arg(key, () => ID) value: string,
      @Arg("patch", () => options.patchType, { validate: false }) patch: object,
      @ClientMutationIdArg() clientMutationId: string | null,
    ): Promise<PayloadValue> {
      const policy = patchRefusal(options.label, Object.keys(plain(patch)));
      if (policy) return refused(policy);
      const { key, userErrors } = idempotency(clientMutationId, `update${options.name}`);
      const invalid = [...userErrors, ...(await validationErrors(patch, "patch."))];
      if (invalid.length) return { node: null, userErrors: invalid };
      const outcome = await runWrite(
        writeContext(ctx, key),
        (scope) => updateNode(scope, options.label, value, plain(patch)),
        {
          watchLayout: watchDelete && Object.keys(plain(patch)).some((p) => LAYOUT_PROPERTIES.has(p)),
        },
      );
      return { node: outcome.value, userErrors: outcome.userErrors };
    }

    @Authorized(Role.ADMIN)
    @Mutation(() => options.payloadType, {
      name: `delete${options.name}`,
      description: `ADMIN: deletes the ${options.label} and its relationships${options.label === "JointLab" ? ", with its directions and evaluations" : ""}`,
      deprecationReason: options.deprecated?.remove,
    })
    async remove(
      @Ctx() ctx: HubContext,
      @Arg(key, () => ID) value: string,
      @ClientMutationIdArg() clientMutationId: string | null,
    ): Promise<PayloadValue> {
      const idem = idempotency(clientMutationId, `delete${options.name}`);
      if (idem.userErrors.length) return { node: null, userErrors: idem.userErrors };
      const outcome = await runWrite(
        writeContext(ctx, idem.key),
        (scope) => deleteNode(scope, options.label, value),
        { watchLayout: watchDelete },
      );
      return { node: outcome.value, userErrors: outcome.userErrors };
    }
  }

  return EntityMutations;
}

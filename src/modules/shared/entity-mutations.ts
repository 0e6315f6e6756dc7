/**
 * The three mutations every node type has: `createX(input)`, `updateX(<key>, patch)` (EDITOR) and
 * `deleteX(<key>)` (ADMIN). Each is one write transaction with its audit record; invalid input, an
 * unknown key or a duplicate key come back as user errors and leave the graph unchanged.
 */
import { Arg, Authorized, ClassType, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { keyOf, type Label } from "../../domain/model.js";
import { Role } from "../../domain/roles.js";
import { createNode, deleteNode, updateNode } from "../../editing/nodes.js";
import type { Idempotency } from "../../editing/idempotency.js";
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
  userErrors: { code: string; field: string | null; message: string }[];
}

export interface EntityMutationOptions {
  label: Label;
  /** GraphQL names: `createJointLab`, `updateJointLab`, `deleteJointLab`. */
  name: string;
  payloadType: ClassType;
  inputType: ClassType;
  patchType: ClassType;
  /** Properties every new node gets (a new lab is an application). */
  defaults?: () => Record<string, unknown>;
  /** Properties that only dedicated mutations may change (a lab's status, through its life cycle). */
  readOnly?: readonly string[];
}

function plain(input: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
}

export function entityMutations(options: EntityMutationOptions) {
  const key = keyOf(options.label);
  const watchDelete = LAYOUT_LABELS.has(options.label);
  const watchCreate = options.label === "Field";

  @Resolver()
  class EntityMutations {
    @Authorized(Role.EDITOR)
    @Mutation(() => options.payloadType, { name: `create${options.name}` })
    async create(
      @Ctx() ctx: HubContext,
      @Arg("input", () => options.inputType, { validate: false }) input: object,
      @ClientMutationIdArg() clientMutationId: string | null,
    ): Promise<PayloadValue> {
      const { key, userErrors } = idempotency(clientMutationId, `create${options.name}`);
      const invalid = [...userErrors, ...(await validationErrors(input, "input."))];
      if (invalid.length) return { node: null, userErrors: invalid };
      const outcome = await runWrite(
        writeContext(ctx, key),
        (scope) => createNode(scope, options.label, { ...options.defaults?.(), ...plain(input) }),
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
    })
    async update(
      @Ctx() ctx: HubContext,
      @Arg(key, () => ID) value: string,
      @Arg("patch", () => options.patchType, { validate: false }) patch: object,
      @ClientMutationIdArg() clientMutationId: string | null,
    ): Promise<PayloadValue> {
      const { key, userErrors } = idempotency(clientMutationId, `update${options.name}`);
      const invalid = [...userErrors, ...(await validationErrors(patch, "patch."))];
      if (invalid.length) return { node: null, userErrors: invalid };
      const readOnly = (options.readOnly ?? []).filter((p) => p in patch);
      if (readOnly.length) {
        return {
          node: null,
          userErrors: [
            {
              code: "NOT_ALLOWED",
              field: `patch.${readOnly[0]}`,
              message: `${readOnly.join(", ")} change only through the life-cycle mutations`,
            },
          ],
        };
      }
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

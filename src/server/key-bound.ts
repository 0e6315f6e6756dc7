/**
 * The key bound, in one place: every root field (Query, Mutation, Subscription) whose arguments can
 * carry a key refuses a key longer than KEY_MAX_LENGTH with BAD_USER_INPUT before its resolver runs,
 * naming the argument and the length and quoting only a short prefix. Applied to the built schema, so a
 * new root field gets it without a line of its own; fields below the root are untouched (no cost).
 *
 * A key is any value of type ID, and a String argument or input field named as one (a code, a filter
 * on a node: `field`, `discipline`, `city`, `leadDisciplineCode`, …), anywhere in the arguments,
 * through lists and input objects.
 */
import {
  GraphQLID,
  GraphQLString,
  defaultFieldResolver,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLSchema,
} from "graphql";
import { keyTooLong } from "../modules/shared/errors.js";
import { KEY_MAX_LENGTH } from "../modules/shared/keys.js";

/** String arguments and input fields that hold a key by their name (every ID-typed value is one). */
export const KEY_STRING_NAME =
  /^(?:field|discipline|city|park|university|lab|code|key|codePrefix|expertIn|worksAt|firstClassDiscipline)$|(?:Id|Ids|Code|Codes|Key|Keys)$/;

/** Names that look like keys but name no node: the client's idempotency key (bounded on its own). */
const NOT_KEYS = new Set(["clientMutationId"]);

/** Whether a value of this type, under this argument or field name, is a key. */
export function isKeyType(type: GraphQLInputType, name: string): boolean {
  const named = getNamedType(type);
  if (NOT_KEYS.has(name)) return false;
  return named === GraphQLID || (named === GraphQLString && KEY_STRING_NAME.test(name));
}

/** Whether a value of this type can hold a key somewhere (input objects searched, cycles guarded). */
function canHoldKey(type: GraphQLInputType, name: string, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (isScalarType(named)) return isKeyType(type, name);
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((f) => canHoldKey(f.type, f.name, seen));
}

/** The first key in a value that is over the bound: its path (`input.from.key`, `ids[3]`), its length and value. */
function tooLong(
  type: GraphQLInputType,
  value: unknown,
  name: string,
  path: string,
): { path: string; value: string } | null {
  if (value === null || value === undefined) return null;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    if (!Array.isArray(value)) return tooLong(inner.ofType, value, name, path);
    for (const [i, item] of value.entries()) {
      const found = tooLong(inner.ofType, item, name, `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (isInputObjectType(inner)) {
    if (typeof value !== "object") return null;
    for (const field of Object.values(inner.getFields())) {
      const found = tooLong(
        field.type,
        (value as Record<string, unknown>)[field.name],
        field.name,
        `${path}.${field.name}`,
      );
      if (found) return found;
    }
    return null;
  }
  if (isKeyType(inner, name) && typeof value === "string" && value.length > KEY_MAX_LENGTH)
    return { path, value };
  return null;
}

function checkArgs(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): void {
  for (const arg of field.args) {
    const found = tooLong(arg.type, args[arg.name], arg.name, arg.name);
    if (found) throw keyTooLong(found.path, found.value.length, found.value);
  }
}

/** The root fields whose arguments can carry a key. */
export function keyTakingFields(schema: GraphQLSchema): GraphQLField<unknown, unknown>[] {
  return [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) =>
    type ? Object.values(type.getFields()).filter((f) => f.args.some((a) => canHoldKey(a.type, a.name))) : [],
  );
}

/** Wraps the resolver (and a subscription's `subscribe`) of every key-taking root field with the bound. */
export function boundKeys(schema: GraphQLSchema): GraphQLSchema {
  for (const field of keyTakingFields(schema)) {
    const subscribe = field.subscribe;
    if (subscribe) {
      // a subscription's arguments are checked once, when it starts
      field.subscribe = (source, args, context, info) => {
        checkArgs(field, args);
        return subscribe(source, args, context, info);
      };
      continue;
    }
    const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args, context, info) => {
      checkArgs(field, args);
      return resolve(source, args, context, info);
    };
  }
  return schema;
}

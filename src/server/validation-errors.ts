/**
 * Argument validation answered without echoing the input. type-graphql validates input-object
 * arguments with class-validator and throws "Argument Validation Error" with class-validator's errors
 * as they are: each carries the whole input object (`target`) and the offending `value` — an
 * over-long string came back whole, once per failing field. Every field taking an input object is
 * wrapped on the built schema so that such an error becomes BAD_USER_INPUT naming each failing value
 * by its path (`filter.text`) and the constraints it broke (class-validator's messages, which name
 * the property and the bound, cut to a bounded length), never the value. Mutations that validate
 * their input themselves (`validate: false`, answered as userErrors) are not concerned.
 */
import {
  GraphQLError,
  defaultFieldResolver,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from "graphql";
import type { ValidationError } from "class-validator";
import { ArgumentValidationError, getMetadataStorage } from "type-graphql";

/** At most this many failing values are listed, each constraint's message at most this long. */
export const MAX_VALIDATION_ERRORS = 20;
export const MAX_CONSTRAINT_LENGTH = 200;

export interface ArgumentViolation {
  /** Where the value is in the arguments: `filter.text`, `input.directions[2].name`. */
  path: string;
  /** Constraint name → message (`isLength` → `text must be shorter than or equal to 200 characters`). */
  constraints: Record<string, string>;
}

const bounded = (text: string) =>
  text.length <= MAX_CONSTRAINT_LENGTH ? text : `${text.slice(0, MAX_CONSTRAINT_LENGTH - 1)}…`;

function violations(errors: readonly ValidationError[], prefix: string, out: ArgumentViolation[]): void {
  for (const error of errors) {
    const property = String(error.property);
    const path = /^\d+$/.test(property)
      ? `${prefix}[${property}]`
      : prefix
        ? `${prefix}.${property}`
        : property;
    if (error.constraints && Object.keys(error.constraints).length > 0) {
      out.push({
        path,
        constraints: Object.fromEntries(
          Object.entries(error.constraints).map(([name, message]) => [name, bounded(message)]),
        ),
      });
    }
    if (error.children?.length) violations(error.children, path, out);
  }
}

/** The GraphQL name of an input class (type-graphql's metadata), to tell which argument an error is of. */
function inputTypeName(target: unknown): string | undefined {
  const ctor = (target as { constructor?: unknown } | null)?.constructor;
  if (typeof ctor !== "function") return undefined;
  return getMetadataStorage().inputTypes.find((t) => t.target === ctor)?.name ?? ctor.name;
}

/** The argument of `field` whose input type is the failing object's (the first input argument otherwise). */
function argumentOf(field: GraphQLField<unknown, unknown>, errors: readonly ValidationError[]): string {
  const typeName = inputTypeName(errors[0]?.target);
  const inputArgs = field.args.filter((a) => isInputObjectType(getNamedType(a.type)));
  const arg = inputArgs.find((a) => getNamedType(a.type).name === typeName) ?? inputArgs[0];
  if (!arg) return "";
  const inner = isNonNullType(arg.type) ? arg.type.ofType : arg.type;
  // A list argument is validated item by item; which item failed is not reported by type-graphql.
  return isListType(inner) ? `${arg.name}[]` : arg.name;
}

/** BAD_USER_INPUT with the paths and constraints of type-graphql's validation error, no values. */
export function quietValidationError(
  field: GraphQLField<unknown, unknown>,
  error: ArgumentValidationError,
): GraphQLError {
  const raw = (error.extensions?.validationErrors ?? []) as ValidationError[];
  const list: ArgumentViolation[] = [];
  violations(raw, argumentOf(field, raw), list);
  const shown = list.slice(0, MAX_VALIDATION_ERRORS);
  const first = shown[0];
  const firstMessage = first ? Object.values(first.constraints)[0] : undefined;
  const more = list.length > 1 ? ` (and ${list.length - 1} more)` : "";
  return new GraphQLError(
    first && firstMessage
      ? `Invalid argument ${first.path}: ${firstMessage}${more}`
      : "Invalid argument value",
    {
      extensions: {
        code: "BAD_USER_INPUT",
        ...(first ? { field: first.path } : {}),
        validationErrors: shown,
        ...(list.length > shown.length ? { validationErrorCount: list.length } : {}),
      },
    },
  );
}

function rewrite(field: GraphQLField<unknown, unknown>): (error: unknown) => never {
  return (error) => {
    throw error instanceof ArgumentValidationError ? quietValidationError(field, error) : error;
  };
}

function guarded<A extends unknown[], R>(
  field: GraphQLField<unknown, unknown>,
  run: (...args: A) => R,
): (...args: A) => R {
  const onError = rewrite(field);
  return (...args: A) => {
    try {
      const result = run(...args);
      return result instanceof Promise ? (result.catch(onError) as R) : result;
    } catch (error) {
      return onError(error);
    }
  };
}

/** Wraps the resolver (and `subscribe`) of every field that takes an input object. */
export function quietValidation(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.some((a) => isInputObjectType(getNamedType(a.type)))) continue;
      if (field.subscribe) field.subscribe = guarded(field, field.subscribe);
      const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      field.resolve = guarded(field, resolve);
    }
  }
  return schema;
}

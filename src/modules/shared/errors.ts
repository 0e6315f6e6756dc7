/** Errors the API returns to clients: a GraphQL error with a machine-readable `extensions.code`. */
import { GraphQLError } from "graphql";
import { KEY_MAX_LENGTH } from "./keys.js";

export function badInput(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", ...(field ? { field } : {}) } });
}

/** A value as an error message may quote it: whole when short, else its first characters and its length. */
export function excerpt(value: string, max = 40): string {
  return value.length <= max ? `"${value}"` : `"${value.slice(0, max)}…" (${value.length} characters)`;
}

/** A key (id or code) argument longer than any key: refused, quoted by a short prefix only. */
export function keyTooLong(field: string, length: number, value: string): GraphQLError {
  return new GraphQLError(
    `${field} is ${length} characters long; a key (id or code) has at most ${KEY_MAX_LENGTH}: ${excerpt(value, 16)}`,
    { extensions: { code: "BAD_USER_INPUT", field, length, maxLength: KEY_MAX_LENGTH } },
  );
}

/** Names the message quotes at most; `extensions.keys` lists them all. */
const NAMED = 5;

/**
 * Keys that name nothing in the graph: `NOT_FOUND`, naming them (`JointLab lab-nope not found`), with
 * the argument, the label and every missing key in `extensions`.
 */
export function notFound(label: string, keys: readonly string[], field: string): GraphQLError {
  const named = keys.slice(0, NAMED).join(", ");
  const more = keys.length > NAMED ? ` and ${keys.length - NAMED} more` : "";
  return new GraphQLError(`${label} ${named}${more} not found`, {
    extensions: { code: "NOT_FOUND", field, label, keys: [...keys] },
  });
}

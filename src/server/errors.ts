/**
 * What a client sees of an error: GraphQL errors the hub raised keep their message and code; a
 * failure of the graph database says what happened (SERVICE_UNAVAILABLE, TIMEOUT, COMMIT_UNKNOWN:
 * graph/failures.ts); anything else (a bug) becomes "Internal server error". Never a stack trace.
 * Each failure is logged once, on one line, with its cause (a bug: with its stack trace, to fix it).
 */
import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError } from "graphql";
import { classifyGraphFailure } from "../graph/failures.js";
import { logger } from "./observability/logger.js";

/** Failures already logged: one underlying error reaches formatError once per field it broke. */
const logged = new WeakSet<object>();

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").slice(0, 500);
}

function logOnce(error: unknown, line: () => string, stack?: string): void {
  if (error !== null && typeof error === "object") {
    if (logged.has(error)) return;
    logged.add(error);
  }
  logger().error(stack ? { stack } : {}, oneLine(line()));
}

function where(formatted: GraphQLFormattedError): string {
  return formatted.path?.length ? ` at ${formatted.path.join(".")}` : "";
}

/**
 * A scalar's own refusal (DateTime: BAD_USER_INPUT, extensions.scalar), when graphql-js wrapped it: as
 * a validation error for a literal, as a variable coercion error for a variable. Both wrappers quote
 * the value whole (5000 characters come back as 5000); the scalar's message quotes an excerpt.
 */
function scalarRefusal(error: unknown): GraphQLError | null {
  const inner = error instanceof GraphQLError ? error.originalError : null;
  return inner instanceof GraphQLError &&
    inner.extensions?.scalar &&
    typeof inner.extensions.code === "string"
    ? inner
    : null;
}

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof GraphQLError || formatted.extensions?.code !== "INTERNAL_SERVER_ERROR") {
    const { stacktrace: _drop, http: _http, ...extensions } = formatted.extensions ?? {};
    const code = formatted.extensions?.code;
    const refusal =
      code === "GRAPHQL_VALIDATION_FAILED" || code === "BAD_USER_INPUT" ? scalarRefusal(error) : null;
    if (refusal) {
      const variable = /^Variable "\$[^"]+"/.exec(formatted.message)?.[0];
      return {
        ...formatted,
        message: variable ? `${variable}: ${refusal.message}` : refusal.message,
        extensions: { ...extensions, code: refusal.extensions.code },
      };
    }
    return { ...formatted, extensions };
  }
  const failure = classifyGraphFailure(original);
  if (failure) {
    logOnce(original, () => `${failure.code}${where(formatted)}: ${failure.cause}`);
    return {
      message: failure.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: failure.code },
    };
  }
  // A fault of the hub's own: the stack trace goes to the log (never to the client) to find the bug.
  const stack = original instanceof Error ? original.stack?.split("\n").slice(1).join("\n") : undefined;
  logOnce(
    original,
    () => {
      const name = original instanceof Error ? original.name : typeof original;
      const message = original instanceof Error ? original.message : String(original);
      const code = (original as { code?: unknown } | null)?.code;
      return `INTERNAL_SERVER_ERROR${where(formatted)}: ${name}${typeof code === "string" ? ` ${code}` : ""}: ${message}`;
    },
    stack,
  );
  return {
    message: "Internal server error",
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: "INTERNAL_SERVER_ERROR" },
  };
}

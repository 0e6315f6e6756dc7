/**
 * What a client sees of an error: GraphQL errors the hub raised keep their message and code;
 * anything else (a driver failure, a bug) becomes a short message with a code, never a stack trace.
 */
import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError } from "graphql";
import { Neo4jError, isRetriableError } from "neo4j-driver";
import { logger } from "./observability/logger.js";

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof GraphQLError || formatted.extensions?.code !== "INTERNAL_SERVER_ERROR") {
    const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  const unavailable =
    original instanceof Neo4jError && (isRetriableError(original) || original.code === "ServiceUnavailable");
  logger().error({ err: original }, unavailable ? "graph database unavailable" : "internal error");
  return {
    message: unavailable ? "The graph database is unavailable; try again shortly" : "Internal server error",
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: unavailable ? "SERVICE_UNAVAILABLE" : "INTERNAL_SERVER_ERROR" },
  };
}

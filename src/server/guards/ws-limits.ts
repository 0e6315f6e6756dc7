/**
 * The limits on the WebSocket, where graphql-ws runs none of Apollo's: the message size (ws's
 * `maxPayload`, HTTP's 1 MB body limit; a larger frame closes the socket with 1009 before it is
 * buffered), the operations running at once on one socket, and per operation the same token limit,
 * validation rules (shape rules included) and cost as on HTTP, in that order, cheapest first.
 */
import { GraphQLError, validate, type DocumentNode, type GraphQLSchema, type ValidationRule } from "graphql";
import type { Config, LimitsConfig } from "../../config.js";
import { costLimitError } from "./cost.js";
import { QueryLimitError } from "./limit-error.js";
import { parseLimited } from "./tokens.js";

/** The largest WebSocket message: HTTP's body limit (express.json `limit: "1mb"`). */
export const MAX_MESSAGE_BYTES = 1024 * 1024;

/** Refusal of one more operation on a socket already running `running` of them (this one included). */
export function operationsLimitError(running: number, limits: LimitsConfig): QueryLimitError | undefined {
  if (running <= limits.wsMaxOperations) return undefined;
  return new QueryLimitError(
    "operations",
    limits.wsMaxOperations,
    `Too many operations at once on this WebSocket: the limit is ${limits.wsMaxOperations}; complete one first`,
  );
}

export interface WsRequest {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/**
 * Parses, validates and costs an operation: its document, or the errors to answer (coded:
 * GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED, QUERY_TOO_COMPLEX).
 */
export function checkOperation(
  schema: GraphQLSchema,
  rules: readonly ValidationRule[],
  config: Config,
  request: WsRequest,
): { document: DocumentNode } | { errors: GraphQLError[] } {
  let document: DocumentNode;
  try {
    document = parseLimited(request.query, config.limits.maxTokens);
  } catch (error) {
    if (error instanceof QueryLimitError) return { errors: [error] };
    if (error instanceof GraphQLError) return { errors: [withCode(error, "GRAPHQL_PARSE_FAILED")] };
    throw error;
  }
  const invalid = validate(schema, document, rules);
  if (invalid.length > 0) {
    return {
      errors: invalid.map((e) =>
        e instanceof QueryLimitError ? e : withCode(e, "GRAPHQL_VALIDATION_FAILED"),
      ),
    };
  }
  const tooCostly = costLimitError(
    schema,
    { document, ...request },
    {
      maxCost: config.limits.maxCost,
      maxPageSize: config.maxPageSize,
    },
  );
  return tooCostly ? { errors: [tooCostly] } : { document };
}

export function withCode(error: GraphQLError, code: string): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, code },
  });
}

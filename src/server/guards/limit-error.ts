/**
 * The refusal of an operation over a limit: code QUERY_TOO_COMPLEX, `extensions.limit` naming the
 * limit ("depth", "aliases", "tokens", "directives", "cost", "operations") and `extensions.max` its
 * value, on HTTP (status 400) and WebSocket alike.
 */
import { GraphQLError, type ASTNode } from "graphql";
import { countRefused } from "../observability/metrics.js";

export const QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX";

export type LimitName = "depth" | "aliases" | "tokens" | "directives" | "cost" | "operations";

export class QueryLimitError extends GraphQLError {
  constructor(
    readonly limit: LimitName,
    readonly max: number,
    message: string,
    nodes?: ASTNode | readonly ASTNode[],
  ) {
    super(message, {
      nodes,
      extensions: { code: QUERY_TOO_COMPLEX, limit, max },
    });
    countRefused(limit);
  }
}

/** The limit behind an error, when a guard raised it (also through Apollo's wrapping). */
export function limitErrorOf(error: unknown): QueryLimitError | undefined {
  for (let e = error; e instanceof Error; e = (e as GraphQLError).originalError) {
    if (e instanceof QueryLimitError) return e;
    if (!(e instanceof GraphQLError)) break;
  }
  return undefined;
}

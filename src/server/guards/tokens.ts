/**
 * The token limit: graphql-js's own parser stops at `maxTokens` (Apollo's `parseOptions` on HTTP,
 * the same option in ws.ts), long before a large document is built. Its refusal, a syntax error,
 * is recognised here and recoded QUERY_TOO_COMPLEX with `limit: "tokens"`.
 */
import { GraphQLError, parse, type DocumentNode, type ParseOptions } from "graphql";
import { QueryLimitError } from "./limit-error.js";

export function parseOptions(maxTokens: number): ParseOptions {
  return { maxTokens };
}

// graphql-js 16's wording (sic: "more that"); the tokens test fails if a new version changes it.
const TOO_MANY_TOKENS = /^Syntax Error: Document contains more that (\d+) tokens\. Parsing aborted\.$/;

/** The token-limit refusal of a parse error, or undefined for any other error. */
export function tokenLimitError(error: unknown): QueryLimitError | undefined {
  if (!(error instanceof GraphQLError)) return undefined;
  const match = TOO_MANY_TOKENS.exec(error.message);
  if (!match) return undefined;
  const max = Number(match[1]);
  return new QueryLimitError("tokens", max, `Query too complex: more than ${max} tokens`);
}

/** Parses with the token limit; throws QueryLimitError over it, GraphQLError for bad syntax. */
export function parseLimited(query: string, maxTokens: number): DocumentNode {
  try {
    return parse(query, parseOptions(maxTokens));
  } catch (error) {
    throw tokenLimitError(error) ?? error;
  }
}

/**
 * Depth, aliases and directives: graphql-armor's validation rules (from `ApolloArmor.protect()`),
 * run by both transports. Fragments do not add depth (only fields do), and the `__schema` field of
 * introspection is not counted (the explorer's introspection query is deeper than any data query;
 * production refuses introspection anyway). A refusal is a QueryLimitError naming the limit.
 */
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { GraphQLError, ValidationContext, ValidationRule } from "graphql";
import type { LimitsConfig } from "../../config.js";
import { QueryLimitError, type LimitName } from "./limit-error.js";

type Reject = (context: ValidationContext | null, error: GraphQLError) => void;

/** armor's message "Syntax Error: Query depth limit of 10 exceeded, found 16." → "found 16". */
function reject(limit: LimitName, max: number): Reject[] {
  return [
    (context, error) => {
      const found = /found (\d+)/.exec(error.message)?.[1];
      const message = `Query too complex: ${limit} ${found ?? "over the limit"} exceeds the limit of ${max}`;
      context?.reportError(new QueryLimitError(limit, max, message));
    },
  ];
}

export function shapeRules(limits: LimitsConfig): ValidationRule[] {
  const { validationRules } = new ApolloArmor({
    maxDepth: {
      n: limits.maxDepth,
      flattenFragments: true,
      ignoreIntrospection: true,
      propagateOnRejection: false,
      onReject: reject("depth", limits.maxDepth),
    },
    maxAliases: {
      n: limits.maxAliases,
      propagateOnRejection: false,
      onReject: reject("aliases", limits.maxAliases),
    },
    maxDirectives: {
      n: limits.maxDirectives,
      propagateOnRejection: false,
      onReject: reject("directives", limits.maxDirectives),
    },
    // Tokens: graphql-js's parser (tokens.ts); cost: graphql-query-complexity (cost.ts), which
    // multiplies by `first`; suggestions: suggestions.ts, on both transports.
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return validationRules as ValidationRule[];
}

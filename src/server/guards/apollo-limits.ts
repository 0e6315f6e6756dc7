/**
 * The limits on HTTP (Apollo): the shape rules run among the validation rules and the token limit in
 * the parser (both set up in http.ts); this plugin adds the cost, computed with the request's
 * variables once the operation is known, and gives every refusal its code: Apollo recodes
 * validation errors GRAPHQL_VALIDATION_FAILED and parse errors GRAPHQL_PARSE_FAILED, the limit's
 * own code QUERY_TOO_COMPLEX is put back. In production it also hides "Did you mean …?" hints.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, type GraphQLSchema } from "graphql";
import type { Config } from "../../config.js";
import { costLimitError } from "./cost.js";
import { limitErrorOf, QUERY_TOO_COMPLEX } from "./limit-error.js";
import { hideSuggestions } from "./suggestions.js";
import { tokenLimitError } from "./tokens.js";

export function apolloLimits(
  schema: GraphQLSchema,
  config: Config,
  options: { hideSuggestions: boolean },
): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const refusal = costLimitError(
            schema,
            { document, operationName: request.operationName, variables: request.variables },
            { maxCost: config.limits.maxCost, maxPageSize: config.maxPageSize },
          );
          if (refusal) {
            throw new GraphQLError(refusal.message, {
              originalError: refusal,
              extensions: { ...refusal.extensions, http: { status: 400 } },
            });
          }
        },
        async didEncounterErrors({ errors }) {
          for (const error of errors as GraphQLError[]) {
            const limit = limitErrorOf(error) ?? tokenLimitError(error.originalError ?? error);
            if (limit) {
              error.message = limit.message;
              Object.assign(error.extensions, {
                code: QUERY_TOO_COMPLEX,
                limit: limit.limit,
                max: limit.max,
              });
            }
            if (options.hideSuggestions) error.message = hideSuggestions(error.message);
          }
        },
      };
    },
  };
}

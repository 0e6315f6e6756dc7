/** Apollo's side of the operation record: one log line and the metrics of each HTTP operation. */
import type { ApolloServerPlugin } from "@apollo/server";
import type { HubContext } from "../context.js";
import type { Logger } from "./logger.js";
import { recordOperation, selectOperation } from "./operation-log.js";
import { REQUEST_ID_HEADER } from "./request-id.js";

export function observabilityPlugin(log: Logger): ApolloServerPlugin<HubContext> {
  return {
    async requestDidStart({ request }) {
      const startedAt = performance.now();
      return {
        async willSendResponse({ response, contextValue, document, operation }) {
          const errors = response.body.kind === "single" ? response.body.singleResult.errors : undefined;
          recordOperation(log, {
            transport: "http",
            requestId: request.http?.headers.get(REQUEST_ID_HEADER) ?? undefined,
            operationName: request.operationName,
            operation: operation ?? selectOperation(document, request.operationName),
            user: contextValue.caller,
            startedAt,
            roundTrips: contextValue.stats?.roundTrips,
            errors,
          });
        },
      };
    },
  };
}

/**
 * GraphQL over WebSocket (graphql-ws) on the HTTP server's port and path, held to what Apollo
 * enforces on HTTP: graphql-ws runs none of Apollo's plugins, rules or error formatting, so this
 * module re-applies them —
 * - the token: from the `connection_init` payload `{ authorization: "Bearer …" }` (or
 *   `Authorization`); a bad one closes the socket with 4403 and the reason; when the token
 *   expires, the socket is closed the same way (a client reconnects with a fresh one);
 * - the same context (user, bus, loaders) and so the same `authChecker` on every field;
 * - parsing and validation with the same extra rules and limits as HTTP (operation-rules.ts,
 *   guards/ws-limits.ts: tokens, depth, aliases, directives, cost; a 1 MB message size; a bound on
 *   operations at once per socket), errors coded GRAPHQL_PARSE_FAILED / GRAPHQL_VALIDATION_FAILED /
 *   QUERY_TOO_COMPLEX instead of a closed socket;
 * - with auth, no operation without a valid token in `connection_init` (4403), which must come
 *   within HUB_WS_INIT_TIMEOUT_MS (4408);
 * - errors through the same `formatError`: codes kept, internal failures masked;
 * - the same rate limit (guards/rate-limit.ts): an operation past it gets RATE_LIMITED;
 * - the cross-site guards: browsers apply no CORS to a WebSocket, so a page's `Origin` must be the
 *   hub's own or one of HUB_CORS_ORIGINS (guards/origins.ts); without auth, the `Host` must be a
 *   loopback name (guards/loopback-host.ts: DNS rebinding).
 */
import {
  Kind,
  specifiedRules,
  type ExecutionResult,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type ValidationRule,
} from "graphql";
import { GraphQLError } from "graphql";
import { CloseCode } from "graphql-ws";
import { useServer } from "graphql-ws/use/ws";
import type { WebSocket, WebSocketServer } from "ws";
import type { Config } from "../config.js";
import type { HubUser } from "../domain/roles.js";
import { SubscriberTooSlowError } from "../events/fanout.js";
import type { EventBus } from "../events/types.js";
import type { Graph } from "../graph/graph.js";
import { authenticate, AuthError } from "./auth.js";
import { createContext } from "./context.js";
import { formatError } from "./errors.js";
import { rateLimitKey, type RateLimitGuard } from "./guards/rate-limit.js";
import { hostRefusal } from "./guards/loopback-host.js";
import { originRefusal } from "./guards/origins.js";
import { hideSuggestions, suggestionsHidden } from "./guards/suggestions.js";
import { checkOperation, operationsLimitError } from "./guards/ws-limits.js";
import type { Logger } from "./observability/logger.js";
import { observeOperations, observeWebSocketServer } from "./observability/websocket.js";

export interface WebSocketOptions {
  schema: GraphQLSchema;
  graph: Graph;
  config: Config;
  events: EventBus;
  /** Validation rules beyond graphql-js's own, as on HTTP. */
  rules: readonly ValidationRule[];
  /** The same rate limit as HTTP: each operation (`subscribe` message) costs one point. */
  rateLimit?: RateLimitGuard;
  /** Where each operation's log line goes. */
  log: Logger;
}

type ConnectionExtra = {
  user?: HubUser | null;
  expiry?: NodeJS.Timeout;
};

/** A WebSocket close reason is at most 123 bytes. */
function closeReason(text: string): string {
  return Buffer.byteLength(text) <= 123
    ? text
    : `${Buffer.from(text)
        .subarray(0, 120)
        .toString()
        .replace(/\uFFFD$/, "")}…`;
}

function forbid(socket: WebSocket, why: string): void {
  socket.close(CloseCode.Forbidden, closeReason(`Forbidden: ${why}`));
}

/** Closes the socket when the token expires (timers longer than ~24 days are re-armed). */
function closeAt(socket: WebSocket, expiresAt: number, extra: ConnectionExtra): void {
  const wait = expiresAt - Date.now();
  if (wait <= 0) return forbid(socket, "token expired");
  extra.expiry = setTimeout(() => closeAt(socket, expiresAt, extra), Math.min(wait, 2 ** 31 - 1));
  extra.expiry.unref();
}

/** Apollo's reading of an uncoded error: a bad variable value is the client's, anything else internal. */
function isBadVariable(error: GraphQLError): boolean {
  const node = error.nodes?.length === 1 ? error.nodes[0] : undefined;
  return (
    node?.kind === Kind.VARIABLE_DEFINITION &&
    error.message.startsWith(`Variable "$${node.variable.name.value}"`)
  );
}

export function formatWebSocketError(error: GraphQLError): GraphQLFormattedError {
  if (error.originalError instanceof SubscriberTooSlowError) {
    return { message: error.message, extensions: { code: "SUBSCRIBER_TOO_SLOW" } };
  }
  const formatted = error.toJSON();
  const code =
    formatted.extensions?.code ?? (isBadVariable(error) ? "BAD_USER_INPUT" : "INTERNAL_SERVER_ERROR");
  return formatError({ ...formatted, extensions: { ...formatted.extensions, code } }, error);
}

export function serveWebSocket(wsServer: WebSocketServer, options: WebSocketOptions) {
  const { schema, graph, config, events } = options;
  const rules = [...specifiedRules, ...options.rules];
  const hiding = suggestionsHidden();
  const format = (error: GraphQLError): GraphQLFormattedError => {
    const formatted = formatWebSocketError(error);
    return hiding ? { ...formatted, message: hideSuggestions(formatted.message) } : formatted;
  };
  observeWebSocketServer(wsServer);
  return useServer<Record<string, unknown> | undefined, ConnectionExtra>(
    observeOperations(
      {
        schema,
        connectionInitWaitTimeout: config.limits.wsInitTimeoutMs,
        async onConnect(ctx) {
          const { headers } = ctx.extra.request;
          const refusal = hostRefusal(config, headers) ?? originRefusal(config, headers);
          if (refusal) {
            forbid(ctx.extra.socket, refusal);
            return false;
          }
          const params = ctx.connectionParams ?? {};
          try {
            const { user, expiresAt } = await authenticate(
              config,
              params.authorization ?? params.Authorization,
            );
            if (!user)
              throw new AuthError('connection_init needs a bearer token: { authorization: "Bearer …" }');
            ctx.extra.user = user;
            if (expiresAt !== undefined) closeAt(ctx.extra.socket, expiresAt, ctx.extra);
            return true;
          } catch (error) {
            if (!(error instanceof AuthError)) throw error;
            forbid(ctx.extra.socket, error.message);
            return false;
          }
        },
        async onSubscribe(ctx, _id, payload) {
          const tooMany = operationsLimitError(Object.keys(ctx.subscriptions).length, config.limits);
          if (tooMany) return [tooMany];
          if (options.rateLimit) {
            const key = rateLimitKey(config, ctx.extra.user ?? null, ctx.extra.request.socket.remoteAddress);
            try {
              await options.rateLimit.consume(key);
            } catch (error) {
              if (error instanceof GraphQLError) return [error];
              throw error;
            }
          }
          const checked = checkOperation(schema, rules, config, payload);
          if ("errors" in checked) return checked.errors;
          return {
            schema,
            document: checked.document,
            operationName: payload.operationName,
            variableValues: payload.variables,
            contextValue: createContext(
              graph,
              config,
              ctx.extra.user ?? null,
              events,
              ctx.extra.request.headers["accept-language"],
            ),
          };
        },
        onNext(_ctx, _id, _payload, _args, result: ExecutionResult) {
          if (!result.errors) return;
          return { ...result, errors: result.errors.map(format) };
        },
        onError(_ctx, _id, _payload, errors) {
          return errors.map(format);
        },
        onClose(ctx) {
          clearTimeout(ctx.extra.expiry);
        },
      },
      options.log,
    ),
    wsServer,
  );
}

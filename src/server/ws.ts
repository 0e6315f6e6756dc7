/**
 * GraphQL over WebSocket (graphql-ws) on the HTTP server's port and path, held to what Apollo
 * enforces on HTTP: graphql-ws runs none of Apollo's plugins, rules or error formatting, so this
 * module re-applies them —
 * - the token: from the `connection_init` payload `{ authorization: "Bearer …" }` (or
 *   `Authorization`); a bad one closes the socket with 4403 and the reason; when the token
 *   expires, the socket is closed the same way (a client reconnects with a fresh one);
 * - the same context (user, bus, loaders) and so the same `authChecker` on every field;
 * - parsing and validation with the same extra rules as HTTP (operation-rules.ts), errors coded
 *   GRAPHQL_PARSE_FAILED / GRAPHQL_VALIDATION_FAILED instead of a closed socket;
 * - errors through the same `formatError`: codes kept, internal failures masked;
 * - the cross-site guard: Apollo refuses the requests a foreign web page could forge (CSRF); a
 *   WebSocket has no such guard in browsers, so without auth (every caller the local ADMIN) a
 *   browser page of another origin is refused. With auth, a page needs a token anyway.
 */
import {
  GraphQLError,
  Kind,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type ValidationRule,
} from "graphql";
import { CloseCode } from "graphql-ws";
import { useServer } from "graphql-ws/use/ws";
import type { IncomingHttpHeaders } from "node:http";
import type { WebSocket, WebSocketServer } from "ws";
import type { Config } from "../config.js";
import type { HubUser } from "../domain/roles.js";
import { SubscriberTooSlowError } from "../events/fanout.js";
import type { EventBus } from "../events/types.js";
import type { Graph } from "../graph/graph.js";
import { authenticate, AuthError } from "./auth.js";
import { createContext } from "./context.js";
import { formatError } from "./errors.js";
import type { Logger } from "./observability/logger.js";
import { observeOperations, observeWebSocketServer } from "./observability/websocket.js";

export interface WebSocketOptions {
  schema: GraphQLSchema;
  graph: Graph;
  config: Config;
  events: EventBus;
  /** Validation rules beyond graphql-js's own, as on HTTP. */
  rules: readonly ValidationRule[];
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

/** A browser page whose origin is not the hub's own (non-browser clients send no Origin). */
function isCrossOrigin(headers: IncomingHttpHeaders): boolean {
  const origin = headers.origin;
  if (!origin) return false;
  try {
    return new URL(origin).host !== headers.host;
  } catch {
    return true;
  }
}

function withCode(error: GraphQLError, code: string): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, code },
  });
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
  observeWebSocketServer(wsServer);
  return useServer<Record<string, unknown> | undefined, ConnectionExtra>(
    observeOperations(
      {
        schema,
        async onConnect(ctx) {
          if (!config.auth && isCrossOrigin(ctx.extra.request.headers)) {
            forbid(ctx.extra.socket, "a page of another origin may not connect to a hub without auth");
            return false;
          }
          const params = ctx.connectionParams ?? {};
          try {
            const { user, expiresAt } = await authenticate(
              config,
              params.authorization ?? params.Authorization,
            );
            ctx.extra.user = user;
            if (expiresAt !== undefined) closeAt(ctx.extra.socket, expiresAt, ctx.extra);
            return true;
          } catch (error) {
            if (!(error instanceof AuthError)) throw error;
            forbid(ctx.extra.socket, error.message);
            return false;
          }
        },
        onSubscribe(ctx, _id, payload) {
          let document: DocumentNode;
          try {
            document = parse(payload.query);
          } catch (error) {
            if (error instanceof GraphQLError) return [withCode(error, "GRAPHQL_PARSE_FAILED")];
            throw error;
          }
          const errors = validate(schema, document, rules);
          if (errors.length > 0) return errors.map((e) => withCode(e, "GRAPHQL_VALIDATION_FAILED"));
          return {
            schema,
            document,
            operationName: payload.operationName,
            variableValues: payload.variables,
            contextValue: createContext(graph, config, ctx.extra.user ?? null, events),
          };
        },
        onNext(_ctx, _id, _payload, _args, result: ExecutionResult) {
          if (!result.errors) return;
          return { ...result, errors: result.errors.map(formatWebSocketError) };
        },
        onError(_ctx, _id, _payload, errors) {
          return errors.map(formatWebSocketError);
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

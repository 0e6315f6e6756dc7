/**
 * graphql-ws's side: the connection gauge, the request id of the upgrade (honoured or made, and sent
 * back in the 101 response), and one operation record per operation — when it completes, fails or
 * its socket closes. graphql-ws's hooks are wrapped, not replaced: the hub's own run first.
 */
import type { ExecutionResult, GraphQLFormattedError } from "graphql";
import type { Context, ServerOptions } from "graphql-ws";
import type { IncomingMessage } from "node:http";
import type { WebSocketServer } from "ws";
import type { HubContext } from "../context.js";
import type { Logger } from "./logger.js";
import { wsConnections } from "./metrics.js";
import { recordOperation, selectOperation, type OperationRecord } from "./operation-log.js";
import { REQUEST_ID_HEADER, requestIdOf } from "./request-id.js";

/** Counts connections and gives each upgrade a request id; call once per WebSocketServer. */
export function observeWebSocketServer(wsServer: WebSocketServer): void {
  wsServer.on("headers", (headers: string[], request: IncomingMessage) => {
    headers.push(`${REQUEST_ID_HEADER}: ${requestIdOf(request)}`);
  });
  wsServer.on("connection", (socket) => {
    wsConnections.inc();
    socket.once("close", () => wsConnections.dec());
  });
}

interface Pending extends OperationRecord {
  context?: HubContext;
  started: boolean;
  errorsSeen: GraphQLFormattedError[];
}

type Extra = { request: IncomingMessage };

/** `options` with graphql-ws's hooks wrapped to record each operation. */
export function observeOperations<P extends Record<string, unknown> | undefined, E extends Extra>(
  options: ServerOptions<P, E>,
  log: Logger,
): ServerOptions<P, E> {
  const pending = new WeakMap<Context<P, E>, Map<string, Pending>>();
  const of = (ctx: Context<P, E>) => {
    let map = pending.get(ctx);
    if (!map) pending.set(ctx, (map = new Map()));
    return map;
  };
  const finish = (ctx: Context<P, E>, id: string) => {
    const op = of(ctx).get(id);
    if (!op) return;
    of(ctx).delete(id);
    recordOperation(log, {
      ...op,
      user: op.context?.caller ?? op.user,
      roundTrips: op.context?.stats.roundTrips,
      errors: op.errorsSeen,
    });
  };
  return {
    ...options,
    async onSubscribe(ctx, id, payload) {
      const op: Pending = {
        transport: "ws",
        requestId: ctx.extra.request.headers[REQUEST_ID_HEADER] as string | undefined,
        operationId: id,
        operationName: payload.operationName,
        startedAt: performance.now(),
        started: false,
        errorsSeen: [],
      };
      of(ctx).set(id, op);
      const result = await options.onSubscribe?.(ctx, id, payload);
      if (result && !Array.isArray(result)) {
        const args = result as { document: Parameters<typeof selectOperation>[0]; contextValue?: unknown };
        op.operation = selectOperation(args.document, payload.operationName);
        op.context = args.contextValue as HubContext | undefined;
        op.started = true;
      }
      return result;
    },
    async onNext(ctx, id, payload, args, result) {
      const formatted = (await options.onNext?.(ctx, id, payload, args, result)) ?? result;
      const op = of(ctx).get(id);
      if (op) {
        if (op.operation?.operation === "subscription") op.events = (op.events ?? 0) + 1;
        op.errorsSeen.push(
          ...((formatted as ExecutionResult).errors ?? []).map((e) => ("toJSON" in e ? e.toJSON() : e)),
        );
      }
      return formatted === result ? undefined : formatted;
    },
    async onError(ctx, id, payload, errors) {
      const formatted = (await options.onError?.(ctx, id, payload, errors)) ?? errors.map((e) => e.toJSON());
      const op = of(ctx).get(id);
      if (op) {
        op.errorsSeen.push(...formatted);
        // Refused before execution: graphql-ws completes nothing, so the record ends here.
        if (!op.started) finish(ctx, id);
      }
      return formatted;
    },
    async onComplete(ctx, id, payload) {
      await options.onComplete?.(ctx, id, payload);
      finish(ctx, id);
    },
    async onClose(ctx, code, reason) {
      await options.onClose?.(ctx, code, reason);
      for (const id of [...of(ctx).keys()]) finish(ctx, id);
    },
  };
}

/**
 * The hub's HTTP and WebSocket server on one port: GraphQL over HTTP (Apollo Server) and over
 * graphql-ws at the same path (ws.ts), the offline explorer, and a health endpoint. Both paths share
 * the schema, the authentication of the caller, the context, the extra validation rules and the
 * error formatting.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { GraphQLError } from "graphql";
import { WebSocketServer } from "ws";
import type { Config } from "../config.js";
import { createEventBus } from "../events/bus.js";
import type { EventBus } from "../events/types.js";
import type { Graph } from "../graph/graph.js";
import { authenticate, AuthError, unauthenticated } from "./auth.js";
import { consoleRouter } from "./console.js";
import { createContext, type HubContext } from "./context.js";
import { formatError } from "./errors.js";
import { explorerRouter } from "./explorer.js";
import { graphqlBody, lastResort } from "./guards/body.js";
import { createRateLimitGuard, rateLimitKey, type RateLimitGuard } from "./guards/rate-limit.js";
import { apolloLimits } from "./guards/apollo-limits.js";
import { loopbackHostOnly } from "./guards/loopback-host.js";
import { corsMiddleware } from "./guards/origins.js";
import { suggestionsHidden } from "./guards/suggestions.js";
import { parseOptions } from "./guards/tokens.js";
import { MAX_MESSAGE_BYTES } from "./guards/ws-limits.js";
import { operationRules } from "./operation-rules.js";
import { observabilityPlugin } from "./observability/apollo-plugin.js";
import { logger, type Logger } from "./observability/logger.js";
import { trackSubscriptions } from "./observability/metrics.js";
import { requestId } from "./observability/request-id.js";
import { refusalLog } from "./observability/refusals.js";
import { observabilityRouter } from "./observability/routes.js";
import { downloadRouter } from "./download-routes.js";
import { importRouter } from "./import-route.js";
import { hubSchema } from "./schema.js";
import { serveWebSocket } from "./ws.js";

export const GRAPHQL_PATH = "/graphql";
/** A request with this header gets `extensions.neo4j.roundTrips` in its response (tests, benchmarks). */
export const STATS_HEADER = "x-lianhe-stats";

export interface Hub {
  server: Server;
  url: string;
  /** The bus mutations publish to and subscriptions listen on. */
  events: EventBus;
  /** Stops the server; closes the bus too when the hub created it. */
  close(): Promise<void>;
}

export interface HubOptions {
  /** An event bus to use (and leave open on close); default: one from the config (REDIS_URL or memory). */
  events?: EventBus;
  /** Where the hub's JSON log lines go; default: the process's logger (HUB_LOG_LEVEL). */
  logger?: Logger;
}

const statsPlugin: ApolloServerPlugin<HubContext> = {
  async requestDidStart({ request }) {
    if (!request.http?.headers.get(STATS_HEADER)) return;
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind === "single") {
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            neo4j: { roundTrips: contextValue.stats.roundTrips },
          };
        }
      },
    };
  },
};

/** Subscriptions live on the WebSocket: over HTTP, a clear refusal instead of an internal error. */
const subscriptionsOverWebSocket: ApolloServerPlugin<HubContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }) {
        if (operation?.operation === "subscription") {
          throw new GraphQLError(
            "Subscriptions are served over WebSocket (graphql-ws) at this URL, not over HTTP",
            {
              extensions: { code: "BAD_REQUEST", http: { status: 400 } },
            },
          );
        }
      },
    };
  },
};

export async function startHub(graph: Graph, config: Config, options: HubOptions = {}): Promise<Hub> {
  const schema = await hubSchema();
  const rules = operationRules(process.env, config.limits);
  const log = options.logger ?? logger();
  // Read at each refusal: a logger installed after start (tests) sees them too.
  const refused = refusalLog(() => options.logger ?? logger());
  const events = options.events ?? (await createEventBus(config, { log: (line) => log.warn(line) }));
  const ownsEvents = !options.events;
  const untrackSubscriptions = trackSubscriptions(events);
  const rateLimit: RateLimitGuard = createRateLimitGuard(config, { log: (line) => log.warn(line) });
  const app = express();
  const server = createServer(app);

  const wsServer = new WebSocketServer({ server, path: GRAPHQL_PATH, maxPayload: MAX_MESSAGE_BYTES });
  const wsCleanup = serveWebSocket(wsServer, { schema, graph, config, events, rules, rateLimit, log });

  const apollo = new ApolloServer<HubContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: true, // in production it is refused by operationRules(), on both transports
    validationRules: rules,
    parseOptions: parseOptions(config.limits.maxTokens),
    // Compact JSON (the default indents it), and no per-field instrumentation: the hub sets no cache
    // hints and sends no traces, and those two default plugins wrap every resolver to collect them.
    stringifyResult: (value) => JSON.stringify(value),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      statsPlugin,
      observabilityPlugin(log),
      subscriptionsOverWebSocket,
      apolloLimits(schema, config, { hideSuggestions: suggestionsHidden() }),
      {
        async serverWillStart() {
          return {
            drainServer: async () => {
              await wsCleanup.dispose();
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  app.disable("x-powered-by");
  app.use(requestId());
  app.use(loopbackHostOnly(config, refused));
  app.use(
    observabilityRouter(graph, { metrics: config.metrics, redisConfigured: !!config.redisUrl, events }),
  );
  const cors = corsMiddleware(config);
  if (cors) app.use(GRAPHQL_PATH, cors);
  // The workbooks to download: ahead of the console, whose catch-all GET would answer them with index.html.
  app.use(downloadRouter(graph, config));
  app.use(consoleRouter()); // the console at /, ahead of the explorer's redirect of / to /graphql
  app.use(explorerRouter(GRAPHQL_PATH));
  app.use(importRouter(graph, config, events));
  app.get("/healthz", async (_req, res) => {
    try {
      await graph.read("RETURN 1");
      res.json({ status: "ok" });
    } catch {
      res.status(503).json({ status: "unavailable", reason: "graph database unreachable" });
    }
  });
  app.use(
    GRAPHQL_PATH,
    ...graphqlBody(refused),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const address = req.socket.remoteAddress;
        let user;
        try {
          try {
            ({ user } = await authenticate(config, req.headers.authorization));
          } catch (error) {
            if (!(error instanceof AuthError)) throw error;
            await rateLimit.consume(rateLimitKey(config, null, address)); // token guessing costs too
            throw unauthenticated(error);
          }
          await rateLimit.consume(rateLimitKey(config, user, address));
        } catch (error) {
          // Refused before the operation runs (bad token, rate limit): Apollo's plugins never see it.
          if (error instanceof GraphQLError) {
            const http = error.extensions.http as { status?: number } | undefined;
            refused(req, http?.status ?? 400, String(error.extensions.code ?? "BAD_REQUEST"), error.message);
          }
          throw error;
        }
        return createContext(graph, config, user, events, req.headers["accept-language"]);
      },
    }),
  );
  app.use(lastResort((line) => log.error(line), refused));

  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(config.port, config.host, () => {
        server.off("error", reject);
        resolve();
      });
    });
  } catch (error) {
    await apollo.stop().catch(() => undefined);
    await rateLimit.close().catch(() => undefined);
    untrackSubscriptions();
    if (ownsEvents) await events.close().catch(() => undefined);
    throw error;
  }
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    server,
    url: `http://${host}:${address.port}${GRAPHQL_PATH}`,
    events,
    close: async () => {
      await apollo.stop();
      await rateLimit.close();
      untrackSubscriptions();
      if (ownsEvents) await events.close();
    },
  };
}

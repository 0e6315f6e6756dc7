/**
 * The hub's HTTP and WebSocket server on one port: GraphQL over HTTP (Apollo Server) and over
 * graphql-ws at the same path, the offline explorer, and a health endpoint.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
import type { Config } from "../config.js";
import type { Graph } from "../graph/graph.js";
import { createContext, type HubContext } from "./context.js";
import { formatError } from "./errors.js";
import { explorerRouter } from "./explorer.js";
import { hubSchema } from "./schema.js";

export const GRAPHQL_PATH = "/graphql";
/** A request with this header gets `extensions.neo4j.roundTrips` in its response (tests, benchmarks). */
export const STATS_HEADER = "x-lianhe-stats";

export interface Hub {
  server: Server;
  url: string;
  close(): Promise<void>;
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

export async function startHub(graph: Graph, config: Config): Promise<Hub> {
  const schema = await hubSchema();
  const app = express();
  const server = createServer(app);

  const wsServer = new WebSocketServer({ server, path: GRAPHQL_PATH });
  const wsCleanup = useServer({ schema, context: () => createContext(graph, config) }, wsServer);

  const apollo = new ApolloServer<HubContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      ApolloServerPluginLandingPageDisabled(),
      statsPlugin,
      {
        async serverWillStart() {
          return { drainServer: async () => { await wsCleanup.dispose(); } };
        },
      },
    ],
  });
  await apollo.start();

  app.disable("x-powered-by");
  app.use(explorerRouter(GRAPHQL_PATH));
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
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, { context: async () => createContext(graph, config) }),
  );

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port, config.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    server,
    url: `http://${host}:${address.port}${GRAPHQL_PATH}`,
    close: () => apollo.stop(),
  };
}

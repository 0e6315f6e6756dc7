/**
 * The reference server: @neo4j/graphql over the same Neo4j, with type definitions for the same labels
 * and relationships (bench/reference/type-defs.ts), served by Apollo Server through the same express
 * integration as the hub. Round trips are counted by a per-request wrapper of the driver passed as
 * the library's `executionContext`: every `run` in a transaction it opens counts one, reported as
 * `extensions.neo4j.roundTrips` when the request has the header x-lianhe-stats.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import { Neo4jGraphQL } from "@neo4j/graphql";
import express from "express";
import type { Driver, ManagedTransaction, Session, SessionConfig } from "neo4j-driver";
import { REFERENCE_TYPE_DEFS } from "../reference/type-defs.js";
import { announce, benchGraphFromEnv } from "./common.js";

interface Counter {
  roundTrips: number;
}

type TxWork<T> = (tx: ManagedTransaction) => Promise<T> | T;

/** A driver look-alike whose sessions count the statements run in their transactions. */
function countingDriver(driver: Driver, counter: Counter): Driver {
  const countTx = (tx: ManagedTransaction): ManagedTransaction =>
    new Proxy(tx, {
      get(target, prop, receiver) {
        if (prop === "run") {
          return (...args: Parameters<ManagedTransaction["run"]>) => {
            counter.roundTrips += 1;
            return target.run(...args);
          };
        }
        return Reflect.get(target, prop, receiver) as unknown;
      },
    });
  const countSession = (session: Session): Session =>
    new Proxy(session, {
      get(target, prop, receiver) {
        if (prop === "executeRead" || prop === "executeWrite") {
          return <T>(work: TxWork<T>, config?: unknown) =>
            (target[prop] as (w: TxWork<T>, c?: unknown) => Promise<T>).call(
              target,
              (tx: ManagedTransaction) => work(countTx(tx)),
              config,
            );
        }
        if (prop === "run") {
          return (...args: Parameters<Session["run"]>) => {
            counter.roundTrips += 1;
            return target.run(...args);
          };
        }
        const value = Reflect.get(target, prop, receiver) as unknown;
        return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  return new Proxy(driver, {
    get(target, prop, receiver) {
      if (prop === "session") return (config?: SessionConfig) => countSession(target.session(config));
      const value = Reflect.get(target, prop, receiver) as unknown;
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

interface ReferenceContext {
  executionContext: Driver;
  counter: Counter;
  sessionConfig?: { database: string };
}

const statsPlugin: ApolloServerPlugin<ReferenceContext> = {
  async requestDidStart({ request }) {
    if (!request.http?.headers.get("x-lianhe-stats")) return;
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind === "single") {
          response.body.singleResult.extensions = { neo4j: { roundTrips: contextValue.counter.roundTrips } };
        }
      },
    };
  },
};

const graph = benchGraphFromEnv();
await graph.verify();
const neoSchema = new Neo4jGraphQL({ typeDefs: REFERENCE_TYPE_DEFS, driver: graph.driver });
const schema = await neoSchema.getSchema();
const app = express();
const server = createServer(app);
const apollo = new ApolloServer<ReferenceContext>({
  schema,
  includeStacktraceInErrorResponses: false,
  plugins: [
    ApolloServerPluginDrainHttpServer({ httpServer: server }),
    ApolloServerPluginLandingPageDisabled(),
    statsPlugin,
  ],
});
await apollo.start();
app.use(
  "/graphql",
  express.json({ limit: "1mb" }),
  expressMiddleware(apollo, {
    context: async () => {
      const counter = { roundTrips: 0 };
      return {
        executionContext: countingDriver(graph.driver, counter),
        counter,
        ...(graph.database ? { sessionConfig: { database: graph.database } } : {}),
      };
    },
  }),
);
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const { port } = server.address() as AddressInfo;
announce(`http://127.0.0.1:${port}/graphql`, async () => {
  await apollo.stop();
  await graph.close();
});

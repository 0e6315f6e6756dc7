/**
 * `npm start`: configuration → Neo4j (the local one when NEO4J_URI is unset) → constraints → the
 * seed graph when the database is empty → the event bus → the GraphQL server. Expected failures
 * print one line.
 */
import "reflect-metadata";
import { ConfigError, loadConfig } from "./config.js";
import { createEventBus, type HubEventBus } from "./events/bus.js";
import { GraphUnavailableError, openGraph, type OpenGraph } from "./graph/connect.js";
import { LocalNeo4jError } from "./graph/local-neo4j.js";
import { applySchema } from "./graph/migrate.js";
import { isEmpty, loadSeedSet, readSeedSet } from "./graph/seed.js";
import { describeAuth, requireAuthInProduction } from "./server/auth.js";
import { startHub, type Hub } from "./server/http.js";
import { createLogger, setLogger } from "./server/observability/logger.js";
import { assertPortFree, PortInUseError } from "./server/port.js";

const log = (line: string) => console.log(`[lianhe-hub] ${line}`);

async function main(): Promise<void> {
  const started = performance.now();
  const config = loadConfig();
  setLogger(createLogger(config.logLevel));
  requireAuthInProduction(config);
  await assertPortFree(config.host, config.port);

  const opened: OpenGraph = await openGraph(config.neo4j, { log });
  let hub: Hub | undefined;
  let events: HubEventBus | undefined;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping`);
    await hub?.close().catch(() => undefined);
    await events?.close().catch(() => undefined);
    await opened.close().catch(() => undefined);
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));

  try {
    log(`Neo4j: ${opened.describe}`);
    const schema = await applySchema(opened.graph);
    log(`schema: ${schema.statements} constraints and indexes in place`);
    if (config.seedWhenEmpty && (await isEmpty(opened.graph))) {
      const seeded = await loadSeedSet(opened.graph, readSeedSet());
      log(
        `seed graph loaded: ${seeded.nodes} nodes, ${seeded.relationships} relationships in ${seeded.ms} ms`,
      );
    }
    events = await createEventBus(config, { log });
    log(`events: ${events.description}`);
    log(`auth: ${describeAuth(config)}`);
    hub = await startHub(opened.graph, config, { events });
  } catch (error) {
    await events?.close().catch(() => undefined);
    await opened.close().catch(() => undefined);
    throw error;
  }
  log(
    `GraphQL at ${hub.url} (explorer: open it in a browser), ready in ${Math.round(performance.now() - started)} ms`,
  );
}

main().catch((error: unknown) => {
  const expected =
    error instanceof ConfigError ||
    error instanceof LocalNeo4jError ||
    error instanceof GraphUnavailableError ||
    error instanceof PortInUseError;
  if (expected) {
    console.error(`lianhe-hub: ${(error as Error).message}`);
  } else {
    console.error("lianhe-hub: failed to start:", error);
  }
  process.exit(1);
});

/**
 * Opening the graph: the configured Neo4j (NEO4J_URI: a server, Aura, a cluster) or, when none is
 * configured, the project's local Neo4j (NEO4J_LOCAL_INSTANCE, NEO4J_LOCAL_PORT) — reused when
 * it is already running, whoever started it, started otherwise (and then stopped with this process).
 */
import { existsSync, readFileSync } from "node:fs";
import type { Neo4jConfig } from "../config.js";
import { ConfigError } from "../config.js";
import { Graph } from "./graph.js";
import {
  LOCAL_NEO4J_USER,
  localNeo4jPasswordFile,
  startLocalNeo4j,
  statusLocalNeo4j,
  type LocalNeo4jHandle,
} from "./local-neo4j.js";

export class GraphUnavailableError extends Error {}

export interface OpenGraph {
  graph: Graph;
  /** A line for the start-up message: which Neo4j, where. */
  describe: string;
  /** The local Neo4j this process started, if any. */
  local?: LocalNeo4jHandle;
  close(): Promise<void>;
}

async function verified(graph: Graph, uri: string): Promise<string> {
  try {
    return await graph.verify();
  } catch (error) {
    await graph.close();
    const code = (error as { code?: string }).code ?? "";
    const message = (error as Error).message.split("\n")[0];
    if (code.includes("Unauthorized") || code.includes("AuthenticationRateLimit")) {
      throw new GraphUnavailableError(`Neo4j at ${uri} refused the credentials (${code})`);
    }
    throw new GraphUnavailableError(`cannot reach Neo4j at ${uri}: ${message}`);
  }
}

/** What is about to start when no local instance is running. */
export interface LocalStartInfo {
  instance: string;
  port: number;
  /** Its data folder. */
  home: string;
  /** False: a new, empty database is created there. */
  hasData: boolean;
}

export interface OpenGraphOptions {
  log?: (line: string) => void;
  /** The line logged before the local Neo4j is started (the hub's own wording by default). */
  startNotice?: (info: LocalStartInfo) => string;
}

export async function openGraph(config: Neo4jConfig, options: OpenGraphOptions = {}): Promise<OpenGraph> {
  if (config.uri) {
    if (!config.password) throw new ConfigError("NEO4J_PASSWORD is required with NEO4J_URI");
    const graph = Graph.connect({
      uri: config.uri,
      username: config.username,
      password: config.password,
      database: config.database,
      limits: config.limits,
      driver: config.driver,
    });
    const agent = await verified(graph, config.uri);
    return { graph, describe: `${agent} (${config.uri})`, close: () => graph.close() };
  }

  const instance = config.localInstance;
  const port = config.localBoltPort;
  const passwordFile = localNeo4jPasswordFile({ instance });
  let status = await statusLocalNeo4j({ instance });
  // Another process is starting it: wait for Bolt rather than start a second JVM on the same data.
  const deadline = Date.now() + 120_000;
  while (status.running && !status.uri && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    status = await statusLocalNeo4j({ instance });
  }
  if (status.running) {
    // Reuse the instance, whoever started it (`npm run neo4j -- start`, another hub, a command).
    if (!status.uri || !existsSync(passwordFile)) {
      throw new GraphUnavailableError(
        `the local Neo4j instance "${instance}" (pid ${status.pid}) is running but ${status.uri ? `its password file ${passwordFile} is missing` : "did not become ready in 120 s"}`,
      );
    }
    const password = readFileSync(passwordFile, "utf8").trim();
    const graph = Graph.connect({
      uri: status.uri,
      username: LOCAL_NEO4J_USER,
      password,
      limits: config.limits,
      driver: config.driver,
    });
    try {
      const agent = await graph.verify();
      return {
        graph,
        describe: `local ${agent} (instance "${instance}", already running, ${status.uri})`,
        close: () => graph.close(),
      };
    } catch {
      await graph.close();
      throw new GraphUnavailableError(
        `the local Neo4j instance "${instance}" (pid ${status.pid}) does not answer at ${status.uri}`,
      );
    }
  }

  const notice =
    options.startNotice ??
    ((i: LocalStartInfo) => `starting the local Neo4j (instance "${i.instance}", bolt port ${i.port})…`);
  options.log?.(notice({ instance, port, home: status.home, hasData: status.hasData }));
  const local = await startLocalNeo4j({ instance, boltPort: port, attached: true });
  const graph = Graph.connect({
    uri: local.uri,
    username: local.username,
    password: local.password,
    limits: config.limits,
    driver: config.driver,
  });
  let agent: string;
  try {
    agent = await verified(graph, local.uri);
  } catch (error) {
    await local.stop();
    throw error;
  }
  return {
    graph,
    local,
    describe: `local ${agent} (${local.uri}, started in ${local.readyMs} ms)`,
    close: async () => {
      await graph.close();
      await local.stop();
    },
  };
}

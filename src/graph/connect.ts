/**
 * Opening the graph: the configured Neo4j (NEO4J_URI: a server, Aura, a cluster) or, when none is
 * configured, the project's local Neo4j — reused when it is already running, started otherwise
 * (and then stopped with this process).
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

export async function openGraph(
  config: Neo4jConfig,
  options: { log?: (line: string) => void } = {},
): Promise<OpenGraph> {
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
  const passwordFile = localNeo4jPasswordFile({ instance });
  const status = await statusLocalNeo4j({ instance });
  const candidate = status.running ? status.uri : `bolt://127.0.0.1:${config.localBoltPort}`;
  if (candidate && existsSync(passwordFile)) {
    // Reuse a local Neo4j that is already up (started by `npm run neo4j -- start` or another hub).
    const password = readFileSync(passwordFile, "utf8").trim();
    const graph = Graph.connect({
      uri: candidate,
      username: LOCAL_NEO4J_USER,
      password,
      limits: config.limits,
      driver: config.driver,
    });
    try {
      const agent = await graph.verify();
      return {
        graph,
        describe: `local ${agent} (already running, ${candidate})`,
        close: () => graph.close(),
      };
    } catch {
      await graph.close();
      if (status.running)
        throw new GraphUnavailableError(
          `the local Neo4j (pid ${status.pid}) does not answer at ${candidate}`,
        );
    }
  }

  options.log?.(`starting the local Neo4j (instance "${instance}", bolt port ${config.localBoltPort})…`);
  const local = await startLocalNeo4j({ instance, boltPort: config.localBoltPort, attached: true });
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

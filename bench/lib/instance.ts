/**
 * The Neo4j a benchmark runs against: NEO4J_URI when set, else the scale's own local instance
 * (`bench-<scale>`, its own data folder and Bolt port, 4 GiB heap and 4 GiB page cache), so the dev
 * data is never touched. A bench instance already running in the background (started with
 * `npm run neo4j -- start --instance bench-<scale> --port <port>`) is reused and left running;
 * otherwise one is started for this process and stopped with it.
 */
import { readFileSync } from "node:fs";
import { loadConfig } from "../../src/config.js";
import { Graph } from "../../src/graph/graph.js";
import {
  LOCAL_NEO4J_USER,
  localNeo4jPasswordFile,
  startLocalNeo4j,
  statusLocalNeo4j,
} from "../../src/graph/local-neo4j.js";
import type { ScaleSpec } from "./generator.js";

export interface BenchNeo4j {
  graph: Graph;
  uri: string;
  username: string;
  password: string;
  database?: string;
  /** pid of the local JVM, when local (for its RSS). */
  pid?: number;
  describe: string;
  close(): Promise<void>;
}

export async function openBenchNeo4j(spec: ScaleSpec, log: (line: string) => void): Promise<BenchNeo4j> {
  const config = loadConfig();
  if (config.neo4j.uri) {
    const { uri, username, password, database } = config.neo4j;
    if (!password) throw new Error("NEO4J_PASSWORD is required with NEO4J_URI");
    const graph = Graph.connect({ uri, username, password, database });
    const agent = await graph.verify();
    return {
      graph,
      uri,
      username,
      password,
      database,
      describe: `${agent} (${uri})`,
      close: () => graph.close(),
    };
  }
  const instance = `bench-${spec.name}`;
  const status = await statusLocalNeo4j({ instance });
  if (status.running && status.uri) {
    const password = readFileSync(localNeo4jPasswordFile({ instance }), "utf8").trim();
    const graph = Graph.connect({ uri: status.uri, username: LOCAL_NEO4J_USER, password });
    const agent = await graph.verify();
    return {
      graph,
      uri: status.uri,
      username: LOCAL_NEO4J_USER,
      password,
      ...(status.pid ? { pid: status.pid } : {}),
      describe: `local ${agent} (instance ${instance}, already running)`,
      close: () => graph.close(),
    };
  }
  log(
    `starting the local Neo4j instance ${instance} on bolt port ${spec.boltPort} (heap 4g, page cache 4g)…`,
  );
  const local = await startLocalNeo4j({
    instance,
    boltPort: spec.boltPort,
    heap: "4g",
    pagecache: "4g",
    attached: true,
  });
  const graph = Graph.connect({ uri: local.uri, username: local.username, password: local.password });
  const agent = await graph.verify();
  return {
    graph,
    uri: local.uri,
    username: local.username,
    password: local.password,
    pid: local.pid,
    describe: `local ${agent} (instance ${instance}, started in ${local.readyMs} ms)`,
    close: async () => {
      await graph.close();
      await local.stop();
    },
  };
}

/**
 * What the three benchmark servers share: each runs in its own child process (so its memory is its
 * own), connects to the Neo4j named by BENCH_NEO4J_URI / _USER / _PASSWORD (/ _DATABASE), prints
 * `READY <url>` on stdout once it listens, and exits when its parent closes stdin.
 */
import { Graph } from "../../src/graph/graph.js";

export function benchGraphFromEnv(): Graph {
  const uri = process.env.BENCH_NEO4J_URI;
  const password = process.env.BENCH_NEO4J_PASSWORD;
  if (!uri || !password) throw new Error("BENCH_NEO4J_URI and BENCH_NEO4J_PASSWORD are required");
  return Graph.connect({
    uri,
    username: process.env.BENCH_NEO4J_USER ?? "neo4j",
    password,
    ...(process.env.BENCH_NEO4J_DATABASE ? { database: process.env.BENCH_NEO4J_DATABASE } : {}),
  });
}

export function announce(url: string, close: () => Promise<void>): void {
  process.stdout.write(`READY ${url}\n`);
  process.stdin.resume();
  process.stdin.on("end", () => {
    void close().finally(() => process.exit(0));
  });
}

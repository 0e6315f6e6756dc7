/**
 * Raw Cypher over HTTP, no GraphQL: POST /<operation> runs that operation's Cypher through neo4j-driver
 * (bench/lib/operations.ts, RAW) and answers `{ data }` as JSON, with `extensions.neo4j.roundTrips`
 * (its own calls) when the request has the header x-lianhe-stats. The baseline of what the data costs.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { QueryStats } from "../../src/graph/graph.js";
import { RAW } from "../lib/operations.js";
import { announce, benchGraphFromEnv } from "./common.js";

const graph = benchGraphFromEnv();
await graph.verify();
const probe = { lab: process.env.BENCH_PROBE_LAB ?? "" };
const server = createServer((req, res) => {
  const name = (req.url ?? "/").slice(1);
  const run = RAW[name];
  req.resume();
  req.on("end", () => {
    if (req.method !== "POST" || !run) {
      res.writeHead(404).end();
      return;
    }
    const stats = new QueryStats();
    run(graph, probe, stats).then(
      (data) => {
        const body = req.headers["x-lianhe-stats"]
          ? { data, extensions: { neo4j: { roundTrips: stats.roundTrips } } }
          : { data };
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
      },
      (error: unknown) => {
        res
          .writeHead(500, { "content-type": "application/json" })
          .end(JSON.stringify({ errors: [{ message: String(error) }] }));
      },
    );
  });
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const { port } = server.address() as AddressInfo;
announce(`http://127.0.0.1:${port}`, async () => {
  server.close();
  await graph.close();
});

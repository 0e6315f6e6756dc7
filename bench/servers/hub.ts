/** The hub, as `npm start` serves it (startHub), on a free port: one of the benchmark's servers. */
import "reflect-metadata";
import { loadConfig } from "../../src/config.js";
import { startHub } from "../../src/server/http.js";
import { announce, benchGraphFromEnv } from "./common.js";

const graph = benchGraphFromEnv();
await graph.verify();
// No rate limit: the benchmark's clients all come from one address and measure throughput.
const hub = await startHub(graph, {
  ...loadConfig({}),
  host: "127.0.0.1",
  port: 0,
  rateLimit: { points: 0, windowS: 60 },
});
announce(hub.url, async () => {
  await hub.close();
  await graph.close();
});

/** The hub, as `npm start` serves it (startHub), on a free port: one of the benchmark's servers. */
import "reflect-metadata";
import { loadConfig } from "../../src/config.js";
import { startHub } from "../../src/server/http.js";
import { announce, benchGraphFromEnv } from "./common.js";

const graph = benchGraphFromEnv();
await graph.verify();
const hub = await startHub(graph, { ...loadConfig({}), host: "127.0.0.1", port: 0 });
announce(hub.url, async () => {
  await hub.close();
  await graph.close();
});

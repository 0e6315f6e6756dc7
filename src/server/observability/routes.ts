/**
 * The operator's endpoints beside `/healthz`: `/readyz` always, `/metrics` (Prometheus text) unless
 * HUB_METRICS=false. Both on the hub's own port: operators should not expose `/metrics` publicly
 * (it tells request rates, error codes and operation names).
 */
import { Router } from "express";
import type { Graph } from "../../graph/graph.js";
import { registry } from "./metrics.js";
import { readiness } from "./readiness.js";

export function observabilityRouter(
  graph: Graph,
  options: { metrics: boolean; redisConfigured: boolean; events: unknown },
): Router {
  const router = Router();
  router.get("/readyz", readiness(graph, options));
  if (options.metrics) {
    router.get("/metrics", async (_req, res) => {
      res.setHeader("content-type", registry.contentType);
      res.send(await registry.metrics());
    });
  }
  return router;
}

/** Per-request context: the graph, the request's round-trip counter and its relation loader. */
import DataLoader from "dataloader";
import { labCompliance, type ComplianceResult } from "../analytics/compliance.js";
import type { Config } from "../config.js";
import { QueryStats, type Graph } from "../graph/graph.js";
import { RelationLoader } from "../modules/shared/relations.js";

export interface HubContext {
  graph: Graph;
  config: Config;
  stats: QueryStats;
  relations: RelationLoader;
  /** Compliance of labs by id, batched: a list of labs asking for it costs one query. */
  compliance: DataLoader<string, ComplianceResult | null>;
}

export function createContext(graph: Graph, config: Config): HubContext {
  const stats = new QueryStats();
  const compliance = new DataLoader<string, ComplianceResult | null>(
    async (ids) => {
      const results = new Map((await labCompliance(graph, ids, stats)).map((r) => [r.labId, r]));
      return ids.map((id) => results.get(id) ?? null);
    },
    { batchScheduleFn: (callback) => setImmediate(callback) },
  );
  return { graph, config, stats, relations: new RelationLoader(graph, stats), compliance };
}

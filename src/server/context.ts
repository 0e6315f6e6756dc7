/** Per-request context: the graph, the request's round-trip counter and its relation loader. */
import type { Config } from "../config.js";
import { QueryStats, type Graph } from "../graph/graph.js";
import { RelationLoader } from "../modules/shared/relations.js";

export interface HubContext {
  graph: Graph;
  config: Config;
  stats: QueryStats;
  relations: RelationLoader;
}

export function createContext(graph: Graph, config: Config): HubContext {
  const stats = new QueryStats();
  return { graph, config, stats, relations: new RelationLoader(graph, stats) };
}

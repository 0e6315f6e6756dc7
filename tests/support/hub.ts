/** A hub started in-process on a free port, and a small GraphQL-over-HTTP client for it. */
import { loadConfig } from "../../src/config.js";
import type { Graph } from "../../src/graph/graph.js";
import { startHub, STATS_HEADER, type Hub } from "../../src/server/http.js";

export async function startTestHub(graph: Graph): Promise<Hub> {
  return startHub(graph, { ...loadConfig({}), port: 0, host: "127.0.0.1" });
}

export interface GqlResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
  extensions?: { neo4j?: { roundTrips: number } };
}

export async function gql<T = Record<string, any>>(
  hub: Hub,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GqlResponse<T>> {
  const response = await fetch(hub.url, {
    method: "POST",
    headers: { "content-type": "application/json", [STATS_HEADER]: "1" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GqlResponse<T>, "status">;
  return { status: response.status, ...body };
}

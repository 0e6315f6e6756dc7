/** A hub started in-process on a free port, and a small GraphQL-over-HTTP client for it. */
import { loadConfig, type Config } from "../../src/config.js";
import type { EventBus } from "../../src/events/types.js";
import type { Graph } from "../../src/graph/graph.js";
import { startHub, STATS_HEADER, type Hub } from "../../src/server/http.js";

export interface TestHubOptions {
  /** Overrides of the default configuration (no auth, in-memory events, no rate limit). */
  config?: Partial<Config>;
  /** A bus of the test's own (left open when the hub closes); default: one from the config. */
  events?: EventBus;
}

export async function startTestHub(graph: Graph, options: TestHubOptions = {}): Promise<Hub> {
  return startHub(
    graph,
    {
      ...loadConfig({}),
      port: 0,
      host: "127.0.0.1",
      // Tests send many requests from one address; the rate limit's own test turns it on.
      rateLimit: { points: 0, windowS: 60 },
      ...options.config,
    },
    { events: options.events },
  );
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
  headers: Record<string, string> = {},
): Promise<GqlResponse<T>> {
  const response = await fetch(hub.url, {
    method: "POST",
    headers: { "content-type": "application/json", [STATS_HEADER]: "1", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GqlResponse<T>, "status">;
  return { status: response.status, ...body };
}

/** The Authorization header of a bearer token. */
export function bearer(token: string | undefined): Record<string, string> {
  return token === undefined ? {} : { authorization: `Bearer ${token}` };
}

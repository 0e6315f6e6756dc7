/**
 * Per-operation context: the graph, the user, the event bus, the round-trip counter and the
 * batching loaders (relations, compliance).
 */
import DataLoader from "dataloader";
import { GraphQLError } from "graphql";
import { labCompliance, type ComplianceResult } from "../analytics/compliance.js";
import type { Config } from "../config.js";
import { languageOfHeader, type Language } from "../domain/messages/index.js";
import type { HubUser } from "../domain/roles.js";
import type { EventBus } from "../events/types.js";
import { QueryStats, type Graph } from "../graph/graph.js";
import { RelationLoader } from "../modules/shared/relations.js";

export interface HubContext {
  graph: Graph;
  config: Config;
  /**
   * Who is asking: `{ id, role }` from the bearer token (`sub`, highest role claimed), or the local
   * ADMIN `{ id: "local", role: ADMIN }` when no auth is configured. A request without a token when
   * auth is configured is anonymous: reading `user` then throws UNAUTHENTICATED. Resolvers behind
   * `@Authorized(...)` (every root field) never run for an anonymous request, so they read it freely.
   */
  readonly user: HubUser;
  /** The same user, or null for an anonymous request (the auth checker reads this). */
  readonly caller: HubUser | null;
  /** Publish committed changes here, after the write transaction resolves (events/publish.ts). */
  events: EventBus;
  /**
   * The language of the answer's sentences when a field's `language` argument is omitted: ZH when the
   * request's Accept-Language header starts with `zh`, else EN. Resolved here only.
   */
  readonly language: Language;
  stats: QueryStats;
  relations: RelationLoader;
  /** Compliance of labs by id, batched: a list of labs asking for it costs one query. */
  compliance: DataLoader<string, ComplianceResult | null>;
}

function loaders(graph: Graph): Loaders {
  const stats = new QueryStats();
  const compliance = new DataLoader<string, ComplianceResult | null>(
    async (ids) => {
      const results = new Map((await labCompliance(graph, ids, stats)).map((r) => [r.labId, r]));
      return ids.map((id) => results.get(id) ?? null);
    },
    { batchScheduleFn: (callback) => setImmediate(callback) },
  );
  return { stats, relations: new RelationLoader(graph, stats), compliance };
}

class RequestContext implements HubContext {
  stats!: QueryStats;
  relations!: RelationLoader;
  compliance!: DataLoader<string, ComplianceResult | null>;

  constructor(
    readonly graph: Graph,
    readonly config: Config,
    readonly caller: HubUser | null,
    readonly events: EventBus,
    readonly language: Language,
  ) {
    Object.assign(this, loaders(graph));
  }

  // On the prototype, not the instance: a shallow copy of the context keeps the getter.
  get user(): HubUser {
    if (!this.caller) {
      throw new GraphQLError("Authentication required: send a bearer token", {
        extensions: { code: "UNAUTHENTICATED" },
      });
    }
    return this.caller;
  }
}

/**
 * `user`: from authenticate() (server/auth.ts); null for an anonymous request. `acceptLanguage`: the
 * request's Accept-Language header (HTTP, or the WebSocket upgrade request).
 */
export function createContext(
  graph: Graph,
  config: Config,
  user: HubUser | null,
  events: EventBus,
  acceptLanguage?: string | readonly string[] | null,
): HubContext {
  return new RequestContext(graph, config, user, events, languageOfHeader(acceptLanguage));
}

type Loaders = Pick<HubContext, "stats" | "relations" | "compliance">;

/** The loaders of an event, by graph and role: shared by every subscription that receives it. */
const eventLoaders = new WeakMap<object, Map<Graph, Map<string, Loaders>>>();

/**
 * Fresh loaders for the next event of a subscription: graphql-ws keeps one context for a whole
 * subscription, and the loaders' caches would otherwise serve every event the graph as it was at
 * the first one.
 *
 * Given the event, the loaders are those of that event: the bus hands the same payload object to
 * every subscription of its topic (events/fanout.ts), so N subscribers whose selections read the
 * lab cause one batched read per level, not N. They are shared only among callers of the same role
 * (and graph): what a loader fetches does not depend on the caller today — the authChecker runs on
 * each subscriber's own context whatever the loaders — and keying by role keeps it so should a
 * loader ever filter by role. An event's loaders go when its payload does (a WeakMap).
 */
export function renewLoaders(ctx: HubContext, event?: object): void {
  if (!event) {
    Object.assign(ctx, loaders(ctx.graph));
    return;
  }
  let byGraph = eventLoaders.get(event);
  if (!byGraph) eventLoaders.set(event, (byGraph = new Map()));
  let byRole = byGraph.get(ctx.graph);
  if (!byRole) byGraph.set(ctx.graph, (byRole = new Map()));
  const role = ctx.caller?.role ?? "ANONYMOUS";
  let shared = byRole.get(role);
  if (!shared) byRole.set(role, (shared = loaders(ctx.graph)));
  Object.assign(ctx, shared);
}

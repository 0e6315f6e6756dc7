/**
 * The two Query root fields every node type has: lookup by key (`jointLab(id:)`, `discipline(code:)`)
 * and a Relay connection with filters and sorting (`jointLabs(first:, after:, filter:, orderBy:)`).
 */
import { Arg, Authorized, ClassType, Ctx, ID, Info, Int, Query, Resolver } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { keyOf } from "../../domain/model.js";
import { Role } from "../../domain/roles.js";
import type { HubContext } from "../../server/context.js";
import type { Page } from "./connection.js";
import { listNodes, type ListSpec } from "./list-query.js";
import type { GraphNode } from "./node.js";
import {
  lookupWithRelations,
  prefetchBudget,
  rootSelections,
  selectionOf,
  selectionsAt,
} from "./prefetch.js";
import { byKey } from "./relations.js";
import { selects } from "./selection.js";

export interface EntityQueryOptions<F extends object> {
  nodeType: ClassType;
  connectionType: ClassType;
  filterType: ClassType<F>;
  orderType: ClassType;
  /** Root field names: `jointLab` and `jointLabs`. */
  single: string;
  plural: string;
  spec: ListSpec<F>;
}

export function entityQueries<F extends object>(options: EntityQueryOptions<F>) {
  const key = keyOf(options.spec.label);
  const lookup = byKey(options.spec.label);

  @Resolver()
  class EntityQueries {
    @Authorized(Role.VIEWER)
    @Query(() => options.nodeType, {
      name: options.single,
      nullable: true,
      description: `One ${options.spec.label} by its ${key}, or null`,
    })
    async one(
      @Arg(key, () => ID) value: string,
      @Ctx() ctx: HubContext,
      @Info() info: GraphQLResolveInfo,
    ): Promise<GraphNode | null> {
      const select = selectionOf(
        info,
        options.spec.label,
        rootSelections(info),
        prefetchBudget(ctx.config.prefetchDepth),
      );
      // With no relation field below, the lookup batches with its siblings (several aliased lookups: one query).
      if (!select.relations.length) return ctx.relations.node(lookup, value);
      return lookupWithRelations(ctx, options.spec.label, value, select);
    }

    @Authorized(Role.VIEWER)
    @Query(() => options.connectionType, { name: options.plural })
    async list(
      @Ctx() ctx: HubContext,
      @Info() info: GraphQLResolveInfo,
      @Arg("first", () => Int, { defaultValue: 20 }) first: number,
      @Arg("after", () => String, { nullable: true }) after: string | null,
      @Arg("filter", () => options.filterType, { nullable: true }) filter: F | null,
      @Arg("orderBy", () => options.orderType, { nullable: true })
      orderBy: { field: string; direction: never } | null,
    ): Promise<Page<GraphNode>> {
      return listNodes(
        ctx.graph,
        options.spec,
        { first, after, filter, orderBy },
        {
          withCount: selects(info, "totalCount"),
          maxPageSize: ctx.config.maxPageSize,
          stats: ctx.stats,
          select: selectionOf(
            info,
            options.spec.label,
            selectionsAt(info, rootSelections(info), ["edges", "node"]),
            prefetchBudget(ctx.config.prefetchDepth),
          ),
        },
      );
    }
  }
  return EntityQueries;
}

/** Query root fields and relationship fields of Government. */
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { HubContext } from "../../server/context.js";
import { CoBuilding } from "../joint-lab/co-building.type.js";
import { Funding } from "../joint-lab/funding.type.js";
import { Place } from "../shared/actor.js";
import { entityQueries } from "../shared/entity-queries.js";
import type { GraphNode } from "../shared/node.js";
import { NodeOrder } from "../shared/order.js";
import { defineRelations } from "../shared/relations.js";
import { TextFilter } from "../shared/text-filter.js";
import { GovernmentConnection, governmentList } from "./government.list.js";
import { Government } from "./government.type.js";

const from = "Government" as const;
const Rel = defineRelations({
  governs: { name: "Government.governs", from, pattern: "(n)-[:GOVERNS]->(m)" },
  funds: {
    name: "Government.funds",
    node: "lab",
    from,
    pattern: "(n)-[r:FUNDS]->(m:JointLab)",
    withRel: true,
    order: "r.year, m.id",
  },
  coBuilds: {
    name: "Government.coBuilds",
    node: "lab",
    from,
    pattern: "(n)-[r:CO_BUILDS]->(m:JointLab)",
    withRel: true,
  },
});

export const GovernmentQueries = entityQueries({
  nodeType: Government,
  connectionType: GovernmentConnection,
  filterType: TextFilter,
  orderType: NodeOrder,
  single: "government",
  plural: "governments",
  spec: governmentList,
});

@Resolver(() => Government)
export class GovernmentResolver {
  @FieldResolver(() => [Place], { description: "The cities and parks it governs" })
  governs(@Root() g: GraphNode, @Ctx() ctx: HubContext) {
    return ctx.relations.nodes(Rel.governs, g);
  }

  @FieldResolver(() => [Funding], { description: "R14: funds it gives to labs" })
  async funds(@Root() g: GraphNode, @Ctx() ctx: HubContext) {
    const items = await ctx.relations.load(Rel.funds, g);
    return items.map(({ node, rel }) => ({ ...rel, lab: node, government: g }));
  }

  @FieldResolver(() => [CoBuilding], { description: "R13: labs it co-builds" })
  async coBuilds(@Root() g: GraphNode, @Ctx() ctx: HubContext) {
    const items = await ctx.relations.load(Rel.coBuilds, g);
    return items.map(({ node, rel }) => ({ ...rel, lab: node, builder: g }));
  }
}

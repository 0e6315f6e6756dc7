/** Query root fields and relationship fields of Investor. */
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { HubContext } from "../../server/context.js";
import { Membership } from "../joint-lab/membership.type.js";
import { entityQueries } from "../shared/entity-queries.js";
import type { GraphNode } from "../shared/node.js";
import { NodeOrder } from "../shared/order.js";
import { defineRelations } from "../shared/relations.js";
import { TextFilter } from "../shared/text-filter.js";
import { InvestorConnection, investorList } from "./investor.list.js";
import { Investor } from "./investor.type.js";

const Rel = defineRelations({
  memberships: {
    name: "Investor.memberships",
    node: "lab",
    from: "Investor",
    pattern: "(n)-[r:MEMBER_OF]->(m:JointLab)",
    withRel: true,
  },
});

export const InvestorQueries = entityQueries({
  nodeType: Investor,
  connectionType: InvestorConnection,
  filterType: TextFilter,
  orderType: NodeOrder,
  single: "investor",
  plural: "investors",
  spec: investorList,
});

@Resolver(() => Investor)
export class InvestorResolver {
  @FieldResolver(() => [Membership], { description: "Labs whose membership system it belongs to" })
  async memberships(@Root() i: GraphNode, @Ctx() ctx: HubContext) {
    const items = await ctx.relations.load(Rel.memberships, i);
    return items.map(({ node, rel }) => ({ ...rel, lab: node, member: i }));
  }
}

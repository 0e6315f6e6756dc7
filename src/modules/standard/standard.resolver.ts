/** Query root fields and relationship fields of Standard. */
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { HubContext } from "../../server/context.js";
import { JointLab } from "../joint-lab/joint-lab.type.js";
import { entityQueries } from "../shared/entity-queries.js";
import type { GraphNode } from "../shared/node.js";
import { NodeOrder } from "../shared/order.js";
import { defineRelations } from "../shared/relations.js";
import { TextFilter } from "../shared/text-filter.js";
import { StandardConnection, standardList } from "./standard.list.js";
import { Standard } from "./standard.type.js";

const Rel = defineRelations({
  developedBy: { name: "Standard.developedBy", from: "Standard", pattern: "(n)<-[:DEVELOPED]-(m:JointLab)" },
});

export const StandardQueries = entityQueries({
  nodeType: Standard,
  connectionType: StandardConnection,
  filterType: TextFilter,
  orderType: NodeOrder,
  single: "standard",
  plural: "standards",
  spec: standardList,
});

@Resolver(() => Standard)
export class StandardResolver {
  @FieldResolver(() => [JointLab])
  developedBy(@Root() s: GraphNode, @Ctx() ctx: HubContext) {
    return ctx.relations.nodes(Rel.developedBy, s);
  }
}

/** Query root fields and relationship fields of Park. */
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { HubContext } from "../../server/context.js";
import { City } from "../city/city.type.js";
import { Enterprise } from "../enterprise/enterprise.type.js";
import { JointLab } from "../joint-lab/joint-lab.type.js";
import { Platform } from "../platform/platform.type.js";
import { entityQueries } from "../shared/entity-queries.js";
import type { GraphNode } from "../shared/node.js";
import { NodeOrder } from "../shared/order.js";
import { defineRelations } from "../shared/relations.js";
import { ParkConnection, ParkFilter, parkList } from "./park.list.js";
import { Park } from "./park.type.js";

const from = "Park" as const;
const Rel = defineRelations({
  city: { name: "Park.city", from, pattern: "(n)-[:LOCATED_IN]->(m:City)" },
  labs: { name: "Park.labs", from, pattern: "(n)<-[:LOCATED_IN]-(m:JointLab)" },
  enterprises: { name: "Park.enterprises", from, pattern: "(n)<-[:LOCATED_IN]-(m:Enterprise)" },
  platforms: { name: "Park.platforms", from, pattern: "(n)<-[:LOCATED_IN]-(m:Platform)" },
});

export const ParkQueries = entityQueries({
  nodeType: Park,
  connectionType: ParkConnection,
  filterType: ParkFilter,
  orderType: NodeOrder,
  single: "park",
  plural: "parks",
  spec: parkList,
});

@Resolver(() => Park)
export class ParkResolver {
  @FieldResolver(() => City, { nullable: true })
  city(@Root() p: GraphNode, @Ctx() ctx: HubContext) {
    return ctx.relations.node(Rel.city, p);
  }

  @FieldResolver(() => [JointLab], { description: "Labs located in the park, any status" })
  labs(@Root() p: GraphNode, @Ctx() ctx: HubContext) {
    return ctx.relations.nodes(Rel.labs, p);
  }

  @FieldResolver(() => [Enterprise])
  enterprises(@Root() p: GraphNode, @Ctx() ctx: HubContext) {
    return ctx.relations.nodes(Rel.enterprises, p);
  }

  @FieldResolver(() => [Platform])
  platforms(@Root() p: GraphNode, @Ctx() ctx: HubContext) {
    return ctx.relations.nodes(Rel.platforms, p);
  }
}

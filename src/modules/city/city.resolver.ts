/** Query root fields and relationship fields of City. */
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { HubContext } from "../../server/context.js";
import { Enterprise } from "../enterprise/enterprise.type.js";
import { JointLab } from "../joint-lab/joint-lab.type.js";
import { Park } from "../park/park.type.js";
import { Platform } from "../platform/platform.type.js";
import { University } from "../university/university.type.js";
import { entityQueries } from "../shared/entity-queries.js";
import type { GraphNode } from "../shared/node.js";
import { NodeOrder } from "../shared/order.js";
import { defineRelations } from "../shared/relations.js";
import { TextFilter } from "../shared/text-filter.js";
import { CityConnection, cityList } from "./city.list.js";
import { City } from "./city.type.js";

const from = "City" as const;
const Rel = defineRelations({
  parks: { name: "City.parks", from, pattern: "(n)<-[:LOCATED_IN]-(m:Park)" },
  labs: { name: "City.labs", from, pattern: "(n)<-[:LOCATED_IN*1..2]-(m:JointLab)" },
  universities: { name: "City.universities", from, pattern: "(n)<-[:LOCATED_IN*1..2]-(m:University)" },
  enterprises: { name: "City.enterprises", from, pattern: "(n)<-[:LOCATED_IN*1..2]-(m:Enterprise)" },
  platforms: { name: "City.platforms", from, pattern: "(n)<-[:LOCATED_IN*1..2]-(m:Platform)" },
});

export const CityQueries = entityQueries({
  nodeType: City,
  connectionType: CityConnection,
  filterType: TextFilter,
  orderType: NodeOrder,
  single: "city",
  plural: "cities",
  spec: cityList,
});

@Resolver(() => City)
export class CityResolver {
  @FieldResolver(() => [Park])
  parks(@Root() c: GraphNode, @Ctx() ctx: HubContext) {
    return ctx.relations.nodes(Rel.parks, c);
  }

  @FieldResolver(() => [JointLab], {
    description: "Labs in the city, directly or through a park, any status",
  })
  labs(@Root() c: GraphNode, @Ctx() ctx: HubContext) {
    return ctx.relations.nodes(Rel.labs, c);
  }

  @FieldResolver(() => [University])
  universities(@Root() c: GraphNode, @Ctx() ctx: HubContext) {
    return ctx.relations.nodes(Rel.universities, c);
  }

  @FieldResolver(() => [Enterprise])
  enterprises(@Root() c: GraphNode, @Ctx() ctx: HubContext) {
    return ctx.relations.nodes(Rel.enterprises, c);
  }

  @FieldResolver(() => [Platform])
  platforms(@Root() c: GraphNode, @Ctx() ctx: HubContext) {
    return ctx.relations.nodes(Rel.platforms, c);
  }
}

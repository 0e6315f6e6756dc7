/** Query root fields and relationship fields of University. */
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { HubContext } from "../../server/context.js";
import { City } from "../city/city.type.js";
import { JointLab } from "../joint-lab/joint-lab.type.js";
import { Platform } from "../platform/platform.type.js";
import { entityQueries } from "../shared/entity-queries.js";
import type { GraphNode } from "../shared/node.js";
import { NodeOrder } from "../shared/order.js";
import { defineRelations } from "../shared/relations.js";
import { DisciplineHolding } from "./discipline-holding.type.js";
import { UniversityConnection, UniversityFilter, universityList } from "./university.list.js";
import { University } from "./university.type.js";

const from = "University" as const;
const Rel = defineRelations({
  city: { name: "University.city", from, pattern: "(n)-[:LOCATED_IN*1..2]->(m:City)" },
  disciplines: {
    name: "University.disciplines",
    node: "discipline",
    from,
    pattern: "(n)-[r:HAS_DISCIPLINE]->(m:Discipline)",
    withRel: true,
    order: "m.code",
  },
  labsLed: { name: "University.labsLed", from, pattern: "(n)<-[:LED_BY]-(m:JointLab)" },
  hostedPlatforms: { name: "University.hostedPlatforms", from, pattern: "(n)<-[:HOSTED_BY]-(m:Platform)" },
});

export const UniversityQueries = entityQueries({
  nodeType: University,
  connectionType: UniversityConnection,
  filterType: UniversityFilter,
  orderType: NodeOrder,
  single: "university",
  plural: "universities",
  spec: universityList,
});

@Resolver(() => University)
export class UniversityResolver {
  @FieldResolver(() => City, { nullable: true })
  city(@Root() u: GraphNode, @Ctx() ctx: HubContext) {
    return ctx.relations.node(Rel.city, u);
  }

  @FieldResolver(() => [DisciplineHolding], { description: "R1: disciplines, first-class or not" })
  async disciplines(@Root() u: GraphNode, @Ctx() ctx: HubContext) {
    const items = await ctx.relations.load(Rel.disciplines, u);
    return items.map(({ node, rel }) => ({ ...rel, discipline: node, university: u }));
  }

  @FieldResolver(() => [JointLab], { description: "Labs this university leads, any status" })
  labsLed(@Root() u: GraphNode, @Ctx() ctx: HubContext) {
    return ctx.relations.nodes(Rel.labsLed, u);
  }

  @FieldResolver(() => [Platform], { description: "R3: platforms this university hosts" })
  hostedPlatforms(@Root() u: GraphNode, @Ctx() ctx: HubContext) {
    return ctx.relations.nodes(Rel.hostedPlatforms, u);
  }
}

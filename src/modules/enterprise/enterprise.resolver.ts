/** Query root fields and relationship fields of Enterprise. */
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { HubContext } from "../../server/context.js";
import { City } from "../city/city.type.js";
import { FieldNode } from "../field/field.type.js";
import { JointLab } from "../joint-lab/joint-lab.type.js";
import { Park } from "../park/park.type.js";
import { Participation } from "../research-direction/participation.type.js";
import { entityQueries } from "../shared/entity-queries.js";
import type { GraphNode } from "../shared/node.js";
import { NodeOrder } from "../shared/order.js";
import { defineRelations } from "../shared/relations.js";
import { EnterpriseConnection, EnterpriseFilter, enterpriseList } from "./enterprise.list.js";
import { Enterprise } from "./enterprise.type.js";

const from = "Enterprise" as const;
const Rel = defineRelations({
  city: { name: "Enterprise.city", from, pattern: "(n)-[:LOCATED_IN*1..2]->(m:City)" },
  park: { name: "Enterprise.park", from, pattern: "(n)-[:LOCATED_IN]->(m:Park)" },
  fields: { name: "Enterprise.fields", from, pattern: "(n)-[:OPERATES_IN]->(m:Field)", order: "m.code" },
  participations: {
    name: "Enterprise.participations",
    node: "direction",
    from,
    pattern: "(n)-[r:PARTICIPATES_IN]->(m:ResearchDirection)",
    withRel: true,
    order: "m.id",
  },
  coBuilds: { name: "Enterprise.coBuilds", from, pattern: "(n)-[:CO_BUILDS]->(m:JointLab)" },
  memberOf: { name: "Enterprise.memberOf", from, pattern: "(n)-[:MEMBER_OF]->(m:JointLab)" },
  incubatedBy: { name: "Enterprise.incubatedBy", from, pattern: "(n)<-[:INCUBATED]-(m:JointLab)" },
});

export const EnterpriseQueries = entityQueries({
  nodeType: Enterprise,
  connectionType: EnterpriseConnection,
  filterType: EnterpriseFilter,
  orderType: NodeOrder,
  single: "enterprise",
  plural: "enterprises",
  spec: enterpriseList,
});

@Resolver(() => Enterprise)
export class EnterpriseResolver {
  @FieldResolver(() => City, { nullable: true })
  city(@Root() e: GraphNode, @Ctx() ctx: HubContext) {
    return ctx.relations.node(Rel.city, e);
  }

  @FieldResolver(() => Park, { nullable: true })
  park(@Root() e: GraphNode, @Ctx() ctx: HubContext) {
    return ctx.relations.node(Rel.park, e);
  }

  @FieldResolver(() => [FieldNode], { description: "Fields the enterprise operates in" })
  fields(@Root() e: GraphNode, @Ctx() ctx: HubContext) {
    return ctx.relations.nodes(Rel.fields, e);
  }

  @FieldResolver(() => [Participation], { description: "R10: research directions it takes part in" })
  async participations(@Root() e: GraphNode, @Ctx() ctx: HubContext) {
    const items = await ctx.relations.load(Rel.participations, e);
    return items.map(({ node, rel }) => ({ ...rel, direction: node, enterprise: e }));
  }

  @FieldResolver(() => [JointLab], { description: "R13: labs it co-builds" })
  coBuilds(@Root() e: GraphNode, @Ctx() ctx: HubContext) {
    return ctx.relations.nodes(Rel.coBuilds, e);
  }

  @FieldResolver(() => [JointLab], { description: "Labs whose membership system it belongs to" })
  memberOf(@Root() e: GraphNode, @Ctx() ctx: HubContext) {
    return ctx.relations.nodes(Rel.memberOf, e);
  }

  @FieldResolver(() => [JointLab], { description: "The lab that incubated this spin-off" })
  incubatedBy(@Root() e: GraphNode, @Ctx() ctx: HubContext) {
    return ctx.relations.nodes(Rel.incubatedBy, e);
  }
}

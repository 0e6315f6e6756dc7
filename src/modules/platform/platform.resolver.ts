/** Query root fields and relationship fields of Platform. */
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { HubContext } from "../../server/context.js";
import { City } from "../city/city.type.js";
import { Discipline } from "../discipline/discipline.type.js";
import { FieldNode } from "../field/field.type.js";
import { Collaboration } from "../joint-lab/collaboration.type.js";
import { Park } from "../park/park.type.js";
import { Actor } from "../shared/actor.js";
import { entityQueries } from "../shared/entity-queries.js";
import type { GraphNode } from "../shared/node.js";
import { NodeOrder } from "../shared/order.js";
import { defineRelations } from "../shared/relations.js";
import { PlatformConnection, PlatformFilter, platformList } from "./platform.list.js";
import { Platform } from "./platform.type.js";

const from = "Platform" as const;
const Rel = defineRelations({
  city: { name: "Platform.city", from, pattern: "(n)-[:LOCATED_IN*1..2]->(m:City)" },
  park: { name: "Platform.park", from, pattern: "(n)-[:LOCATED_IN]->(m:Park)" },
  fields: { name: "Platform.fields", from, pattern: "(n)-[:FOCUSES_ON]->(m:Field)", order: "m.code" },
  disciplines: {
    name: "Platform.disciplines",
    from,
    pattern: "(n)-[:IN_DISCIPLINE]->(m:Discipline)",
    order: "m.code",
  },
  hosts: { name: "Platform.hosts", from, pattern: "(n)-[:HOSTED_BY]->(m)" },
  collaborations: {
    name: "Platform.collaborations",
    node: "partner",
    from,
    pattern: "(n)-[r:COLLABORATES_WITH]-(m)",
    withRel: true,
  },
});

export const PlatformQueries = entityQueries({
  nodeType: Platform,
  connectionType: PlatformConnection,
  filterType: PlatformFilter,
  orderType: NodeOrder,
  single: "platform",
  plural: "platforms",
  spec: platformList,
});

@Resolver(() => Platform)
export class PlatformResolver {
  @FieldResolver(() => City, { nullable: true })
  city(@Root() p: GraphNode, @Ctx() ctx: HubContext) {
    return ctx.relations.node(Rel.city, p);
  }

  @FieldResolver(() => Park, { nullable: true })
  park(@Root() p: GraphNode, @Ctx() ctx: HubContext) {
    return ctx.relations.node(Rel.park, p);
  }

  @FieldResolver(() => [FieldNode])
  fields(@Root() p: GraphNode, @Ctx() ctx: HubContext) {
    return ctx.relations.nodes(Rel.fields, p);
  }

  @FieldResolver(() => [Discipline])
  disciplines(@Root() p: GraphNode, @Ctx() ctx: HubContext) {
    return ctx.relations.nodes(Rel.disciplines, p);
  }

  @FieldResolver(() => [Actor], { description: "R3: host institutions (universities, enterprises)" })
  hosts(@Root() p: GraphNode, @Ctx() ctx: HubContext) {
    return ctx.relations.nodes(Rel.hosts, p);
  }

  @FieldResolver(() => [Collaboration], { description: "R17: existing collaborations" })
  async collaborations(@Root() p: GraphNode, @Ctx() ctx: HubContext) {
    const items = await ctx.relations.load(Rel.collaborations, p);
    return items.map(({ node, rel }) => ({ ...rel, partner: node }));
  }
}

/** Query root fields and relationship fields of Field. */
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { HubContext } from "../../server/context.js";
import { Discipline } from "../discipline/discipline.type.js";
import { Enterprise } from "../enterprise/enterprise.type.js";
import { JointLab } from "../joint-lab/joint-lab.type.js";
import { Platform } from "../platform/platform.type.js";
import { entityQueries } from "../shared/entity-queries.js";
import type { GraphNode } from "../shared/node.js";
import { NodeOrder } from "../shared/order.js";
import { defineRelations } from "../shared/relations.js";
import { FieldConnection, FieldFilter, fieldList } from "./field.list.js";
import { FieldNode } from "./field.type.js";

const from = "Field" as const;
const Rel = defineRelations({
  parent: { name: "Field.parent", from, pattern: "(n)-[:PART_OF]->(m:Field)" },
  subfields: { name: "Field.subfields", from, pattern: "(n)<-[:PART_OF]-(m:Field)", order: "m.code" },
  disciplines: {
    name: "Field.disciplines",
    from,
    pattern: "(n)<-[:SUPPORTS]-(m:Discipline)",
    order: "m.code",
  },
  labs: { name: "Field.labs", from, pattern: "(n)<-[:FOCUSES_ON]-(m:JointLab)" },
  platforms: { name: "Field.platforms", from, pattern: "(n)<-[:FOCUSES_ON]-(m:Platform)" },
  enterprises: { name: "Field.enterprises", from, pattern: "(n)<-[:OPERATES_IN]-(m:Enterprise)" },
});

export const FieldQueries = entityQueries({
  nodeType: FieldNode,
  connectionType: FieldConnection,
  filterType: FieldFilter,
  orderType: NodeOrder,
  single: "field",
  plural: "fields",
  spec: fieldList,
});

@Resolver(() => FieldNode)
export class FieldNodeResolver {
  @FieldResolver(() => FieldNode, {
    nullable: true,
    description: "The focus field an industry field belongs to",
  })
  parent(@Root() f: GraphNode, @Ctx() ctx: HubContext) {
    return ctx.relations.node(Rel.parent, f);
  }

  @FieldResolver(() => [FieldNode])
  subfields(@Root() f: GraphNode, @Ctx() ctx: HubContext) {
    return ctx.relations.nodes(Rel.subfields, f);
  }

  @FieldResolver(() => [Discipline], { description: "R2: disciplines supporting this field" })
  disciplines(@Root() f: GraphNode, @Ctx() ctx: HubContext) {
    return ctx.relations.nodes(Rel.disciplines, f);
  }

  @FieldResolver(() => [JointLab], { description: "Labs focusing on this field, any status" })
  labs(@Root() f: GraphNode, @Ctx() ctx: HubContext) {
    return ctx.relations.nodes(Rel.labs, f);
  }

  @FieldResolver(() => [Platform])
  platforms(@Root() f: GraphNode, @Ctx() ctx: HubContext) {
    return ctx.relations.nodes(Rel.platforms, f);
  }

  @FieldResolver(() => [Enterprise])
  enterprises(@Root() f: GraphNode, @Ctx() ctx: HubContext) {
    return ctx.relations.nodes(Rel.enterprises, f);
  }
}

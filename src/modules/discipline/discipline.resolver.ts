/** Query root fields and relationship fields of Discipline. */
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { HubContext } from "../../server/context.js";
import { FieldNode } from "../field/field.type.js";
import { JointLab } from "../joint-lab/joint-lab.type.js";
import { Person } from "../person/person.type.js";
import { ResearchDirection } from "../research-direction/research-direction.type.js";
import { entityQueries } from "../shared/entity-queries.js";
import type { GraphNode } from "../shared/node.js";
import { NodeOrder } from "../shared/order.js";
import { defineRelations } from "../shared/relations.js";
import { DisciplineHolding } from "../university/discipline-holding.type.js";
import { DisciplineConnection, DisciplineFilter, disciplineList } from "./discipline.list.js";
import { Discipline } from "./discipline.type.js";

const from = "Discipline" as const;
const Rel = defineRelations({
  parent: { name: "Discipline.parent", from, pattern: "(n)-[:PART_OF]->(m:Discipline)" },
  children: { name: "Discipline.children", from, pattern: "(n)<-[:PART_OF]-(m:Discipline)", order: "m.code" },
  supports: { name: "Discipline.supports", from, pattern: "(n)-[:SUPPORTS]->(m:Field)", order: "m.code" },
  holders: {
    name: "Discipline.holders",
    node: "university",
    from,
    pattern: "(n)<-[r:HAS_DISCIPLINE]-(m:University)",
    withRel: true,
  },
  labsLed: { name: "Discipline.labsLed", from, pattern: "(n)<-[:LEAD_DISCIPLINE]-(m:JointLab)" },
  directions: {
    name: "Discipline.directions",
    from,
    pattern: "(n)<-[:IN_DISCIPLINE]-(m:ResearchDirection)",
    order: "m.id",
  },
  experts: { name: "Discipline.experts", from, pattern: "(n)<-[:EXPERT_IN]-(m:Person)", order: "m.id" },
});

export const DisciplineQueries = entityQueries({
  nodeType: Discipline,
  connectionType: DisciplineConnection,
  filterType: DisciplineFilter,
  orderType: NodeOrder,
  single: "discipline",
  plural: "disciplines",
  spec: disciplineList,
});

@Resolver(() => Discipline)
export class DisciplineResolver {
  @FieldResolver(() => Discipline, { nullable: true, description: "The category or first level above" })
  parent(@Root() d: GraphNode, @Ctx() ctx: HubContext) {
    return ctx.relations.node(Rel.parent, d);
  }

  @FieldResolver(() => [Discipline])
  children(@Root() d: GraphNode, @Ctx() ctx: HubContext) {
    return ctx.relations.nodes(Rel.children, d);
  }

  @FieldResolver(() => [FieldNode], { description: "R2: the fields this discipline supports" })
  supports(@Root() d: GraphNode, @Ctx() ctx: HubContext) {
    return ctx.relations.nodes(Rel.supports, d);
  }

  @FieldResolver(() => [DisciplineHolding], { description: "R1: universities with this discipline" })
  async holders(@Root() d: GraphNode, @Ctx() ctx: HubContext) {
    const items = await ctx.relations.load(Rel.holders, d);
    return items.map(({ node, rel }) => ({ ...rel, university: node, discipline: d }));
  }

  @FieldResolver(() => [JointLab], { description: "R5: labs with this lead discipline" })
  labsLed(@Root() d: GraphNode, @Ctx() ctx: HubContext) {
    return ctx.relations.nodes(Rel.labsLed, d);
  }

  @FieldResolver(() => [ResearchDirection])
  directions(@Root() d: GraphNode, @Ctx() ctx: HubContext) {
    return ctx.relations.nodes(Rel.directions, d);
  }

  @FieldResolver(() => [Person])
  experts(@Root() d: GraphNode, @Ctx() ctx: HubContext) {
    return ctx.relations.nodes(Rel.experts, d);
  }
}

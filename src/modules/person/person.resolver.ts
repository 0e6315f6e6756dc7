/** Query root fields and relationship fields of Person. */
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { HubContext } from "../../server/context.js";
import { Discipline } from "../discipline/discipline.type.js";
import { Evaluation } from "../evaluation/evaluation.type.js";
import { entityQueries } from "../shared/entity-queries.js";
import type { GraphNode } from "../shared/node.js";
import { NodeOrder } from "../shared/order.js";
import { defineRelations } from "../shared/relations.js";
import { CommitteeSeat } from "./committee-seat.type.js";
import { PersonConnection, PersonFilter, personList } from "./person.list.js";
import { Person } from "./person.type.js";
import { Staffing } from "./staffing.type.js";

const from = "Person" as const;
const Rel = defineRelations({
  positions: {
    name: "Person.positions",
    node: "organization",
    from,
    pattern: "(n)-[r:WORKS_AT]->(m)",
    withRel: true,
  },
  expertise: { name: "Person.expertise", from, pattern: "(n)-[:EXPERT_IN]->(m:Discipline)", order: "m.code" },
  committees: {
    name: "Person.committees",
    node: "lab",
    from,
    pattern: "(n)-[r:ON_COMMITTEE]->(m:JointLab)",
    withRel: true,
  },
  reviewed: {
    name: "Person.reviewed",
    from,
    pattern: "(n)-[:REVIEWED]->(m:Evaluation)",
    order: "m.on, m.id",
  },
});

export const PersonQueries = entityQueries({
  nodeType: Person,
  connectionType: PersonConnection,
  filterType: PersonFilter,
  orderType: NodeOrder,
  single: "person",
  plural: "people",
  spec: personList,
});

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => [Staffing], {
    description: "Where the person works, in which role (flexible hires may have several)",
  })
  async positions(@Root() p: GraphNode, @Ctx() ctx: HubContext) {
    const items = await ctx.relations.load(Rel.positions, p);
    return items.map(({ node, rel }) => ({ ...rel, organization: node, person: p }));
  }

  @FieldResolver(() => [Discipline], { description: "R4: disciplines of expertise" })
  expertise(@Root() p: GraphNode, @Ctx() ctx: HubContext) {
    return ctx.relations.nodes(Rel.expertise, p);
  }

  @FieldResolver(() => [CommitteeSeat], { description: "R15: committee seats" })
  async committees(@Root() p: GraphNode, @Ctx() ctx: HubContext) {
    const items = await ctx.relations.load(Rel.committees, p);
    return items.map(({ node, rel }) => ({ ...rel, lab: node, person: p }));
  }

  @FieldResolver(() => [Evaluation], { description: "Evaluations the person reviewed as an expert" })
  reviewed(@Root() p: GraphNode, @Ctx() ctx: HubContext) {
    return ctx.relations.nodes(Rel.reviewed, p);
  }
}

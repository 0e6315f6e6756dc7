/** Query root fields and relationship fields of JointLab; thin: each field is one loader call. */
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { HubContext } from "../../server/context.js";
import { City } from "../city/city.type.js";
import { Discipline } from "../discipline/discipline.type.js";
import { Enterprise } from "../enterprise/enterprise.type.js";
import { Evaluation } from "../evaluation/evaluation.type.js";
import { FieldNode } from "../field/field.type.js";
import { Park } from "../park/park.type.js";
import { CommitteeSeat } from "../person/committee-seat.type.js";
import { Staffing } from "../person/staffing.type.js";
import { Project } from "../project/project.type.js";
import { ResearchDirection } from "../research-direction/research-direction.type.js";
import { entityQueries } from "../shared/entity-queries.js";
import type { GraphNode } from "../shared/node.js";
import { defineRelations } from "../shared/relations.js";
import { Standard } from "../standard/standard.type.js";
import { University } from "../university/university.type.js";
import { CoBuilding } from "./co-building.type.js";
import { Collaboration } from "./collaboration.type.js";
import { Funding } from "./funding.type.js";
import { JointLabConnection, JointLabFilter, JointLabOrder, jointLabList } from "./joint-lab.list.js";
import { JointLab } from "./joint-lab.type.js";
import { Membership } from "./membership.type.js";

const from = "JointLab" as const;

const LabRel = defineRelations({
  leadUniversity: { name: "JointLab.leadUniversity", from, pattern: "(n)-[:LED_BY]->(m:University)" },
  leadDiscipline: {
    name: "JointLab.leadDiscipline",
    from,
    pattern: "(n)-[:LEAD_DISCIPLINE]->(m:Discipline)",
  },
  directions: {
    name: "JointLab.directions",
    from,
    pattern: "(n)-[:HAS_DIRECTION]->(m:ResearchDirection)",
    order: "m.id",
  },
  focusFields: {
    name: "JointLab.focusFields",
    from,
    pattern: "(n)-[:FOCUSES_ON]->(m:Field)",
    order: "m.code",
  },
  park: { name: "JointLab.park", from, pattern: "(n)-[:LOCATED_IN]->(m:Park)" },
  city: { name: "JointLab.city", from, pattern: "(n)-[:LOCATED_IN*1..2]->(m:City)" },
  coBuilders: {
    name: "JointLab.coBuilders",
    node: "builder",
    from,
    pattern: "(n)<-[r:CO_BUILDS]-(m)",
    withRel: true,
  },
  members: {
    name: "JointLab.members",
    node: "member",
    from,
    pattern: "(n)<-[r:MEMBER_OF]-(m)",
    withRel: true,
  },
  funding: {
    name: "JointLab.funding",
    node: "government",
    from,
    pattern: "(n)<-[r:FUNDS]-(m:Government)",
    withRel: true,
    order: "r.year, r.kind",
  },
  spinOffs: { name: "JointLab.spinOffs", from, pattern: "(n)-[:INCUBATED]->(m:Enterprise)" },
  standards: { name: "JointLab.standards", from, pattern: "(n)-[:DEVELOPED]->(m:Standard)" },
  projects: { name: "JointLab.projects", from, pattern: "(n)-[:UNDERTAKES]->(m:Project)" },
  evaluations: {
    name: "JointLab.evaluations",
    from,
    pattern: "(n)-[:EVALUATED_IN]->(m:Evaluation)",
    order: "m.on, m.id",
  },
  staff: {
    name: "JointLab.staff",
    node: "person",
    from,
    pattern: "(n)<-[r:WORKS_AT]-(m:Person)",
    withRel: true,
    order: "r.role, m.id",
  },
  committee: {
    name: "JointLab.committee",
    node: "person",
    from,
    pattern: "(n)<-[r:ON_COMMITTEE]-(m:Person)",
    withRel: true,
    order: "r.role, m.id",
  },
  collaborations: {
    name: "JointLab.collaborations",
    node: "partner",
    from,
    pattern: "(n)-[r:COLLABORATES_WITH]-(m)",
    withRel: true,
  },
});

export const JointLabQueries = entityQueries({
  nodeType: JointLab,
  connectionType: JointLabConnection,
  filterType: JointLabFilter,
  orderType: JointLabOrder,
  single: "jointLab",
  plural: "jointLabs",
  spec: jointLabList,
});

type Lab = GraphNode;

@Resolver(() => JointLab)
export class JointLabResolver {
  @FieldResolver(() => University, { nullable: true, description: "R1" })
  leadUniversity(@Root() lab: Lab, @Ctx() ctx: HubContext) {
    return ctx.relations.node(LabRel.leadUniversity, lab);
  }

  @FieldResolver(() => Discipline, { nullable: true, description: "R1, R5: first-level lead discipline" })
  leadDiscipline(@Root() lab: Lab, @Ctx() ctx: HubContext) {
    return ctx.relations.node(LabRel.leadDiscipline, lab);
  }

  @FieldResolver(() => [ResearchDirection], { description: "R7: 3–5 research directions" })
  directions(@Root() lab: Lab, @Ctx() ctx: HubContext) {
    return ctx.relations.nodes(LabRel.directions, lab);
  }

  @FieldResolver(() => [FieldNode], { description: "R6: the fields the lab serves" })
  focusFields(@Root() lab: Lab, @Ctx() ctx: HubContext) {
    return ctx.relations.nodes(LabRel.focusFields, lab);
  }

  @FieldResolver(() => Park, { nullable: true, description: "R13: the park the lab is located in" })
  park(@Root() lab: Lab, @Ctx() ctx: HubContext) {
    return ctx.relations.node(LabRel.park, lab);
  }

  @FieldResolver(() => City, { nullable: true, description: "The city, directly or through the park" })
  city(@Root() lab: Lab, @Ctx() ctx: HubContext) {
    return ctx.relations.node(LabRel.city, lab);
  }

  @FieldResolver(() => [CoBuilding], {
    description: "R13: co-building enterprises, governments, universities",
  })
  async coBuilders(@Root() lab: Lab, @Ctx() ctx: HubContext) {
    const items = await ctx.relations.load(LabRel.coBuilders, lab);
    return items.map(({ node, rel }) => ({ ...rel, builder: node, lab }));
  }

  @FieldResolver(() => [Membership], { description: "The membership system: enterprises and investors" })
  async members(@Root() lab: Lab, @Ctx() ctx: HubContext) {
    const items = await ctx.relations.load(LabRel.members, lab);
    return items.map(({ node, rel }) => ({ ...rel, member: node, lab }));
  }

  @FieldResolver(() => [Funding], { description: "R14: government funds" })
  async funding(@Root() lab: Lab, @Ctx() ctx: HubContext) {
    const items = await ctx.relations.load(LabRel.funding, lab);
    return items.map(({ node, rel }) => ({ ...rel, government: node, lab }));
  }

  @FieldResolver(() => [Enterprise], { description: "Spin-offs the lab incubated" })
  spinOffs(@Root() lab: Lab, @Ctx() ctx: HubContext) {
    return ctx.relations.nodes(LabRel.spinOffs, lab);
  }

  @FieldResolver(() => [Standard])
  standards(@Root() lab: Lab, @Ctx() ctx: HubContext) {
    return ctx.relations.nodes(LabRel.standards, lab);
  }

  @FieldResolver(() => [Project])
  projects(@Root() lab: Lab, @Ctx() ctx: HubContext) {
    return ctx.relations.nodes(LabRel.projects, lab);
  }

  @FieldResolver(() => [Evaluation], { description: "R16: plan reviews and performance evaluations" })
  evaluations(@Root() lab: Lab, @Ctx() ctx: HubContext) {
    return ctx.relations.nodes(LabRel.evaluations, lab);
  }

  @FieldResolver(() => [Staffing], {
    description: "R4, R11, R15: people working at the lab, with their roles",
  })
  async staff(@Root() lab: Lab, @Ctx() ctx: HubContext) {
    const items = await ctx.relations.load(LabRel.staff, lab);
    return items.map(({ node, rel }) => ({ ...rel, person: node, organization: lab }));
  }

  @FieldResolver(() => [CommitteeSeat], { description: "R15: technical and management committees" })
  async committee(@Root() lab: Lab, @Ctx() ctx: HubContext) {
    const items = await ctx.relations.load(LabRel.committee, lab);
    return items.map(({ node, rel }) => ({ ...rel, person: node, lab }));
  }

  @FieldResolver(() => [Collaboration], { description: "R17: existing collaborations, either direction" })
  async collaborations(@Root() lab: Lab, @Ctx() ctx: HubContext) {
    const items = await ctx.relations.load(LabRel.collaborations, lab);
    return items.map(({ node, rel }) => ({ ...rel, partner: node }));
  }
}

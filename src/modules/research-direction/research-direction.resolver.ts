/** Query root fields and relationship fields of ResearchDirection. */
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { HubContext } from "../../server/context.js";
import { Discipline } from "../discipline/discipline.type.js";
import { Enterprise } from "../enterprise/enterprise.type.js";
import { JointLab } from "../joint-lab/joint-lab.type.js";
import { entityQueries } from "../shared/entity-queries.js";
import type { GraphNode } from "../shared/node.js";
import { NodeOrder } from "../shared/order.js";
import { defineRelations } from "../shared/relations.js";
import { Participation } from "./participation.type.js";
import {
  ResearchDirectionConnection,
  ResearchDirectionFilter,
  researchDirectionList,
} from "./research-direction.list.js";
import { ResearchDirection } from "./research-direction.type.js";

const from = "ResearchDirection" as const;
const Rel = defineRelations({
  lab: { name: "ResearchDirection.lab", from, pattern: "(n)<-[:HAS_DIRECTION]-(m:JointLab)" },
  disciplines: {
    name: "ResearchDirection.disciplines",
    from,
    pattern: "(n)-[:IN_DISCIPLINE]->(m:Discipline)",
    order: "m.code",
  },
  participations: {
    name: "ResearchDirection.participations",
    node: "enterprise",
    from,
    pattern: "(n)<-[r:PARTICIPATES_IN]-(m:Enterprise)",
    withRel: true,
    order: "r.role, m.name",
  },
  leadingEnterprises: {
    name: "ResearchDirection.leadingEnterprises",
    from,
    pattern: "(n)<-[:PARTICIPATES_IN]-(m:Enterprise {leading: true})",
  },
});

export const ResearchDirectionQueries = entityQueries({
  nodeType: ResearchDirection,
  connectionType: ResearchDirectionConnection,
  filterType: ResearchDirectionFilter,
  orderType: NodeOrder,
  single: "researchDirection",
  plural: "researchDirections",
  spec: researchDirectionList,
});

@Resolver(() => ResearchDirection)
export class ResearchDirectionResolver {
  @FieldResolver(() => JointLab, { nullable: true })
  lab(@Root() direction: GraphNode, @Ctx() ctx: HubContext) {
    return ctx.relations.node(Rel.lab, direction);
  }

  @FieldResolver(() => [Discipline])
  disciplines(@Root() direction: GraphNode, @Ctx() ctx: HubContext) {
    return ctx.relations.nodes(Rel.disciplines, direction);
  }

  @FieldResolver(() => [Participation], {
    description: "Enterprises taking part, leading (LEAD) and members",
  })
  async participations(@Root() direction: GraphNode, @Ctx() ctx: HubContext) {
    const items = await ctx.relations.load(Rel.participations, direction);
    return items.map(({ node, rel }) => ({ ...rel, enterprise: node, direction }));
  }

  @FieldResolver(() => [Enterprise], {
    description:
      "R10: the industry-leading enterprises (leading: true) taking part in the direction, in any role (see participations for roles)",
  })
  leadingEnterprises(@Root() direction: GraphNode, @Ctx() ctx: HubContext) {
    return ctx.relations.nodes(Rel.leadingEnterprises, direction);
  }
}

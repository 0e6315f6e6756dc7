/** Query root fields and relationship fields of Evaluation. */
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { HubContext } from "../../server/context.js";
import { JointLab } from "../joint-lab/joint-lab.type.js";
import { Person } from "../person/person.type.js";
import { entityQueries } from "../shared/entity-queries.js";
import type { GraphNode } from "../shared/node.js";
import { NodeOrder } from "../shared/order.js";
import { defineRelations } from "../shared/relations.js";
import { EvaluationConnection, EvaluationFilter, evaluationList } from "./evaluation.list.js";
import { Evaluation } from "./evaluation.type.js";

const from = "Evaluation" as const;
const Rel = defineRelations({
  lab: { name: "Evaluation.lab", from, pattern: "(n)<-[:EVALUATED_IN]-(m:JointLab)" },
  reviewers: { name: "Evaluation.reviewers", from, pattern: "(n)<-[:REVIEWED]-(m:Person)", order: "m.id" },
});

export const EvaluationQueries = entityQueries({
  nodeType: Evaluation,
  connectionType: EvaluationConnection,
  filterType: EvaluationFilter,
  orderType: NodeOrder,
  single: "evaluation",
  plural: "evaluations",
  spec: evaluationList,
});

@Resolver(() => Evaluation)
export class EvaluationResolver {
  @FieldResolver(() => JointLab, { nullable: true })
  lab(@Root() e: GraphNode, @Ctx() ctx: HubContext) {
    return ctx.relations.node(Rel.lab, e);
  }

  @FieldResolver(() => [Person], { description: "Procedure 2, R16: the experts who reviewed" })
  reviewers(@Root() e: GraphNode, @Ctx() ctx: HubContext) {
    return ctx.relations.nodes(Rel.reviewers, e);
  }
}

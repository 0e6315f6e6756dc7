/** Filters of the `evaluations` connection. */
import { Field, InputType, ObjectType } from "type-graphql";
import { EvaluationKind, EvaluationOutcome } from "../../domain/enums.js";
import { Connection } from "../shared/connection.js";
import type { ListSpec } from "../shared/list-query.js";
import { Evaluation } from "./evaluation.type.js";

@InputType()
export class EvaluationFilter {
  @Field(() => EvaluationKind, { nullable: true })
  kind?: EvaluationKind | null;

  @Field(() => EvaluationOutcome, { nullable: true })
  outcome?: EvaluationOutcome | null;
}

@ObjectType("EvaluationConnection")
export class EvaluationConnection extends Connection(Evaluation, "Evaluation") {}

export const evaluationList: ListSpec<EvaluationFilter> = {
  label: "Evaluation",
  filters: { kind: "n.kind = $kind", outcome: "n.outcome = $outcome" },
  // Evaluations have no name: NAME sorts by date.
  sorts: { NAME: "toString(n.on)", KEY: "n.id" },
};

import { Field, Float, ID, ObjectType } from "type-graphql";
import { EvaluationKind, EvaluationOutcome } from "../../domain/enums.js";
import { Provenance } from "../shared/provenance.js";
import { LocalDate } from "../shared/scalars.js";

@ObjectType({ description: "A plan review or a performance evaluation (R16)" })
export class Evaluation extends Provenance {
  @Field(() => ID)
  id!: string;

  @Field(() => EvaluationKind)
  kind!: EvaluationKind;

  @Field(() => LocalDate, { nullable: true })
  on?: string | null;

  @Field(() => Float, { nullable: true })
  score?: number | null;

  @Field(() => EvaluationOutcome, { nullable: true })
  outcome?: EvaluationOutcome | null;
}

/**
 * Inputs and payload of the Evaluation mutations (create, update, delete). An evaluation is recorded by
 * recordEvaluation; of a patch only the score is written: kind, date and outcome decide the life-cycle
 * guards (the latest plan review by date), so they are refused (USE_LIFE_CYCLE, policy-paths.ts).
 */
import { Field, Float, ID, InputType, ObjectType } from "type-graphql";
import { IsEnum, IsNumber, IsOptional, Matches, Max, Min, ValidateIf } from "class-validator";
import { EvaluationKind, EvaluationOutcome } from "../../domain/enums.js";
import { LocalDate } from "../shared/scalars.js";
import { KEY_PATTERN } from "../shared/keys.js";
import { Payload } from "../shared/payload.js";
import { Evaluation } from "./evaluation.type.js";

const RECORDED =
  "Refused (USE_LIFE_CYCLE): what the life-cycle guards read of an evaluation is not patched; record a newer evaluation with recordEvaluation (the latest counts).";

@InputType({ description: "Changes to a Evaluation: omitted fields stay, null removes an optional property" })
export class EvaluationPatch {
  @Field(() => EvaluationKind, { nullable: true, deprecationReason: RECORDED })
  @ValidateIf((o: EvaluationPatch) => o.kind !== undefined)
  @IsEnum(EvaluationKind)
  kind?: EvaluationKind | null;

  @Field(() => LocalDate, { nullable: true, deprecationReason: RECORDED })
  @ValidateIf((o: EvaluationPatch) => o.on !== undefined)
  on?: string | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100)
  score?: number | null;

  @Field(() => EvaluationOutcome, { nullable: true, deprecationReason: RECORDED })
  @IsOptional()
  @IsEnum(EvaluationOutcome)
  outcome?: EvaluationOutcome | null;
}

@InputType({ description: "A new Evaluation" })
export class EvaluationInput extends EvaluationPatch {
  @Field(() => ID, { description: "The stable key" })
  @Matches(KEY_PATTERN)
  id!: string;

  @Field(() => EvaluationKind)
  @IsEnum(EvaluationKind)
  override kind!: EvaluationKind;

  @Field(() => LocalDate)
  override on!: string;

  @Field(() => EvaluationOutcome, { nullable: true })
  @IsOptional()
  @IsEnum(EvaluationOutcome)
  override outcome?: EvaluationOutcome | null;
}

@ObjectType("EvaluationPayload")
export class EvaluationPayload extends Payload(Evaluation, "Evaluation", "evaluation") {}

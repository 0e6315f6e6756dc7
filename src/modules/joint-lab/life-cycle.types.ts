/** Inputs and payloads of the life-cycle mutations. */
import { Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import {
  ArrayMaxSize,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  Length,
  Matches,
  Max,
  Min,
} from "class-validator";
import { EvaluationKind, EvaluationOutcome, LegalForm } from "../../domain/enums.js";
import { LabCompliance } from "../analytics/compliance.type.js";
import { DuplicateGroup } from "../analytics/duplicate.type.js";
import { CODE_PATTERNS, KEY_PATTERN } from "../shared/keys.js";
import { UserErrorType } from "../shared/payload.js";
import { LocalDate, SafeInt } from "../shared/scalars.js";
import { JointLab } from "./joint-lab.type.js";

@InputType({ description: "An application for a joint lab (procedure 1)" })
export class ApplicationInput {
  @Field(() => ID)
  @Matches(KEY_PATTERN)
  id!: string;

  @Field(() => String)
  @Length(1, 200)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 300)
  nameEn?: string | null;

  @Field(() => ID, { description: "R1: the lead university" })
  @Matches(KEY_PATTERN)
  leadUniversityId!: string;

  @Field(() => String, { description: "R1, R5: the first-level lead discipline (catalogue code)" })
  @Matches(CODE_PATTERNS.Discipline)
  leadDisciplineCode!: string;

  @Field(() => [String], { nullable: true, description: "R6: focus fields (codes)" })
  @IsOptional()
  @ArrayMaxSize(10)
  @Matches(CODE_PATTERNS.Field, { each: true })
  focusFieldCodes?: string[] | null;

  @Field(() => ID, { nullable: true, description: "R13: a park or a city" })
  @IsOptional()
  @Matches(KEY_PATTERN)
  locationId?: string | null;

  @Field(() => LegalForm, { nullable: true, description: "R12" })
  @IsOptional()
  @IsEnum(LegalForm)
  legalForm?: LegalForm | null;

  @Field(() => Boolean, { nullable: true, description: "R12" })
  onCampus?: boolean | null;

  @Field(() => SafeInt, { nullable: true, description: "R8" })
  @IsOptional()
  @IsInt()
  @Min(0)
  investmentCny?: number | null;

  @Field(() => Int, { nullable: true, description: "R9" })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(20)
  constructionYears?: number | null;

  @Field(() => Int, { nullable: true, description: "R11" })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  staffPlanned?: number | null;

  @Field(() => LocalDate, { nullable: true, description: "Default: today" })
  appliedOn?: string | null;
}

@InputType({
  description:
    "A plan review (while UNDER_REVIEW) or a performance evaluation (while CONSTRUCTING or OPERATING, R16)",
})
export class EvaluationRecordInput {
  @Field(() => ID)
  @Matches(KEY_PATTERN)
  id!: string;

  @Field(() => EvaluationKind)
  @IsEnum(EvaluationKind)
  kind!: EvaluationKind;

  @Field(() => LocalDate)
  on!: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100)
  score?: number | null;

  @Field(() => EvaluationOutcome, {
    description: "PLAN_REVIEW: PASS, REVISE, FAIL; PERFORMANCE: RETAIN, EXIT",
  })
  @IsEnum(EvaluationOutcome)
  outcome!: EvaluationOutcome;

  @Field(() => [ID], { nullable: true, description: "The experts (Person ids)" })
  @IsOptional()
  @ArrayMaxSize(50)
  @Matches(KEY_PATTERN, { each: true })
  reviewerIds?: string[] | null;
}

@ObjectType({ description: "An application as submitted, with what the checks found (R1–R15, R5)" })
export class ApplicationPayload {
  @Field(() => JointLab, { nullable: true })
  jointLab!: JointLab | null;

  @Field(() => LabCompliance, { nullable: true })
  compliance!: LabCompliance | null;

  @Field(() => [DuplicateGroup], {
    description: "Duplicate layouts the application would make (duplicatesFor)",
  })
  duplicates!: DuplicateGroup[];

  @Field(() => [UserErrorType])
  userErrors!: UserErrorType[];
}

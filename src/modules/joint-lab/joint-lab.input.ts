/** Inputs and payload of the JointLab mutations (create, update, delete). */
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { IsBoolean, IsEnum, IsInt, IsOptional, Length, Matches, Max, Min } from "class-validator";
import { LegalForm } from "../../domain/enums.js";
import { LocalDate, SafeInt } from "../shared/scalars.js";
import { KEY_PATTERN } from "../shared/keys.js";
import { NamedPatch } from "../shared/named-patch.js";
import { Payload } from "../shared/payload.js";
import { JointLab } from "./joint-lab.type.js";

@InputType({ description: "Changes to a JointLab: omitted fields stay, null removes an optional property" })
export class JointLabPatch extends NamedPatch {
  @Field(() => LegalForm, { nullable: true, description: "R12" })
  @IsOptional()
  @IsEnum(LegalForm)
  legalForm?: LegalForm | null;

  @Field(() => Boolean, { nullable: true, description: "R12" })
  @IsOptional()
  @IsBoolean()
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

  @Field(() => Int, { nullable: true, description: "R11" })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  staffActual?: number | null;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  appliedOn?: string | null;
}

@InputType({ description: "A new JointLab" })
export class JointLabInput extends JointLabPatch {
  @Field(() => ID, { description: "The stable key" })
  @Matches(KEY_PATTERN)
  id!: string;

  @Field(() => String)
  @Length(1, 200)
  override name!: string;
}

@ObjectType("JointLabPayload")
export class JointLabPayload extends Payload(JointLab, "JointLab", "jointLab") {}

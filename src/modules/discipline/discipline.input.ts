/** Inputs and payload of the Discipline mutations (create, update, delete). */
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { IsEnum, Length, Matches, ValidateIf } from "class-validator";
import { DisciplineLevel } from "../../domain/enums.js";
import { CODE_PATTERNS } from "../shared/keys.js";
import { NamedPatch } from "../shared/named-patch.js";
import { Payload } from "../shared/payload.js";
import { Discipline } from "./discipline.type.js";

@InputType({ description: "Changes to a Discipline: omitted fields stay, null removes an optional property" })
export class DisciplinePatch extends NamedPatch {
  @Field(() => DisciplineLevel, { nullable: true })
  @ValidateIf((o: DisciplinePatch) => o.level !== undefined)
  @IsEnum(DisciplineLevel)
  level?: DisciplineLevel | null;
}

@InputType({ description: "A new Discipline" })
export class DisciplineInput extends DisciplinePatch {
  @Field(() => ID, { description: "The catalogue code" })
  @Matches(CODE_PATTERNS.Discipline)
  code!: string;

  @Field(() => String)
  @Length(1, 200)
  override name!: string;

  @Field(() => DisciplineLevel)
  @IsEnum(DisciplineLevel)
  override level!: DisciplineLevel;
}

@ObjectType("DisciplinePayload")
export class DisciplinePayload extends Payload(Discipline, "Discipline", "discipline") {}

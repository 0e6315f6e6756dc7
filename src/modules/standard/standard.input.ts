/** Inputs and payload of the Standard mutations (create, update, delete). */
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { IsEnum, IsOptional, Length, Matches, ValidateIf } from "class-validator";
import { StandardLevel } from "../../domain/enums.js";
import { KEY_PATTERN } from "../shared/keys.js";
import { Payload } from "../shared/payload.js";
import { Standard } from "./standard.type.js";

@InputType({ description: "Changes to a Standard: omitted fields stay, null removes an optional property" })
export class StandardPatch {
  @Field(() => String, { nullable: true })
  @ValidateIf((o: StandardPatch) => o.name !== undefined)
  @Length(1, 200)
  name?: string | null;

  @Field(() => StandardLevel, { nullable: true })
  @IsOptional()
  @IsEnum(StandardLevel)
  level?: StandardLevel | null;
}

@InputType({ description: "A new Standard" })
export class StandardInput extends StandardPatch {
  @Field(() => ID, { description: "The stable key" })
  @Matches(KEY_PATTERN)
  id!: string;

  @Field(() => String)
  @Length(1, 200)
  override name!: string;
}

@ObjectType("StandardPayload")
export class StandardPayload extends Payload(Standard, "Standard", "standard") {}

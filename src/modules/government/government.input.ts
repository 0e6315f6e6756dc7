/** Inputs and payload of the Government mutations (create, update, delete). */
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { IsEnum, IsOptional, Length, Matches } from "class-validator";
import { GovernmentLevel } from "../../domain/enums.js";
import { KEY_PATTERN } from "../shared/keys.js";
import { NamedPatch } from "../shared/named-patch.js";
import { Payload } from "../shared/payload.js";
import { Government } from "./government.type.js";

@InputType({ description: "Changes to a Government: omitted fields stay, null removes an optional property" })
export class GovernmentPatch extends NamedPatch {
  @Field(() => GovernmentLevel, { nullable: true })
  @IsOptional()
  @IsEnum(GovernmentLevel)
  level?: GovernmentLevel | null;
}

@InputType({ description: "A new Government" })
export class GovernmentInput extends GovernmentPatch {
  @Field(() => ID, { description: "The stable key" })
  @Matches(KEY_PATTERN)
  id!: string;

  @Field(() => String)
  @Length(1, 200)
  override name!: string;
}

@ObjectType("GovernmentPayload")
export class GovernmentPayload extends Payload(Government, "Government", "government") {}

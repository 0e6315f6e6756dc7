/** Inputs and payload of the University mutations (create, update, delete). */
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { IsBoolean, IsOptional, Length, Matches } from "class-validator";
import { KEY_PATTERN } from "../shared/keys.js";
import { NamedPatch } from "../shared/named-patch.js";
import { Payload } from "../shared/payload.js";
import { University } from "./university.type.js";

@InputType({ description: "Changes to a University: omitted fields stay, null removes an optional property" })
export class UniversityPatch extends NamedPatch {
  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  doubleFirstClass?: boolean | null;
}

@InputType({ description: "A new University" })
export class UniversityInput extends UniversityPatch {
  @Field(() => ID, { description: "The stable key" })
  @Matches(KEY_PATTERN)
  id!: string;

  @Field(() => String)
  @Length(1, 200)
  override name!: string;
}

@ObjectType("UniversityPayload")
export class UniversityPayload extends Payload(University, "University", "university") {}

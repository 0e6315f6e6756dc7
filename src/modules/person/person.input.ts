/** Inputs and payload of the Person mutations (create, update, delete). */
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { IsOptional, Length, Matches } from "class-validator";
import { KEY_PATTERN } from "../shared/keys.js";
import { NamedPatch } from "../shared/named-patch.js";
import { Payload } from "../shared/payload.js";
import { Person } from "./person.type.js";

@InputType({ description: "Changes to a Person: omitted fields stay, null removes an optional property" })
export class PersonPatch extends NamedPatch {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 100)
  title?: string | null;
}

@InputType({ description: "A new Person" })
export class PersonInput extends PersonPatch {
  @Field(() => ID, { description: "The stable key" })
  @Matches(KEY_PATTERN)
  id!: string;

  @Field(() => String)
  @Length(1, 200)
  override name!: string;
}

@ObjectType("PersonPayload")
export class PersonPayload extends Payload(Person, "Person", "person") {}

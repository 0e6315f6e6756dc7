/** Inputs and payload of the City mutations (create, update, delete). */
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { Length, Matches } from "class-validator";
import { KEY_PATTERN } from "../shared/keys.js";
import { NamedPatch } from "../shared/named-patch.js";
import { Payload } from "../shared/payload.js";
import { City } from "./city.type.js";

@InputType({ description: "Changes to a City: omitted fields stay, null removes an optional property" })
export class CityPatch extends NamedPatch {}

@InputType({ description: "A new City" })
export class CityInput extends CityPatch {
  @Field(() => ID, { description: "The stable key" })
  @Matches(KEY_PATTERN)
  id!: string;

  @Field(() => String)
  @Length(1, 200)
  override name!: string;
}

@ObjectType("CityPayload")
export class CityPayload extends Payload(City, "City", "city") {}

/** Inputs and payload of the Park mutations (create, update, delete). */
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { IsEnum, IsOptional, Length, Matches } from "class-validator";
import { PlaceLevel } from "../../domain/enums.js";
import { KEY_PATTERN } from "../shared/keys.js";
import { NamedPatch } from "../shared/named-patch.js";
import { Payload } from "../shared/payload.js";
import { Park } from "./park.type.js";

@InputType({ description: "Changes to a Park: omitted fields stay, null removes an optional property" })
export class ParkPatch extends NamedPatch {
  @Field(() => PlaceLevel, { nullable: true })
  @IsOptional()
  @IsEnum(PlaceLevel)
  level?: PlaceLevel | null;
}

@InputType({ description: "A new Park" })
export class ParkInput extends ParkPatch {
  @Field(() => ID, { description: "The stable key" })
  @Matches(KEY_PATTERN)
  id!: string;

  @Field(() => String)
  @Length(1, 200)
  override name!: string;
}

@ObjectType("ParkPayload")
export class ParkPayload extends Payload(Park, "Park", "park") {}

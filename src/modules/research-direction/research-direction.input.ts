/** Inputs and payload of the ResearchDirection mutations (create, update, delete). */
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { Length, Matches } from "class-validator";
import { KEY_PATTERN } from "../shared/keys.js";
import { NamedPatch } from "../shared/named-patch.js";
import { Payload } from "../shared/payload.js";
import { ResearchDirection } from "./research-direction.type.js";

@InputType({
  description: "Changes to a ResearchDirection: omitted fields stay, null removes an optional property",
})
export class ResearchDirectionPatch extends NamedPatch {}

@InputType({ description: "A new ResearchDirection" })
export class ResearchDirectionInput extends ResearchDirectionPatch {
  @Field(() => ID, { description: "The stable key" })
  @Matches(KEY_PATTERN)
  id!: string;

  @Field(() => String)
  @Length(1, 200)
  override name!: string;
}

@ObjectType("ResearchDirectionPayload")
export class ResearchDirectionPayload extends Payload(
  ResearchDirection,
  "ResearchDirection",
  "researchDirection",
) {}

/** Inputs and payload of the ResearchDirection mutations (create, update, delete). */
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { IsOptional, Length, Matches, ValidateIf } from "class-validator";
import { KEY_PATTERN } from "../shared/keys.js";
import { Payload } from "../shared/payload.js";
import { ResearchDirection } from "./research-direction.type.js";

@InputType({ description: "Changes to a ResearchDirection: omitted fields stay, null removes an optional property" })
export class ResearchDirectionPatch {
  @Field(() => String, { nullable: true })
  @ValidateIf((o: ResearchDirectionPatch) => o.name !== undefined)
  @Length(1, 200)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 300)
  nameEn?: string | null;
}

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
export class ResearchDirectionPayload extends Payload(ResearchDirection, "ResearchDirection", "researchDirection") {}

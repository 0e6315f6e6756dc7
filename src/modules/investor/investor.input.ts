/** Inputs and payload of the Investor mutations (create, update, delete). */
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { IsEnum, IsOptional, Length, Matches, ValidateIf } from "class-validator";
import { InvestorKind } from "../../domain/enums.js";
import { KEY_PATTERN } from "../shared/keys.js";
import { Payload } from "../shared/payload.js";
import { Investor } from "./investor.type.js";

@InputType({ description: "Changes to a Investor: omitted fields stay, null removes an optional property" })
export class InvestorPatch {
  @Field(() => String, { nullable: true })
  @ValidateIf((o: InvestorPatch) => o.name !== undefined)
  @Length(1, 200)
  name?: string | null;

  @Field(() => InvestorKind, { nullable: true })
  @IsOptional()
  @IsEnum(InvestorKind)
  kind?: InvestorKind | null;
}

@InputType({ description: "A new Investor" })
export class InvestorInput extends InvestorPatch {
  @Field(() => ID, { description: "The stable key" })
  @Matches(KEY_PATTERN)
  id!: string;

  @Field(() => String)
  @Length(1, 200)
  override name!: string;
}

@ObjectType("InvestorPayload")
export class InvestorPayload extends Payload(Investor, "Investor", "investor") {}

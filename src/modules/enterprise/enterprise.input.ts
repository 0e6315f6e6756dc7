/** Inputs and payload of the Enterprise mutations (create, update, delete). */
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { IsBoolean, IsOptional, Length, Matches } from "class-validator";
import { KEY_PATTERN } from "../shared/keys.js";
import { NamedPatch } from "../shared/named-patch.js";
import { Payload } from "../shared/payload.js";
import { Enterprise } from "./enterprise.type.js";

@InputType({ description: "Changes to a Enterprise: omitted fields stay, null removes an optional property" })
export class EnterprisePatch extends NamedPatch {
  @Field(() => Boolean, { nullable: true, description: "R10: industry-leading" })
  @IsOptional()
  @IsBoolean()
  leading?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  inJiangsu?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  spinOff?: boolean | null;
}

@InputType({ description: "A new Enterprise" })
export class EnterpriseInput extends EnterprisePatch {
  @Field(() => ID, { description: "The stable key" })
  @Matches(KEY_PATTERN)
  id!: string;

  @Field(() => String)
  @Length(1, 200)
  override name!: string;
}

@ObjectType("EnterprisePayload")
export class EnterprisePayload extends Payload(Enterprise, "Enterprise", "enterprise") {}

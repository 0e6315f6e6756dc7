/** Inputs and payload of the Platform mutations (create, update, delete). */
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { IsEnum, IsOptional, Length, Matches, ValidateIf } from "class-validator";
import { PlaceLevel, PlatformKind } from "../../domain/enums.js";
import { KEY_PATTERN } from "../shared/keys.js";
import { NamedPatch } from "../shared/named-patch.js";
import { Payload } from "../shared/payload.js";
import { Platform } from "./platform.type.js";

@InputType({ description: "Changes to a Platform: omitted fields stay, null removes an optional property" })
export class PlatformPatch extends NamedPatch {
  @Field(() => PlatformKind, { nullable: true })
  @ValidateIf((o: PlatformPatch) => o.kind !== undefined)
  @IsEnum(PlatformKind)
  kind?: PlatformKind | null;

  @Field(() => PlaceLevel, { nullable: true })
  @IsOptional()
  @IsEnum(PlaceLevel)
  level?: PlaceLevel | null;
}

@InputType({ description: "A new Platform" })
export class PlatformInput extends PlatformPatch {
  @Field(() => ID, { description: "The stable key" })
  @Matches(KEY_PATTERN)
  id!: string;

  @Field(() => String)
  @Length(1, 200)
  override name!: string;

  @Field(() => PlatformKind)
  @IsEnum(PlatformKind)
  override kind!: PlatformKind;
}

@ObjectType("PlatformPayload")
export class PlatformPayload extends Payload(Platform, "Platform", "platform") {}

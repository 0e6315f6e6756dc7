/** Inputs and payload of the Field mutations (create, update, delete). */
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { IsEnum, Length, Matches, ValidateIf } from "class-validator";
import { FieldKind } from "../../domain/enums.js";
import { CODE_PATTERNS } from "../shared/keys.js";
import { NamedPatch } from "../shared/named-patch.js";
import { Payload } from "../shared/payload.js";
import { FieldNode } from "./field.type.js";

@InputType({ description: "Changes to a Field: omitted fields stay, null removes an optional property" })
export class FieldPatch extends NamedPatch {
  @Field(() => FieldKind, { nullable: true })
  @ValidateIf((o: FieldPatch) => o.kind !== undefined)
  @IsEnum(FieldKind)
  kind?: FieldKind | null;
}

@InputType({ description: "A new Field" })
export class FieldInput extends FieldPatch {
  @Field(() => ID, { description: "The code" })
  @Matches(CODE_PATTERNS.Field)
  code!: string;

  @Field(() => String)
  @Length(1, 200)
  override name!: string;

  @Field(() => FieldKind)
  @IsEnum(FieldKind)
  override kind!: FieldKind;
}

@ObjectType("FieldPayload")
export class FieldPayload extends Payload(FieldNode, "Field", "field") {}

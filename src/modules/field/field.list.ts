/** Filters of the `fields` connection. */
import { Field, InputType, ObjectType } from "type-graphql";
import { IsOptional, Length } from "class-validator";
import { FieldKind } from "../../domain/enums.js";
import { Connection } from "../shared/connection.js";
import { TEXT_FILTER, type ListSpec } from "../shared/list-query.js";
import { nodeSorts } from "../shared/order.js";
import { FieldNode } from "./field.type.js";

@InputType()
export class FieldFilter {
  @Field(() => FieldKind, { nullable: true })
  kind?: FieldKind | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  text?: string | null;
}

@ObjectType("FieldConnection")
export class FieldConnection extends Connection(FieldNode, "Field") {}

export const fieldList: ListSpec<FieldFilter> = {
  label: "Field",
  filters: { kind: "n.kind = $kind", text: TEXT_FILTER },
  sorts: nodeSorts("code"),
};

/** Filters of the `fields` connection. */
import { Field, InputType, ObjectType } from "type-graphql";
import { FieldKind } from "../../domain/enums.js";
import { Connection } from "../shared/connection.js";
import { TEXT_FILTER, type ListSpec } from "../shared/list-query.js";
import { TextFilter } from "../shared/text-filter.js";
import { nodeSorts } from "../shared/order.js";
import { FieldNode } from "./field.type.js";

@InputType()
export class FieldFilter extends TextFilter {
  @Field(() => FieldKind, { nullable: true })
  kind?: FieldKind | null;
}

@ObjectType("FieldConnection")
export class FieldConnection extends Connection(FieldNode, "Field") {}

export const fieldList: ListSpec<FieldFilter> = {
  label: "Field",
  filters: { kind: "n.kind = $kind", text: TEXT_FILTER },
  sorts: nodeSorts("code"),
};

/** Sorting of connections: a field of the node type and a direction. */
import { Field, InputType, registerEnumType } from "type-graphql";

export enum OrderDirection {
  ASC = "ASC",
  DESC = "DESC",
}
registerEnumType(OrderDirection, { name: "OrderDirection" });

export enum NodeOrderField {
  NAME = "NAME",
  KEY = "KEY",
}
registerEnumType(NodeOrderField, {
  name: "NodeOrderField",
  description: "Sort by name or by key (id or code)",
});

@InputType()
export class NodeOrder {
  @Field(() => NodeOrderField)
  field!: NodeOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
  direction!: OrderDirection;
}

/** Sort expressions for NodeOrderField, for a label keyed by `key`. */
export function nodeSorts(key: "id" | "code"): Record<NodeOrderField, string> {
  return { NAME: "n.name", KEY: `n.${key}` };
}

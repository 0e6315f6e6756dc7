/** The `standards` connection: filtered by name. */
import { ObjectType } from "type-graphql";
import { Connection } from "../shared/connection.js";
import { TEXT_FILTER, type ListSpec } from "../shared/list-query.js";
import { nodeSorts } from "../shared/order.js";
import type { TextFilter } from "../shared/text-filter.js";
import { Standard } from "./standard.type.js";

@ObjectType("StandardConnection")
export class StandardConnection extends Connection(Standard, "Standard") {}

export const standardList: ListSpec<TextFilter> = {
  label: "Standard",
  filters: { text: TEXT_FILTER },
  sorts: nodeSorts("id"),
};

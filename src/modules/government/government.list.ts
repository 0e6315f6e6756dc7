/** The `governments` connection: filtered by name. */
import { ObjectType } from "type-graphql";
import { Connection } from "../shared/connection.js";
import { TEXT_FILTER, type ListSpec } from "../shared/list-query.js";
import { nodeSorts } from "../shared/order.js";
import type { TextFilter } from "../shared/text-filter.js";
import { Government } from "./government.type.js";

@ObjectType("GovernmentConnection")
export class GovernmentConnection extends Connection(Government, "Government") {}

export const governmentList: ListSpec<TextFilter> = {
  label: "Government",
  filters: { text: TEXT_FILTER },
  sorts: nodeSorts("id"),
};

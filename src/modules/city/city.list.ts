/** The `cities` connection: filtered by name. */
import { ObjectType } from "type-graphql";
import { Connection } from "../shared/connection.js";
import { TEXT_FILTER, type ListSpec } from "../shared/list-query.js";
import { nodeSorts } from "../shared/order.js";
import type { TextFilter } from "../shared/text-filter.js";
import { City } from "./city.type.js";

@ObjectType("CityConnection")
export class CityConnection extends Connection(City, "City") {}

export const cityList: ListSpec<TextFilter> = {
  label: "City",
  filters: { text: TEXT_FILTER },
  sorts: nodeSorts("id"),
};

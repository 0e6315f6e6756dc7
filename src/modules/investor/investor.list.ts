/** The `investors` connection: filtered by name. */
import { ObjectType } from "type-graphql";
import { Connection } from "../shared/connection.js";
import { TEXT_FILTER, type ListSpec } from "../shared/list-query.js";
import { nodeSorts } from "../shared/order.js";
import type { TextFilter } from "../shared/text-filter.js";
import { Investor } from "./investor.type.js";

@ObjectType("InvestorConnection")
export class InvestorConnection extends Connection(Investor, "Investor") {}

export const investorList: ListSpec<TextFilter> = {
  label: "Investor",
  filters: { text: TEXT_FILTER },
  sorts: nodeSorts("id"),
};

/** The `projects` connection: filtered by name. */
import { ObjectType } from "type-graphql";
import { Connection } from "../shared/connection.js";
import { TEXT_FILTER, type ListSpec } from "../shared/list-query.js";
import { nodeSorts } from "../shared/order.js";
import type { TextFilter } from "../shared/text-filter.js";
import { Project } from "./project.type.js";

@ObjectType("ProjectConnection")
export class ProjectConnection extends Connection(Project, "Project") {}

export const projectList: ListSpec<TextFilter> = {
  label: "Project",
  filters: { text: TEXT_FILTER },
  sorts: nodeSorts("id"),
};

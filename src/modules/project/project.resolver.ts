/** Query root fields and relationship fields of Project. */
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { HubContext } from "../../server/context.js";
import { JointLab } from "../joint-lab/joint-lab.type.js";
import { entityQueries } from "../shared/entity-queries.js";
import type { GraphNode } from "../shared/node.js";
import { NodeOrder } from "../shared/order.js";
import { defineRelations } from "../shared/relations.js";
import { TextFilter } from "../shared/text-filter.js";
import { ProjectConnection, projectList } from "./project.list.js";
import { Project } from "./project.type.js";

const Rel = defineRelations({
  undertakenBy: { name: "Project.undertakenBy", from: "Project", pattern: "(n)<-[:UNDERTAKES]-(m:JointLab)" },
});

export const ProjectQueries = entityQueries({
  nodeType: Project,
  connectionType: ProjectConnection,
  filterType: TextFilter,
  orderType: NodeOrder,
  single: "project",
  plural: "projects",
  spec: projectList,
});

@Resolver(() => Project)
export class ProjectResolver {
  @FieldResolver(() => [JointLab])
  undertakenBy(@Root() p: GraphNode, @Ctx() ctx: HubContext) {
    return ctx.relations.nodes(Rel.undertakenBy, p);
  }
}

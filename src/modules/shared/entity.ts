/** Any node of the graph, for answers that point at nodes of several labels (evidence, members, partners). */
import { createUnionType } from "type-graphql";
import { City } from "../city/city.type.js";
import { Discipline } from "../discipline/discipline.type.js";
import { Enterprise } from "../enterprise/enterprise.type.js";
import { Evaluation } from "../evaluation/evaluation.type.js";
import { FieldNode } from "../field/field.type.js";
import { Government } from "../government/government.type.js";
import { Investor } from "../investor/investor.type.js";
import { JointLab } from "../joint-lab/joint-lab.type.js";
import { Park } from "../park/park.type.js";
import { Person } from "../person/person.type.js";
import { Platform } from "../platform/platform.type.js";
import { Project } from "../project/project.type.js";
import { ResearchDirection } from "../research-direction/research-direction.type.js";
import { Standard } from "../standard/standard.type.js";
import { University } from "../university/university.type.js";
import type { GraphNode } from "./node.js";

export const Entity = createUnionType({
  name: "Entity",
  description: "Any node of the graph",
  types: () =>
    [
      JointLab,
      ResearchDirection,
      Discipline,
      FieldNode,
      University,
      Enterprise,
      Platform,
      Park,
      City,
      Government,
      Person,
      Investor,
      Standard,
      Project,
      Evaluation,
    ] as const,
  resolveType: (value) => (value as unknown as GraphNode).__label,
});

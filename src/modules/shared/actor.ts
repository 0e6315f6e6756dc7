/** Polymorphic ends of relationships: organisations (Actor) and places (Place). */
import { createUnionType } from "type-graphql";
import type { GraphNode } from "./node.js";
import { Enterprise } from "../enterprise/enterprise.type.js";
import { Government } from "../government/government.type.js";
import { Investor } from "../investor/investor.type.js";
import { JointLab } from "../joint-lab/joint-lab.type.js";
import { Platform } from "../platform/platform.type.js";
import { University } from "../university/university.type.js";
import { City } from "../city/city.type.js";
import { Park } from "../park/park.type.js";

export const Actor = createUnionType({
  name: "Actor",
  description: "An organisation at one end of a relationship: co-builder, member, host, partner or employer",
  types: () => [JointLab, Platform, University, Enterprise, Government, Investor] as const,
  resolveType: (value) => (value as unknown as GraphNode).__label,
});

export const Place = createUnionType({
  name: "Place",
  description: "A park or a city",
  types: () => [Park, City] as const,
  resolveType: (value) => (value as unknown as GraphNode).__label,
});

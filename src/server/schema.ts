/** The GraphQL schema, built from the modules' resolvers, and its SDL as committed in schema/. */
import "reflect-metadata";
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { buildSchema, type BuildSchemaOptions } from "type-graphql";
import "../modules/shared/enums.js";
import { authChecker } from "./auth.js";
import { boundKeys } from "./key-bound.js";
import { quietValidation } from "./validation-errors.js";
import { analyticsResolvers } from "../modules/analytics/analytics.resolver.js";
import { WhatIfResolver } from "../modules/analytics/what-if.resolver.js";
import { CityQueries, CityResolver } from "../modules/city/city.resolver.js";
import { DisciplineQueries, DisciplineResolver } from "../modules/discipline/discipline.resolver.js";
import { EnterpriseQueries, EnterpriseResolver } from "../modules/enterprise/enterprise.resolver.js";
import { eventResolvers } from "../modules/events/events.resolver.js";
import { EvaluationQueries, EvaluationResolver } from "../modules/evaluation/evaluation.resolver.js";
import { FieldNodeResolver, FieldQueries } from "../modules/field/field.resolver.js";
import { GovernmentQueries, GovernmentResolver } from "../modules/government/government.resolver.js";
import { InvestorQueries, InvestorResolver } from "../modules/investor/investor.resolver.js";
import { JointLabQueries, JointLabResolver } from "../modules/joint-lab/joint-lab.resolver.js";
import { ParkQueries, ParkResolver } from "../modules/park/park.resolver.js";
import { PersonQueries, PersonResolver } from "../modules/person/person.resolver.js";
import { PlatformQueries, PlatformResolver } from "../modules/platform/platform.resolver.js";
import { ProjectQueries, ProjectResolver } from "../modules/project/project.resolver.js";
import {
  ResearchDirectionQueries,
  ResearchDirectionResolver,
} from "../modules/research-direction/research-direction.resolver.js";
import { StandardQueries, StandardResolver } from "../modules/standard/standard.resolver.js";
import { UniversityQueries, UniversityResolver } from "../modules/university/university.resolver.js";
import { mutationResolvers } from "../modules/mutations.js";
import { UserErrorResolver } from "../modules/shared/payload.js";

const resolvers = [
  JointLabQueries,
  JointLabResolver,
  ResearchDirectionQueries,
  ResearchDirectionResolver,
  DisciplineQueries,
  DisciplineResolver,
  FieldQueries,
  FieldNodeResolver,
  UniversityQueries,
  UniversityResolver,
  EnterpriseQueries,
  EnterpriseResolver,
  PlatformQueries,
  PlatformResolver,
  ParkQueries,
  ParkResolver,
  CityQueries,
  CityResolver,
  GovernmentQueries,
  GovernmentResolver,
  PersonQueries,
  PersonResolver,
  InvestorQueries,
  InvestorResolver,
  StandardQueries,
  StandardResolver,
  ProjectQueries,
  ProjectResolver,
  EvaluationQueries,
  EvaluationResolver,
  ...analyticsResolvers,
  WhatIfResolver,
  ...eventResolvers,
  ...mutationResolvers,
  UserErrorResolver,
] as const;

/**
 * type-graphql wants a PubSub once a @Subscription exists. The hub's subscriptions take their
 * events from the context's bus (one per hub, while this schema is one per process), through their
 * own `subscribe` functions: this PubSub is never used. Publish with `ctx.events` (events/publish.ts).
 */
const noPubSub: NonNullable<BuildSchemaOptions["pubSub"]> = {
  publish() {
    throw new Error("publish events with ctx.events (events/publish.ts), not type-graphql's PubSub");
  },
  subscribe() {
    throw new Error("subscriptions take their events from ctx.events");
  },
};

let built: Promise<GraphQLSchema> | undefined;

/**
 * Builds the schema once per process (type-graphql's metadata is global), with the key bound on its
 * root fields and argument validation answered without the values (validation-errors.ts).
 */
export function hubSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers,
    validate: { forbidUnknownValues: false },
    authChecker,
    pubSub: noPubSub,
    emitSchemaFile: false,
  })
    .then(boundKeys)
    .then(quietValidation);
  return built;
}

/** The SDL as committed in schema/schema.graphql: sorted, so diffs show real changes only. */
export function printHubSchema(schema: GraphQLSchema): string {
  return (
    "# Emitted from the code by `npm run schema:emit`; a test fails when this file is stale.\n" +
    printSchema(lexicographicSortSchema(schema)) +
    "\n"
  );
}

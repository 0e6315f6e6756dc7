/** GraphQL types of the events the hub publishes after a commit (mirroring events/types.ts). */
import { Field, Float, ID, ObjectType } from "type-graphql";

@ObjectType({
  description: "A joint lab was created, updated, deleted, linked or unlinked (after the write committed)",
})
export class LabChangedEvent {
  @Field(() => ID)
  labId!: string;

  @Field(() => String, { description: "CREATED, UPDATED, DELETED, LINKED, UNLINKED or STATUS_CHANGED" })
  change!: string;

  @Field(() => [String], { description: "Names of the properties or relationship types that changed" })
  fields!: string[];

  @Field(() => String, { description: "Id of the user who made the change" })
  actor!: string;

  @Field(() => String, { description: "ISO date-time of the commit" })
  at!: string;

  @Field(() => ID, { description: "Id of the audit record of the write" })
  changeId!: string;
  @Field(() => Float, {
    nullable: true,
    description: "When the write committed, epoch milliseconds with a fraction (the hub's clock)",
  })
  committedAt?: number | null;
}

@ObjectType({ description: "A joint lab's application status changed (after the write committed)" })
export class ApplicationStatusChangedEvent {
  @Field(() => ID)
  labId!: string;

  @Field(() => String, { nullable: true, description: "The status before; null for a new lab" })
  from!: string | null;

  @Field(() => String)
  to!: string;

  @Field(() => String, { description: "Id of the user who made the change" })
  actor!: string;

  @Field(() => String, { description: "ISO date-time of the commit" })
  at!: string;

  @Field(() => String, { nullable: true, description: "The reason given, e.g. for an override" })
  reason!: string | null;
  @Field(() => Float, {
    nullable: true,
    description: "When the write committed, epoch milliseconds with a fraction (the hub's clock)",
  })
  committedAt?: number | null;
}

@ObjectType({ description: "A write opened or closed a coverage gap or created a duplicate layout" })
export class LayoutAlert {
  @Field(() => String, { description: "DUPLICATE_CREATED, GAP_OPENED or GAP_CLOSED" })
  kind!: string;

  @Field(() => ID, { nullable: true, description: "The lab whose write caused the alert" })
  labId!: string | null;

  @Field(() => String, {
    description: "Gap dimension (FIELD, DISCIPLINE, …) or duplicate kind (CONFLICT, OVERLAP)",
  })
  dimension!: string;

  @Field(() => String)
  subjectKey!: string;

  @Field(() => String)
  subjectName!: string;

  @Field(() => String)
  severity!: string;

  // reason(language:), reasonCode, reasonParams: events.resolver.ts (reasonFields).

  @Field(() => String, { description: "Id of the user who made the change" })
  actor!: string;

  @Field(() => String, { description: "ISO date-time of the commit" })
  at!: string;

  @Field(() => Float, {
    nullable: true,
    description: "When the write committed, epoch milliseconds with a fraction (the hub's clock)",
  })
  committedAt?: number | null;
}

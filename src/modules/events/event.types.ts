/** GraphQL types of the events the hub publishes after a commit (mirroring events/types.ts). */
import { Field, Float, ID, ObjectType } from "type-graphql";
import { LabStatus } from "../../domain/enums.js";
import type { ChangeAction } from "../../editing/audit.js";
import type { LayoutAlertKind } from "../../events/types.js";
import { SeverityEnum } from "../analytics/coverage-gap.type.js";
import { DateTime } from "../shared/date-time.js";
import { ChangeActionEnum, LayoutAlertKindEnum } from "../shared/output-enums.js";

@ObjectType({
  description: "A joint lab was created, updated, deleted, linked or unlinked (after the write committed)",
})
export class LabChangedEvent {
  @Field(() => ID)
  labId!: string;

  @Field(() => ChangeActionEnum, { description: "What the write did (the audit record's action)" })
  change!: ChangeAction;

  @Field(() => [String], { description: "Names of the properties or relationship types that changed" })
  fields!: string[];

  @Field(() => String, { description: "Id of the user who made the change" })
  actor!: string;

  @Field(() => DateTime, { description: "When the write committed (the audit record's at)" })
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

  @Field(() => LabStatus, { nullable: true, description: "The status before; null for a new lab" })
  from!: LabStatus | null;

  @Field(() => LabStatus, { description: "The status after" })
  to!: LabStatus;

  @Field(() => String, { description: "Id of the user who made the change" })
  actor!: string;

  @Field(() => DateTime, { description: "When the write committed (the audit record's at)" })
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
  @Field(() => LayoutAlertKindEnum, { description: "What the write did to the layout" })
  kind!: LayoutAlertKind;

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

  @Field(() => SeverityEnum, { description: "How much the gap or duplicate matters" })
  severity!: SeverityEnum;

  // reason(language:), reasonCode, reasonParams: events.resolver.ts (reasonFields).

  @Field(() => String, { description: "Id of the user who made the change" })
  actor!: string;

  @Field(() => DateTime, { description: "When the write committed (the audit record's at)" })
  at!: string;

  @Field(() => Float, {
    nullable: true,
    description: "When the write committed, epoch milliseconds with a fraction (the hub's clock)",
  })
  committedAt?: number | null;
}

/** Filters and sorting of the `jointLabs` connection. */
import { Field, InputType, ObjectType, registerEnumType } from "type-graphql";
import { IsOptional, Length, Matches } from "class-validator";
import { LabStatus } from "../../domain/enums.js";
import { Connection } from "../shared/connection.js";
import { TEXT_FILTER, type ListSpec } from "../shared/list-query.js";
import { TextFilter } from "../shared/text-filter.js";
import { OrderDirection } from "../shared/order.js";
import { JointLab } from "./joint-lab.type.js";

@InputType()
export class JointLabFilter extends TextFilter {
  @Field(() => [LabStatus], { nullable: true, description: "Any of these statuses" })
  status?: LabStatus[] | null;

  @Field(() => String, { nullable: true, description: "Focuses on this field (code)" })
  @IsOptional()
  @Length(1, 64)
  field?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Located in this city (id), directly or through its park",
  })
  @IsOptional()
  @Length(1, 64)
  city?: string | null;

  @Field(() => String, { nullable: true, description: "Located in this park (id)" })
  @IsOptional()
  @Length(1, 64)
  park?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Leads or works in this discipline: a catalogue code, or a prefix of one (08 matches 0809)",
  })
  @IsOptional()
  @Matches(/^\d{2,6}$/, { message: "discipline must be a catalogue code of 2 to 6 digits" })
  discipline?: string | null;

  @Field(() => String, { nullable: true, description: "Led by this university (id)" })
  @IsOptional()
  @Length(1, 64)
  university?: string | null;
}

export enum JointLabOrderField {
  NAME = "NAME",
  KEY = "KEY",
  STATUS = "STATUS",
  APPLIED_ON = "APPLIED_ON",
  APPROVED_ON = "APPROVED_ON",
}
registerEnumType(JointLabOrderField, { name: "JointLabOrderField" });

@InputType()
export class JointLabOrder {
  @Field(() => JointLabOrderField)
  field!: JointLabOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
  direction!: OrderDirection;
}

@ObjectType("JointLabConnection")
export class JointLabConnection extends Connection(JointLab, "JointLab") {}

export const jointLabList: ListSpec<JointLabFilter> = {
  label: "JointLab",
  filters: {
    status: "n.status IN $status",
    field: "EXISTS { (n)-[:FOCUSES_ON]->(:Field {code: $field}) }",
    city: "EXISTS { (n)-[:LOCATED_IN]->(:City {id: $city}) } OR EXISTS { (n)-[:LOCATED_IN]->(:Park)-[:LOCATED_IN]->(:City {id: $city}) }",
    park: "EXISTS { (n)-[:LOCATED_IN]->(:Park {id: $park}) }",
    discipline:
      "EXISTS { (n)-[:LEAD_DISCIPLINE]->(d:Discipline) WHERE d.code STARTS WITH $discipline } OR " +
      "EXISTS { (n)-[:HAS_DIRECTION]->(:ResearchDirection)-[:IN_DISCIPLINE]->(d:Discipline) WHERE d.code STARTS WITH $discipline }",
    university: "EXISTS { (n)-[:LED_BY]->(:University {id: $university}) }",
    text: TEXT_FILTER,
  },
  sorts: {
    NAME: "n.name",
    KEY: "n.id",
    STATUS: "n.status",
    APPLIED_ON: "toString(n.appliedOn)",
    APPROVED_ON: "toString(n.approvedOn)",
  },
};

/** Filters of the `people` connection. */
import { Field, InputType, ObjectType } from "type-graphql";
import { IsOptional, Length, Matches } from "class-validator";
import { StaffRole } from "../../domain/enums.js";
import { Connection } from "../shared/connection.js";
import { TEXT_FILTER, type ListSpec } from "../shared/list-query.js";
import { TextFilter } from "../shared/text-filter.js";
import { nodeSorts } from "../shared/order.js";
import { Person } from "./person.type.js";

@InputType()
export class PersonFilter extends TextFilter {
  @Field(() => String, {
    nullable: true,
    description: "Works at this organisation (id of a lab, platform, university or enterprise)",
  })
  @IsOptional()
  @Length(1, 64)
  worksAt?: string | null;

  @Field(() => StaffRole, { nullable: true, description: "Holds this role somewhere" })
  role?: StaffRole | null;

  @Field(() => String, {
    nullable: true,
    description: "Expert in this discipline: a catalogue code or a prefix of one",
  })
  @IsOptional()
  @Matches(/^\d{2,6}$/, { message: "expertIn must be a catalogue code of 2 to 6 digits" })
  expertIn?: string | null;
}

@ObjectType("PersonConnection")
export class PersonConnection extends Connection(Person, "Person") {}

export const personList: ListSpec<PersonFilter> = {
  label: "Person",
  filters: {
    worksAt: "EXISTS { (n)-[:WORKS_AT]->(o) WHERE o.id = $worksAt }",
    role: "EXISTS { (n)-[:WORKS_AT {role: $role}]->() }",
    expertIn: "EXISTS { (n)-[:EXPERT_IN]->(d:Discipline) WHERE d.code STARTS WITH $expertIn }",
    text: TEXT_FILTER,
  },
  sorts: nodeSorts("id"),
};

/** Filters of the `universities` connection. */
import { Field, InputType, ObjectType } from "type-graphql";
import { IsOptional, Length, Matches } from "class-validator";
import { Connection } from "../shared/connection.js";
import { TEXT_FILTER, type ListSpec } from "../shared/list-query.js";
import { TextFilter } from "../shared/text-filter.js";
import { nodeSorts } from "../shared/order.js";
import { University } from "./university.type.js";

@InputType()
export class UniversityFilter extends TextFilter {
  @Field(() => String, { nullable: true, description: "In this city (id)" })
  @IsOptional()
  @Length(1, 64)
  city?: string | null;

  @Field(() => String, { nullable: true, description: "R1: has this first-class discipline (code)" })
  @IsOptional()
  @Matches(/^\d{2,6}$/, { message: "firstClassDiscipline must be a catalogue code" })
  firstClassDiscipline?: string | null;

  @Field(() => Boolean, { nullable: true })
  doubleFirstClass?: boolean | null;
}

@ObjectType("UniversityConnection")
export class UniversityConnection extends Connection(University, "University") {}

export const universityList: ListSpec<UniversityFilter> = {
  label: "University",
  filters: {
    city: "EXISTS { (n)-[:LOCATED_IN*1..2]->(:City {id: $city}) }",
    firstClassDiscipline:
      "EXISTS { (n)-[:HAS_DISCIPLINE {firstClass: true}]->(:Discipline {code: $firstClassDiscipline}) }",
    doubleFirstClass: "n.doubleFirstClass = $doubleFirstClass",
    text: TEXT_FILTER,
  },
  sorts: nodeSorts("id"),
};

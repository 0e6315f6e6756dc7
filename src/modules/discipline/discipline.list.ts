/** Filters of the `disciplines` connection. */
import { Field, InputType, ObjectType } from "type-graphql";
import { IsOptional, Length, Matches } from "class-validator";
import { DisciplineLevel } from "../../domain/enums.js";
import { Connection } from "../shared/connection.js";
import { TEXT_FILTER, type ListSpec } from "../shared/list-query.js";
import { TextFilter } from "../shared/text-filter.js";
import { nodeSorts } from "../shared/order.js";
import { Discipline } from "./discipline.type.js";

@InputType()
export class DisciplineFilter extends TextFilter {
  @Field(() => DisciplineLevel, { nullable: true })
  level?: DisciplineLevel | null;

  @Field(() => String, {
    nullable: true,
    description: "Code starts with this prefix (08: the engineering category)",
  })
  @IsOptional()
  @Matches(/^\d{1,6}$/, { message: "codePrefix must be 1 to 6 digits" })
  codePrefix?: string | null;

  @Field(() => String, { nullable: true, description: "R2: supports this field (code)" })
  @IsOptional()
  @Length(1, 64)
  field?: string | null;
}

@ObjectType("DisciplineConnection")
export class DisciplineConnection extends Connection(Discipline, "Discipline") {}

export const disciplineList: ListSpec<DisciplineFilter> = {
  label: "Discipline",
  filters: {
    level: "n.level = $level",
    codePrefix: "n.code STARTS WITH $codePrefix",
    field: "EXISTS { (n)-[:SUPPORTS]->(:Field {code: $field}) }",
    text: TEXT_FILTER,
  },
  sorts: nodeSorts("code"),
};

/** Filters and sorting of the `researchDirections` connection. */
import { Field, InputType, ObjectType } from "type-graphql";
import { IsOptional, Length, Matches } from "class-validator";
import { Connection } from "../shared/connection.js";
import { TEXT_FILTER, type ListSpec } from "../shared/list-query.js";
import { TextFilter } from "../shared/text-filter.js";
import { nodeSorts } from "../shared/order.js";
import { ResearchDirection } from "./research-direction.type.js";

@InputType()
export class ResearchDirectionFilter extends TextFilter {
  @Field(() => String, {
    nullable: true,
    description: "In this discipline: a catalogue code or a prefix of one",
  })
  @IsOptional()
  @Matches(/^\d{2,6}$/, { message: "discipline must be a catalogue code of 2 to 6 digits" })
  discipline?: string | null;

  @Field(() => String, { nullable: true, description: "Of this joint lab (id)" })
  @IsOptional()
  @Length(1, 64)
  lab?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "R10: an industry-leading enterprise takes part (true) or none does (false)",
  })
  leading?: boolean | null;
}

@ObjectType("ResearchDirectionConnection")
export class ResearchDirectionConnection extends Connection(ResearchDirection, "ResearchDirection") {}

export const researchDirectionList: ListSpec<ResearchDirectionFilter> = {
  label: "ResearchDirection",
  filters: {
    discipline: "EXISTS { (n)-[:IN_DISCIPLINE]->(d:Discipline) WHERE d.code STARTS WITH $discipline }",
    lab: "EXISTS { (:JointLab {id: $lab})-[:HAS_DIRECTION]->(n) }",
    leading: "EXISTS { (n)<-[:PARTICIPATES_IN]-(:Enterprise {leading: true}) } = $leading",
    text: TEXT_FILTER,
  },
  sorts: nodeSorts("id"),
};

import { Field, ObjectType } from "type-graphql";
import { Discipline } from "../discipline/discipline.type.js";
import { University } from "./university.type.js";

@ObjectType({
  description: "A discipline of a university; firstClass marks a nationally first-class discipline (R1)",
})
export class DisciplineHolding {
  @Field(() => University)
  university!: University;

  @Field(() => Discipline)
  discipline!: Discipline;

  @Field(() => Boolean, { nullable: true })
  firstClass?: boolean | null;

  @Field(() => String, { nullable: true })
  grade?: string | null;
}

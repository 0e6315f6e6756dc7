import { Field, ID, ObjectType } from "type-graphql";
import { Provenance } from "../shared/provenance.js";

@ObjectType({ description: "A person: discipline leader, director, committee member, researcher, expert" })
export class Person extends Provenance {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  nameEn?: string | null;

  @Field(() => String, { nullable: true })
  title?: string | null;
}

import { Field, ID, ObjectType } from "type-graphql";
import { Provenance } from "../shared/provenance.js";

@ObjectType({ description: "A city: the 13 prefecture-level cities of Jiangsu, and others where needed" })
export class City extends Provenance {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  nameEn?: string | null;
}

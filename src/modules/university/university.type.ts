import { Field, ID, ObjectType } from "type-graphql";
import { Provenance } from "../shared/provenance.js";

@ObjectType({ description: "A university (R1: the lead university of a joint lab)" })
export class University extends Provenance {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  nameEn?: string | null;

  @Field(() => Boolean, { nullable: true, description: "A national Double First-Class university" })
  doubleFirstClass?: boolean | null;
}

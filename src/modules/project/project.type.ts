import { Field, ID, ObjectType } from "type-graphql";
import { Provenance } from "../shared/provenance.js";
import { SafeInt } from "../shared/scalars.js";

@ObjectType({ description: "A national or provincial programme project undertaken by a lab" })
export class Project extends Provenance {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  programme?: string | null;

  @Field(() => SafeInt, { nullable: true })
  amountCny?: number | null;
}

import { Field, ID, ObjectType } from "type-graphql";
import { Provenance } from "../shared/provenance.js";

@ObjectType({
  description: "A research direction of a joint lab (R7: 3–5 per lab; R10: each with a leading enterprise)",
})
export class ResearchDirection extends Provenance {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  nameEn?: string | null;
}

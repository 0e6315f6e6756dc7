import { Field, ID, ObjectType } from "type-graphql";
import { Provenance } from "../shared/provenance.js";

@ObjectType({ description: "An enterprise: industry-leading (R10), participating, member or spin-off" })
export class Enterprise extends Provenance {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  nameEn?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Industry-leading enterprise (行业龙头企业)" })
  leading?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  inJiangsu?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Incubated by a joint lab" })
  spinOff?: boolean | null;
}

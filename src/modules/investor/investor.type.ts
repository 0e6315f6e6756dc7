import { Field, ID, ObjectType } from "type-graphql";
import { InvestorKind } from "../../domain/enums.js";
import { Provenance } from "../shared/provenance.js";

@ObjectType({ description: "Financial or social capital in a lab's membership system" })
export class Investor extends Provenance {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => InvestorKind, { nullable: true })
  kind?: InvestorKind | null;
}

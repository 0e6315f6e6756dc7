import { Field, Int, ObjectType } from "type-graphql";
import { FundingKind } from "../../domain/enums.js";
import { Government } from "../government/government.type.js";
import { SafeInt } from "../shared/scalars.js";
import { JointLab } from "./joint-lab.type.js";

@ObjectType({ description: "Government funds for a joint lab (R14)" })
export class Funding {
  @Field(() => Government)
  government!: Government;

  @Field(() => JointLab)
  lab!: JointLab;

  @Field(() => SafeInt, { nullable: true })
  amountCny?: number | null;

  @Field(() => FundingKind, { nullable: true })
  kind?: FundingKind | null;

  @Field(() => Int, { nullable: true })
  year?: number | null;
}

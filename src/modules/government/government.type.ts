import { Field, ID, ObjectType } from "type-graphql";
import { GovernmentLevel } from "../../domain/enums.js";
import { Provenance } from "../shared/provenance.js";

@ObjectType({ description: "A provincial, city, district or park government (co-builder, funder)" })
export class Government extends Provenance {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  nameEn?: string | null;

  @Field(() => GovernmentLevel, { nullable: true })
  level?: GovernmentLevel | null;
}

import { Field, ID, ObjectType } from "type-graphql";
import { StandardLevel } from "../../domain/enums.js";
import { Provenance } from "../shared/provenance.js";

@ObjectType({ description: "A standard developed by a lab" })
export class Standard extends Provenance {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => StandardLevel, { nullable: true })
  level?: StandardLevel | null;
}

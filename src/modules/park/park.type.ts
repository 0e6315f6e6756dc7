import { Field, ID, ObjectType } from "type-graphql";
import { PlaceLevel } from "../../domain/enums.js";
import { Provenance } from "../shared/provenance.js";

@ObjectType({ description: "A high-tech zone or industrial park (R13)" })
export class Park extends Provenance {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  nameEn?: string | null;

  @Field(() => PlaceLevel, { nullable: true })
  level?: PlaceLevel | null;
}

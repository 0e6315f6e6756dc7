import { Field, ID, ObjectType } from "type-graphql";
import { PlaceLevel, PlatformKind } from "../../domain/enums.js";
import { Provenance } from "../shared/provenance.js";

@ObjectType({ description: "A national or provincial lab, innovation centre or other platform (R3, R17)" })
export class Platform extends Provenance {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  nameEn?: string | null;

  @Field(() => PlatformKind)
  kind!: PlatformKind;

  @Field(() => PlaceLevel, { nullable: true })
  level?: PlaceLevel | null;
}

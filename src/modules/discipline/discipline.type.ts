import { Field, ID, ObjectType } from "type-graphql";
import { DisciplineLevel } from "../../domain/enums.js";
import { Provenance } from "../shared/provenance.js";

@ObjectType({
  description: "A discipline of the 2022 graduate discipline catalogue (category, first level, second level)",
})
export class Discipline extends Provenance {
  @Field(() => ID, { description: "Catalogue code: 08, 0809, 080901" })
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  nameEn?: string | null;

  @Field(() => DisciplineLevel)
  level!: DisciplineLevel;
}

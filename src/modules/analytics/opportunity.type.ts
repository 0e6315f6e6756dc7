import { Field, Float, ObjectType, registerEnumType } from "type-graphql";
import { PARTNER_KINDS } from "../../analytics/opportunities.js";

export const PartnerKindEnum = Object.fromEntries(PARTNER_KINDS.map((k) => [k, k])) as {
  [K in (typeof PARTNER_KINDS)[number]]: K;
};
registerEnumType(PartnerKindEnum, {
  name: "PartnerKind",
  description:
    "INNOVATION_CENTRE: technology, industrial and manufacturing innovation centres; OTHER_PLATFORM: key labs, new R&D institutions",
});

@ObjectType({ description: "One named part of an opportunity's score: value × weight = contribution" })
export class ScoreComponent {
  @Field(() => String, {
    description:
      "sharedDisciplines, complementaryDisciplines, commonPartners (Adamic–Adar), sharedTalent, sameCity, samePark",
  })
  name!: string;

  @Field(() => Float)
  value!: number;

  @Field(() => Float)
  weight!: number;

  @Field(() => Float)
  contribution!: number;

  @Field(() => [String])
  evidence!: string[];
}

@ObjectType({ description: "A candidate partner for a lab, with a transparent score (R17)" })
export class Opportunity {
  @Field(() => String)
  labKey!: string;

  @Field(() => String)
  labName!: string;

  @Field(() => String, { description: "JointLab, Platform or Enterprise" })
  partnerLabel!: string;

  @Field(() => String)
  partnerKey!: string;

  @Field(() => String)
  partnerName!: string;

  @Field(() => PartnerKindEnum)
  partnerKind!: string;

  @Field(() => Float, { description: "The sum of the components' contributions" })
  score!: number;

  @Field(() => [ScoreComponent])
  components!: ScoreComponent[];
}

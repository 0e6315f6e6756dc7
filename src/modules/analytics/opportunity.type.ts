import { Field, ObjectType, registerEnumType } from "type-graphql";
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

  // value, weight, contribution: rounded to 3 decimals by ScoreComponentResolver (analytics.resolver.ts)
  value!: number;
  weight!: number;
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

  /** Rounded to 3 decimals by OpportunityResolver (analytics.resolver.ts). */
  score!: number;

  @Field(() => [ScoreComponent])
  components!: ScoreComponent[];
}

import { Field, Float, ObjectType, registerEnumType } from "type-graphql";

export enum CheckStatusEnum {
  PASS = "PASS",
  FAIL = "FAIL",
  UNKNOWN = "UNKNOWN",
}
registerEnumType(CheckStatusEnum, {
  name: "CheckStatus",
  description: "UNKNOWN: the data needed to check is missing (never a pass)",
});

export enum RuleKindEnum {
  REQUIREMENT = "REQUIREMENT",
  PRIORITY = "PRIORITY",
  CEILING = "CEILING",
}
registerEnumType(RuleKindEnum, {
  name: "RuleKind",
  description:
    "REQUIREMENT: a construction condition; PRIORITY: R13, PASS means the lab has a priority factor; CEILING: R14",
});

export enum LabStandingEnum {
  COVERING = "COVERING",
  APPLICANT = "APPLICANT",
  INACTIVE = "INACTIVE",
}
registerEnumType(LabStandingEnum, {
  name: "LabStanding",
  description: "How the analytics count the lab: covering, applicant, or not at all (EXITED, REJECTED)",
});

@ObjectType({ description: "One rule checked against one lab" })
export class RuleCheck {
  @Field(() => String, { description: "The rule's number in docs/policy.md, e.g. R7" })
  rule!: string;

  @Field(() => RuleKindEnum)
  kind!: RuleKindEnum;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: "The draft work plan's words" })
  textZh!: string;

  @Field(() => CheckStatusEnum)
  status!: CheckStatusEnum;

  // measured(language:), measuredCode, measuredParams, bound(language:), evidence(language:), text(language:):
  // analytics.resolver.ts (RuleCheckResolver).

  @Field(() => Float, { nullable: true })
  value?: number | null;
}

@ObjectType({ description: "A lab checked against every rule its data can be checked against" })
export class LabCompliance {
  @Field(() => String)
  labId!: string;

  @Field(() => CheckStatusEnum, {
    description:
      "FAIL if a requirement or the ceiling fails; else UNKNOWN if one cannot be checked; else PASS (R13 does not count)",
  })
  status!: CheckStatusEnum;

  @Field(() => LabStandingEnum)
  standing!: LabStandingEnum;

  @Field(() => [RuleCheck])
  checks!: RuleCheck[];
}

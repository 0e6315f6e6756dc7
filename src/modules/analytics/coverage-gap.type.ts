import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { LabStatus } from "../../domain/enums.js";
import { valuesConfig } from "../shared/output-enums.js";
import { Evidence } from "./evidence.type.js";

export enum GapDimensionEnum {
  FIELD = "FIELD",
  DISCIPLINE = "DISCIPLINE",
  CITY = "CITY",
  PARK = "PARK",
  DIRECTION = "DIRECTION",
}
registerEnumType(GapDimensionEnum, {
  name: "GapDimension",
  description:
    "FIELD: focus fields no covering lab serves (R6); DISCIPLINE: first-class disciplines feeding a focus field that no covering lab leads or works in (R1, R2); CITY, PARK: places with leading enterprises or platforms of a focus field but no covering lab of it; DIRECTION: directions of live labs without an industry-leading enterprise (R10)",
});

export enum SeverityEnum {
  HIGH = "HIGH",
  MEDIUM = "MEDIUM",
  LOW = "LOW",
}
registerEnumType(SeverityEnum, {
  name: "Severity",
  description: "严重程度 — How much a gap or a duplicate layout matters",
  valuesConfig: valuesConfig<SeverityEnum>({
    HIGH: "高 — high",
    MEDIUM: "中 — medium",
    LOW: "低 — low",
  }),
});

@ObjectType({ description: "Something the layout lacks, why it matters, and the nodes that show it" })
export class CoverageGap {
  @Field(() => GapDimensionEnum)
  dimension!: GapDimensionEnum;

  @Field(() => String, {
    description: "Label of what lacks a lab: Field, Discipline, City, Park or ResearchDirection",
  })
  subjectLabel!: string;

  @Field(() => String)
  subjectKey!: string;

  @Field(() => String)
  subjectName!: string;

  @Field(() => String, {
    nullable: true,
    description: "The focus field concerned (CITY, PARK and FIELD gaps)",
  })
  fieldCode?: string | null;

  @Field(() => String, { nullable: true })
  fieldName?: string | null;

  @Field(() => SeverityEnum)
  severity!: SeverityEnum;

  // reason(language:), reasonCode, reasonParams: analytics.resolver.ts (reasonFields).

  @Field(() => [String], { description: "The rules (docs/policy.md) this gap concerns" })
  rules!: string[];

  @Field(() => [Evidence])
  evidence!: Evidence[];
}

@ObjectType({ description: "The coverage gaps of one dimension, and how labs were counted" })
export class CoverageGapReport {
  @Field(() => GapDimensionEnum)
  dimension!: GapDimensionEnum;

  @Field(() => [LabStatus], { description: "Statuses counted as covering" })
  covering!: LabStatus[];

  @Field(() => [LabStatus], { description: "Statuses counted as applicants" })
  applicants!: LabStatus[];

  @Field(() => Int, { description: "Gaps matching the filters, before `first`" })
  totalCount!: number;

  @Field(() => [CoverageGap])
  gaps!: CoverageGap[];
}

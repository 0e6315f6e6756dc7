/** Inputs and payload of link/unlink: any relationship of the model, validated against it. */
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { IsOptional, Length, Matches, Max, Min } from "class-validator";
import { LABELS, RELATIONSHIPS, type RelType } from "../../domain/model.js";
import { LIFE_CYCLE_RELATIONSHIPS } from "../../domain/policy-paths.js";
import { Entity } from "../shared/entity.js";
import { KEY_PATTERN } from "../shared/keys.js";
import { UserErrorType } from "../shared/payload.js";
import { LocalDate, SafeInt } from "../shared/scalars.js";

export const RelationshipTypeEnum = Object.fromEntries(
  Object.keys(RELATIONSHIPS).map((t) => [t, t]),
) as Record<string, string>;
registerEnumType(RelationshipTypeEnum, {
  name: "RelationshipType",
  description: "The relationship types of the graph model",
  // The ones a step of the policy writes: `link` and `unlink` refuse them (USE_LIFE_CYCLE).
  valuesConfig: Object.fromEntries(
    Object.entries(LIFE_CYCLE_RELATIONSHIPS).map(([type, rule]) => [
      type,
      {
        deprecationReason: `Refused by link and unlink (USE_LIFE_CYCLE): written only by ${rule.writtenBy}; ${rule.removal}.`,
      },
    ]),
  ) as Partial<Record<RelType, { deprecationReason: string }>>,
});

export const NodeLabelEnum = Object.fromEntries(LABELS.map((l) => [l, l])) as Record<string, string>;
registerEnumType(NodeLabelEnum, { name: "NodeLabel", description: "The labels of the graph model" });

@InputType({ description: "A node by label and key (id, or code for Discipline and Field)" })
export class NodeRef {
  @Field(() => NodeLabelEnum)
  label!: string;

  @Field(() => ID)
  @Matches(KEY_PATTERN)
  key!: string;
}

@InputType({
  description: "Properties of a relationship; each type accepts its own (e.g. FUNDS: amountCny, kind, year)",
})
export class LinkProperties {
  @Field(() => String, {
    nullable: true,
    description:
      "PARTICIPATES_IN: LEAD | MEMBER; WORKS_AT: DIRECTOR, …; ON_COMMITTEE: TECHNICAL | MANAGEMENT",
  })
  @IsOptional()
  @Length(1, 40)
  role?: string | null;

  @Field(() => LocalDate, { nullable: true, description: "MEMBER_OF, COLLABORATES_WITH, WORKS_AT" })
  since?: string | null;

  @Field(() => SafeInt, { nullable: true, description: "CO_BUILDS: investment, CNY" })
  @IsOptional()
  @Min(0)
  investmentCny?: number | null;

  @Field(() => SafeInt, { nullable: true, description: "MEMBER_OF: membership fee, CNY" })
  @IsOptional()
  @Min(0)
  feeCny?: number | null;

  @Field(() => SafeInt, { nullable: true, description: "FUNDS: amount, CNY (R14)" })
  @IsOptional()
  @Min(0)
  amountCny?: number | null;

  @Field(() => String, { nullable: true, description: "FUNDS: CONSTRUCTION | PERFORMANCE_SUBSIDY" })
  @IsOptional()
  @Length(1, 40)
  kind?: string | null;

  @Field(() => Int, { nullable: true, description: "FUNDS: year" })
  @IsOptional()
  @Min(1949)
  @Max(2100)
  year?: number | null;

  @Field(() => String, { nullable: true, description: "COLLABORATES_WITH: topic" })
  @IsOptional()
  @Length(1, 500)
  topic?: string | null;

  @Field(() => Boolean, { nullable: true, description: "HAS_DISCIPLINE: a first-class discipline (R1)" })
  firstClass?: boolean | null;

  @Field(() => String, { nullable: true, description: "HAS_DISCIPLINE: grade" })
  @IsOptional()
  @Length(1, 20)
  grade?: string | null;
}

@InputType()
export class LinkInput {
  @Field(() => RelationshipTypeEnum)
  type!: string;

  @Field(() => NodeRef)
  from!: NodeRef;

  @Field(() => NodeRef)
  to!: NodeRef;

  @Field(() => LinkProperties, {
    nullable: true,
    description: "For unlink: only the identifying ones (FUNDS: kind and year)",
  })
  properties?: LinkProperties | null;
}

@ObjectType()
export class LinkProperty {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  value!: string | null;
}

@ObjectType({ description: "A relationship as written" })
export class Link {
  @Field(() => String)
  type!: string;

  @Field(() => Entity)
  from!: typeof Entity;

  @Field(() => Entity)
  to!: typeof Entity;

  @Field(() => [LinkProperty])
  properties!: LinkProperty[];
}

@ObjectType()
export class LinkPayload {
  @Field(() => Link, { nullable: true })
  link!: Link | null;

  @Field(() => [UserErrorType])
  userErrors!: UserErrorType[];
}

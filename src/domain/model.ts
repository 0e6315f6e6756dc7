/**
 * The graph model as data: labels, their keys, and the relationship types between them.
 * This is the contract with analysts' Cypher (docs/model.md). The read layer and the
 * seed loader build their Cypher from these constants only, never from user input.
 */

import {
  DisciplineLevel,
  EvaluationKind,
  EvaluationOutcome,
  FieldKind,
  GovernmentLevel,
  InvestorKind,
  LabStatus,
  LegalForm,
  PlaceLevel,
  PlatformKind,
  StandardLevel,
} from "./enums.js";

export const LABELS = [
  "JointLab",
  "ResearchDirection",
  "Discipline",
  "Field",
  "University",
  "Enterprise",
  "Platform",
  "Park",
  "City",
  "Government",
  "Person",
  "Investor",
  "Standard",
  "Project",
  "Evaluation",
] as const;

export type Label = (typeof LABELS)[number];

/** Every node is keyed by `id`, except Discipline and Field, keyed by `code`. */
export function keyOf(label: Label): "id" | "code" {
  return label === "Discipline" || label === "Field" ? "code" : "id";
}

export function isLabel(value: string): value is Label {
  return (LABELS as readonly string[]).includes(value);
}

/** Relationship types of the model, with the labels allowed at each end. */
export const RELATIONSHIPS = {
  LED_BY: { from: ["JointLab"], to: ["University"] },
  LEAD_DISCIPLINE: { from: ["JointLab"], to: ["Discipline"] },
  HAS_DIRECTION: { from: ["JointLab"], to: ["ResearchDirection"] },
  IN_DISCIPLINE: { from: ["ResearchDirection", "Platform"], to: ["Discipline"] },
  PARTICIPATES_IN: { from: ["Enterprise"], to: ["ResearchDirection"] },
  CO_BUILDS: { from: ["Enterprise", "Government", "University"], to: ["JointLab"] },
  MEMBER_OF: { from: ["Enterprise", "Investor"], to: ["JointLab"] },
  INCUBATED: { from: ["JointLab"], to: ["Enterprise"] },
  DEVELOPED: { from: ["JointLab"], to: ["Standard"] },
  UNDERTAKES: { from: ["JointLab"], to: ["Project"] },
  FUNDS: { from: ["Government"], to: ["JointLab"] },
  EVALUATED_IN: { from: ["JointLab"], to: ["Evaluation"] },
  REVIEWED: { from: ["Person"], to: ["Evaluation"] },
  FOCUSES_ON: { from: ["JointLab", "Platform"], to: ["Field"] },
  SUPPORTS: { from: ["Discipline"], to: ["Field"] },
  PART_OF: { from: ["Discipline", "Field"], to: ["Discipline", "Field"] },
  HAS_DISCIPLINE: { from: ["University"], to: ["Discipline"] },
  OPERATES_IN: { from: ["Enterprise"], to: ["Field"] },
  LOCATED_IN: {
    from: ["JointLab", "University", "Enterprise", "Platform", "Park"],
    to: ["Park", "City"],
  },
  COLLABORATES_WITH: {
    from: ["JointLab", "Platform", "University", "Enterprise"],
    to: ["JointLab", "Platform", "University", "Enterprise"],
  },
  WORKS_AT: { from: ["Person"], to: ["JointLab", "Platform", "University", "Enterprise"] },
  ON_COMMITTEE: { from: ["Person"], to: ["JointLab"] },
  EXPERT_IN: { from: ["Person"], to: ["Discipline"] },
  // Extensions of the model (docs/model.md, "Extensions of the model"):
  HOSTED_BY: { from: ["Platform"], to: ["University", "Enterprise"] },
  GOVERNS: { from: ["Government"], to: ["City", "Park"] },
} as const satisfies Record<string, { from: readonly Label[]; to: readonly Label[] }>;

export type RelType = keyof typeof RELATIONSHIPS;

export function isRelType(value: string): value is RelType {
  return Object.prototype.hasOwnProperty.call(RELATIONSHIPS, value);
}

/** Properties stored as Neo4j `date` values (ISO strings at the API and in the seed files). */
export const DATE_PROPERTIES: ReadonlySet<string> = new Set(["appliedOn", "approvedOn", "on", "since"]);

/** Properties stored as 64-bit integers (amounts in CNY, counts, years); numbers elsewhere are floats. */
export const INTEGER_PROPERTIES: ReadonlySet<string> = new Set([
  "investmentCny",
  "constructionYears",
  "staffPlanned",
  "staffActual",
  "amountCny",
  "feeCny",
  "year",
]);

export type PropertyType = "string" | "integer" | "float" | "date" | "boolean" | readonly string[];

const values = (e: Record<string, string>): readonly string[] => Object.values(e);
/** Where a node's data comes from (every label): hypothetical seed data; V confirmed, R reported, ? uncertain. */
const PROVENANCE = { illustrative: "boolean", fact: "string" } as const;
const NAMED = { name: "string", nameEn: "string" } as const;

/**
 * The properties a node of each label may carry, with their types (a list: the allowed values), key
 * first, in the order exports and import templates show them: the main properties of the model, then
 * the seed's descriptive extras (sources, localities, notes), then provenance.
 */
export const NODE_PROPERTIES: Record<Label, Record<string, PropertyType>> = {
  JointLab: {
    id: "string",
    ...NAMED,
    status: values(LabStatus),
    legalForm: values(LegalForm),
    onCampus: "boolean",
    investmentCny: "integer",
    constructionYears: "integer",
    staffPlanned: "integer",
    staffActual: "integer",
    appliedOn: "date",
    approvedOn: "date",
    ...PROVENANCE,
  },
  ResearchDirection: { id: "string", ...NAMED, ...PROVENANCE },
  Discipline: { code: "string", ...NAMED, level: values(DisciplineLevel), note: "string", ...PROVENANCE },
  Field: {
    code: "string",
    ...NAMED,
    kind: values(FieldKind),
    source: "string",
    taxonomy: "string",
    ...PROVENANCE,
  },
  University: { id: "string", ...NAMED, doubleFirstClass: "boolean", locality: "string", ...PROVENANCE },
  Enterprise: {
    id: "string",
    ...NAMED,
    leading: "boolean",
    inJiangsu: "boolean",
    spinOff: "boolean",
    industry: "string",
    locality: "string",
    ...PROVENANCE,
  },
  Platform: {
    id: "string",
    ...NAMED,
    kind: values(PlatformKind),
    level: values(PlaceLevel),
    topic: "string",
    since: "date",
    sinceEvent: "string",
    approvedOn: "date",
    approvedYear: "integer",
    approvedYearMonth: "string",
    approvedYearNote: "string",
    plannedInvestmentCny: "integer",
    plannedInvestmentMinCny: "integer",
    ...PROVENANCE,
  },
  Park: {
    id: "string",
    ...NAMED,
    level: values(PlaceLevel),
    kind: "string",
    locality: "string",
    approvedYear: "integer",
    ...PROVENANCE,
  },
  City: { id: "string", ...NAMED, inJiangsu: "boolean", prefectureLevel: "boolean", ...PROVENANCE },
  Government: { id: "string", ...NAMED, level: values(GovernmentLevel), ...PROVENANCE },
  Person: { id: "string", ...NAMED, title: "string", ...PROVENANCE },
  Investor: { id: "string", name: "string", kind: values(InvestorKind), ...PROVENANCE },
  Standard: { id: "string", name: "string", level: values(StandardLevel), ...PROVENANCE },
  Project: { id: "string", name: "string", programme: "string", amountCny: "integer", ...PROVENANCE },
  Evaluation: {
    id: "string",
    kind: values(EvaluationKind),
    on: "date",
    score: "float",
    outcome: values(EvaluationOutcome),
    ...PROVENANCE,
  },
};

/** The properties a relationship may carry, with their types (a list: the allowed values). */
export const RELATIONSHIP_PROPERTIES: Record<RelType, Record<string, PropertyType>> = {
  LED_BY: {},
  LEAD_DISCIPLINE: {},
  HAS_DIRECTION: {},
  IN_DISCIPLINE: {},
  PARTICIPATES_IN: { role: ["LEAD", "MEMBER"] },
  CO_BUILDS: { investmentCny: "integer" },
  MEMBER_OF: { since: "date", feeCny: "integer" },
  INCUBATED: {},
  DEVELOPED: {},
  UNDERTAKES: {},
  FUNDS: { amountCny: "integer", kind: ["CONSTRUCTION", "PERFORMANCE_SUBSIDY"], year: "integer" },
  EVALUATED_IN: {},
  REVIEWED: {},
  FOCUSES_ON: {},
  SUPPORTS: {},
  PART_OF: {},
  HAS_DISCIPLINE: { firstClass: "boolean", grade: "string" },
  OPERATES_IN: {},
  LOCATED_IN: {},
  COLLABORATES_WITH: { since: "date", topic: "string" },
  WORKS_AT: {
    role: ["DIRECTOR", "CHIEF_SCIENTIST", "RESEARCHER", "FLEXIBLE_HIRE", "PROJECT_APPOINTEE", "STUDENT"],
    since: "date",
  },
  ON_COMMITTEE: { role: ["TECHNICAL", "MANAGEMENT"] },
  EXPERT_IN: {},
  HOSTED_BY: {},
  GOVERNS: {},
};

/**
 * Descriptive properties the seed (and an import) may put on relationships besides those the link
 * mutations set: where a link comes from (`basis` modelled, `list` and `listedAs` of a discipline
 * listing, a free-text `role` of a host or a location, an enterprise's `industry`), and provenance on
 * every type. Exports and import templates show them after the relationship's own properties.
 */
export const RELATIONSHIP_DESCRIPTIVE: Record<RelType, Record<string, PropertyType>> = Object.fromEntries(
  (Object.keys(RELATIONSHIPS) as RelType[]).map((type) => [
    type,
    {
      ...({
        HAS_DISCIPLINE: { list: "string", listedAs: "string" },
        HOSTED_BY: { role: "string" },
        LOCATED_IN: { role: "string" },
        OPERATES_IN: { basis: "string", industry: "string" },
        FOCUSES_ON: { basis: "string" },
        PART_OF: { basis: "string" },
        SUPPORTS: { basis: "string" },
        IN_DISCIPLINE: { basis: "string" },
      }[type as string] ?? {}),
      ...PROVENANCE,
    } as Record<string, PropertyType>,
  ]),
) as Record<RelType, Record<string, PropertyType>>;

/**
 * Relationship types whose instances between the same two nodes are told apart by properties:
 * writes MERGE on these, so that construction funds of 2022 and of 2023 stay two relationships.
 */
export const IDENTITY_PROPERTIES: Partial<Record<RelType, readonly string[]>> = {
  FUNDS: ["kind", "year"],
};

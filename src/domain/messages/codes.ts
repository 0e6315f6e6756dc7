/**
 * The codes of every sentence the hub writes for a reader (gap and duplicate reasons, layout alerts),
 * with the names of their parameters. A sentence is a code and its parameters; en.ts and zh.ts turn it
 * into words (messages/index.ts). A front-end may compose its own text from the same code and parameters.
 */
export const MESSAGE_CODES = {
  /** FIELD gap: no covering lab and no applicant serves the focus field. Params: field. */
  GAP_FIELD_UNSERVED: ["field"],
  /** FIELD gap: no covering lab; applicants would serve it. Params: field, applicants. */
  GAP_FIELD_APPLICANTS_ONLY: ["field", "applicants"],
  /** DISCIPLINE gap. Params: code, name, universities, fields, openFields (0: none of them open). */
  GAP_DISCIPLINE: ["code", "name", "universities", "fields", "openFields"],
  /** CITY or PARK gap where covering labs of other fields are. Params: place, count, field. */
  GAP_PLACE_FIELD: ["place", "count", "field"],
  /** CITY or PARK gap with no covering lab at all. Params: place, count, field. */
  GAP_PLACE_NO_LAB: ["place", "count", "field"],
  /** DIRECTION gap (R10). Params: direction, lab, status (a LabStatus). */
  GAP_DIRECTION: ["direction", "lab", "status"],
  /** DIRECTION gap where a participant is not classified as leading or not. Params: direction, lab, status. */
  GAP_DIRECTION_UNCLASSIFIED: ["direction", "lab", "status"],
  /** CONFLICT group (R5). Params: count, code, name. */
  DUPLICATE_CONFLICT: ["count", "code", "name"],
  /**
   * OVERLAP group of the network view. Params: code, name, leaders (count), leader (the name when
   * leaders is 1, else empty), others (count), other (the name when others is 1, else empty).
   */
  DUPLICATE_OVERLAP: ["code", "name", "leaders", "leader", "others", "other"],
  /**
   * ADJACENT group of the network view (R17). Params: labs (count), lab (the name when labs is 1),
   * code, name, platforms (count), platform (the name when platforms is 1).
   */
  DUPLICATE_ADJACENT: ["labs", "lab", "code", "name", "platforms", "platform"],
  /** OVERLAP pair (duplicatesFor, approvals). Params: lab, codes (comma-separated), other. */
  DUPLICATE_OVERLAP_PAIR: ["lab", "codes", "other"],
  /** ADJACENT pair (duplicatesFor). Params: lab, platform. */
  DUPLICATE_ADJACENT_PAIR: ["lab", "platform"],

  // What a rule check measured (src/analytics/compliance.ts, RuleCheck.measured), by rule.
  R1_NOT_RECORDED: [],
  /** Params: code, name (the lead discipline), university. */
  R1_FIRST_CLASS: ["code", "name", "university"],
  R1_NOT_FIRST_CLASS: ["code", "name", "university"],
  /** R2, R4. */
  NO_LEAD_DISCIPLINE: [],
  /** Params: fields (focus-field codes, comma-separated), names (their Chinese names, in the same order). */
  R2_SUPPORTS: ["fields", "names"],
  /** Params: code (the lead discipline). */
  R2_SUPPORTS_NONE: ["code"],
  NO_LEAD_UNIVERSITY: [],
  R3_NO_FIELD: [],
  R3_PLATFORMS: ["count", "university"],
  R3_NO_PLATFORM: ["university"],
  R4_LEADERS: ["count"],
  R4_EXPERTISE_NOT_RECORDED: ["count"],
  R4_NOT_APPOINTED_YET: [],
  R4_NO_LEADER: [],
  R4_NO_EXPERT: [],
  R7_NO_DIRECTION_YET: [],
  R7_DIRECTIONS: ["count"],
  R8_NOT_RECORDED: [],
  /** Params: amount (CNY). */
  R8_INVESTMENT: ["amount"],
  R9_NOT_RECORDED: [],
  R9_YEARS: ["years"],
  R10_NO_DIRECTION: [],
  /** Params: missing (directions without a leading enterprise), count (all directions). */
  R10_WITHOUT_LEAD: ["missing", "count"],
  R10_UNCLASSIFIED: ["count"],
  R10_ALL_LED: ["count"],
  R11_NOT_RECORDED: [],
  R11_STAFF_ACTUAL: ["staff"],
  R11_STAFF_PLANNED: ["staff"],
  R12_NOT_RECORDED: [],
  /** Params: form (a LegalForm). */
  R12_ON_CAMPUS: ["form"],
  R12_OFF_CAMPUS: ["form"],
  R13_FACTORS: ["count"],
  R13_PARK_LEVEL_NOT_RECORDED: [],
  R13_NO_FACTOR: [],
  R14_NOT_RECORDED: [],
  /** Params: amount (CNY of provincial funds). */
  R14_FUNDS: ["amount"],
  R14_AMOUNT_MISSING: ["amount"],
  /** Params: committee (members of the technical committee). */
  R15_GOVERNED: ["committee"],
  R15_SEATS_WITHOUT_COMMITTEE: [],
  /** Params: missing (DIRECTOR, TECHNICAL_COMMITTEE or BOTH). */
  R15_MISSING_BEFORE_LAUNCH: ["missing"],
  R15_MISSING: ["missing"],
  // A name behind a rule check, with the part it plays (RuleCheck.evidence). Params: name.
  EVIDENCE_GOVERNMENT_INVESTS: ["name"],
  EVIDENCE_LEADING_ENTERPRISE_INVESTS: ["name"],
  EVIDENCE_HIGH_TECH_ZONE: ["name"],
  EVIDENCE_DIRECTOR: ["name"],
  EVIDENCE_TECHNICAL_COMMITTEE: ["name"],
  // A component of a collaboration opportunity's score (ScoreComponent.explanation). Params: value
  // (rounded to 2 decimals), weight, contribution (rounded to 2 decimals).
  SCORE_SHARED_DISCIPLINES: ["value", "weight", "contribution"],
  SCORE_COMPLEMENTARY_DISCIPLINES: ["value", "weight", "contribution"],
  SCORE_COMMON_PARTNERS: ["value", "weight", "contribution"],
  SCORE_SHARED_TALENT: ["value", "weight", "contribution"],
  SCORE_SAME_CITY: ["value", "weight", "contribution"],
  SCORE_SAME_PARK: ["value", "weight", "contribution"],
  /**
   * What a what-if would change (WhatIf.summary). Params: approved (applicants), closed and opened
   * (gaps), newDuplicates, duplicatesOfApproved (groups).
   */
  WHAT_IF_SUMMARY: ["approved", "closed", "opened", "newDuplicates", "duplicatesOfApproved"],
  // Why a write was refused (UserError.message). Lists of enum values are comma-separated.
  /** Params: label (a node label), key. */
  ERROR_NOT_FOUND: ["label", "key"],
  ERROR_PLACE_NOT_FOUND: ["key"],
  ERROR_DUPLICATE_KEY: ["label", "key"],
  /** Params: transition (the mutation), from (LabStatus list), lab, status. */
  ERROR_ILLEGAL_TRANSITION: ["transition", "from", "lab", "status"],
  /** Params: kind (EvaluationKind), during (LabStatus list), lab, status. */
  ERROR_EVALUATION_NOT_NOW: ["kind", "during", "lab", "status"],
  /** Params: transition, kind, outcomes (EvaluationOutcome list), outcome (null: none recorded). */
  ERROR_EVALUATION_REQUIRED: ["transition", "kind", "outcomes", "outcome"],
  /** Params: kind, outcomes. */
  ERROR_EVALUATION_OUTCOME: ["kind", "outcomes"],
  ERROR_OVERRIDE_FORBIDDEN: [],
  ERROR_OVERRIDE_NEEDS_REASON: [],
  /** Approval refused by one CONFLICT group (R5). Params: count, code, name (as DUPLICATE_CONFLICT). */
  ERROR_DUPLICATE_LAYOUT: ["count", "code", "name"],
} as const satisfies Record<string, readonly string[]>;

export type MessageCode = keyof typeof MESSAGE_CODES;
export type ParamValue = string | number | null;
export type MessageParams = Readonly<Record<string, ParamValue>>;

/** A sentence before it is put into words. Plain data: it crosses the event bus (Redis) unchanged. */
export interface Message {
  code: MessageCode;
  params: MessageParams;
}

export type Templates = { readonly [C in MessageCode]: (p: MessageParams) => string };

export function isMessageCode(value: unknown): value is MessageCode {
  return typeof value === "string" && Object.hasOwn(MESSAGE_CODES, value);
}

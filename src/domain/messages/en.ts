/**
 * The English sentences, one per code (codes.ts). They are the words the Cypher files write in their
 * `reason` column for analysts, byte for byte (tests/api/messages.test.ts compares every row of the seed).
 */
import type { ParamValue, Templates } from "./codes.js";

const s = (v: ParamValue | undefined): string => (v === null || v === undefined ? "" : String(v));
const one = (v: ParamValue | undefined): boolean => Number(v) === 1;
/** Amounts as the compliance check has always written them: 300,000,000. */
export const amount = (v: ParamValue | undefined): string =>
  typeof v === "number" ? v.toLocaleString("en-US") : s(v);
const list = (v: ParamValue | undefined, separator: string): string =>
  s(v).split(",").filter(Boolean).join(separator);
const MISSING: Readonly<Record<string, string>> = {
  DIRECTOR: "a director",
  TECHNICAL_COMMITTEE: "a technical committee",
  BOTH: "a director and a technical committee",
};

export const EN: Templates = {
  GAP_FIELD_UNSERVED: (p) => `No covering joint lab and no applicant serves the focus field ${s(p.field)}`,
  GAP_FIELD_APPLICANTS_ONLY: (p) =>
    `No covering joint lab serves the focus field ${s(p.field)}; ${s(p.applicants)} applicant(s) would`,
  GAP_DISCIPLINE: (p) =>
    `First-class discipline ${s(p.code)} ${s(p.name)} (${s(p.universities)} university/ies) supports ` +
    `${s(p.fields)} focus field(s) but no covering joint lab leads or works in it` +
    (Number(p.openFields) > 0 ? `; ${s(p.openFields)} of those fields has no covering lab` : ""),
  GAP_PLACE_FIELD: (p) =>
    `${s(p.place)} has ${s(p.count)} leading enterprise(s) or platform(s) in ${s(p.field)} but no covering joint lab of that field`,
  GAP_PLACE_NO_LAB: (p) =>
    `${s(p.place)} has ${s(p.count)} leading enterprise(s) or platform(s) in ${s(p.field)} but no covering joint lab of that field, and no covering joint lab at all`,
  GAP_DIRECTION: (p) =>
    `Direction ${s(p.direction)} of ${s(p.lab)} (${s(p.status)}) has no industry-leading enterprise`,
  GAP_DIRECTION_UNCLASSIFIED: (p) =>
    `Direction ${s(p.direction)} of ${s(p.lab)} (${s(p.status)}) has no industry-leading enterprise known (a participant is not classified)`,
  DUPLICATE_CONFLICT: (p) =>
    `${s(p.count)} live joint labs share the first-level lead discipline ${s(p.code)} ${s(p.name)}`,
  DUPLICATE_OVERLAP: (p) =>
    `The lead discipline ${s(p.code)} ${s(p.name)} of ` +
    (one(p.leaders) ? s(p.leader) : `${s(p.leaders)} live joint labs`) +
    " is a direction discipline of " +
    (one(p.others) ? s(p.other) : `${s(p.others)} other live joint labs`),
  DUPLICATE_ADJACENT: (p) =>
    (one(p.labs) ? `${s(p.lab)} focuses` : `${s(p.labs)} live joint labs focus`) +
    ` on the field ${s(p.code)} ${s(p.name)} of ` +
    (one(p.platforms) ? s(p.platform) : `${s(p.platforms)} provincial or national labs`) +
    (one(p.labs)
      ? ": a collaboration candidate (R17), not a conflict"
      : ": collaboration candidates (R17), not conflicts"),
  DUPLICATE_OVERLAP_PAIR: (p) =>
    `The lead discipline of ${s(p.lab)} (${s(p.codes)}) is a direction discipline of ${s(p.other)}`,
  DUPLICATE_ADJACENT_PAIR: (p) =>
    `${s(p.lab)} focuses on the field of ${s(p.platform)}: a collaboration candidate (R17), not a conflict`,

  R1_NOT_RECORDED: () => "no lead university or no lead discipline recorded",
  R1_FIRST_CLASS: (p) => `${s(p.code)} ${s(p.name)} at ${s(p.university)}: first-class`,
  R1_NOT_FIRST_CLASS: (p) =>
    `${s(p.code)} ${s(p.name)} at ${s(p.university)}: not a first-class discipline of the university`,
  NO_LEAD_DISCIPLINE: () => "no lead discipline recorded",
  R2_SUPPORTS: (p) => `supports ${s(p.fields)}`,
  R2_SUPPORTS_NONE: (p) => `${s(p.code)} supports no focus field`,
  NO_LEAD_UNIVERSITY: () => "no lead university recorded",
  R3_NO_FIELD: () => "the lab has no focus field recorded",
  R3_PLATFORMS: (p) => `${s(p.count)} platform(s) of the lab's field linked to ${s(p.university)}`,
  R3_NO_PLATFORM: (p) =>
    `no platform of the lab's field is hosted by or collaborates with ${s(p.university)}`,
  R4_LEADERS: (p) => `${s(p.count)} leader(s) expert in the lead discipline`,
  R4_EXPERTISE_NOT_RECORDED: (p) =>
    `the expertise of ${s(p.count)} director or chief scientist is not recorded`,
  R4_NOT_APPOINTED_YET: () => "no director or chief scientist recorded yet (appointed at launch)",
  R4_NO_LEADER: () => "no director or chief scientist recorded",
  R4_NO_EXPERT: () => "no director or chief scientist is expert in the lead discipline",
  R7_NO_DIRECTION_YET: () => "no research direction recorded yet",
  R7_DIRECTIONS: (p) => `${s(p.count)} directions`,
  R8_NOT_RECORDED: () => "no investment recorded",
  R8_INVESTMENT: (p) => `${amount(p.amount)} CNY`,
  R9_NOT_RECORDED: () => "no construction period recorded",
  R9_YEARS: (p) => `${s(p.years)} years`,
  R10_NO_DIRECTION: () => "no research direction recorded",
  R10_WITHOUT_LEAD: (p) =>
    `${s(p.missing)} of ${s(p.count)} directions without an industry-leading enterprise`,
  R10_UNCLASSIFIED: (p) =>
    `${s(p.count)} direction(s) whose participants are not classified as leading or not`,
  R10_ALL_LED: (p) => `all ${s(p.count)} directions have an industry-leading enterprise`,
  R11_NOT_RECORDED: () => "no actual or planned staff recorded",
  R11_STAFF_ACTUAL: (p) => `${s(p.staff)} staff (actual)`,
  R11_STAFF_PLANNED: (p) => `${s(p.staff)} staff (planned)`,
  R12_NOT_RECORDED: () => "legal form or location (on or off campus) not recorded",
  R12_ON_CAMPUS: (p) => `${s(p.form)}, on campus`,
  R12_OFF_CAMPUS: (p) => `${s(p.form)}, off campus`,
  R13_FACTORS: (p) => `${s(p.count)} priority factor(s)`,
  R13_PARK_LEVEL_NOT_RECORDED: () => "located in a park whose level is not recorded",
  R13_NO_FACTOR: () => "no priority factor",
  R14_NOT_RECORDED: () => "no provincial funding recorded",
  R14_FUNDS: (p) => `${amount(p.amount)} CNY of provincial funds`,
  R14_AMOUNT_MISSING: (p) => `${amount(p.amount)} CNY recorded, but a provincial grant has no amount`,
  R15_GOVERNED: (p) => `a director and a technical committee of ${s(p.committee)}`,
  R15_SEATS_WITHOUT_COMMITTEE: () => "committee seats are recorded without saying which committee",
  R15_MISSING_BEFORE_LAUNCH: (p) =>
    `missing ${MISSING[s(p.missing)] ?? s(p.missing)} (governance is set up at launch)`,
  R15_MISSING: (p) => `missing ${MISSING[s(p.missing)] ?? s(p.missing)}`,
  EVIDENCE_GOVERNMENT_INVESTS: (p) => `local government invests: ${s(p.name)}`,
  EVIDENCE_LEADING_ENTERPRISE_INVESTS: (p) => `leading enterprise invests: ${s(p.name)}`,
  EVIDENCE_HIGH_TECH_ZONE: (p) => `in a provincial-or-higher high-tech zone: ${s(p.name)}`,
  EVIDENCE_DIRECTOR: (p) => `director: ${s(p.name)}`,
  EVIDENCE_TECHNICAL_COMMITTEE: (p) => `technical committee: ${s(p.name)}`,
  SCORE_SHARED_DISCIPLINES: (p) =>
    `${s(p.value)} discipline(s) both sides work in, × ${s(p.weight)} = ${s(p.contribution)}`,
  SCORE_COMPLEMENTARY_DISCIPLINES: (p) =>
    `${s(p.value)} pair(s) where one side's discipline supports the other's field, × ${s(p.weight)} = ${s(p.contribution)}`,
  SCORE_COMMON_PARTNERS: (p) =>
    `partners in common, Adamic–Adar ${s(p.value)} (rarer partners count more), × ${s(p.weight)} = ${s(p.contribution)}`,
  SCORE_SHARED_TALENT: (p) =>
    `${s(p.value)} person/people working at both, × ${s(p.weight)} = ${s(p.contribution)}`,
  SCORE_SAME_CITY: (p) => `in the same city, × ${s(p.weight)} = ${s(p.contribution)}`,
  SCORE_SAME_PARK: (p) => `in the same park, × ${s(p.weight)} = ${s(p.contribution)}`,
  WHAT_IF_SUMMARY: (p) =>
    `Approving ${s(p.approved)} applicant(s) would close ${s(p.closed)} gap(s), open ${s(p.opened)} ` +
    `and make ${s(p.newDuplicates)} new duplicate layout(s); the approved belong to ` +
    `${s(p.duplicatesOfApproved)} duplicate group(s)`,
  ERROR_NOT_FOUND: (p) => `${s(p.label)} ${s(p.key)} does not exist`,
  ERROR_PLACE_NOT_FOUND: (p) => `Park or City ${s(p.key)} does not exist`,
  ERROR_DUPLICATE_KEY: (p) => `${s(p.label)} ${s(p.key)} already exists`,
  ERROR_ILLEGAL_TRANSITION: (p) =>
    `${s(p.transition)} needs a lab that is ${list(p.from, " or ")}; ${s(p.lab)} is ${s(p.status)}`,
  ERROR_EVALUATION_NOT_NOW: (p) =>
    `a ${s(p.kind)} evaluation is held while a lab is ${list(p.during, " or ")}; ${s(p.lab)} is ${s(p.status)}`,
  ERROR_EVALUATION_REQUIRED: (p) =>
    `${s(p.transition)} needs the latest ${s(p.kind)} evaluation to be ${list(p.outcomes, " or ")}; it is ${p.outcome === null || p.outcome === undefined ? "missing" : s(p.outcome)}`,
  ERROR_EVALUATION_OUTCOME: (p) => `a ${s(p.kind)} evaluation ends in ${list(p.outcomes, ", ")}`,
  ERROR_OVERRIDE_FORBIDDEN: () => "only an ADMIN may override",
  ERROR_OVERRIDE_NEEDS_REASON: () => "an override needs a reason",
  ERROR_DUPLICATE_LAYOUT: (p) =>
    `approval refused (R5): ${s(p.count)} live joint labs share the first-level lead discipline ${s(p.code)} ${s(p.name)}`,
};

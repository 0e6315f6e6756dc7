/**
 * Rule compliance of joint labs: measurements from cypher/queries/lab-compliance.cypher, judged against
 * the rules of src/domain/rules.ts. Missing data gives UNKNOWN, never PASS. One reading of each rule,
 * shared with the seed's reference checker (seeds/jiangsu/check.mjs): R11 counts the actual staff when
 * recorded, else the planned staff, for every status; a person an applicant has not appointed yet
 * (director, chief scientist, technical committee) is UNKNOWN for R4 and R15 alike, and FAIL once the
 * lab is launched.
 */
import { APPLICANT_STATUSES, COVERING_STATUSES } from "../domain/enums.js";
import { LAB_RULES, RULES, type LabRuleId, type Rule, type RuleId, type RuleKind } from "../domain/rules.js";
import {
  render,
  type Language,
  type Message,
  type MessageCode,
  type MessageParams,
} from "../domain/messages/index.js";
import type { Graph, QueryStats } from "../graph/graph.js";
import type { Plain } from "../graph/values.js";
import { runQuery, type Row } from "./query-file.js";

export type CheckStatus = "PASS" | "FAIL" | "UNKNOWN";

export interface RuleCheck {
  rule: RuleId;
  kind: RuleKind;
  title: string;
  textZh: string;
  status: CheckStatus;
  /** What the graph says, in English. */
  measured: string;
  /** What the graph says, as a code and parameters (src/domain/messages). */
  measuredMessage: Message;
  /** The number measured, where there is one. */
  value: number | null;
  /** The rule's bound, in words. */
  bound: string;
  /** Names behind the measurement (platforms, leaders, directions, …), in English. */
  evidence: string[];
  /** The same, as names or messages (a name with the part it plays, e.g. director). */
  evidenceEntries: EvidenceEntry[];
}

/** A name behind a measurement, as it is, or a message naming it with the part it plays. */
export type EvidenceEntry = string | Message;

export function renderEvidence(entry: EvidenceEntry, language: Language): string {
  return typeof entry === "string" ? entry : render(entry, language);
}

export interface ComplianceResult {
  labId: string;
  /** FAIL when a requirement or the ceiling fails; else UNKNOWN when one cannot be checked; else PASS. */
  status: CheckStatus;
  /** COVERING, APPLICANT or INACTIVE (EXITED, REJECTED). */
  standing: "COVERING" | "APPLICANT" | "INACTIVE";
  checks: RuleCheck[];
}

const str = (v: Plain | undefined): string | null => (typeof v === "string" ? v : null);
const num = (v: Plain | undefined): number | null => (typeof v === "number" ? v : null);
const list = (v: Plain | undefined): string[] | null => (Array.isArray(v) ? v.map(String) : null);
const fmt = (n: number): string => n.toLocaleString("en-US");

/** The rule's bound in words: "3–5 directions", "≥ 200 staff"; in Chinese "3–5 个研发方向". */
export function bound(rule: Rule, language: Language = "EN"): string {
  const name = language === "ZH" ? rule.unitZh : rule.unit;
  const unit = name ? ` ${name}` : "";
  if (rule.min !== undefined && rule.max !== undefined) return `${fmt(rule.min)}–${fmt(rule.max)}${unit}`;
  if (rule.min !== undefined) return `≥ ${fmt(rule.min)}${unit}`;
  if (rule.max !== undefined) return `≤ ${fmt(rule.max)}${unit}`;
  return "";
}

function within(rule: Rule, value: number): boolean {
  return (rule.min === undefined || value >= rule.min) && (rule.max === undefined || value <= rule.max);
}

type Verdict = Pick<RuleCheck, "status"> &
  Partial<Pick<RuleCheck, "value" | "bound">> & {
    /** What the graph says, as a message (put into words in the reader's language). */
    measured: Message;
    /** Names behind the measurement, or messages naming them with the part they play. */
    evidence?: EvidenceEntry[];
  };

const m = (code: MessageCode, params: MessageParams = {}): Message => ({ code, params });
const named = (code: MessageCode) => (name: string) => m(code, { name });

/** One function per rule: the row's measurements → a verdict. */
const JUDGES: Record<LabRuleId, (row: Row, applicant: boolean) => Verdict> = {
  R1: (row) => {
    const firstClass = row.leadFirstClass;
    if (firstClass === null || firstClass === undefined) {
      return { status: "UNKNOWN", measured: m("R1_NOT_RECORDED") };
    }
    const what = {
      code: str(row.disciplineCode),
      name: str(row.disciplineName),
      university: str(row.universityName),
    };
    return firstClass
      ? { status: "PASS", measured: m("R1_FIRST_CLASS", what) }
      : { status: "FAIL", measured: m("R1_NOT_FIRST_CLASS", what) };
  },
  R2: (row) => {
    const fields = list(row.leadFocusFields);
    if (fields === null) return { status: "UNKNOWN", measured: m("NO_LEAD_DISCIPLINE") };
    return fields.length
      ? {
          status: "PASS",
          measured: m("R2_SUPPORTS", {
            fields: fields.join(", "),
            names: (list(row.leadFocusFieldNames) ?? fields).join("、"),
          }),
          value: fields.length,
          evidence: fields,
        }
      : {
          status: "FAIL",
          measured: m("R2_SUPPORTS_NONE", { code: str(row.disciplineCode) }),
          value: 0,
        };
  },
  R3: (row) => {
    if (row.universityId === null) return { status: "UNKNOWN", measured: m("NO_LEAD_UNIVERSITY") };
    if (!list(row.labFields)?.length) return { status: "UNKNOWN", measured: m("R3_NO_FIELD") };
    const platforms = list(row.universityPlatforms) ?? [];
    const university = str(row.universityName);
    return platforms.length
      ? {
          status: "PASS",
          measured: m("R3_PLATFORMS", { count: platforms.length, university }),
          value: platforms.length,
          evidence: platforms,
        }
      : { status: "FAIL", measured: m("R3_NO_PLATFORM", { university }), value: 0 };
  },
  R4: (row, applicant) => {
    const leaders = list(row.leaders);
    if (leaders === null) return { status: "UNKNOWN", measured: m("NO_LEAD_DISCIPLINE") };
    if (leaders.length)
      return {
        status: "PASS",
        measured: m("R4_LEADERS", { count: leaders.length }),
        value: leaders.length,
        evidence: leaders,
      };
    const unrecorded = list(row.leadersWithoutExpertise) ?? [];
    if (unrecorded.length) {
      return {
        status: "UNKNOWN",
        measured: m("R4_EXPERTISE_NOT_RECORDED", { count: unrecorded.length }),
        evidence: unrecorded,
      };
    }
    // No director or chief scientist at all: an applicant's people are appointed at launch (as R15 reads it).
    if ((num(row.leadersRecorded) ?? 0) === 0)
      return applicant
        ? { status: "UNKNOWN", measured: m("R4_NOT_APPOINTED_YET") }
        : { status: "FAIL", measured: m("R4_NO_LEADER"), value: 0 };
    return { status: "FAIL", measured: m("R4_NO_EXPERT"), value: 0 };
  },
  R7: (row, applicant) => {
    const count = num(row.directionCount) ?? 0;
    if (count === 0 && applicant) return { status: "UNKNOWN", measured: m("R7_NO_DIRECTION_YET"), value: 0 };
    return {
      status: within(RULES.R7, count) ? "PASS" : "FAIL",
      measured: m("R7_DIRECTIONS", { count }),
      value: count,
    };
  },
  R8: (row) => {
    const amount = num(row.investmentCny);
    if (amount === null) return { status: "UNKNOWN", measured: m("R8_NOT_RECORDED") };
    return {
      status: within(RULES.R8, amount) ? "PASS" : "FAIL",
      measured: m("R8_INVESTMENT", { amount }),
      value: amount,
    };
  },
  R9: (row) => {
    const years = num(row.constructionYears);
    if (years === null) return { status: "UNKNOWN", measured: m("R9_NOT_RECORDED") };
    return {
      status: within(RULES.R9, years) ? "PASS" : "FAIL",
      measured: m("R9_YEARS", { years }),
      value: years,
    };
  },
  R10: (row) => {
    const count = num(row.directionCount) ?? 0;
    if (count === 0) return { status: "UNKNOWN", measured: m("R10_NO_DIRECTION") };
    const missing = list(row.directionsWithoutLead) ?? [];
    if (missing.length) {
      return {
        status: "FAIL",
        measured: m("R10_WITHOUT_LEAD", { missing: missing.length, count }),
        value: missing.length,
        evidence: missing,
      };
    }
    const unclassified = list(row.directionsUnclassified) ?? [];
    if (unclassified.length) {
      return {
        status: "UNKNOWN",
        measured: m("R10_UNCLASSIFIED", { count: unclassified.length }),
        evidence: unclassified,
      };
    }
    return { status: "PASS", measured: m("R10_ALL_LED", { count }), value: 0 };
  },
  R11: (row) => {
    // "At least 200 staff once built": the actual staff when recorded, else the planned staff, whatever
    // the status (an operating lab without an actual count is judged on its plan, an exited one on its
    // actual count); `measured` says which figure was used.
    const actual = num(row.staffActual);
    const staff = actual ?? num(row.staffPlanned);
    if (staff === null) return { status: "UNKNOWN", measured: m("R11_NOT_RECORDED") };
    return {
      status: within(RULES.R11, staff) ? "PASS" : "FAIL",
      measured: m(actual === null ? "R11_STAFF_PLANNED" : "R11_STAFF_ACTUAL", { staff }),
      value: staff,
    };
  },
  R12: (row) => {
    const form = str(row.legalForm);
    const onCampus = row.onCampus;
    if (form === null || typeof onCampus !== "boolean")
      return { status: "UNKNOWN", measured: m("R12_NOT_RECORDED") };
    const consistent = (form === "ON_CAMPUS_UNIT") === onCampus;
    return {
      status: consistent ? "PASS" : "FAIL",
      measured: m(onCampus ? "R12_ON_CAMPUS" : "R12_OFF_CAMPUS", { form }),
    };
  },
  R13: (row) => {
    const flags = [
      ...(list(row.governmentInvestors) ?? []).map(named("EVIDENCE_GOVERNMENT_INVESTS")),
      ...(list(row.leadingEnterpriseInvestors) ?? []).map(named("EVIDENCE_LEADING_ENTERPRISE_INVESTS")),
      ...(list(row.highTechZones) ?? []).map(named("EVIDENCE_HIGH_TECH_ZONE")),
    ];
    if (flags.length)
      return {
        status: "PASS",
        measured: m("R13_FACTORS", { count: flags.length }),
        value: flags.length,
        evidence: flags,
      };
    const unknownParks = list(row.parksOfUnknownLevel) ?? [];
    if (unknownParks.length)
      return { status: "UNKNOWN", measured: m("R13_PARK_LEVEL_NOT_RECORDED"), evidence: unknownParks };
    return { status: "FAIL", measured: m("R13_NO_FACTOR"), value: 0 };
  },
  R14: (row) => {
    const records = num(row.fundingRecords) ?? 0;
    const total = num(row.provincialFundsCny) ?? 0;
    if (records === 0) return { status: "UNKNOWN", measured: m("R14_NOT_RECORDED") };
    if (total > RULES.R14.max!)
      return { status: "FAIL", measured: m("R14_FUNDS", { amount: total }), value: total };
    if ((num(row.fundingRecordsWithoutAmount) ?? 0) > 0) {
      return {
        status: "UNKNOWN",
        measured: m("R14_AMOUNT_MISSING", { amount: total }),
        value: total,
      };
    }
    return { status: "PASS", measured: m("R14_FUNDS", { amount: total }), value: total };
  },
  R15: (row, applicant) => {
    const directors = list(row.directors) ?? [];
    const technical = list(row.technicalCommittee) ?? [];
    const evidence = [
      ...directors.map(named("EVIDENCE_DIRECTOR")),
      ...technical.map(named("EVIDENCE_TECHNICAL_COMMITTEE")),
    ];
    if (directors.length && technical.length)
      return {
        status: "PASS",
        measured: m("R15_GOVERNED", { committee: technical.length }),
        evidence,
      };
    const missing = directors.length ? "TECHNICAL_COMMITTEE" : technical.length ? "DIRECTOR" : "BOTH";
    if (!technical.length && (num(row.committeeSeatsWithoutRole) ?? 0) > 0 && directors.length) {
      return { status: "UNKNOWN", measured: m("R15_SEATS_WITHOUT_COMMITTEE"), evidence };
    }
    // An applicant's governance is set up at launch (as R4 reads a missing leader).
    if (applicant)
      return { status: "UNKNOWN", measured: m("R15_MISSING_BEFORE_LAUNCH", { missing }), evidence };
    return { status: "FAIL", measured: m("R15_MISSING", { missing }), evidence };
  },
};

export function evaluateCompliance(row: Row): ComplianceResult {
  const status = String(row.status);
  const applicant = (APPLICANT_STATUSES as readonly string[]).includes(status);
  const covering = (COVERING_STATUSES as readonly string[]).includes(status);
  const checks = LAB_RULES.map((id): RuleCheck => {
    const rule = RULES[id];
    const { measured, evidence = [], ...verdict } = JUDGES[id](row, applicant);
    return {
      rule: id,
      kind: rule.kind,
      title: rule.title,
      textZh: rule.textZh,
      bound: bound(rule),
      value: null,
      ...verdict,
      measured: render(measured, "EN"),
      measuredMessage: measured,
      evidence: evidence.map((e) => renderEvidence(e, "EN")),
      evidenceEntries: evidence,
    };
  });
  const binding = checks.filter((c) => c.kind !== "PRIORITY");
  const overall: CheckStatus = binding.some((c) => c.status === "FAIL")
    ? "FAIL"
    : binding.some((c) => c.status === "UNKNOWN")
      ? "UNKNOWN"
      : "PASS";
  return {
    labId: String(row.id),
    status: overall,
    standing: covering ? "COVERING" : applicant ? "APPLICANT" : "INACTIVE",
    checks,
  };
}

/** Compliance of the given labs (all labs when `ids` is null), in id order. */
export async function labCompliance(
  graph: Graph,
  ids: readonly string[] | null,
  stats?: QueryStats,
): Promise<ComplianceResult[]> {
  const rows = await runQuery(graph, "lab-compliance", { ids }, stats);
  return rows.map(evaluateCompliance);
}

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
  /** What the graph says, in words. */
  measured: string;
  /** The number measured, where there is one. */
  value: number | null;
  /** The rule's bound, in words. */
  bound: string;
  /** Names behind the measurement (platforms, leaders, directions, …). */
  evidence: string[];
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

function bound(rule: Rule): string {
  const unit = rule.unit ? ` ${rule.unit}` : "";
  if (rule.min !== undefined && rule.max !== undefined) return `${fmt(rule.min)}–${fmt(rule.max)}${unit}`;
  if (rule.min !== undefined) return `≥ ${fmt(rule.min)}${unit}`;
  if (rule.max !== undefined) return `≤ ${fmt(rule.max)}${unit}`;
  return "";
}

function within(rule: Rule, value: number): boolean {
  return (rule.min === undefined || value >= rule.min) && (rule.max === undefined || value <= rule.max);
}

type Verdict = Pick<RuleCheck, "status" | "measured"> &
  Partial<Pick<RuleCheck, "value" | "evidence" | "bound">>;

/** One function per rule: the row's measurements → a verdict. */
const JUDGES: Record<LabRuleId, (row: Row, applicant: boolean) => Verdict> = {
  R1: (row) => {
    const firstClass = row.leadFirstClass;
    if (firstClass === null || firstClass === undefined) {
      return { status: "UNKNOWN", measured: "no lead university or no lead discipline recorded" };
    }
    const what = `${str(row.disciplineCode)} ${str(row.disciplineName)} at ${str(row.universityName)}`;
    return firstClass
      ? { status: "PASS", measured: `${what}: first-class` }
      : { status: "FAIL", measured: `${what}: not a first-class discipline of the university` };
  },
  R2: (row) => {
    const fields = list(row.leadFocusFields);
    if (fields === null) return { status: "UNKNOWN", measured: "no lead discipline recorded" };
    return fields.length
      ? { status: "PASS", measured: `supports ${fields.join(", ")}`, value: fields.length, evidence: fields }
      : { status: "FAIL", measured: `${str(row.disciplineCode)} supports no focus field`, value: 0 };
  },
  R3: (row) => {
    if (row.universityId === null) return { status: "UNKNOWN", measured: "no lead university recorded" };
    if (!list(row.labFields)?.length)
      return { status: "UNKNOWN", measured: "the lab has no focus field recorded" };
    const platforms = list(row.universityPlatforms) ?? [];
    return platforms.length
      ? {
          status: "PASS",
          measured: `${platforms.length} platform(s) of the lab's field linked to ${str(row.universityName)}`,
          value: platforms.length,
          evidence: platforms,
        }
      : {
          status: "FAIL",
          measured: `no platform of the lab's field is hosted by or collaborates with ${str(row.universityName)}`,
          value: 0,
        };
  },
  R4: (row, applicant) => {
    const leaders = list(row.leaders);
    if (leaders === null) return { status: "UNKNOWN", measured: "no lead discipline recorded" };
    if (leaders.length)
      return {
        status: "PASS",
        measured: `${leaders.length} leader(s) expert in the lead discipline`,
        value: leaders.length,
        evidence: leaders,
      };
    const unrecorded = list(row.leadersWithoutExpertise) ?? [];
    if (unrecorded.length) {
      return {
        status: "UNKNOWN",
        measured: `the expertise of ${unrecorded.length} director or chief scientist is not recorded`,
        evidence: unrecorded,
      };
    }
    // No director or chief scientist at all: an applicant's people are appointed at launch (as R15 reads it).
    if ((num(row.leadersRecorded) ?? 0) === 0)
      return applicant
        ? { status: "UNKNOWN", measured: "no director or chief scientist recorded yet (appointed at launch)" }
        : { status: "FAIL", measured: "no director or chief scientist recorded", value: 0 };
    return {
      status: "FAIL",
      measured: "no director or chief scientist is expert in the lead discipline",
      value: 0,
    };
  },
  R7: (row, applicant) => {
    const count = num(row.directionCount) ?? 0;
    if (count === 0 && applicant)
      return { status: "UNKNOWN", measured: "no research direction recorded yet", value: 0 };
    return {
      status: within(RULES.R7, count) ? "PASS" : "FAIL",
      measured: `${count} directions`,
      value: count,
    };
  },
  R8: (row) => {
    const amount = num(row.investmentCny);
    if (amount === null) return { status: "UNKNOWN", measured: "no investment recorded" };
    return {
      status: within(RULES.R8, amount) ? "PASS" : "FAIL",
      measured: `${fmt(amount)} CNY`,
      value: amount,
    };
  },
  R9: (row) => {
    const years = num(row.constructionYears);
    if (years === null) return { status: "UNKNOWN", measured: "no construction period recorded" };
    return { status: within(RULES.R9, years) ? "PASS" : "FAIL", measured: `${years} years`, value: years };
  },
  R10: (row) => {
    const count = num(row.directionCount) ?? 0;
    if (count === 0) return { status: "UNKNOWN", measured: "no research direction recorded" };
    const missing = list(row.directionsWithoutLead) ?? [];
    if (missing.length) {
      return {
        status: "FAIL",
        measured: `${missing.length} of ${count} directions without an industry-leading enterprise`,
        value: missing.length,
        evidence: missing,
      };
    }
    const unclassified = list(row.directionsUnclassified) ?? [];
    if (unclassified.length) {
      return {
        status: "UNKNOWN",
        measured: `${unclassified.length} direction(s) whose participants are not classified as leading or not`,
        evidence: unclassified,
      };
    }
    return {
      status: "PASS",
      measured: `all ${count} directions have an industry-leading enterprise`,
      value: 0,
    };
  },
  R11: (row) => {
    // "At least 200 staff once built": the actual staff when recorded, else the planned staff, whatever
    // the status (an operating lab without an actual count is judged on its plan, an exited one on its
    // actual count); `measured` says which figure was used.
    const actual = num(row.staffActual);
    const staff = actual ?? num(row.staffPlanned);
    if (staff === null) return { status: "UNKNOWN", measured: "no actual or planned staff recorded" };
    return {
      status: within(RULES.R11, staff) ? "PASS" : "FAIL",
      measured: `${staff} staff (${actual === null ? "planned" : "actual"})`,
      value: staff,
    };
  },
  R12: (row) => {
    const form = str(row.legalForm);
    const onCampus = row.onCampus;
    if (form === null || typeof onCampus !== "boolean")
      return { status: "UNKNOWN", measured: "legal form or location (on or off campus) not recorded" };
    const consistent = (form === "ON_CAMPUS_UNIT") === onCampus;
    return { status: consistent ? "PASS" : "FAIL", measured: `${form}, ${onCampus ? "on" : "off"} campus` };
  },
  R13: (row) => {
    const flags = [
      ...(list(row.governmentInvestors) ?? []).map((n) => `local government invests: ${n}`),
      ...(list(row.leadingEnterpriseInvestors) ?? []).map((n) => `leading enterprise invests: ${n}`),
      ...(list(row.highTechZones) ?? []).map((n) => `in a provincial-or-higher high-tech zone: ${n}`),
    ];
    if (flags.length)
      return {
        status: "PASS",
        measured: `${flags.length} priority factor(s)`,
        value: flags.length,
        evidence: flags,
      };
    const unknownParks = list(row.parksOfUnknownLevel) ?? [];
    if (unknownParks.length)
      return {
        status: "UNKNOWN",
        measured: "located in a park whose level is not recorded",
        evidence: unknownParks,
      };
    return { status: "FAIL", measured: "no priority factor", value: 0 };
  },
  R14: (row) => {
    const records = num(row.fundingRecords) ?? 0;
    const total = num(row.provincialFundsCny) ?? 0;
    if (records === 0) return { status: "UNKNOWN", measured: "no provincial funding recorded" };
    if (total > RULES.R14.max!)
      return { status: "FAIL", measured: `${fmt(total)} CNY of provincial funds`, value: total };
    if ((num(row.fundingRecordsWithoutAmount) ?? 0) > 0) {
      return {
        status: "UNKNOWN",
        measured: `${fmt(total)} CNY recorded, but a provincial grant has no amount`,
        value: total,
      };
    }
    return { status: "PASS", measured: `${fmt(total)} CNY of provincial funds`, value: total };
  },
  R15: (row, applicant) => {
    const directors = list(row.directors) ?? [];
    const technical = list(row.technicalCommittee) ?? [];
    const evidence = [
      ...directors.map((n) => `director: ${n}`),
      ...technical.map((n) => `technical committee: ${n}`),
    ];
    if (directors.length && technical.length)
      return {
        status: "PASS",
        measured: `a director and a technical committee of ${technical.length}`,
        evidence,
      };
    const missing = [
      directors.length ? null : "a director",
      technical.length ? null : "a technical committee",
    ]
      .filter(Boolean)
      .join(" and ");
    if (!technical.length && (num(row.committeeSeatsWithoutRole) ?? 0) > 0 && directors.length) {
      return {
        status: "UNKNOWN",
        measured: "committee seats are recorded without saying which committee",
        evidence,
      };
    }
    // An applicant's governance is set up at launch (as R4 reads a missing leader).
    if (applicant)
      return { status: "UNKNOWN", measured: `missing ${missing} (governance is set up at launch)`, evidence };
    return { status: "FAIL", measured: `missing ${missing}`, evidence };
  },
};

export function evaluateCompliance(row: Row): ComplianceResult {
  const status = String(row.status);
  const applicant = (APPLICANT_STATUSES as readonly string[]).includes(status);
  const covering = (COVERING_STATUSES as readonly string[]).includes(status);
  const checks = LAB_RULES.map((id): RuleCheck => {
    const rule = RULES[id];
    const verdict = JUDGES[id](row, applicant);
    return {
      rule: id,
      kind: rule.kind,
      title: rule.title,
      textZh: rule.textZh,
      bound: bound(rule),
      value: null,
      evidence: [],
      ...verdict,
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

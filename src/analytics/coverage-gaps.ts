/** Coverage gaps (R6, R1/R2, R10): one Cypher file per dimension, rows mapped to explained gaps. */
import type { Graph, QueryStats } from "../graph/graph.js";
import type { RuleId } from "../domain/rules.js";
import { runQuery, type Row } from "./query-file.js";
import { statusParams } from "./statuses.js";

export type GapDimension = "FIELD" | "DISCIPLINE" | "CITY" | "PARK" | "DIRECTION";
export type Severity = "HIGH" | "MEDIUM" | "LOW";

export interface EvidenceItem {
  role: string;
  label: string;
  key: string;
  name: string | null;
  detail: string | null;
}

export interface CoverageGap {
  dimension: GapDimension;
  subjectLabel: string;
  subjectKey: string;
  subjectName: string;
  fieldCode: string | null;
  fieldName: string | null;
  severity: Severity;
  reason: string;
  rules: RuleId[];
  evidence: EvidenceItem[];
}

/** Which file answers a dimension, with which extra parameters, under which rules. */
const DIMENSIONS: Record<GapDimension, { file: string; params?: Record<string, string>; rules: RuleId[] }> = {
  FIELD: { file: "coverage-gaps-field", rules: ["R6"] },
  DISCIPLINE: { file: "coverage-gaps-discipline", rules: ["R1", "R2"] },
  CITY: { file: "coverage-gaps-place", params: { placeKind: "CITY" }, rules: ["R6", "R13"] },
  PARK: { file: "coverage-gaps-place", params: { placeKind: "PARK" }, rules: ["R6", "R13"] },
  DIRECTION: { file: "coverage-gaps-direction", rules: ["R10"] },
};

export const GAP_DIMENSIONS = Object.keys(DIMENSIONS) as GapDimension[];

export function evidenceOf(value: unknown): EvidenceItem[] {
  if (!Array.isArray(value)) return [];
  return value.map((item: Record<string, unknown>) => ({
    role: String(item.role),
    label: String(item.label),
    key: String(item.key),
    name: item.name === null || item.name === undefined ? null : String(item.name),
    detail: item.detail === null || item.detail === undefined ? null : String(item.detail),
  }));
}

function toGap(dimension: GapDimension, row: Row): CoverageGap {
  return {
    dimension,
    subjectLabel: String(row.subjectLabel),
    subjectKey: String(row.subjectKey),
    subjectName: String(row.subjectName),
    fieldCode: row.fieldCode === null ? null : String(row.fieldCode),
    fieldName: row.fieldName === null ? null : String(row.fieldName),
    severity: row.severity as Severity,
    reason: String(row.reason),
    rules: DIMENSIONS[dimension].rules,
    evidence: evidenceOf(row.evidence),
  };
}

export async function coverageGaps(
  graph: Graph,
  dimension: GapDimension,
  options: { approve?: readonly string[]; stats?: QueryStats } = {},
): Promise<CoverageGap[]> {
  const { file, params } = DIMENSIONS[dimension];
  const rows = await runQuery(graph, file, { ...statusParams(options.approve), ...params }, options.stats);
  return rows.map((row) => toGap(dimension, row));
}

/** A stable identity for a gap, to compare two answers (the what-if). */
export function gapKey(gap: CoverageGap): string {
  return `${gap.dimension}|${gap.subjectKey}|${gap.fieldCode ?? ""}`;
}

/** The gaps of every dimension (the what-if and the layout alerts compare two such answers). */
export async function allCoverageGaps(
  graph: Graph,
  options: { approve?: readonly string[]; stats?: QueryStats } = {},
): Promise<CoverageGap[]> {
  return (await Promise.all(GAP_DIMENSIONS.map((d) => coverageGaps(graph, d, options)))).flat();
}

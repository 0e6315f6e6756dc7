/** Coverage gaps (R6, R1/R2, R10): one Cypher file per dimension, rows mapped to explained gaps. */
import type { Graph, QueryStats } from "../graph/graph.js";
import type { RuleId } from "../domain/rules.js";
import { messageOf, type Message } from "../domain/messages/index.js";
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
  /** The reason in English, as the Cypher file writes it for analysts. */
  reason: string;
  /** The reason as a code and parameters (src/domain/messages): what the API puts into words. */
  reasonMessage: Message;
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
    reasonMessage: messageOf(row.reasonCode, row.reasonParams),
    rules: DIMENSIONS[dimension].rules,
    evidence: evidenceOf(row.evidence),
  };
}

/**
 * Which part of a dimension to compute (null or absent: all of it). `fields`: focus-field codes — FIELD
 * those fields, DISCIPLINE the disciplines supporting one, CITY/PARK the rows of those fields, DIRECTION
 * the directions in a discipline supporting one. `places` (CITY, PARK): city or park ids, only their rows.
 * `labs` (DIRECTION): the directions of those labs. A scoped row is the same row as unscoped; only rows
 * outside the scope are left out.
 */
export interface GapScope {
  fields?: readonly string[] | null;
  places?: readonly string[] | null;
  labs?: readonly string[] | null;
}

export interface GapOptions extends GapScope {
  approve?: readonly string[];
  stats?: QueryStats;
}

export async function coverageGaps(
  graph: Graph,
  dimension: GapDimension,
  options: GapOptions = {},
): Promise<CoverageGap[]> {
  const { file, params } = DIMENSIONS[dimension];
  const scope: Record<string, unknown> = { fields: options.fields ?? null };
  if (dimension === "DIRECTION") scope.labs = options.labs ?? null;
  else if (options.labs) throw new Error(`the ${dimension} gaps take no lab scope`);
  if (dimension === "CITY" || dimension === "PARK") scope.places = options.places ?? null;
  else if (options.places) throw new Error(`the ${dimension} gaps take no place scope`);
  const rows = await runQuery(
    graph,
    file,
    { ...statusParams(options.approve), ...params, ...scope },
    options.stats,
  );
  return rows.map((row) => toGap(dimension, row));
}

/** A stable identity for a gap, to compare two answers (the what-if). */
export function gapKey(gap: CoverageGap): string {
  return `${gap.dimension}|${gap.subjectKey}|${gap.fieldCode ?? ""}`;
}

/**
 * The gaps of several dimensions, each in its scope (the what-if and the layout alerts compare two such
 * answers). Without `scopes`, every dimension in full; with it, only the dimensions it names.
 */
export async function allCoverageGaps(
  graph: Graph,
  options: {
    approve?: readonly string[];
    stats?: QueryStats;
    scopes?: Partial<Record<GapDimension, GapScope>>;
  } = {},
): Promise<CoverageGap[]> {
  const { scopes, ...rest } = options;
  const dimensions = scopes ? GAP_DIMENSIONS.filter((d) => scopes[d]) : GAP_DIMENSIONS;
  return (
    await Promise.all(dimensions.map((d) => coverageGaps(graph, d, { ...rest, ...scopes?.[d] })))
  ).flat();
}

/** How many gaps each dimension has (the rows of `coverageGaps`), without computing them. */
export async function countCoverageGaps(
  graph: Graph,
  options: { approve?: readonly string[]; stats?: QueryStats } = {},
): Promise<Record<GapDimension, number>> {
  const [row] = await runQuery(
    graph,
    "coverage-gaps-count",
    { ...statusParams(options.approve) },
    options.stats,
  );
  return {
    FIELD: Number(row!.field),
    DISCIPLINE: Number(row!.discipline),
    CITY: Number(row!.city),
    PARK: Number(row!.park),
    DIRECTION: Number(row!.direction),
  };
}

/** The focus fields of some labs, and the cities and parks they are in (directly or through a park): what scopes their gaps. */
export async function labsReach(
  graph: Graph,
  labs: readonly string[],
  stats?: QueryStats,
): Promise<{ fields: string[]; cities: string[]; parks: string[] }> {
  const result = await graph.read(
    `MATCH (l:JointLab) WHERE l.id IN $labs
     RETURN COLLECT { MATCH (l)-[:FOCUSES_ON]->(f:Field {kind: 'FOCUS'}) RETURN DISTINCT f.code } AS fields,
       COLLECT { MATCH (l)-[:LOCATED_IN*1..2]->(c:City) RETURN DISTINCT c.id } AS cities,
       COLLECT { MATCH (l)-[:LOCATED_IN*1..2]->(p:Park) RETURN DISTINCT p.id } AS parks`,
    { labs },
    stats,
  );
  const all = (key: string) => [...new Set(result.records.flatMap((r) => r.get(key) as string[]))].sort();
  return { fields: all("fields"), cities: all("cities"), parks: all("parks") };
}

/** The shapes of the answers the console's pages read (hand-written from schema/schema.graphql). */

export type LabStatus =
  "APPLYING" | "UNDER_REVIEW" | "APPROVED" | "CONSTRUCTING" | "OPERATING" | "EXITED" | "REJECTED";
export const LAB_STATUSES: LabStatus[] = [
  "APPLYING",
  "UNDER_REVIEW",
  "APPROVED",
  "CONSTRUCTING",
  "OPERATING",
  "EXITED",
  "REJECTED",
];
export type Severity = "HIGH" | "MEDIUM" | "LOW";
export type CheckStatus = "PASS" | "FAIL" | "UNKNOWN";
export type DuplicateKind = "CONFLICT" | "OVERLAP" | "ADJACENT";
export type GapDimension = "FIELD" | "DISCIPLINE" | "CITY" | "PARK" | "DIRECTION";

export interface Named {
  name: string;
  nameEn?: string | null;
}

export interface Edges<T> {
  edges: { node: T }[];
  totalCount?: number;
}

export interface Evidence {
  key: string;
  label: string;
  name?: string | null;
  role: string;
  detail?: string | null;
}

export interface CoverageGap {
  dimension: GapDimension;
  subjectKey: string;
  subjectLabel: string;
  subjectName: string;
  fieldCode?: string | null;
  fieldName?: string | null;
  severity: Severity;
  reason: string;
  rules: string[];
  evidence: Evidence[];
}

export interface GapReport {
  covering?: LabStatus[];
  applicants?: LabStatus[];
  totalCount: number;
  gaps: CoverageGap[];
}

export interface DuplicateMember {
  key: string;
  label: string;
  name: string;
  status?: LabStatus | null;
  covering: boolean;
}

export interface DuplicateGroup {
  kind: DuplicateKind;
  severity: Severity;
  reason: string;
  memberCount: number;
  shared: { key: string; label: string; name: string }[];
  members: DuplicateMember[];
  proofs: string[];
}

export interface UserError {
  code: string;
  field?: string | null;
  message: string;
}

export function nodes<T>(connection: Edges<T> | undefined | null): T[] {
  return connection?.edges.map((edge) => edge.node) ?? [];
}

/** Coloured tags for the enum values a planner reads: lab status, severity, rule outcome, duplicate kind. */
import { Tag } from "antd";
import { useI18n } from "../i18n";

const STATUS_COLOURS: Record<string, string> = {
  APPLYING: "gold",
  UNDER_REVIEW: "orange",
  APPROVED: "cyan",
  CONSTRUCTING: "blue",
  OPERATING: "green",
  EXITED: "default",
  REJECTED: "default",
};
const SEVERITY_COLOURS: Record<string, string> = { HIGH: "red", MEDIUM: "orange", LOW: "blue" };
const OUTCOME_COLOURS: Record<string, string> = { PASS: "green", FAIL: "red", UNKNOWN: "default" };
const DUPLICATE_COLOURS: Record<string, string> = { CONFLICT: "red", OVERLAP: "orange", ADJACENT: "blue" };

export function StatusTag({ status }: { status: string | null | undefined }) {
  const { tEnum } = useI18n();
  if (!status) return null;
  return <Tag color={STATUS_COLOURS[status]}>{tEnum("status", status)}</Tag>;
}

export function SeverityTag({ severity }: { severity: string }) {
  const { tEnum } = useI18n();
  return <Tag color={SEVERITY_COLOURS[severity]}>{tEnum("severity", severity)}</Tag>;
}

export function OutcomeTag({ outcome }: { outcome: string }) {
  const { tEnum } = useI18n();
  return (
    <Tag color={OUTCOME_COLOURS[outcome]} data-outcome={outcome}>
      {tEnum("outcome", outcome)}
    </Tag>
  );
}

export function DuplicateKindTag({ kind }: { kind: string }) {
  const { tEnum } = useI18n();
  return <Tag color={DUPLICATE_COLOURS[kind]}>{tEnum("duplicate", kind)}</Tag>;
}

export const SEVERITY_ORDER: Record<string, number> = { HIGH: 0, MEDIUM: 1, LOW: 2 };

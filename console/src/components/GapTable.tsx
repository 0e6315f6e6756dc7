/**
 * Coverage gaps as a sortable table: what lacks a lab, its focus field, severity, the reason (in the
 * UI language, from the hub) and the rules; a row opens to its evidence. With the export buttons.
 */
import { Space, Table, Tag, Typography } from "antd";
import type { CoverageGap, Evidence } from "../api/types";
import { useI18n } from "../i18n";
import { ExportButtons } from "./ExportButtons";
import { SEVERITY_ORDER, SeverityTag } from "./Tags";

export function EvidenceList({ evidence }: { evidence: Evidence[] }) {
  const { t, tEnum } = useI18n();
  if (!evidence.length) return <Typography.Text type="secondary">{t("common.none")}</Typography.Text>;
  return (
    <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="evidence">
      {evidence.map((item) => (
        <li key={`${item.role}-${item.label}-${item.key}`}>
          <Tag>{tEnum("role", item.role)}</Tag>
          {item.name ?? item.key}
          {item.detail ? <Typography.Text type="secondary">（{item.detail}）</Typography.Text> : null}
        </li>
      ))}
    </ul>
  );
}

export function GapTable(props: {
  gaps: CoverageGap[];
  fileName: string;
  showField?: boolean;
  "data-testid"?: string;
}) {
  const { t, tEnum } = useI18n();
  const header = [
    t("gap.subject"),
    ...(props.showField ? [t("gap.field")] : []),
    t("gap.severity"),
    t("gap.reason"),
    t("gap.rules"),
  ];
  const rows = props.gaps.map((gap) => [
    gap.subjectName,
    ...(props.showField ? [gap.fieldName ?? ""] : []),
    tEnum("severity", gap.severity),
    gap.reason,
    gap.rules.join(" "),
  ]);
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      <ExportButtons fileName={props.fileName} header={header} rows={rows} />
      <Table<CoverageGap>
        data-testid={props["data-testid"]}
        size="small"
        rowKey={(gap) => `${gap.dimension}-${gap.subjectKey}-${gap.fieldCode ?? ""}`}
        dataSource={props.gaps}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        expandable={{ expandedRowRender: (gap) => <EvidenceList evidence={gap.evidence} /> }}
        columns={[
          {
            title: t("gap.subject"),
            dataIndex: "subjectName",
            sorter: (a, b) => a.subjectName.localeCompare(b.subjectName, "zh-CN"),
          },
          ...(props.showField
            ? [
                {
                  title: t("gap.field"),
                  dataIndex: "fieldName",
                  sorter: (a: CoverageGap, b: CoverageGap) =>
                    (a.fieldName ?? "").localeCompare(b.fieldName ?? "", "zh-CN"),
                },
              ]
            : []),
          {
            title: t("gap.severity"),
            dataIndex: "severity",
            defaultSortOrder: "ascend" as const,
            sorter: (a, b) => (SEVERITY_ORDER[a.severity] ?? 9) - (SEVERITY_ORDER[b.severity] ?? 9),
            render: (severity: string) => <SeverityTag severity={severity} />,
          },
          { title: t("gap.reason"), dataIndex: "reason" },
          {
            title: t("gap.rules"),
            dataIndex: "rules",
            render: (rules: string[]) => rules.join(" "),
          },
          {
            title: t("gap.evidence"),
            key: "evidence",
            sorter: (a, b) => a.evidence.length - b.evidence.length,
            render: (_: unknown, gap) => gap.evidence.length,
          },
        ]}
      />
    </Space>
  );
}

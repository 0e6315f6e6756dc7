/**
 * 导出 Export: the programme's main tables in one place, each shown and exported as it is shown —
 * Excel (xlsx) or CSV — with the headers in the UI language: the joint labs, the coverage gaps of a
 * dimension, the duplicate layouts, the audit trail. (Every table elsewhere in the console has the
 * same two buttons.)
 */
import { Segmented, Space, Typography } from "antd";
import { useMemo, useState } from "react";
import { useQuery } from "urql";
import { DataTable, type DataColumn } from "../components/DataTable";
import { QueryState } from "../components/QueryState";
import { useI18n } from "../i18n";
import { provinceTime } from "../i18n/time";
import { href } from "../router";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a GraphQL answer read as JSON
type Raw = Record<string, any>;
type Dataset = "labs" | "gaps" | "duplicates" | "audit";

const LABS = `query ExportLabs { jointLabs(first: 500) { totalCount edges { node {
  id name nameEn status appliedOn approvedOn investmentCny staffActual
  city { name nameEn } leadUniversity { name nameEn } leadDiscipline { code name nameEn } focusFields { name nameEn }
} } } }`;
const GAPS = `query ExportGaps($dimension: GapDimension!) { coverageGaps(dimension: $dimension, first: 500) {
  totalCount gaps { subjectKey subjectName subjectLabel fieldName severity rules reason }
} }`;
const DUPLICATES = `query ExportDuplicates { duplicateGroups(first: 500) { totalCount edges { node {
  kind severity memberCount reason members { __typename }
} } } }`;
const AUDIT = `query ExportAudit { changes(since: "1970-01-01T00:00:00Z", first: 1000) {
  id at actor role action entityLabel entityKey summary reason
} }`;

const DIMENSIONS = ["FIELD", "DISCIPLINE", "CITY", "DIRECTION"] as const;

function useName() {
  const { language } = useI18n();
  return (x: { name: string; nameEn?: string | null } | null | undefined) =>
    x ? (language === "en" && x.nameEn ? x.nameEn : x.name) : "";
}

function Labs() {
  const { t, tEnum } = useI18n();
  const n = useName();
  const [result] = useQuery<{ jointLabs: { edges: { node: Raw }[] } }>({ query: LABS });
  const rows = useMemo(() => (result.data?.jointLabs.edges ?? []).map((e) => e.node), [result.data]);
  const columns: DataColumn<Raw>[] = [
    {
      key: "name",
      title: t("export.col.lab"),
      value: (l) => n(l as never),
      render: (l) => <a href={href("lab", { id: l.id })}>{n(l as never)}</a>,
    },
    { key: "status", title: t("export.col.status"), value: (l) => tEnum("status", l.status) },
    { key: "city", title: t("export.col.city"), value: (l) => n(l.city) },
    { key: "university", title: t("export.col.university"), value: (l) => n(l.leadUniversity) },
    {
      key: "discipline",
      title: t("export.col.discipline"),
      value: (l) => (l.leadDiscipline ? `${l.leadDiscipline.code} ${n(l.leadDiscipline)}` : ""),
    },
    {
      key: "fields",
      title: t("export.col.fields"),
      value: (l) => (l.focusFields as Raw[]).map((f) => n(f as never)).join("、"),
    },
    { key: "appliedOn", title: t("export.col.appliedOn"), value: (l) => l.appliedOn ?? "" },
    { key: "approvedOn", title: t("export.col.approvedOn"), value: (l) => l.approvedOn ?? "" },
    {
      key: "investment",
      title: t("export.col.investmentWan"),
      value: (l) => (l.investmentCny ?? 0) / 10_000,
    },
    { key: "staff", title: t("export.col.staff"), value: (l) => l.staffActual ?? "" },
  ];
  return (
    <QueryState fetching={result.fetching} error={result.error} hasData={!!result.data}>
      {() => (
        <DataTable
          name="joint-labs"
          title={t("common.count", { count: rows.length })}
          columns={columns}
          rows={rows}
          rowKey={(l) => l.id}
          pageSize={50}
        />
      )}
    </QueryState>
  );
}

function Gaps() {
  const { t, tEnum } = useI18n();
  const [dimension, setDimension] = useState<(typeof DIMENSIONS)[number]>("FIELD");
  const [result] = useQuery<{ coverageGaps: { gaps: Raw[] } }>({ query: GAPS, variables: { dimension } });
  const rows = result.data?.coverageGaps.gaps ?? [];
  const columns: DataColumn<Raw>[] = [
    { key: "subject", title: t("export.col.subject"), value: (g) => g.subjectName },
    { key: "key", title: t("export.col.key"), value: (g) => g.subjectKey },
    { key: "field", title: t("export.col.field"), value: (g) => g.fieldName ?? "" },
    { key: "severity", title: t("export.col.severity"), value: (g) => tEnum("severity", g.severity) },
    { key: "rules", title: t("export.col.rules"), value: (g) => (g.rules as string[]).join(", ") },
    { key: "reason", title: t("export.col.reason"), value: (g) => g.reason },
  ];
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      <Segmented
        data-testid="export-dimension"
        value={dimension}
        onChange={(v) => setDimension(v as (typeof DIMENSIONS)[number])}
        options={DIMENSIONS.map((d) => ({ value: d, label: tEnum("dimension", d) }))}
      />
      <QueryState fetching={result.fetching} error={result.error} hasData={!!result.data}>
        {() => (
          <DataTable
            name={`gaps-${dimension.toLowerCase()}`}
            title={t("common.count", { count: rows.length })}
            columns={columns}
            rows={rows}
            rowKey={(g) => `${g.subjectLabel}:${g.subjectKey}:${g.fieldName ?? ""}`}
            pageSize={50}
          />
        )}
      </QueryState>
    </Space>
  );
}

function Duplicates() {
  const { t, tEnum } = useI18n();
  const [result] = useQuery<{ duplicateGroups: { edges: { node: Raw }[] } }>({ query: DUPLICATES });
  const rows = useMemo(
    () => (result.data?.duplicateGroups.edges ?? []).map((e, i) => ({ ...e.node, index: i + 1 })),
    [result.data],
  );
  const columns: DataColumn<Raw>[] = [
    { key: "index", title: "#", value: (g) => g.index, width: 50 },
    { key: "kind", title: t("export.col.kind"), value: (g) => tEnum("duplicate", g.kind) },
    { key: "severity", title: t("export.col.severity"), value: (g) => tEnum("severity", g.severity) },
    { key: "members", title: t("export.col.members"), value: (g) => g.memberCount },
    { key: "reason", title: t("export.col.reason"), value: (g) => g.reason },
  ];
  return (
    <QueryState fetching={result.fetching} error={result.error} hasData={!!result.data}>
      {() => (
        <DataTable
          name="duplicates"
          title={t("common.count", { count: rows.length })}
          columns={columns}
          rows={rows}
          rowKey={(g) => String(g.index)}
          pageSize={50}
        />
      )}
    </QueryState>
  );
}

function Audit() {
  const { t, tEnum } = useI18n();
  const [result] = useQuery<{ changes: Raw[] }>({ query: AUDIT, requestPolicy: "network-only" });
  const rows = result.data?.changes ?? [];
  const columns: DataColumn<Raw>[] = [
    { key: "at", title: t("lab.at"), value: (c) => provinceTime(c.at) },
    { key: "actor", title: t("lab.actor"), value: (c) => `${c.actor}（${c.role}）` },
    { key: "action", title: t("lab.action"), value: (c) => tEnum("action", c.action) },
    {
      key: "entity",
      title: t("lab.entity"),
      value: (c) => `${tEnum("label", c.entityLabel)} ${c.entityKey}`,
    },
    { key: "summary", title: t("lab.summary"), value: (c) => c.summary },
    { key: "reason", title: t("lab.reason"), value: (c) => c.reason ?? "" },
  ];
  return (
    <QueryState fetching={result.fetching} error={result.error} hasData={!!result.data}>
      {() => (
        <DataTable
          name="audit"
          title={t("common.count", { count: rows.length })}
          columns={columns}
          rows={rows}
          rowKey={(c) => c.id}
          pageSize={50}
        />
      )}
    </QueryState>
  );
}

export default function Export() {
  const { t } = useI18n();
  const [dataset, setDataset] = useState<Dataset>("labs");
  return (
    <Space direction="vertical" style={{ width: "100%" }} data-testid="export-page">
      <Typography.Paragraph type="secondary">{t("export.intro")}</Typography.Paragraph>
      <Segmented
        data-testid="export-dataset"
        value={dataset}
        onChange={(v) => setDataset(v as Dataset)}
        options={[
          { value: "labs", label: <span data-testid="dataset-labs">{t("export.labs")}</span> },
          { value: "gaps", label: <span data-testid="dataset-gaps">{t("export.gaps")}</span> },
          {
            value: "duplicates",
            label: <span data-testid="dataset-duplicates">{t("export.duplicates")}</span>,
          },
          { value: "audit", label: <span data-testid="dataset-audit">{t("export.audit")}</span> },
        ]}
      />
      {dataset === "labs" ? (
        <Labs />
      ) : dataset === "gaps" ? (
        <Gaps />
      ) : dataset === "duplicates" ? (
        <Duplicates />
      ) : (
        <Audit />
      )}
    </Space>
  );
}

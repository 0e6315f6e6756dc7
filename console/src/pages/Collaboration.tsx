/**
 * 合作机会 Collaboration. For one lab: its ranked new partners (R17) with each score's components
 * drawn as bars and their evidence, and its neighbourhood as a network that expands node by node.
 * For the province: the best partner of every covering lab (networkOpportunities), by field.
 */
import { Card, Select, Space, Tabs, Tag, Typography } from "antd";
import { useMemo } from "react";
import { useQuery } from "urql";
import { DataTable, type DataColumn } from "../components/DataTable";
import { LabNetwork, type NetNode } from "../components/LabNetwork";
import { QueryState } from "../components/QueryState";
import { LabPicker } from "../components/LabPicker";
import { useI18n, type MessageKey } from "../i18n";
import { href, navigate, useRoute } from "../router";

export interface ScoreComponent {
  name: string;
  value: number;
  weight: number;
  contribution: number;
  evidence: string[];
}

export interface Opportunity {
  labKey: string;
  labName: string;
  partnerKey: string;
  partnerKind: string;
  partnerLabel: string;
  partnerName: string;
  score: number;
  components: ScoreComponent[];
  lab?: { nameEn?: string | null } | null;
  partner?: { nameEn?: string | null } | null;
}

const OPPORTUNITY_FIELDS = `labKey labName partnerKey partnerKind partnerLabel partnerName score
  components { name value weight contribution evidence }
  lab { nameEn }
  partner { ... on JointLab { nameEn } ... on Platform { nameEn } ... on Enterprise { nameEn } ... on University { nameEn } }`;

const PARTNERS = `query Partners($id: ID!, $first: Int!) { collaborationOpportunities(id: $id, first: $first) { ${OPPORTUNITY_FIELDS} } }`;
const NETWORK = `query NetworkPage($field: String, $first: Int!) { networkOpportunities(field: $field, first: $first) { ${OPPORTUNITY_FIELDS} } }`;
const FOCUS_FIELDS = `query FocusFields { fields(first: 50, filter: { kind: FOCUS }) { edges { node { code name nameEn } } } }`;

/** The six components of R17's score, in the order the hub gives them, each with its colour. */
export const COMPONENT_COLOURS: Record<string, string> = {
  sharedDisciplines: "#1d39c4",
  complementaryDisciplines: "#597ef7",
  commonPartners: "#d46b08",
  sharedTalent: "#389e0d",
  sameCity: "#08979c",
  samePark: "#c41d7f",
};

const round = (v: number, digits = 2) => Math.round(v * 10 ** digits) / 10 ** digits;

/** The score as a bar of its components' contributions, scaled to the best score of the table. */
export function ScoreBars({ components, max }: { components: ScoreComponent[]; max: number }) {
  const { t } = useI18n();
  return (
    <div
      data-testid="score-bars"
      style={{
        display: "flex",
        width: 220,
        height: 14,
        background: "#fafafa",
        borderRadius: 3,
        overflow: "hidden",
      }}
    >
      {components
        .filter((c) => c.contribution > 0)
        .map((c) => (
          <div
            key={c.name}
            data-component={c.name}
            title={`${t(`score.${c.name}` as MessageKey)}: ${round(c.contribution)} (${round(c.value)} × ${c.weight})`}
            style={{
              width: `${(c.contribution / max) * 100}%`,
              background: COMPONENT_COLOURS[c.name] ?? "#bfbfbf",
            }}
          />
        ))}
    </div>
  );
}

function Evidence({ components }: { components: ScoreComponent[] }) {
  const { t } = useI18n();
  return (
    <div data-testid="evidence">
      {components.map((c) => (
        <div key={c.name} style={{ marginBottom: 4 }}>
          <Tag color={COMPONENT_COLOURS[c.name]}>{t(`score.${c.name}` as MessageKey)}</Tag>
          <Typography.Text type="secondary">
            {round(c.value)} × {c.weight} = {round(c.contribution)}
          </Typography.Text>
          {c.evidence.length > 0 ? ` · ${c.evidence.join("；")}` : ""}
        </div>
      ))}
    </div>
  );
}

function useOpportunityColumns(options: { withLab: boolean; max: number }): DataColumn<Opportunity>[] {
  const { t, tEnum, language } = useI18n();
  const en = language === "en";
  return useMemo(() => {
    const columns: DataColumn<Opportunity>[] = [];
    if (options.withLab)
      columns.push({
        key: "lab",
        title: t("collab.lab"),
        value: (o) => (en && o.lab?.nameEn ? o.lab.nameEn : o.labName),
        render: (o) => (
          <a href={href("collaboration", { id: o.labKey })}>
            {en && o.lab?.nameEn ? o.lab.nameEn : o.labName}
          </a>
        ),
      });
    columns.push(
      {
        key: "partner",
        title: t("collab.partner"),
        value: (o) => (en && o.partner?.nameEn ? o.partner.nameEn : o.partnerName),
        render: (o) =>
          o.partnerLabel === "JointLab" ? (
            <a href={href("lab", { id: o.partnerKey })}>
              {en && o.partner?.nameEn ? o.partner.nameEn : o.partnerName}
            </a>
          ) : en && o.partner?.nameEn ? (
            o.partner.nameEn
          ) : (
            o.partnerName
          ),
      },
      { key: "kind", title: t("collab.kind"), value: (o) => tEnum("partnerKind", o.partnerKind), width: 120 },
      { key: "score", title: t("collab.score"), value: (o) => round(o.score), width: 80 },
      {
        key: "components",
        title: t("collab.components"),
        value: (o) =>
          o.components
            .filter((c) => c.contribution > 0)
            .map((c) => `${t(`score.${c.name}` as MessageKey)} ${round(c.contribution)}`)
            .join("；"),
        render: (o) => <ScoreBars components={o.components} max={options.max} />,
        sortable: false,
      },
      {
        key: "evidence",
        title: t("collab.evidence"),
        value: (o) =>
          o.components
            .filter((c) => c.evidence.length > 0)
            .map((c) => `${t(`score.${c.name}` as MessageKey)}: ${c.evidence.join("、")}`)
            .join("；"),
        render: (o) => <Evidence components={o.components.filter((c) => c.contribution > 0)} />,
        sortable: false,
      },
    );
    return columns;
  }, [t, tEnum, en, options.withLab, options.max]);
}

function Legend() {
  const { t } = useI18n();
  return (
    <Space wrap size={[4, 4]}>
      {Object.entries(COMPONENT_COLOURS).map(([name, colour]) => (
        <Tag key={name} color={colour}>
          {t(`score.${name}` as MessageKey)}
        </Tag>
      ))}
    </Space>
  );
}

function LabPartners({ id }: { id: string }) {
  const { t } = useI18n();
  const [result] = useQuery<{ collaborationOpportunities: Opportunity[] }>({
    query: PARTNERS,
    variables: { id, first: 10 },
  });
  const rows = result.data?.collaborationOpportunities ?? [];
  const max = Math.max(1, ...rows.map((o) => o.score));
  const columns = useOpportunityColumns({ withLab: false, max });
  const lab = result.data ? rows[0] : undefined;
  const root = useMemo<NetNode | null>(
    () => ({
      id: `JointLab:${id}`,
      kind: "JointLab",
      key: id,
      name: lab?.labName ?? id,
      nameEn: lab?.lab?.nameEn,
    }),
    [id, lab?.labName, lab?.lab?.nameEn],
  );
  const suggested = useMemo<NetNode[]>(
    () =>
      rows.slice(0, 5).map((o) => ({
        id: `${o.partnerLabel}:${o.partnerKey}`,
        kind: o.partnerLabel as NetNode["kind"],
        key: o.partnerKey,
        name: o.partnerName,
        nameEn: o.partner?.nameEn,
      })),
    [rows],
  );
  return (
    <QueryState fetching={result.fetching} error={result.error} hasData={!!result.data}>
      {() => (
        <Space direction="vertical" style={{ width: "100%" }} size="large">
          <Card size="small" title={t("collab.partnersTitle")} extra={<Legend />}>
            <DataTable
              name={`partners-${id}`}
              columns={[
                { key: "rank", title: t("collab.rank"), value: (o) => rows.indexOf(o) + 1, width: 60 },
                ...columns,
              ]}
              rows={rows}
              rowKey={(o) => o.partnerKey}
            />
          </Card>
          <Card size="small" title={t("collab.networkTitle")}>
            {root && result.data ? <LabNetwork key={id} lab={root} suggested={suggested} /> : null}
          </Card>
        </Space>
      )}
    </QueryState>
  );
}

function ProvinceNetwork() {
  const { t, language } = useI18n();
  const route = useRoute();
  const field = route.params.get("field") ?? undefined;
  const [fields] = useQuery<{
    fields: { edges: { node: { code: string; name: string; nameEn?: string | null } }[] };
  }>({
    query: FOCUS_FIELDS,
  });
  const [result] = useQuery<{ networkOpportunities: Opportunity[] }>({
    query: NETWORK,
    variables: { field: field ?? null, first: 100 },
  });
  const rows = result.data?.networkOpportunities ?? [];
  const max = Math.max(1, ...rows.map((o) => o.score));
  const columns = useOpportunityColumns({ withLab: true, max });
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      <Space>
        <Typography.Text>{t("collab.field")}</Typography.Text>
        <Select
          data-testid="network-field"
          allowClear
          style={{ width: 240 }}
          placeholder={t("collab.allFields")}
          value={field}
          onChange={(code?: string) =>
            navigate("collaboration", { tab: "network", ...(code ? { field: code } : {}) })
          }
          options={(fields.data?.fields.edges ?? []).map(({ node }) => ({
            value: node.code,
            label: language === "en" && node.nameEn ? node.nameEn : node.name,
          }))}
        />
        <Legend />
      </Space>
      <QueryState fetching={result.fetching} error={result.error} hasData={!!result.data}>
        {() => (
          <DataTable
            name={`network-${field ?? "all"}`}
            title={t("collab.networkCount", { count: rows.length })}
            columns={columns}
            rows={rows}
            rowKey={(o) => `${o.labKey}-${o.partnerKey}`}
          />
        )}
      </QueryState>
    </Space>
  );
}

export default function Collaboration() {
  const { t } = useI18n();
  const route = useRoute();
  const id = route.params.get("id");
  const tab = route.params.get("tab") === "network" ? "network" : "lab";
  return (
    <Tabs
      data-testid="collaboration"
      activeKey={tab}
      onChange={(key) => navigate("collaboration", key === "network" ? { tab: "network" } : id ? { id } : {})}
      items={[
        {
          key: "lab",
          label: <span data-testid="tab-lab">{t("collab.tabLab")}</span>,
          children: (
            <Space direction="vertical" style={{ width: "100%" }}>
              <LabPicker value={id} onChange={(lab) => navigate("collaboration", { id: lab })} />
              {id ? (
                <LabPartners id={id} />
              ) : (
                <Typography.Text type="secondary">{t("collab.pick")}</Typography.Text>
              )}
            </Space>
          ),
        },
        {
          key: "network",
          label: <span data-testid="tab-network">{t("collab.tabNetwork")}</span>,
          children: tab === "network" ? <ProvinceNetwork /> : null,
        },
      ]}
    />
  );
}

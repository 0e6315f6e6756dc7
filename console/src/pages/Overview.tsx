/**
 * 总览: the labs by status and by focus field; the ten focus fields with their covering labs and
 * applicants against R6 (about ten labs in the plan period); the focus fields no covering lab serves,
 * and the layout alerts raised since the console opened.
 */
import { Card, Col, Empty, List, Row, Space, Statistic, Table, Tag, Typography } from "antd";
import { useMemo } from "react";
import { useQuery, useSubscription } from "urql";
import { OVERVIEW } from "../api/queries";
import { LAB_STATUSES, nodes, type Edges, type GapReport, type LabStatus, type Named } from "../api/types";
import { EChart, type EChartsOption } from "../components/EChart";
import { ExportButtons } from "../components/ExportButtons";
import { GapTable } from "../components/GapTable";
import { QueryState } from "../components/QueryState";
import { SeverityTag, StatusTag } from "../components/Tags";
import { useI18n } from "../i18n";
import { provinceTime } from "../i18n/time";
import { href } from "../router";

interface FieldRow extends Named {
  code: string;
  labs: ({ id: string; status: LabStatus } & Named)[];
}

interface OverviewData {
  fields: Edges<FieldRow>;
  jointLabs: Edges<{ id: string; status: LabStatus }>;
  fieldGaps: GapReport;
}

interface Alert {
  kind: string;
  dimension: string;
  severity: string;
  subjectName: string;
  reason: string;
  at: string;
}

const ALERTS = /* GraphQL */ `
  subscription ConsoleOverviewAlerts {
    layoutAlerts {
      kind
      dimension
      severity
      subjectName
      reason
      at
    }
  }
`;

/** R6: about ten labs across the ten focus fields in the plan period. */
const R6_TARGET = 10;

function LatestAlerts() {
  const { t, tEnum } = useI18n();
  const [{ data }] = useSubscription<{ layoutAlerts: Alert }, Alert[]>(
    { query: ALERTS },
    (previous = [], event) => [event.layoutAlerts, ...previous].slice(0, 10),
  );
  if (!data?.length) return <Empty description={t("overview.noAlerts")} data-testid="overview-alerts" />;
  return (
    <List
      data-testid="overview-alerts"
      size="small"
      dataSource={data}
      renderItem={(alert) => (
        <List.Item>
          <Space wrap>
            <Tag>{tEnum("alert", alert.kind)}</Tag>
            <SeverityTag severity={alert.severity} />
            <span>{alert.reason}</span>
            <Typography.Text type="secondary">{provinceTime(alert.at)}</Typography.Text>
          </Space>
        </List.Item>
      )}
    />
  );
}

function OverviewBody({ data }: { data: OverviewData }) {
  const { t, tEnum, name } = useI18n();
  const covering = new Set<string>(data.fieldGaps.covering ?? ["APPROVED", "CONSTRUCTING", "OPERATING"]);
  const applicants = new Set<string>(data.fieldGaps.applicants ?? ["APPLYING", "UNDER_REVIEW"]);
  const labs = nodes(data.jointLabs);
  const fields = nodes(data.fields);
  const byStatus = LAB_STATUSES.map((status) => labs.filter((lab) => lab.status === status).length);
  const coveringLabs = labs.filter((lab) => covering.has(lab.status)).length;
  const applicantLabs = labs.filter((lab) => applicants.has(lab.status)).length;
  const rows = fields.map((field) => ({
    ...field,
    covering: field.labs.filter((lab) => covering.has(lab.status)),
    applicants: field.labs.filter((lab) => applicants.has(lab.status)),
  }));
  const coveredFields = rows.filter((row) => row.covering.length > 0).length;

  const statusChart = useMemo<EChartsOption>(
    () => ({
      tooltip: {},
      grid: { left: 48, right: 16, top: 16, bottom: 48 },
      xAxis: {
        type: "category",
        data: LAB_STATUSES.map((s) => tEnum("status", s)),
        axisLabel: { interval: 0, rotate: 30 },
      },
      yAxis: { type: "value", minInterval: 1 },
      series: [{ type: "bar", name: t("overview.labs"), data: byStatus, itemStyle: { color: "#1677ff" } }],
    }),
    [data, t, tEnum, name],
  );
  const fieldChart = useMemo<EChartsOption>(
    () => ({
      tooltip: { trigger: "axis" },
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 32, bottom: 72 },
      xAxis: { type: "category", data: rows.map((row) => name(row)), axisLabel: { rotate: 30, interval: 0 } },
      yAxis: { type: "value", minInterval: 1 },
      series: [
        {
          type: "bar",
          stack: "labs",
          name: t("overview.covering"),
          data: rows.map((r) => r.covering.length),
          itemStyle: { color: "#52c41a" },
        },
        {
          type: "bar",
          stack: "labs",
          name: t("overview.applicants"),
          data: rows.map((r) => r.applicants.length),
          itemStyle: { color: "#faad14" },
        },
      ],
    }),
    [data, t, tEnum, name],
  );

  return (
    <Space direction="vertical" size="large" style={{ width: "100%" }}>
      <Row gutter={16}>
        <Col xs={12} md={6}>
          <Card>
            <Statistic title={t("overview.totalLabs")} value={labs.length} data-testid="stat-labs" />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card>
            <Statistic
              title={t("overview.coveringLabs")}
              value={coveringLabs}
              suffix={`/ ${R6_TARGET}`}
              data-testid="stat-covering"
            />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card>
            <Statistic
              title={t("overview.applicantLabs")}
              value={applicantLabs}
              data-testid="stat-applicants"
            />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card>
            <Statistic
              title={t("overview.coveredFields")}
              value={coveredFields}
              suffix={`/ ${fields.length}`}
              data-testid="stat-fields"
            />
          </Card>
        </Col>
      </Row>
      <Typography.Text type="secondary">{t("overview.r6", { target: R6_TARGET })}</Typography.Text>
      <Row gutter={16}>
        <Col xs={24} lg={10}>
          <Card title={t("overview.byStatus")}>
            <EChart option={statusChart} data-testid="chart-status" />
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card title={t("overview.byField")}>
            <EChart option={fieldChart} data-testid="chart-fields" />
          </Card>
        </Col>
      </Row>
      <Card
        title={t("overview.fields")}
        extra={
          <ExportButtons
            fileName={t("overview.fields")}
            header={[t("overview.field"), t("overview.covering"), t("overview.applicants")]}
            rows={rows.map((row) => [
              name(row),
              row.covering.map((lab) => name(lab)).join("；"),
              row.applicants.map((lab) => name(lab)).join("；"),
            ])}
          />
        }
      >
        <Table
          data-testid="overview-fields"
          size="small"
          rowKey="code"
          pagination={false}
          dataSource={rows}
          columns={[
            {
              title: t("overview.field"),
              key: "name",
              render: (_: unknown, row) => name(row),
              sorter: (a, b) => name(a).localeCompare(name(b), "zh-CN"),
            },
            {
              title: t("overview.covering"),
              key: "covering",
              sorter: (a, b) => a.covering.length - b.covering.length,
              render: (_: unknown, row) =>
                row.covering.length ? (
                  <Space wrap>
                    {row.covering.map((lab) => (
                      <a key={lab.id} href={href("lab", { id: lab.id })}>
                        {name(lab)} <StatusTag status={lab.status} />
                      </a>
                    ))}
                  </Space>
                ) : (
                  <Tag color="red">{t("overview.noCovering")}</Tag>
                ),
            },
            {
              title: t("overview.applicants"),
              key: "applicants",
              sorter: (a, b) => a.applicants.length - b.applicants.length,
              render: (_: unknown, row) => (
                <Space wrap>
                  {row.applicants.map((lab) => (
                    <a key={lab.id} href={href("applications", { id: lab.id })}>
                      {name(lab)} <StatusTag status={lab.status} />
                    </a>
                  ))}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Row gutter={16}>
        <Col xs={24} lg={14}>
          <Card title={t("overview.fieldGaps", { count: data.fieldGaps.totalCount })}>
            <GapTable
              gaps={data.fieldGaps.gaps}
              fileName={t("overview.fieldGapsFile")}
              data-testid="overview-gaps"
            />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t("overview.alerts")} extra={<a href={href("live")}>{t("nav.live")}</a>}>
            <LatestAlerts />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}

export default function Overview() {
  const [{ data, fetching, error }] = useQuery<OverviewData>({ query: OVERVIEW });
  return (
    <QueryState fetching={fetching} error={error} hasData={!!data}>
      {() => (
        <div data-testid="overview-ready">
          <OverviewBody data={data!} />
        </div>
      )}
    </QueryState>
  );
}

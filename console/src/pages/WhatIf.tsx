/**
 * 模拟审批: pick applicants, see what their approval would do — the gaps it would close and open and
 * the duplicates it would make — before and after side by side. Asks the hub's simulateApproval,
 * which writes nothing.
 */
import { Button, Card, Col, Empty, Row, Select, Space, Statistic, Table, Typography } from "antd";
import { useMemo, useState } from "react";
import { useQuery } from "urql";
import { APPLICANTS, GAP_COUNTS, SIMULATE } from "../api/queries";
import {
  nodes,
  type CoverageGap,
  type DuplicateGroup,
  type Edges,
  type GapDimension,
  type LabStatus,
  type Named,
} from "../api/types";
import { DuplicateGroups } from "../components/DuplicateGroups";
import { EChart, type EChartsOption } from "../components/EChart";
import { GapTable } from "../components/GapTable";
import { QueryState } from "../components/QueryState";
import { useI18n } from "../i18n";
import { navigate, useRoute } from "../router";

const DIMENSIONS: GapDimension[] = ["FIELD", "DISCIPLINE", "CITY", "PARK", "DIRECTION"];

interface ApplicantsData {
  jointLabs: Edges<{ id: string; status: LabStatus } & Named>;
}

interface CountsData {
  field: { totalCount: number };
  discipline: { totalCount: number };
  city: { totalCount: number };
  park: { totalCount: number };
  direction: { totalCount: number };
}

interface WhatIfData {
  simulateApproval: {
    approved: string[];
    remainingGaps: number;
    closedGaps: CoverageGap[];
    openedGaps: CoverageGap[];
    newDuplicates: DuplicateGroup[];
    duplicatesOfApproved: DuplicateGroup[];
  };
}

function Result({ ids }: { ids: string[] }) {
  const { t, tEnum } = useI18n();
  const [{ data, fetching, error }] = useQuery<WhatIfData>({ query: SIMULATE, variables: { ids } });
  const result = data?.simulateApproval;
  const [{ data: counts }] = useQuery<CountsData>({ query: GAP_COUNTS, pause: !result });
  const now = useMemo(
    () =>
      ({
        FIELD: counts?.field.totalCount ?? 0,
        DISCIPLINE: counts?.discipline.totalCount ?? 0,
        CITY: counts?.city.totalCount ?? 0,
        PARK: counts?.park.totalCount ?? 0,
        DIRECTION: counts?.direction.totalCount ?? 0,
      }) satisfies Record<GapDimension, number>,
    [counts],
  );
  const rows = DIMENSIONS.map((dimension) => {
    const closed = result?.closedGaps.filter((gap) => gap.dimension === dimension).length ?? 0;
    const opened = result?.openedGaps.filter((gap) => gap.dimension === dimension).length ?? 0;
    return { dimension, before: now[dimension], closed, opened, after: now[dimension] - closed + opened };
  });
  const chart = useMemo<EChartsOption>(
    () => ({
      tooltip: { trigger: "axis" },
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 32, bottom: 32 },
      xAxis: { type: "category", data: DIMENSIONS.map((d) => tEnum("dimension", d)) },
      yAxis: { type: "value", minInterval: 1 },
      series: [
        {
          type: "bar",
          name: t("whatIf.before"),
          data: rows.map((r) => r.before),
          itemStyle: { color: "#bfbfbf" },
        },
        {
          type: "bar",
          name: t("whatIf.after"),
          data: rows.map((r) => r.after),
          itemStyle: { color: "#1677ff" },
        },
      ],
    }),
    [data, now, t, tEnum],
  );
  return (
    <QueryState fetching={fetching} error={error} hasData={!!result}>
      {() => (
        <Space direction="vertical" size="large" style={{ width: "100%" }} data-testid="what-if-result">
          <Row gutter={16}>
            <Col xs={12} md={6}>
              <Card>
                <Statistic
                  title={t("whatIf.closed")}
                  value={result!.closedGaps.length}
                  data-testid="closed-count"
                />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card>
                <Statistic
                  title={t("whatIf.opened")}
                  value={result!.openedGaps.length}
                  data-testid="opened-count"
                />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card>
                <Statistic
                  title={t("whatIf.newDuplicates")}
                  value={result!.newDuplicates.length}
                  data-testid="new-duplicates-count"
                />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card>
                <Statistic
                  title={t("whatIf.remaining")}
                  value={result!.remainingGaps}
                  data-testid="remaining-count"
                />
              </Card>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col xs={24} lg={12}>
              <Card title={t("whatIf.beforeAfter")}>
                <Table
                  data-testid="before-after"
                  loading={!counts}
                  size="small"
                  rowKey="dimension"
                  pagination={false}
                  dataSource={rows}
                  columns={[
                    {
                      title: t("whatIf.dimension"),
                      dataIndex: "dimension",
                      render: (d: string) => tEnum("dimension", d),
                    },
                    { title: t("whatIf.before"), dataIndex: "before" },
                    {
                      title: t("whatIf.closedShort"),
                      dataIndex: "closed",
                      render: (n: number) => (n ? `−${n}` : "0"),
                    },
                    {
                      title: t("whatIf.openedShort"),
                      dataIndex: "opened",
                      render: (n: number) => (n ? `+${n}` : "0"),
                    },
                    { title: t("whatIf.after"), dataIndex: "after" },
                  ]}
                />
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card title={t("whatIf.chart")}>
                <EChart option={chart} style={{ height: 260 }} data-testid="what-if-chart" />
              </Card>
            </Col>
          </Row>
          <Row gutter={[16, 16]}>
            <Col xs={24}>
              <Card title={t("whatIf.closedGaps", { count: result!.closedGaps.length })}>
                <Typography.Paragraph type="secondary">{t("whatIf.closedHelp")}</Typography.Paragraph>
                <GapTable
                  gaps={result!.closedGaps}
                  showField
                  fileName={t("whatIf.closedFile")}
                  data-testid="closed-gaps"
                />
              </Card>
            </Col>
            <Col xs={24}>
              <Card title={t("whatIf.openedGaps", { count: result!.openedGaps.length })}>
                <Typography.Paragraph type="secondary">{t("whatIf.openedHelp")}</Typography.Paragraph>
                <GapTable
                  gaps={result!.openedGaps}
                  showField
                  fileName={t("whatIf.openedFile")}
                  data-testid="opened-gaps"
                />
              </Card>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col xs={24} lg={12}>
              <Card title={t("whatIf.newDuplicatesTitle", { count: result!.newDuplicates.length })}>
                <DuplicateGroups groups={result!.newDuplicates} testId="new-duplicates" />
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card title={t("whatIf.duplicatesOfApproved", { count: result!.duplicatesOfApproved.length })}>
                <DuplicateGroups groups={result!.duplicatesOfApproved} testId="duplicates-of-approved" />
              </Card>
            </Col>
          </Row>
        </Space>
      )}
    </QueryState>
  );
}

export default function WhatIf() {
  const { t, tEnum, name } = useI18n();
  const route = useRoute();
  const fromHash = route.params.get("ids")?.split(",").filter(Boolean) ?? [];
  const [picked, setPicked] = useState<string[]>(fromHash);
  const [{ data, fetching, error }] = useQuery<ApplicantsData>({ query: APPLICANTS });
  const applicants = nodes(data?.jointLabs);
  return (
    <QueryState fetching={fetching} error={error} hasData={!!data}>
      {() => (
        <Space direction="vertical" size="large" style={{ width: "100%" }} data-testid="what-if-ready">
          <Card title={t("whatIf.pick")}>
            <Space wrap style={{ width: "100%" }}>
              <Select
                data-testid="what-if-pick"
                mode="multiple"
                style={{ minWidth: 420 }}
                placeholder={t("whatIf.pickPlaceholder")}
                value={picked}
                onChange={(value: string[]) => setPicked(value)}
                optionFilterProp="label"
                options={applicants.map((lab) => ({
                  value: lab.id,
                  label: `${name(lab)}（${tEnum("status", lab.status)}）`,
                }))}
              />
              <Button
                type="primary"
                data-testid="what-if-run"
                disabled={!picked.length}
                onClick={() => navigate("what-if", { ids: picked.join(",") })}
              >
                {t("whatIf.run")}
              </Button>
            </Space>
          </Card>
          {fromHash.length ? (
            <Result key={fromHash.join(",")} ids={fromHash} />
          ) : (
            <Empty description={t("whatIf.none")} />
          )}
        </Space>
      )}
    </QueryState>
  );
}

/**
 * 布局缺口: the focus field × city matrix (covered / applicants only / a gap where enterprises or
 * platforms of the field are present / nothing), each cell opening its evidence; the map of the 13
 * cities; a city's parks as a drill-down; the discipline (R1, R2) and direction (R10) gaps as tables.
 */
import { Card, Col, Descriptions, Empty, Row, Select, Space, Table, Tabs, Tag, Typography } from "antd";
import { useMemo, useState } from "react";
import { useQuery } from "urql";
import { COVERAGE_MATRIX, COVERAGE_PARKS, COVERAGE_TABLES } from "../api/queries";
import {
  nodes,
  type CoverageGap,
  type Edges,
  type GapReport,
  type LabStatus,
  type Named,
} from "../api/types";
import { EChart, type EChartsOption } from "../components/EChart";
import { ExportButtons } from "../components/ExportButtons";
import { EvidenceList, GapTable } from "../components/GapTable";
import { JiangsuMap } from "../components/JiangsuMap";
import { QueryState } from "../components/QueryState";
import { StatusTag } from "../components/Tags";
import { useI18n, type MessageKey } from "../i18n";
import { JIANGSU_CITY_IDS } from "../jiangsu";
import { href } from "../router";

interface Lab extends Named {
  id: string;
  status: LabStatus;
  city: { id: string } | null;
  park: { id: string } | null;
  focusFields: { code: string }[];
}

interface MatrixData {
  fields: Edges<{ code: string } & Named>;
  cities: Edges<{ id: string } & Named>;
  jointLabs: Edges<Lab>;
  cityGaps: GapReport;
}

interface ParksData {
  parks: Edges<{ id: string; city: { id: string } | null } & Named>;
  parkGaps: GapReport;
}

interface TablesData {
  disciplineGaps: GapReport;
  directionGaps: GapReport;
}

type Field = { code: string } & Named;
type City = { id: string } & Named;

/** What a cell of the matrix is, best first. */
export type CellKind = "covered" | "applicants" | "gap" | "nothing";
const CELL_KINDS: CellKind[] = ["covered", "applicants", "gap", "nothing"];
const CELL_VALUE: Record<CellKind, number> = { covered: 3, applicants: 2, gap: 1, nothing: 0 };
const CELL_COLOUR: Record<CellKind, string> = {
  covered: "#52c41a",
  applicants: "#faad14",
  gap: "#f5222d",
  nothing: "#f0f0f0",
};
const CELL_LABEL: Record<CellKind, MessageKey> = {
  covered: "coverage.cell.covered",
  applicants: "coverage.cell.applicants",
  gap: "coverage.cell.gap",
  nothing: "coverage.cell.nothing",
};

interface Cell {
  fieldCode: string;
  placeId: string;
  kind: CellKind;
  covering: Lab[];
  applicants: Lab[];
  gap?: CoverageGap;
}

function classify(
  fieldCode: string,
  placeId: string,
  labs: Lab[],
  gap: CoverageGap | undefined,
  covering: Set<string>,
  applicants: Set<string>,
): Cell {
  const here = labs.filter((lab) => lab.focusFields.some((f) => f.code === fieldCode));
  const coveringLabs = here.filter((lab) => covering.has(lab.status));
  const applicantLabs = here.filter((lab) => applicants.has(lab.status));
  const kind: CellKind = coveringLabs.length
    ? "covered"
    : applicantLabs.length
      ? "applicants"
      : gap
        ? "gap"
        : "nothing";
  return { fieldCode, placeId, kind, covering: coveringLabs, applicants: applicantLabs, gap };
}

function CellEvidence({ cell, fieldName, placeName }: { cell: Cell; fieldName: string; placeName: string }) {
  const { t, name } = useI18n();
  return (
    <Card
      size="small"
      data-testid="cell-evidence"
      title={
        <Space>
          <span>
            {fieldName} × {placeName}
          </span>
          <Tag color={CELL_COLOUR[cell.kind]}>{t(CELL_LABEL[cell.kind])}</Tag>
        </Space>
      }
    >
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t("overview.covering")}>
          {cell.covering.length ? (
            <Space wrap>
              {cell.covering.map((lab) => (
                <a key={lab.id} href={href("lab", { id: lab.id })}>
                  {name(lab)} <StatusTag status={lab.status} />
                </a>
              ))}
            </Space>
          ) : (
            t("common.none")
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t("overview.applicants")}>
          {cell.applicants.length ? (
            <Space wrap>
              {cell.applicants.map((lab) => (
                <a key={lab.id} href={href("applications", { id: lab.id })}>
                  {name(lab)} <StatusTag status={lab.status} />
                </a>
              ))}
            </Space>
          ) : (
            t("common.none")
          )}
        </Descriptions.Item>
        {cell.gap ? (
          <>
            <Descriptions.Item label={t("gap.reason")}>{cell.gap.reason}</Descriptions.Item>
            <Descriptions.Item label={t("gap.evidence")}>
              <EvidenceList evidence={cell.gap.evidence} />
            </Descriptions.Item>
          </>
        ) : null}
      </Descriptions>
    </Card>
  );
}

function CoverageBody({ data }: { data: MatrixData }) {
  const { t, name } = useI18n();
  const covering = new Set<string>(data.cityGaps.covering ?? ["APPROVED", "CONSTRUCTING", "OPERATING"]);
  const applicants = new Set<string>(data.cityGaps.applicants ?? ["APPLYING", "UNDER_REVIEW"]);
  const fields = nodes(data.fields);
  const allCities = nodes(data.cities);
  const cities = JIANGSU_CITY_IDS.map((id) => allCities.find((city) => city.id === id)).filter(
    (city): city is NonNullable<typeof city> => !!city,
  );
  const labs = nodes(data.jointLabs);
  const [selected, setSelected] = useState<{ fieldCode: string; placeId: string } | null>(null);
  const [cityId, setCityId] = useState<string | null>(null);

  const cityGap = (fieldCode: string, cityId: string) =>
    data.cityGaps.gaps.find((gap) => gap.subjectKey === cityId && gap.fieldCode === fieldCode);
  const matrix = fields.map((field) =>
    cities.map((city) =>
      classify(
        field.code,
        city.id,
        labs.filter((lab) => lab.city?.id === city.id),
        cityGap(field.code, city.id),
        covering,
        applicants,
      ),
    ),
  );

  const option = useMemo<EChartsOption>(
    () => ({
      tooltip: {
        formatter: (params: unknown) => {
          const { value } = params as { value: [number, number, number] };
          const cell = matrix[value[1]]?.[value[0]];
          if (!cell) return "";
          return `${name(fields[value[1]])} × ${name(cities[value[0]])}<br/>${t(CELL_LABEL[cell.kind])}`;
        },
      },
      grid: { left: 110, right: 16, top: 8, bottom: 64 },
      xAxis: { type: "category", data: cities.map((c) => name(c)), splitArea: { show: true } },
      yAxis: { type: "category", data: fields.map((f) => name(f)), inverse: true, splitArea: { show: true } },
      visualMap: {
        type: "piecewise",
        orient: "horizontal",
        left: "center",
        bottom: 0,
        dimension: 2,
        pieces: CELL_KINDS.map((kind) => ({
          value: CELL_VALUE[kind],
          label: t(CELL_LABEL[kind]),
          color: CELL_COLOUR[kind],
        })),
      },
      series: [
        {
          type: "heatmap",
          data: matrix.flatMap((row, y) => row.map((cell, x) => [x, y, CELL_VALUE[cell.kind]])),
          itemStyle: { borderColor: "#fff", borderWidth: 2 },
          label: {
            show: true,
            formatter: (params: unknown) => {
              const { value } = params as { value: [number, number, number] };
              const cell = matrix[value[1]]?.[value[0]];
              return cell && cell.covering.length + cell.applicants.length
                ? String(cell.covering.length + cell.applicants.length)
                : "";
            },
          },
        },
      ],
    }),
    [data, t, name],
  );

  const counts = CELL_KINDS.map((kind) => matrix.flat().filter((cell) => cell.kind === kind).length);
  const selectedCell = selected
    ? matrix.flat().find((cell) => cell.fieldCode === selected.fieldCode && cell.placeId === selected.placeId)
    : undefined;

  const mapCities = cities.map((city) => {
    const here = labs.filter((lab) => lab.city?.id === city.id && covering.has(lab.status));
    const gaps = data.cityGaps.gaps.filter((gap) => gap.subjectKey === city.id);
    return {
      name: city.name,
      value: here.length,
      labels: gaps.map((gap) => gap.fieldName ?? gap.subjectName),
    };
  });

  return (
    <Space direction="vertical" size="large" style={{ width: "100%" }}>
      <Card
        title={t("coverage.matrix")}
        extra={
          <Space wrap>
            {CELL_KINDS.map((kind, index) => (
              <Tag
                key={kind}
                color={CELL_COLOUR[kind]}
                data-testid={`count-${kind}`}
                style={{ color: kind === "nothing" ? "#555" : undefined }}
              >
                {t(CELL_LABEL[kind])} {counts[index]}
              </Tag>
            ))}
            <ExportButtons
              fileName={t("coverage.matrix")}
              header={[t("overview.field"), ...cities.map((c) => name(c))]}
              rows={matrix.map((row, y) => [name(fields[y]), ...row.map((cell) => t(CELL_LABEL[cell.kind]))])}
            />
          </Space>
        }
      >
        <Typography.Paragraph type="secondary">{t("coverage.matrixHelp")}</Typography.Paragraph>
        <EChart
          data-testid="coverage-matrix"
          option={option}
          style={{ height: 120 + fields.length * 36 }}
          onClick={(event) => {
            const value = event.value as [number, number, number] | undefined;
            const field = value && fields[value[1]];
            const place = value && cities[value[0]];
            if (field && place) {
              setSelected({ fieldCode: field.code, placeId: place.id });
              setCityId(place.id);
            }
          }}
        />
        {/* The same cells as a list, for keyboards and screen readers (and the tests). */}
        <Select
          data-testid="cell-select"
          style={{ minWidth: 320 }}
          showSearch
          optionFilterProp="label"
          placeholder={t("coverage.pickCell")}
          value={selected ? `${selected.fieldCode}|${selected.placeId}` : undefined}
          onChange={(value: string) => {
            const [fieldCode = "", placeId = ""] = value.split("|");
            setSelected({ fieldCode, placeId });
            setCityId(placeId);
          }}
          options={matrix.flat().map((cell) => ({
            value: `${cell.fieldCode}|${cell.placeId}`,
            label: `${name(fields.find((f) => f.code === cell.fieldCode))} × ${name(cities.find((c) => c.id === cell.placeId))} · ${t(CELL_LABEL[cell.kind])}`,
          }))}
        />
        {selectedCell ? (
          <div style={{ marginTop: 16 }}>
            <CellEvidence
              cell={selectedCell}
              fieldName={name(fields.find((f) => f.code === selectedCell.fieldCode))}
              placeName={name(cities.find((c) => c.id === selectedCell.placeId))}
            />
          </div>
        ) : null}
      </Card>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card title={t("coverage.map")}>
            <JiangsuMap
              cities={mapCities}
              onSelect={(cityName) => setCityId(cities.find((c) => c.name === cityName)?.id ?? null)}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <ParksCard
            cityId={cityId}
            onCity={setCityId}
            cities={cities}
            fields={fields}
            labs={labs}
            covering={covering}
            applicants={applicants}
          />
        </Col>
      </Row>
      <GapTables cityGaps={data.cityGaps} />
    </Space>
  );
}

function ParksCard(props: {
  cityId: string | null;
  onCity(id: string): void;
  cities: City[];
  fields: Field[];
  labs: Lab[];
  covering: Set<string>;
  applicants: Set<string>;
}) {
  const { t, name } = useI18n();
  const { cityId, cities, fields, labs, covering, applicants } = props;
  const [{ data, fetching, error }] = useQuery<ParksData>({ query: COVERAGE_PARKS });
  const city = cities.find((c) => c.id === cityId);
  const parks = nodes(data?.parks);
  const cityParks = parks.filter((park) => park.city?.id === cityId);
  const parkRows = cityParks.flatMap((park) =>
    fields
      .map((field) =>
        classify(
          field.code,
          park.id,
          labs.filter((lab) => lab.park?.id === park.id),
          data?.parkGaps.gaps.find((gap) => gap.subjectKey === park.id && gap.fieldCode === field.code),
          covering,
          applicants,
        ),
      )
      .filter((cell) => cell.kind !== "nothing")
      .map((cell) => ({ park, field: fields.find((f) => f.code === cell.fieldCode)!, cell })),
  );
  return (
    <Card
      title={t("coverage.parks")}
      extra={
        <Select
          data-testid="city-select"
          style={{ minWidth: 140 }}
          placeholder={t("coverage.pickCity")}
          value={cityId ?? undefined}
          onChange={(value: string) => props.onCity(value)}
          options={cities.map((c) => ({ value: c.id, label: name(c) }))}
        />
      }
    >
      {!data ? (
        <QueryState fetching={fetching} error={error} hasData={false}>
          {() => null}
        </QueryState>
      ) : !city ? (
        <Empty description={t("coverage.pickCity")} />
      ) : (
        <Table
          data-testid="park-table"
          size="small"
          rowKey={(row) => `${row.park.id}-${row.field.code}`}
          dataSource={parkRows}
          locale={{ emptyText: t("coverage.noParks", { city: name(city) }) }}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          expandable={{
            rowExpandable: (row) => !!row.cell.gap,
            expandedRowRender: (row) =>
              row.cell.gap ? <EvidenceList evidence={row.cell.gap.evidence} /> : null,
          }}
          columns={[
            {
              title: t("coverage.park"),
              key: "park",
              render: (_: unknown, row) => name(row.park),
              sorter: (a, b) => name(a.park).localeCompare(name(b.park), "zh-CN"),
            },
            {
              title: t("overview.field"),
              key: "field",
              render: (_: unknown, row) => name(row.field),
              sorter: (a, b) => name(a.field).localeCompare(name(b.field), "zh-CN"),
            },
            {
              title: t("coverage.state"),
              key: "state",
              sorter: (a, b) => CELL_VALUE[b.cell.kind] - CELL_VALUE[a.cell.kind],
              render: (_: unknown, row) => (
                <Space direction="vertical" size={0}>
                  <Tag color={CELL_COLOUR[row.cell.kind]}>{t(CELL_LABEL[row.cell.kind])}</Tag>
                  {[...row.cell.covering, ...row.cell.applicants].map((lab) => (
                    <span key={lab.id}>{name(lab)}</span>
                  ))}
                  {row.cell.gap ? (
                    <Typography.Text type="secondary">{row.cell.gap.reason}</Typography.Text>
                  ) : null}
                </Space>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}

function GapTables({ cityGaps }: { cityGaps: GapReport }) {
  const { t } = useI18n();
  const [{ data: tables, fetching, error }] = useQuery<TablesData>({ query: COVERAGE_TABLES });
  const [{ data: parks }] = useQuery<ParksData>({ query: COVERAGE_PARKS });
  if (!tables)
    return (
      <Card>
        <QueryState fetching={fetching} error={error} hasData={false}>
          {() => null}
        </QueryState>
      </Card>
    );
  const data = { ...tables, cityGaps, parkGaps: parks?.parkGaps ?? { totalCount: 0, gaps: [] } };
  return (
    <Card data-testid="gap-tables">
      <Tabs
        items={[
          {
            key: "discipline",
            label: t("coverage.disciplineGaps", { count: data.disciplineGaps.totalCount }),
            children: (
              <GapTable
                gaps={data.disciplineGaps.gaps}
                showField
                fileName={t("coverage.disciplineGapsFile")}
                data-testid="discipline-gaps"
              />
            ),
          },
          {
            key: "direction",
            label: t("coverage.directionGaps", { count: data.directionGaps.totalCount }),
            children: (
              <GapTable
                gaps={data.directionGaps.gaps}
                fileName={t("coverage.directionGapsFile")}
                data-testid="direction-gaps"
              />
            ),
          },
          {
            key: "city",
            label: t("coverage.cityGaps", { count: data.cityGaps.totalCount }),
            children: (
              <GapTable
                gaps={data.cityGaps.gaps}
                showField
                fileName={t("coverage.cityGapsFile")}
                data-testid="city-gaps"
              />
            ),
          },
          {
            key: "park",
            label: t("coverage.parkGaps", { count: data.parkGaps.totalCount }),
            children: (
              <GapTable
                gaps={data.parkGaps.gaps}
                showField
                fileName={t("coverage.parkGapsFile")}
                data-testid="park-gaps"
              />
            ),
          },
        ]}
      />
    </Card>
  );
}

export default function Coverage() {
  const [{ data, fetching, error }] = useQuery<MatrixData>({ query: COVERAGE_MATRIX });
  return (
    <QueryState fetching={fetching} error={error} hasData={!!data}>
      {() => (
        <div data-testid="coverage-ready">
          <CoverageBody data={data!} />
        </div>
      )}
    </QueryState>
  );
}

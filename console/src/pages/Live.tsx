/**
 * 实时动态 Live: layout alerts (gaps opened or closed, duplicates created), application status
 * changes and lab changes as they happen, over graphql-ws. Newest first; the table exports.
 */
import { Alert, Badge, Space, Tag, Typography } from "antd";
import { useMemo, useState } from "react";
import { useSubscription } from "urql";
import { DataTable, type DataColumn } from "../components/DataTable";
import { useI18n, type MessageKey } from "../i18n";
import { propertyName } from "../i18n/properties";
import { provinceTime } from "../i18n/time";
import { href } from "../router";

const ALERTS = `subscription LiveAlerts { layoutAlerts { kind dimension severity subjectKey subjectName labId reason actor at lab { id name nameEn } } }`;
const STATUS = `subscription LiveStatus { applicationStatusChanged { labId from to reason actor at lab { id name nameEn } } }`;
const CHANGES = `subscription LiveChanges { labChanged { labId change fields actor at lab { id name nameEn } } }`;

interface LabRef {
  id: string;
  name: string;
  nameEn?: string | null;
}

export interface LiveEvent {
  id: string;
  /** ALERT, STATUS or CHANGE. */
  type: "ALERT" | "STATUS" | "CHANGE";
  at: string;
  actor: string;
  labId?: string | null;
  lab?: LabRef | null;
  kind: string;
  severity?: string;
  subject?: string;
  text: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a GraphQL answer read as JSON
type Raw = Record<string, any>;

let sequence = 0;

function useFeed<T>(query: string, toEvent: (data: T) => LiveEvent, onEvent: (event: LiveEvent) => void) {
  const [result] = useSubscription<T>({ query }, (_previous, data) => {
    onEvent(toEvent(data));
    return data;
  });
  return result;
}

export default function Live() {
  const { t, tEnum, language } = useI18n();
  const [events, setEvents] = useState<LiveEvent[]>([]);
  const add = (event: LiveEvent) => setEvents((list) => [event, ...list].slice(0, 500));

  const alerts = useFeed<{ layoutAlerts: Raw }>(
    ALERTS,
    ({ layoutAlerts: a }) => ({
      id: `a${++sequence}`,
      type: "ALERT",
      at: a.at,
      actor: a.actor,
      labId: a.labId,
      lab: a.lab,
      kind: a.kind,
      severity: a.severity,
      subject: a.subjectName,
      text: a.reason,
    }),
    add,
  );
  const status = useFeed<{ applicationStatusChanged: Raw }>(
    STATUS,
    ({ applicationStatusChanged: s }) => ({
      id: `s${++sequence}`,
      type: "STATUS",
      at: s.at,
      actor: s.actor,
      labId: s.labId,
      lab: s.lab,
      kind: "STATUS_CHANGED",
      text: `${tEnum("status", s.from) || "—"} → ${tEnum("status", s.to)}${s.reason ? `（${s.reason}）` : ""}`,
    }),
    add,
  );
  const changes = useFeed<{ labChanged: Raw }>(
    CHANGES,
    ({ labChanged: c }) => ({
      id: `c${++sequence}`,
      type: "CHANGE",
      at: c.at,
      actor: c.actor,
      labId: c.labId,
      lab: c.lab,
      kind: c.change,
      text: (c.fields as string[])
        .map((field) => propertyName(field, language))
        .join(language === "zh" ? "、" : ", "),
    }),
    add,
  );
  const error = alerts.error ?? status.error ?? changes.error;

  const labName = (e: LiveEvent) =>
    e.lab ? (language === "en" && e.lab.nameEn ? e.lab.nameEn : e.lab.name) : (e.labId ?? "");
  const columns = useMemo<DataColumn<LiveEvent>[]>(
    () => [
      { key: "at", title: t("live.at"), value: (e) => provinceTime(e.at), width: 170 },
      {
        key: "type",
        title: t("live.type"),
        value: (e) => t(`live.type.${e.type}` as MessageKey),
        render: (e) => (
          <Tag color={e.type === "ALERT" ? "red" : e.type === "STATUS" ? "blue" : "default"}>
            {t(`live.type.${e.type}` as MessageKey)}
          </Tag>
        ),
        width: 110,
      },
      {
        key: "kind",
        title: t("live.kind"),
        // a lab change is named by its audit action (新建, 建立关联…), the others by their event
        value: (e) => (e.type === "CHANGE" ? tEnum("action", e.kind) : tEnum("live.kind", e.kind)),
      },
      { key: "severity", title: t("live.severity"), value: (e) => tEnum("severity", e.severity) },
      {
        key: "lab",
        title: t("live.lab"),
        value: labName,
        render: (e) => (e.labId ? <a href={href("lab", { id: e.labId })}>{labName(e)}</a> : ""),
      },
      { key: "subject", title: t("live.subject"), value: (e) => e.subject ?? "" },
      {
        key: "text",
        title: t("live.text"),
        value: (e) => e.text,
        render: (e) => <span data-testid={`live-${e.type.toLowerCase()}`}>{e.text}</span>,
      },
      { key: "actor", title: t("live.actor"), value: (e) => e.actor },
    ],
    [t, tEnum, language],
  );

  return (
    <Space direction="vertical" style={{ width: "100%" }} data-testid="live">
      <Typography.Paragraph type="secondary">{t("live.intro")}</Typography.Paragraph>
      {error ? (
        <Alert
          type="error"
          showIcon
          data-testid="live-error"
          message={t("common.error", { message: error.message })}
        />
      ) : (
        <Badge status="processing" text={<span data-testid="live-listening">{t("live.listening")}</span>} />
      )}
      <DataTable
        name="live-events"
        title={t("live.count", { count: events.length })}
        columns={columns}
        rows={events}
        rowKey={(e) => e.id}
        pageSize={50}
      />
    </Space>
  );
}

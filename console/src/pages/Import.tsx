/**
 * 数据导入 Import & export: the import template and the planners' report to download (the hub's
 * GET /import/template and GET /report.xlsx, with the token); a file to upload (xlsx, csv, json),
 * first as a dry run through POST /import — what would be created, updated, linked and left alone,
 * and every problem with its file, sheet, row and column — then, only when the dry run found no
 * problem, the import itself, with what it wrote and its actor (import:<file name>) read back from
 * the audit trail. Uploading needs EDITOR: a lower role sees why there is no upload; a refusal of the
 * hub (role, size, type) is explained in the UI language.
 */
import { Alert, Button, Card, Col, Row, Space, Statistic, Typography, Upload } from "antd";
import { useMemo, useState } from "react";
import { useQuery } from "urql";
import {
  REPORT_PATH,
  TEMPLATE_PATH,
  download,
  importable,
  upload,
  type ImportCounts,
  type ImportProblem,
  type ImportReport,
  type Refusal,
} from "../api/transfer";
import { useSession, type Role } from "../api/session";
import { DataTable, type DataColumn } from "../components/DataTable";
import { QueryState } from "../components/QueryState";
import { useI18n, type Language, type MessageKey, type Translate } from "../i18n";
import { propertyName } from "../i18n/properties";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a GraphQL answer read as JSON
type Raw = Record<string, any>;

const WRITTEN = `query ImportWritten($since: DateTime!) { changes(since: $since, first: 1000) {
  id at actor role action entityLabel entityKey summary
} }`;

/** The refusal of an upload or a download, explained. */
function refusalText(
  refusal: Refusal,
  name: string,
  t: Translate,
  tEnum: (prefix: string, value: string) => string,
  held: Role | null,
  needed: Role,
): string {
  if (refusal.code === "FORBIDDEN") {
    const granted = held ?? /you are (\w+)/.exec(refusal.message)?.[1] ?? null;
    return t("session.forbidden", {
      needed: tEnum("role", needed),
      held: granted ? tEnum("role", granted) : "—",
    });
  }
  if (refusal.code === "UNAUTHENTICATED")
    return t("session.unauthenticated", { needed: tEnum("role", needed) });
  if (refusal.code === "PAYLOAD_TOO_LARGE" || refusal.status === 413)
    return t("import.refusal.tooLarge", {
      name,
      limit: /limit of (.+)$/.exec(refusal.message)?.[1] ?? "—",
    });
  if (refusal.code === "BAD_REQUEST" && /\.xlsx, \.csv or \.json/.test(refusal.message))
    return t("import.refusal.type", { name });
  return t("import.refusal.other", { message: `${refusal.message} (${refusal.code})` });
}

function sum(counts: Record<string, ImportCounts> | undefined): ImportCounts {
  const out = { create: 0, update: 0, unchanged: 0 };
  for (const c of Object.values(counts ?? {})) {
    out.create += c.create;
    out.update += c.update;
    out.unchanged += c.unchanged;
  }
  return out;
}

function Downloads() {
  const { t, tEnum } = useI18n();
  const session = useSession();
  const [busy, setBusy] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const get = async (path: string) => {
    setBusy(path);
    setDone(null);
    setRefused(null);
    const answer = await download(path, session.token);
    setBusy(null);
    if (answer.ok) setDone(answer.value);
    else setRefused(refusalText(answer.refusal, path, t, tEnum, session.user?.role ?? null, "VIEWER"));
  };
  return (
    <Card size="small" title={t("import.downloads")}>
      <Space direction="vertical" style={{ width: "100%" }}>
        <Space wrap align="start">
          <Space direction="vertical" size={2} style={{ maxWidth: 420 }}>
            <Button
              data-testid="download-template"
              loading={busy === TEMPLATE_PATH}
              disabled={busy !== null}
              onClick={() => void get(TEMPLATE_PATH)}
            >
              {busy === TEMPLATE_PATH ? t("import.downloading") : t("import.template")}
            </Button>
            <Typography.Text type="secondary">{t("import.templateHint")}</Typography.Text>
          </Space>
          <Space direction="vertical" size={2} style={{ maxWidth: 420 }}>
            <Button
              data-testid="download-report"
              loading={busy === REPORT_PATH}
              disabled={busy !== null}
              onClick={() => void get(REPORT_PATH)}
            >
              {busy === REPORT_PATH ? t("import.downloading") : t("import.report")}
            </Button>
            <Typography.Text type="secondary">{t("import.reportHint")}</Typography.Text>
          </Space>
        </Space>
        {done ? (
          <Alert
            type="success"
            showIcon
            data-testid="download-done"
            message={t("import.downloaded", { name: done })}
          />
        ) : null}
        {refused ? <Alert type="error" showIcon data-testid="download-refused" message={refused} /> : null}
      </Space>
    </Card>
  );
}

/** What a dry run or an import counts: created, updated, linked, left alone. */
function Summary({ report }: { report: ImportReport }) {
  const { t } = useI18n();
  const nodes = sum(report.counts?.nodes);
  const rels = sum(report.counts?.relationships);
  const words: [string, MessageKey, MessageKey, number][] = [
    ["create", "import.create", "import.created", nodes.create],
    ["update", "import.update", "import.updated", nodes.update + rels.update],
    ["link", "import.link", "import.linked", rels.create],
    ["unchanged", "import.unchanged", "import.unchanged", nodes.unchanged + rels.unchanged],
  ];
  return (
    <Row gutter={16} data-testid="import-summary">
      {words.map(([key, would, did, value]) => (
        <Col key={key} span={6}>
          <Statistic
            title={t(report.dryRun ? would : did)}
            value={value}
            valueRender={(node) => <span data-testid={`summary-${key}`}>{node}</span>}
          />
        </Col>
      ))}
    </Row>
  );
}

interface CountRow extends ImportCounts {
  kind: "node" | "relationship";
  sheet: string;
}

function useSheetName() {
  const { tEnum, language } = useI18n();
  return (sheet: string | null) => {
    if (!sheet) return "";
    const known = tEnum("sheet", sheet);
    return known === sheet || language === "en" ? sheet : `${sheet}（${known}）`;
  };
}

function Counts({ report }: { report: ImportReport }) {
  const { t } = useI18n();
  const sheetName = useSheetName();
  const rows = useMemo<CountRow[]>(
    () => [
      ...Object.entries(report.counts?.nodes ?? {}).map(([sheet, c]) => ({
        kind: "node" as const,
        sheet,
        ...c,
      })),
      ...Object.entries(report.counts?.relationships ?? {}).map(([sheet, c]) => ({
        kind: "relationship" as const,
        sheet,
        ...c,
      })),
    ],
    [report],
  ).filter((r) => r.create + r.update + r.unchanged > 0);
  if (!rows.length) return null;
  const columns: DataColumn<CountRow>[] = [
    { key: "sheet", title: t("import.col.name"), value: (r) => sheetName(r.sheet) },
    { key: "kind", title: t("import.col.kind"), value: (r) => t(`import.kind.${r.kind}`) },
    {
      key: "create",
      title: `${t(report.dryRun ? "import.create" : "import.created")} / ${t(report.dryRun ? "import.link" : "import.linked")}`,
      value: (r) => r.create,
    },
    { key: "update", title: t(report.dryRun ? "import.update" : "import.updated"), value: (r) => r.update },
    { key: "unchanged", title: t("import.unchanged"), value: (r) => r.unchanged },
  ];
  return (
    <DataTable
      name="import-counts"
      columns={columns}
      rows={rows}
      rowKey={(r) => `${r.kind}:${r.sheet}`}
      pageSize={50}
    />
  );
}

function columnName(column: string | null | undefined, language: Language): string {
  if (!column) return "";
  const zh = propertyName(column, language);
  return zh === column ? column : `${zh}（${column}）`;
}

function Problems({ problems }: { problems: ImportProblem[] }) {
  const { t, language } = useI18n();
  const sheetName = useSheetName();
  const rows = useMemo(() => problems.map((p, i) => ({ ...p, index: i + 1 })), [problems]);
  const columns: DataColumn<ImportProblem & { index: number }>[] = [
    { key: "index", title: "#", value: (p) => p.index, width: 50 },
    { key: "file", title: t("import.col.file"), value: (p) => p.file, width: 140 },
    { key: "sheet", title: t("import.col.sheet"), value: (p) => sheetName(p.sheet), width: 170 },
    { key: "row", title: t("import.col.row"), value: (p) => p.row ?? "", width: 60 },
    {
      key: "column",
      title: t("import.col.column"),
      // the template's Chinese column name beside the property name (是否行业龙头（leading）)
      value: (p) => columnName(p.column, language),
      width: 150,
    },
    { key: "cell", title: t("import.col.cell"), value: (p) => p.cell ?? "", width: 80 },
    { key: "code", title: t("import.col.code"), value: (p) => p.code, width: 130 },
    {
      key: "message",
      title: t("import.col.message"),
      value: (p) => (language === "zh" ? p.messageZh : p.message),
    },
  ];
  return (
    <DataTable
      name="import-problems"
      fileName={t("import.problems")}
      title={t("common.count", { count: rows.length })}
      columns={columns}
      rows={rows}
      rowKey={(p) => String(p.index)}
      pageSize={50}
    />
  );
}

/** What the import wrote, read back from the audit trail: the changes of its actor since it began. */
function Written({ actor, since }: { actor: string; since: string }) {
  const { t, tEnum } = useI18n();
  const [result] = useQuery<{ changes: Raw[] }>({
    query: WRITTEN,
    variables: { since },
    requestPolicy: "network-only",
  });
  const rows = useMemo(
    () => (result.data?.changes ?? []).filter((c) => c.actor === actor),
    [result.data, actor],
  );
  const columns: DataColumn<Raw>[] = [
    { key: "at", title: t("lab.at"), value: (c) => c.at },
    { key: "actor", title: t("lab.actor"), value: (c) => `${c.actor}（${c.role}）` },
    { key: "action", title: t("lab.action"), value: (c) => tEnum("action", c.action) },
    {
      key: "entity",
      title: t("lab.entity"),
      value: (c) => `${tEnum("sheet", c.entityLabel)} ${c.entityKey}`,
    },
    { key: "summary", title: t("lab.summary"), value: (c) => c.summary },
  ];
  return (
    <QueryState fetching={result.fetching} error={result.error} hasData={!!result.data}>
      {() => (
        <DataTable
          name="import-written"
          title={t("import.written")}
          columns={columns}
          rows={rows}
          rowKey={(c) => c.id}
          pageSize={50}
        />
      )}
    </QueryState>
  );
}

type Step =
  | { kind: "idle" }
  | { kind: "checking"; file: File }
  | { kind: "refused"; file: File; text: string }
  | { kind: "checked"; file: File; report: ImportReport }
  | { kind: "importing"; file: File; report: ImportReport }
  | { kind: "imported"; file: File; report: ImportReport; since: string };

function Uploader() {
  const { t, tEnum } = useI18n();
  const session = useSession();
  const [step, setStep] = useState<Step>({ kind: "idle" });
  const held = session.user?.role ?? null;
  const explain = (refusal: Refusal, file: File) => refusalText(refusal, file.name, t, tEnum, held, "EDITOR");

  const check = async (file: File) => {
    if (!importable(file.name)) {
      setStep({ kind: "refused", file, text: t("import.refusal.type", { name: file.name }) });
      return;
    }
    setStep({ kind: "checking", file });
    const answer = await upload(file, true, session.token);
    setStep(
      answer.ok
        ? { kind: "checked", file, report: answer.value }
        : { kind: "refused", file, text: explain(answer.refusal, file) },
    );
  };
  const run = async (file: File, report: ImportReport) => {
    setStep({ kind: "importing", file, report });
    // A minute back: the hub's clock and this browser's may differ a little.
    const since = new Date(Date.now() - 60_000).toISOString();
    const answer = await upload(file, false, session.token);
    setStep(
      answer.ok
        ? answer.value.problems.length
          ? { kind: "checked", file, report: answer.value }
          : { kind: "imported", file, report: answer.value, since }
        : { kind: "refused", file, text: explain(answer.refusal, file) },
    );
  };

  if (session.auth === "unknown") return null;
  if (!session.can("EDITOR"))
    return (
      <Alert
        type="info"
        showIcon
        data-testid="import-needs-editor"
        message={
          session.user
            ? t("import.needsEditor", {
                needed: tEnum("role", "EDITOR"),
                admin: tEnum("role", "ADMIN"),
                held: tEnum("role", session.user.role),
              })
            : t("import.needsSignIn", { needed: tEnum("role", "EDITOR"), admin: tEnum("role", "ADMIN") })
        }
      />
    );

  const busy = step.kind === "checking" || step.kind === "importing";
  const actor = step.kind === "imported" ? `import:${step.report.file}` : "";
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      <div data-testid="import-upload">
        <Upload.Dragger
          accept=".xlsx,.csv,.json"
          multiple={false}
          showUploadList={false}
          disabled={busy}
          beforeUpload={(file) => {
            void check(file);
            return false;
          }}
        >
          <Typography.Paragraph strong style={{ marginBottom: 4 }}>
            {step.kind === "checking" ? t("import.checking", { name: step.file.name }) : t("import.upload")}
          </Typography.Paragraph>
          <Typography.Text type="secondary">{t("import.uploadHint")}</Typography.Text>
        </Upload.Dragger>
      </div>
      {step.kind === "refused" ? (
        <Alert type="error" showIcon data-testid="import-refusal" message={step.text} />
      ) : null}
      {step.kind === "checked" || step.kind === "importing" ? (
        <Card
          size="small"
          data-testid="import-dry-run"
          data-problems={step.report.problems.length}
          title={t("import.dryRun", { name: step.report.file })}
        >
          <Space direction="vertical" style={{ width: "100%" }}>
            {step.report.problems.length ? (
              <Alert
                type="error"
                showIcon
                data-testid="import-has-problems"
                message={t("import.dryRunProblems", { count: step.report.problems.length })}
              />
            ) : (
              <Alert type="success" showIcon data-testid="import-clean" message={t("import.dryRunClean")} />
            )}
            {step.report.rows !== undefined ? (
              <Typography.Text type="secondary">
                {t("import.rows", { rows: step.report.rows, ms: step.report.ms ?? 0 })}
              </Typography.Text>
            ) : null}
            <Summary report={step.report} />
            {step.report.problems.length ? (
              <Problems problems={step.report.problems} />
            ) : (
              <>
                <Counts report={step.report} />
                <Button
                  type="primary"
                  data-testid="import-run"
                  loading={step.kind === "importing"}
                  onClick={() => void run(step.file, step.report)}
                >
                  {step.kind === "importing" ? t("import.running") : t("import.run")}
                </Button>
              </>
            )}
          </Space>
        </Card>
      ) : null}
      {step.kind === "imported" ? (
        <Card
          size="small"
          data-testid="import-done"
          data-actor={actor}
          data-changes={step.report.changes ?? 0}
        >
          <Space direction="vertical" style={{ width: "100%" }}>
            <Alert
              type="success"
              showIcon
              data-testid="import-done-message"
              message={t(step.report.changes ? "import.done" : "import.doneNothing", {
                name: step.report.file,
                changes: step.report.changes ?? 0,
                actor,
              })}
            />
            {step.report.alerts?.length ? (
              <Alert
                type="warning"
                showIcon
                message={t("import.alerts", { count: step.report.alerts.length })}
              />
            ) : null}
            <Summary report={step.report} />
            <Written actor={actor} since={step.since} />
          </Space>
        </Card>
      ) : null}
    </Space>
  );
}

export default function Import() {
  const { t } = useI18n();
  return (
    <Space direction="vertical" style={{ width: "100%" }} data-testid="import-page">
      <Typography.Paragraph type="secondary">{t("import.intro")}</Typography.Paragraph>
      <Downloads />
      <Card size="small" title={t("import.upload")}>
        <Uploader />
      </Card>
    </Space>
  );
}

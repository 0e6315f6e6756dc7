/**
 * 申请评审: the applications with their rule checks (R1–R15: PASS / FAIL / UNKNOWN, measured against
 * the bound, the rule's Chinese text), their duplicates (R5) with proofs, and the life-cycle actions:
 * start the plan review, record a review, approve (a CONFLICT is refused unless an ADMIN overrides
 * with a reason), reject. The hub decides: a refused action shows its user errors.
 */
import {
  Alert,
  type ButtonProps,
  Button,
  Card,
  Checkbox,
  Col,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Segmented,
  Select,
  Space,
  Table,
  Tabs,
  Typography,
} from "antd";
import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { APPLICATION, APPLICATIONS, APPROVE, RECORD_REVIEW, REJECT, START_PLAN_REVIEW } from "../api/queries";
import {
  nodes,
  type CheckStatus,
  type DuplicateGroup,
  type Edges,
  type LabStatus,
  type Named,
  type UserError,
} from "../api/types";
import { DuplicateGroups } from "../components/DuplicateGroups";
import { ExportButtons } from "../components/ExportButtons";
import { errorText, QueryState } from "../components/QueryState";
import { OutcomeTag, StatusTag } from "../components/Tags";
import { useI18n } from "../i18n";
import { navigate, useRoute } from "../router";

interface ApplicationRow extends Named {
  id: string;
  status: LabStatus;
  appliedOn: string | null;
  approvedOn: string | null;
  leadUniversity: ({ id: string } & Named) | null;
  compliance: { status: CheckStatus };
}

interface RuleCheck {
  rule: string;
  title: string;
  textZh: string;
  kind: string;
  status: CheckStatus;
  measured: string;
  bound: string;
  evidence: string[];
}

interface ApplicationData {
  jointLab:
    | (Named & {
        id: string;
        status: LabStatus;
        appliedOn: string | null;
        approvedOn: string | null;
        evaluations: {
          id: string;
          kind: string;
          on: string | null;
          outcome: string | null;
          score: number | null;
        }[];
        compliance: { status: CheckStatus; standing: string; checks: RuleCheck[] };
      })
    | null;
  duplicatesFor: { totalCount: number; groups: DuplicateGroup[] };
}

type Outcome = { userErrors: UserError[] } | null | undefined;

const APPLICANT_STATUSES: LabStatus[] = ["APPLYING", "UNDER_REVIEW"];

function ruleNumber(rule: string): number {
  return Number(rule.replace(/\D/g, "")) || 0;
}

function newKey(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function UserErrors({ errors }: { errors: UserError[] }) {
  if (!errors.length) return null;
  return (
    <Alert
      type="error"
      showIcon
      data-testid="action-errors"
      message={
        <Space direction="vertical" size={0}>
          {errors.map((error, index) => (
            <span key={index} data-code={error.code}>
              {error.message} <Typography.Text code>{error.code}</Typography.Text>
            </span>
          ))}
        </Space>
      }
    />
  );
}

function Actions({ lab, onDone }: { lab: NonNullable<ApplicationData["jointLab"]>; onDone(): void }) {
  const { t } = useI18n();
  const [errors, setErrors] = useState<UserError[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [reviewOpen, setReviewOpen] = useState(false);
  const [rejectOpen, setRejectOpen] = useState(false);
  const [overrideOpen, setOverrideOpen] = useState(false);
  const [review, setReview] = useState<{ on: string; outcome: string; score: number | null }>({
    on: today(),
    outcome: "PASS",
    score: null,
  });
  const [reason, setReason] = useState("");
  const [override, setOverride] = useState(false);
  const [startState, startPlanReview] = useMutation<{ startPlanReview: Outcome }>(START_PLAN_REVIEW);
  const [recordState, recordReview] = useMutation<{ recordEvaluation: Outcome }>(RECORD_REVIEW);
  const [approveState, approve] = useMutation<{ approveLab: Outcome }>(APPROVE);
  const [rejectState, reject] = useMutation<{ rejectApplication: Outcome }>(REJECT);
  const busy = startState.fetching || recordState.fetching || approveState.fetching || rejectState.fetching;

  async function run(
    action: Promise<{ data?: Record<string, Outcome>; error?: import("urql").CombinedError }>,
    done: string,
  ): Promise<boolean> {
    setNotice(null);
    const result = await action;
    const outcome = result.data ? Object.values(result.data)[0] : undefined;
    const userErrors = outcome?.userErrors ?? [];
    if (result.error) {
      setErrors([
        {
          code: String(result.error.graphQLErrors[0]?.extensions?.code ?? "ERROR"),
          message: errorText(result.error),
        },
      ]);
      return false;
    }
    setErrors(userErrors);
    if (userErrors.length) return false;
    setNotice(done);
    onDone();
    return true;
  }

  const applying = lab.status === "APPLYING";
  const underReview = lab.status === "UNDER_REVIEW";
  const conflict = errors.some((error) => error.code === "DUPLICATE_LAYOUT");

  return (
    <Space direction="vertical" style={{ width: "100%" }} data-testid="actions">
      <Space wrap>
        <Button
          data-testid="action-start-review"
          type="primary"
          disabled={!applying || busy}
          onClick={() =>
            void run(
              startPlanReview({ id: lab.id, clientMutationId: newKey("start") }),
              t("applications.done.startReview"),
            )
          }
        >
          {t("applications.startReview")}
        </Button>
        <Button
          data-testid="action-record-review"
          disabled={!underReview || busy}
          onClick={() => setReviewOpen(true)}
        >
          {t("applications.recordReview")}
        </Button>
        <Button
          data-testid="action-approve"
          type="primary"
          disabled={!underReview || busy}
          onClick={() =>
            void run(
              approve({ id: lab.id, override: false, reason: null, clientMutationId: newKey("approve") }),
              t("applications.done.approve"),
            )
          }
        >
          {t("applications.approve")}
        </Button>
        <Button
          data-testid="action-reject"
          danger
          disabled={!(applying || underReview) || busy}
          onClick={() => setRejectOpen(true)}
        >
          {t("applications.reject")}
        </Button>
      </Space>
      {notice ? <Alert type="success" showIcon message={notice} data-testid="action-done" /> : null}
      <UserErrors errors={errors} />
      {conflict ? (
        <Button data-testid="action-override" danger onClick={() => setOverrideOpen(true)}>
          {t("applications.override")}
        </Button>
      ) : null}

      <Modal
        title={t("applications.recordReview")}
        open={reviewOpen}
        okText={t("applications.save")}
        okButtonProps={{ "data-testid": "review-save", disabled: busy } as ButtonProps}
        onCancel={() => setReviewOpen(false)}
        onOk={() =>
          void (async () => {
            const ok = await run(
              recordReview({
                labId: lab.id,
                clientMutationId: newKey("review"),
                input: {
                  id: newKey(`eval-${lab.id}`),
                  kind: "PLAN_REVIEW",
                  on: review.on,
                  outcome: review.outcome,
                  ...(review.score == null ? {} : { score: review.score }),
                },
              }),
              t("applications.done.recordReview"),
            );
            if (ok) setReviewOpen(false);
          })()
        }
      >
        <Form layout="vertical">
          <Form.Item label={t("applications.reviewDate")}>
            <Input
              type="date"
              value={review.on}
              onChange={(e) => setReview({ ...review, on: e.target.value })}
            />
          </Form.Item>
          <Form.Item label={t("applications.reviewOutcome")}>
            <Select
              data-testid="review-outcome"
              value={review.outcome}
              onChange={(outcome: string) => setReview({ ...review, outcome })}
              options={["PASS", "REVISE", "FAIL"].map((value) => ({
                value,
                label: t(`evaluation.${value}` as never),
              }))}
            />
          </Form.Item>
          <Form.Item label={t("applications.reviewScore")}>
            <InputNumber
              min={0}
              max={100}
              value={review.score}
              onChange={(score) => setReview({ ...review, score: score ?? null })}
            />
          </Form.Item>
        </Form>
        <UserErrors errors={errors} />
      </Modal>

      <Modal
        title={t("applications.reject")}
        open={rejectOpen}
        okText={t("applications.reject")}
        okButtonProps={{ danger: true, disabled: busy, "data-testid": "reject-confirm" } as ButtonProps}
        onCancel={() => setRejectOpen(false)}
        onOk={() =>
          void (async () => {
            const ok = await run(
              reject({ id: lab.id, reason: reason.trim() || null, clientMutationId: newKey("reject") }),
              t("applications.done.reject"),
            );
            if (ok) setRejectOpen(false);
          })()
        }
      >
        <Input.TextArea
          data-testid="reject-reason"
          placeholder={t("applications.reason")}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>

      <Modal
        title={t("applications.override")}
        open={overrideOpen}
        okText={t("applications.approve")}
        okButtonProps={
          {
            danger: true,
            disabled: busy || !override || !reason.trim(),
            "data-testid": "override-confirm",
          } as ButtonProps
        }
        onCancel={() => setOverrideOpen(false)}
        onOk={() =>
          void (async () => {
            const ok = await run(
              approve({
                id: lab.id,
                override: true,
                reason: reason.trim(),
                clientMutationId: newKey("override"),
              }),
              t("applications.done.approve"),
            );
            if (ok) setOverrideOpen(false);
          })()
        }
      >
        <Space direction="vertical" style={{ width: "100%" }}>
          <Typography.Paragraph>{t("applications.overrideHelp")}</Typography.Paragraph>
          <Checkbox
            checked={override}
            onChange={(e) => setOverride(e.target.checked)}
            data-testid="override-check"
          >
            {t("applications.overrideConfirm")}
          </Checkbox>
          <Input.TextArea
            data-testid="override-reason"
            placeholder={t("applications.reason")}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          <UserErrors errors={errors} />
        </Space>
      </Modal>
    </Space>
  );
}

function ApplicationDetail({ id }: { id: string }) {
  const { t, tEnum, name } = useI18n();
  const [{ data, fetching, error }, reexecute] = useQuery<ApplicationData>({
    query: APPLICATION,
    variables: { id },
  });
  const lab = data?.jointLab;
  return (
    <QueryState fetching={fetching} error={error} hasData={!!data}>
      {() =>
        !lab ? (
          <Alert type="warning" message={t("applications.notFound", { id })} />
        ) : (
          <Card
            data-testid="application-detail"
            data-status={lab.status}
            title={
              <Space wrap>
                <span>{name(lab)}</span>
                <StatusTag status={lab.status} />
                <OutcomeTag outcome={lab.compliance.status} />
              </Space>
            }
          >
            <Space direction="vertical" size="middle" style={{ width: "100%" }}>
              <Actions lab={lab} onDone={() => reexecute({ requestPolicy: "network-only" })} />
              <Descriptions size="small" column={{ xs: 1, md: 3 }}>
                <Descriptions.Item label={t("applications.appliedOn")}>
                  {lab.appliedOn ?? "—"}
                </Descriptions.Item>
                <Descriptions.Item label={t("applications.approvedOn")}>
                  {lab.approvedOn ?? "—"}
                </Descriptions.Item>
                <Descriptions.Item label={t("applications.evaluations")}>
                  <span data-testid="evaluations">
                    {lab.evaluations.length
                      ? lab.evaluations
                          .map(
                            (e) =>
                              `${e.on ?? ""} ${tEnum("evaluationKind", e.kind)} ${tEnum("evaluation", e.outcome)}`,
                          )
                          .join("；")
                      : t("common.none")}
                  </span>
                </Descriptions.Item>
              </Descriptions>
              <Tabs
                items={[
                  {
                    key: "checks",
                    label: t("applications.checks", { count: lab.compliance.checks.length }),
                    children: (
                      <Space direction="vertical" style={{ width: "100%" }}>
                        <ExportButtons
                          fileName={`${t("applications.checksFile")}-${lab.id}`}
                          header={[
                            t("applications.rule"),
                            t("applications.ruleTitle"),
                            t("applications.outcome"),
                            t("applications.measured"),
                            t("applications.bound"),
                            t("applications.ruleText"),
                          ]}
                          rows={lab.compliance.checks.map((c) => [
                            c.rule,
                            c.title,
                            tEnum("outcome", c.status),
                            c.measured,
                            c.bound,
                            c.textZh,
                          ])}
                        />
                        <Table<RuleCheck>
                          data-testid="rule-checks"
                          size="small"
                          rowKey="rule"
                          pagination={false}
                          dataSource={lab.compliance.checks}
                          expandable={{
                            rowExpandable: (check) => check.evidence.length > 0,
                            expandedRowRender: (check) => check.evidence.join("；"),
                          }}
                          columns={[
                            {
                              title: t("applications.rule"),
                              dataIndex: "rule",
                              sorter: (a, b) => ruleNumber(a.rule) - ruleNumber(b.rule),
                              defaultSortOrder: "ascend",
                              width: 72,
                            },
                            {
                              title: t("applications.outcome"),
                              dataIndex: "status",
                              width: 100,
                              sorter: (a, b) => a.status.localeCompare(b.status),
                              render: (status: string) => <OutcomeTag outcome={status} />,
                            },
                            {
                              title: t("applications.ruleText"),
                              key: "text",
                              render: (_: unknown, check) => (
                                <Space direction="vertical" size={0}>
                                  <span>{check.textZh}</span>
                                  <Typography.Text type="secondary">{check.title}</Typography.Text>
                                </Space>
                              ),
                            },
                            { title: t("applications.measured"), dataIndex: "measured" },
                            { title: t("applications.bound"), dataIndex: "bound" },
                          ]}
                        />
                      </Space>
                    ),
                  },
                  {
                    key: "duplicates",
                    label: t("applications.duplicates", { count: data!.duplicatesFor.totalCount }),
                    children: (
                      <DuplicateGroups groups={data!.duplicatesFor.groups} testId="application-duplicates" />
                    ),
                  },
                ]}
              />
            </Space>
          </Card>
        )
      }
    </QueryState>
  );
}

export default function Applications() {
  const { t, name } = useI18n();
  const route = useRoute();
  const selected = route.params.get("id");
  const [scope, setScope] = useState<"applicants" | "all">("applicants");
  const [{ data, fetching, error }] = useQuery<{ jointLabs: Edges<ApplicationRow> }>({
    query: APPLICATIONS,
    variables: { statuses: scope === "applicants" ? APPLICANT_STATUSES : null },
  });
  const rows = nodes(data?.jointLabs);
  return (
    <Row gutter={16}>
      <Col xs={24} xxl={9}>
        <Card
          title={t("applications.list")}
          extra={
            <Segmented
              data-testid="applications-scope"
              value={scope}
              onChange={(value) => setScope(value as "applicants" | "all")}
              options={[
                { value: "applicants", label: t("applications.scopeApplicants") },
                { value: "all", label: t("applications.scopeAll") },
              ]}
            />
          }
        >
          <QueryState fetching={fetching} error={error} hasData={!!data}>
            {() => (
              <Space direction="vertical" style={{ width: "100%" }}>
                <ExportButtons
                  fileName={t("applications.list")}
                  header={[
                    t("applications.name"),
                    t("applications.status"),
                    t("applications.appliedOn"),
                    t("applications.compliance"),
                  ]}
                  rows={rows.map((row) => [
                    name(row),
                    t(`status.${row.status}`),
                    row.appliedOn ?? "",
                    t(`outcome.${row.compliance.status}`),
                  ])}
                />
                <Table<ApplicationRow>
                  data-testid="applications-table"
                  size="small"
                  rowKey="id"
                  pagination={{ pageSize: 15, hideOnSinglePage: true }}
                  dataSource={rows}
                  rowClassName={(row) => (row.id === selected ? "ant-table-row-selected" : "")}
                  onRow={(row) => ({
                    onClick: () => navigate("applications", { id: row.id }),
                    style: { cursor: "pointer" },
                  })}
                  columns={[
                    {
                      title: t("applications.name"),
                      key: "name",
                      render: (_: unknown, row) => <span data-lab={row.id}>{name(row)}</span>,
                      sorter: (a, b) => name(a).localeCompare(name(b), "zh-CN"),
                    },
                    {
                      title: t("applications.status"),
                      dataIndex: "status",
                      sorter: (a, b) => a.status.localeCompare(b.status),
                      render: (status: string) => <StatusTag status={status} />,
                    },
                    {
                      title: t("applications.appliedOn"),
                      dataIndex: "appliedOn",
                      sorter: (a, b) => (a.appliedOn ?? "").localeCompare(b.appliedOn ?? ""),
                    },
                    {
                      title: t("applications.compliance"),
                      key: "compliance",
                      sorter: (a, b) => a.compliance.status.localeCompare(b.compliance.status),
                      render: (_: unknown, row) => <OutcomeTag outcome={row.compliance.status} />,
                    },
                  ]}
                />
              </Space>
            )}
          </QueryState>
        </Card>
      </Col>
      <Col xs={24} xxl={15}>
        {selected ? (
          <ApplicationDetail key={selected} id={selected} />
        ) : (
          <Card>
            <Typography.Text type="secondary">{t("applications.pick")}</Typography.Text>
          </Card>
        )}
      </Col>
    </Row>
  );
}

/**
 * 实验室档案 Lab profile: all the graph knows of one lab — its facts, directions with their
 * disciplines and enterprises, co-builders and investment, funding, committee and staff,
 * evaluations, members, and its audit trail. Every table exports.
 */
import { Button, Card, Descriptions, Input, InputNumber, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { DataTable } from "../components/DataTable";
import { LabPicker } from "../components/LabPicker";
import { errorText, QueryState } from "../components/QueryState";
import { RequireRole } from "../components/SessionBanner";
import { useI18n } from "../i18n";
import { provinceTime } from "../i18n/time";
import { href, navigate, useRoute } from "../router";

const ACTOR = `__typename
  ... on Enterprise { id name nameEn } ... on Government { id name nameEn } ... on Investor { id name }
  ... on JointLab { id name nameEn } ... on Platform { id name nameEn } ... on University { id name nameEn }`;

const PROFILE = `query LabProfile($id: ID!, $key: ID!) {
  jointLab(id: $id) {
    id name nameEn status appliedOn approvedOn constructionYears investmentCny legalForm onCampus
    staffPlanned staffActual illustrative
    city { name nameEn } park { name nameEn } leadUniversity { id name nameEn }
    leadDiscipline { code name nameEn } focusFields { code name nameEn }
    directions {
      id name nameEn disciplines { code name nameEn } leadingEnterprises { id name nameEn }
      participations { role enterprise { id name nameEn } }
    }
    coBuilders { investmentCny builder { ${ACTOR} } }
    funding { amountCny kind year government { name nameEn } }
    committee { role person { id name nameEn title } }
    staff { role since person { id name nameEn title } organization { ${ACTOR} } }
    evaluations { id kind on outcome score reviewers { name nameEn } }
    members { since feeCny member { ${ACTOR} } }
  }
  changes(entity: { label: JointLab, key: $key }, since: "1970-01-01T00:00:00Z", first: 200) {
    id at actor role action entityLabel entityKey summary reason
  }
}`;

const UPDATE = `mutation EditLab($id: ID!, $patch: JointLabPatch!) {
  updateJointLab(id: $id, patch: $patch) { jointLab { id } userErrors { code field message } }
}`;

/** An editor's correction of the lab's English name and actual staff (written with the audit trail). */
function LabEdit({ lab, onSaved }: { lab: Raw; onSaved(): void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [nameEn, setNameEn] = useState<string>(lab.nameEn ?? "");
  const [staffActual, setStaffActual] = useState<number | null>(lab.staffActual ?? null);
  const [problem, setProblem] = useState<string | null>(null);
  const [state, update] = useMutation(UPDATE);
  if (!open)
    return (
      <Button
        size="small"
        data-testid="edit-lab"
        data-edit-action="updateJointLab"
        onClick={() => setOpen(true)}
      >
        {t("lab.edit")}
      </Button>
    );
  const save = async () => {
    const result = await update({ id: lab.id, patch: { nameEn: nameEn.trim() || null, staffActual } });
    if (result.error) return setProblem(errorText(result.error));
    const errors = (result.data?.updateJointLab.userErrors ?? []) as { code: string; message: string }[];
    if (errors.length > 0) return setProblem(errors.map((e) => `${e.message} (${e.code})`).join("；"));
    setProblem(null);
    setOpen(false);
    onSaved();
  };
  return (
    <Space wrap data-testid="edit-lab-form">
      <Input
        data-testid="edit-name-en"
        style={{ width: 360 }}
        addonBefore={t("lab.nameEn")}
        value={nameEn}
        onChange={(e) => setNameEn(e.target.value)}
      />
      <InputNumber<number>
        data-testid="edit-staff-actual"
        addonBefore={t("lab.staffActual")}
        min={0}
        value={staffActual}
        onChange={(v) => setStaffActual(v)}
      />
      <Button
        type="primary"
        size="small"
        data-testid="edit-save"
        loading={state.fetching}
        onClick={() => void save()}
      >
        {t("lab.save")}
      </Button>
      <Button size="small" onClick={() => setOpen(false)}>
        {t("lab.cancel")}
      </Button>
      {problem ? (
        <Typography.Text type="danger" data-testid="edit-problem">
          {problem}
        </Typography.Text>
      ) : null}
    </Space>
  );
}

type Named = { name: string; nameEn?: string | null } | null | undefined;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a GraphQL answer read as JSON
type Raw = Record<string, any>;

function Profile({ id }: { id: string }) {
  const { t, tEnum, language } = useI18n();
  const en = language === "en";
  const n = (x: Named) => (x ? (en && x.nameEn ? x.nameEn : x.name) : "");
  const money = (v: number | null | undefined) =>
    v === null || v === undefined
      ? ""
      : t("lab.wan", {
          value: en ? (v / 1_000_000).toLocaleString("en") : (v / 10_000).toLocaleString("zh-CN"),
        });
  const [result, reexecute] = useQuery<{ jointLab: Raw | null; changes: Raw[] }>({
    query: PROFILE,
    variables: { id, key: id },
  });
  return (
    <QueryState fetching={result.fetching} error={result.error} hasData={!!result.data}>
      {() => {
        const lab = result.data!.jointLab;
        if (!lab)
          return (
            <Typography.Text type="danger" data-testid="lab-not-found">
              {t("lab.notFound", { id })}
            </Typography.Text>
          );
        const changes = result.data!.changes;
        return (
          <Space direction="vertical" style={{ width: "100%" }} size="middle" data-testid="lab-profile">
            <Card size="small">
              <Typography.Title level={4} style={{ marginTop: 0 }} data-testid="lab-name">
                {n(lab as Named)}
              </Typography.Title>
              <Space style={{ marginBottom: 12 }}>
                <Tag color="blue" data-testid="lab-status">
                  {tEnum("status", lab.status)}
                </Tag>
                {lab.illustrative ? <Tag>{t("lab.illustrative")}</Tag> : null}
                <a href={href("collaboration", { id })}>{t("lab.toCollaboration")}</a>
                <RequireRole role="EDITOR">
                  <LabEdit
                    key={`${lab.nameEn}-${lab.staffActual}`}
                    lab={lab}
                    onSaved={() => reexecute({ requestPolicy: "network-only" })}
                  />
                </RequireRole>
              </Space>
              <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} bordered>
                <Descriptions.Item label={t("lab.city")}>{n(lab.city)}</Descriptions.Item>
                <Descriptions.Item label={t("lab.park")}>{n(lab.park)}</Descriptions.Item>
                <Descriptions.Item label={t("lab.leadUniversity")}>{n(lab.leadUniversity)}</Descriptions.Item>
                <Descriptions.Item label={t("lab.leadDiscipline")}>
                  {lab.leadDiscipline ? `${lab.leadDiscipline.code} ${n(lab.leadDiscipline)}` : ""}
                </Descriptions.Item>
                <Descriptions.Item label={t("lab.focusFields")}>
                  {(lab.focusFields as Raw[]).map((f) => (
                    <Tag key={f.code}>{n(f as Named)}</Tag>
                  ))}
                </Descriptions.Item>
                <Descriptions.Item label={t("lab.legalForm")}>
                  {tEnum("legalForm", lab.legalForm)}
                </Descriptions.Item>
                <Descriptions.Item label={t("lab.appliedOn")}>{lab.appliedOn ?? ""}</Descriptions.Item>
                <Descriptions.Item label={t("lab.approvedOn")}>{lab.approvedOn ?? ""}</Descriptions.Item>
                <Descriptions.Item label={t("lab.constructionYears")}>
                  {lab.constructionYears ?? ""}
                </Descriptions.Item>
                <Descriptions.Item label={t("lab.investment")}>{money(lab.investmentCny)}</Descriptions.Item>
                <Descriptions.Item label={t("lab.staff")}>
                  {t("lab.staffValue", { actual: lab.staffActual ?? "—", planned: lab.staffPlanned ?? "—" })}
                </Descriptions.Item>
                <Descriptions.Item label={t("lab.onCampus")}>
                  {lab.onCampus === null || lab.onCampus === undefined
                    ? ""
                    : lab.onCampus
                      ? t("common.yes")
                      : t("common.no")}
                </Descriptions.Item>
              </Descriptions>
            </Card>

            <Card size="small">
              <DataTable<Raw>
                name={`directions-${id}`}
                title={t("lab.directions")}
                rows={lab.directions}
                rowKey={(d) => d.id}
                columns={[
                  { key: "name", title: t("lab.direction"), value: (d) => n(d as Named) },
                  {
                    key: "disciplines",
                    title: t("lab.disciplines"),
                    value: (d) =>
                      (d.disciplines as Raw[]).map((x) => `${x.code} ${n(x as Named)}`).join("、"),
                  },
                  {
                    key: "leading",
                    title: t("lab.leadingEnterprises"),
                    value: (d) => (d.leadingEnterprises as Raw[]).map((x) => n(x as Named)).join("、"),
                  },
                  {
                    key: "participants",
                    title: t("lab.participants"),
                    value: (d) =>
                      (d.participations as Raw[])
                        .map((p) => `${n(p.enterprise as Named)}（${tEnum("participationRole", p.role)}）`)
                        .join("、"),
                  },
                ]}
              />
            </Card>

            <Card size="small">
              <DataTable<Raw>
                name={`co-builders-${id}`}
                title={t("lab.coBuilders")}
                rows={lab.coBuilders}
                rowKey={(c) => `${c.builder.__typename}:${c.builder.id}`}
                columns={[
                  { key: "builder", title: t("lab.builder"), value: (c) => n(c.builder as Named) },
                  {
                    key: "kind",
                    title: t("lab.builderKind"),
                    value: (c) => tEnum("actor", c.builder.__typename as string),
                  },
                  {
                    key: "investment",
                    title: t("lab.investmentWan"),
                    value: (c) => (c.investmentCny ?? 0) / 10_000,
                  },
                ]}
              />
            </Card>

            <Card size="small">
              <DataTable<Raw>
                name={`funding-${id}`}
                title={t("lab.funding")}
                rows={lab.funding}
                rowKey={(f) => `${f.government.name}-${f.year}-${f.kind}`}
                columns={[
                  { key: "government", title: t("lab.government"), value: (f) => n(f.government as Named) },
                  { key: "kind", title: t("lab.fundingKind"), value: (f) => tEnum("fundingKind", f.kind) },
                  { key: "year", title: t("lab.year"), value: (f) => f.year ?? "" },
                  { key: "amount", title: t("lab.investmentWan"), value: (f) => (f.amountCny ?? 0) / 10_000 },
                ]}
              />
            </Card>

            <Card size="small">
              <DataTable<Raw>
                name={`committee-${id}`}
                title={t("lab.committee")}
                rows={lab.committee}
                rowKey={(c) => c.person.id}
                columns={[
                  { key: "person", title: t("lab.person"), value: (c) => n(c.person as Named) },
                  { key: "title", title: t("lab.title"), value: (c) => c.person.title ?? "" },
                  { key: "role", title: t("lab.role"), value: (c) => tEnum("committeeRole", c.role) },
                ]}
              />
            </Card>

            <Card size="small">
              <DataTable<Raw>
                name={`staff-${id}`}
                title={t("lab.staffTable")}
                rows={lab.staff}
                rowKey={(s) => `${s.person.id}-${s.organization?.id ?? ""}`}
                columns={[
                  { key: "person", title: t("lab.person"), value: (s) => n(s.person as Named) },
                  { key: "title", title: t("lab.title"), value: (s) => s.person.title ?? "" },
                  {
                    key: "organization",
                    title: t("lab.organization"),
                    value: (s) => n(s.organization as Named),
                  },
                  { key: "role", title: t("lab.role"), value: (s) => tEnum("staffRole", s.role) },
                  { key: "since", title: t("lab.since"), value: (s) => s.since ?? "" },
                ]}
              />
            </Card>

            <Card size="small">
              <DataTable<Raw>
                name={`evaluations-${id}`}
                title={t("lab.evaluations")}
                rows={lab.evaluations}
                rowKey={(e) => e.id}
                columns={[
                  {
                    key: "kind",
                    title: t("lab.evaluationKind"),
                    value: (e) => tEnum("evaluationKind", e.kind),
                  },
                  { key: "on", title: t("lab.on"), value: (e) => e.on ?? "" },
                  {
                    key: "outcome",
                    title: t("lab.outcome"),
                    value: (e) => tEnum("evaluationOutcome", e.outcome),
                  },
                  { key: "score", title: t("lab.evaluationScore"), value: (e) => e.score ?? "" },
                  {
                    key: "reviewers",
                    title: t("lab.reviewers"),
                    value: (e) => (e.reviewers as Raw[]).map((r) => n(r as Named)).join("、"),
                  },
                ]}
              />
            </Card>

            <Card size="small">
              <DataTable<Raw>
                name={`members-${id}`}
                title={t("lab.members")}
                rows={lab.members}
                rowKey={(m) => `${m.member.__typename}:${m.member.id}`}
                columns={[
                  { key: "member", title: t("lab.member"), value: (m) => n(m.member as Named) },
                  {
                    key: "kind",
                    title: t("lab.builderKind"),
                    value: (m) => tEnum("actor", m.member.__typename as string),
                  },
                  { key: "since", title: t("lab.since"), value: (m) => m.since ?? "" },
                  { key: "fee", title: t("lab.feeWan"), value: (m) => (m.feeCny ?? 0) / 10_000 },
                ]}
              />
            </Card>

            <Card size="small">
              <DataTable<Raw>
                name={`audit-${id}`}
                title={t("lab.audit", { count: changes.length })}
                rows={changes}
                rowKey={(c) => c.id}
                columns={[
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
                ]}
              />
            </Card>
          </Space>
        );
      }}
    </QueryState>
  );
}

export default function LabProfile() {
  const route = useRoute();
  const id = route.params.get("id");
  const { t } = useI18n();
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      <LabPicker value={id} onChange={(lab) => navigate("lab", { id: lab })} />
      {id ? <Profile id={id} /> : <Typography.Text type="secondary">{t("lab.pickHint")}</Typography.Text>}
    </Space>
  );
}

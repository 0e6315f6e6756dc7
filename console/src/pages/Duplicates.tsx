/**
 * 重复布局 (R5): the CONFLICT / OVERLAP / ADJACENT groups of the live layout, with their members and
 * proofs, filtered by kind; the first page of groups with a button for more.
 */
import { Button, Card, Segmented, Space, Statistic, Typography } from "antd";
import { useState } from "react";
import { useQuery } from "urql";
import { DUPLICATES } from "../api/queries";
import type { DuplicateGroup, DuplicateKind, LabStatus } from "../api/types";
import { DuplicateGroups } from "../components/DuplicateGroups";
import { ExportButtons } from "../components/ExportButtons";
import { QueryState } from "../components/QueryState";
import { useI18n } from "../i18n";

const KINDS: DuplicateKind[] = ["CONFLICT", "OVERLAP", "ADJACENT"];
const PAGE = 50;

interface DuplicatesData {
  duplicateGroups: { totalCount: number; live: LabStatus[]; edges: { node: DuplicateGroup }[] };
}

export default function Duplicates() {
  const { t, tEnum } = useI18n();
  const [kind, setKind] = useState<DuplicateKind | "ALL">("ALL");
  const [first, setFirst] = useState(PAGE);
  const [{ data, fetching, error }] = useQuery<DuplicatesData>({
    query: DUPLICATES,
    variables: { kinds: kind === "ALL" ? null : [kind], first },
  });
  const connection = data?.duplicateGroups;
  const report = connection && { ...connection, groups: connection.edges.map((e) => e.node) };
  return (
    <Space direction="vertical" size="large" style={{ width: "100%" }}>
      <Card>
        <Space wrap size="large">
          <Segmented
            data-testid="duplicates-kind"
            value={kind}
            onChange={(value) => {
              setKind(value as DuplicateKind | "ALL");
              setFirst(PAGE);
            }}
            options={[
              { value: "ALL", label: t("duplicates.all") },
              ...KINDS.map((value) => ({ value, label: tEnum("duplicate", value) })),
            ]}
          />
          {report ? (
            <Statistic
              title={t("duplicates.groups")}
              value={report.totalCount}
              data-testid="duplicates-total"
            />
          ) : null}
          {report ? (
            <Typography.Text type="secondary">
              {t("duplicates.live", { statuses: report.live.map((s) => tEnum("status", s)).join("、") })}
            </Typography.Text>
          ) : null}
          {report ? (
            <ExportButtons
              fileName={t("nav.duplicates")}
              header={[
                t("duplicates.kind"),
                t("duplicates.shared"),
                t("duplicates.reason"),
                t("duplicates.memberList"),
              ]}
              rows={report.groups.map((g) => [
                tEnum("duplicate", g.kind),
                g.shared.map((s) => s.name).join("、"),
                g.reason,
                g.members.map((m) => m.name).join("；"),
              ])}
            />
          ) : null}
        </Space>
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {t("duplicates.help")}
        </Typography.Paragraph>
      </Card>
      <QueryState fetching={fetching} error={error} hasData={!!report}>
        {() => (
          <Space direction="vertical" style={{ width: "100%" }} data-testid="duplicates-ready">
            <DuplicateGroups groups={report!.groups} testId="duplicate-groups" />
            {report!.groups.length < report!.totalCount ? (
              <Button data-testid="duplicates-more" loading={fetching} onClick={() => setFirst(first + PAGE)}>
                {t("duplicates.more", { shown: report!.groups.length, total: report!.totalCount })}
              </Button>
            ) : null}
          </Space>
        )}
      </QueryState>
    </Space>
  );
}

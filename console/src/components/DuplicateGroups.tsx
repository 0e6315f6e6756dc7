/**
 * Duplicate layout groups (R5): kind, severity, the reason, what the members share, the members
 * (covering or applicant, status) and the proofs — Cypher patterns an analyst pastes into
 * `MATCH p = … RETURN p`.
 */
import { Card, Collapse, Empty, Space, Tag, Typography } from "antd";
import type { DuplicateGroup } from "../api/types";
import { useI18n } from "../i18n";
import { DuplicateKindTag, SeverityTag, StatusTag } from "./Tags";

export function DuplicateGroupCard({ group }: { group: DuplicateGroup }) {
  const { t } = useI18n();
  return (
    <Card
      size="small"
      data-testid="duplicate-group"
      data-kind={group.kind}
      title={
        <Space wrap>
          <DuplicateKindTag kind={group.kind} />
          <SeverityTag severity={group.severity} />
          <span>{group.shared.map((node) => node.name).join("、")}</span>
        </Space>
      }
      extra={t("duplicates.members", { count: group.memberCount })}
    >
      <Typography.Paragraph>{group.reason}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 8 }}>
        {group.members.map((member) => (
          <Tag key={`${member.label}-${member.key}`} color={member.covering ? "green" : "gold"}>
            {member.name} {member.status ? <StatusTag status={member.status} /> : null}
          </Tag>
        ))}
      </Space>
      {group.proofs.length ? (
        <Collapse
          size="small"
          items={[
            {
              key: "proofs",
              label: t("duplicates.proofs", { count: group.proofs.length }),
              children: (
                <pre style={{ whiteSpace: "pre-wrap", margin: 0 }} data-testid="proofs">
                  {group.proofs.join("\n")}
                </pre>
              ),
            },
          ]}
        />
      ) : null}
    </Card>
  );
}

export function DuplicateGroups({ groups, testId }: { groups: DuplicateGroup[]; testId?: string }) {
  const { t } = useI18n();
  if (!groups.length) return <Empty description={t("duplicates.none")} data-testid={testId} />;
  return (
    <Space direction="vertical" style={{ width: "100%" }} data-testid={testId}>
      {groups.map((group, index) => (
        <DuplicateGroupCard
          key={`${group.kind}-${group.shared.map((s) => s.key).join("+")}-${index}`}
          group={group}
        />
      ))}
    </Space>
  );
}

/**
 * 登录 Sign-in: when the hub has auth, a bearer token (JWT, issued by the department's identity
 * service) is entered here and kept in this browser; the console then shows only what its role may
 * do. Without auth the hub treats every request as the local ADMIN, and the page says so.
 */
import { Alert, Button, Card, Descriptions, Input, List, Space, Typography } from "antd";
import { useState } from "react";
import { ROLES, roleOfToken, useSession, type Role } from "../api/session";
import { writeToken } from "../api/token";
import { useI18n, type MessageKey } from "../i18n";

function Abilities({ role }: { role: Role }) {
  const { t } = useI18n();
  return (
    <List
      size="small"
      data-testid="abilities"
      dataSource={ROLES.map((r) => ({ r, granted: ROLES.indexOf(role) >= ROLES.indexOf(r) }))}
      renderItem={({ r, granted }) => (
        <List.Item data-testid={`ability-${r}`} data-granted={granted ? "true" : "false"}>
          <Typography.Text delete={!granted} type={granted ? undefined : "secondary"}>
            {t(`signIn.ability.${r}` as MessageKey)}
          </Typography.Text>
        </List.Item>
      )}
    />
  );
}

export default function SignIn() {
  const { t, tEnum } = useI18n();
  const session = useSession();
  const [draft, setDraft] = useState("");
  const [problem, setProblem] = useState<string | null>(null);

  if (session.auth === "unknown")
    return <Typography.Text type="secondary">{t("common.loading")}</Typography.Text>;
  if (session.auth === "none")
    return (
      <Space direction="vertical" style={{ width: "100%" }} data-testid="sign-in">
        <Alert
          type="warning"
          showIcon
          data-testid="sign-in-local"
          message={t("session.localAdmin")}
          description={t("signIn.noAuth")}
        />
        <Abilities role="ADMIN" />
      </Space>
    );

  const submit = () => {
    const token = draft.trim().replace(/^Bearer\s+/i, "");
    if (!token) return setProblem(t("signIn.empty"));
    if (!roleOfToken(token)) return setProblem(t("signIn.noRole"));
    setProblem(null);
    writeToken(token);
    setDraft("");
  };

  return (
    <Space direction="vertical" style={{ width: "100%", maxWidth: 720 }} data-testid="sign-in">
      <Typography.Paragraph type="secondary">{t("signIn.intro")}</Typography.Paragraph>
      {session.user ? (
        <Card size="small" title={t("signIn.current")}>
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t("signIn.user")}>
              <span data-testid="signed-in-user">{session.user.id}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t("signIn.role")}>
              <span data-testid="signed-in-role">{tEnum("role", session.user.role)}</span>
            </Descriptions.Item>
          </Descriptions>
          <Abilities role={session.user.role} />
          <Button data-testid="sign-out" onClick={() => writeToken(null)}>
            {t("signIn.signOut")}
          </Button>
        </Card>
      ) : null}
      {session.tokenError ? (
        <Alert
          type="error"
          showIcon
          data-testid="token-refused"
          message={t("session.refused", { reason: session.tokenError })}
        />
      ) : null}
      <Card size="small" title={session.user ? t("signIn.other") : t("signIn.title")}>
        <Input.TextArea
          data-testid="token-input"
          rows={4}
          value={draft}
          placeholder={t("signIn.placeholder")}
          onChange={(e) => setDraft(e.target.value)}
        />
        {problem ? (
          <Typography.Text type="danger" data-testid="token-problem">
            {problem}
          </Typography.Text>
        ) : null}
        <div style={{ marginTop: 8 }}>
          <Button type="primary" data-testid="sign-in-submit" onClick={submit}>
            {t("signIn.submit")}
          </Button>
        </div>
      </Card>
    </Space>
  );
}

/**
 * The shell's line on who the console acts as: without auth, that it acts as the local ADMIN; with
 * auth, the signed-in user and role, or a link to sign in, or why the hub refused the token.
 * `RequireRole` shows its children only to a role that may use them (edit actions for EDITOR).
 */
import { Alert } from "antd";
import type { ReactNode } from "react";
import { useSession, type Role } from "../api/session";
import { useI18n } from "../i18n";
import { href } from "../router";

export function SessionBanner() {
  const { t, tEnum } = useI18n();
  const session = useSession();
  if (session.auth === "unknown") return null;
  if (session.auth === "none")
    return (
      <Alert
        data-testid="session-banner"
        data-session="local-admin"
        type="warning"
        showIcon
        banner
        message={t("session.localAdmin")}
      />
    );
  if (session.tokenError)
    return (
      <Alert
        data-testid="session-banner"
        data-session="refused"
        type="error"
        showIcon
        banner
        message={<a href={href("sign-in")}>{t("session.refused", { reason: session.tokenError })}</a>}
      />
    );
  if (!session.user)
    return (
      <Alert
        data-testid="session-banner"
        data-session="anonymous"
        type="info"
        showIcon
        banner
        message={<a href={href("sign-in")}>{t("session.signInNeeded")}</a>}
      />
    );
  return (
    <Alert
      data-testid="session-banner"
      data-session={session.user.role}
      type="success"
      banner
      message={t("session.signedIn", { user: session.user.id, role: tEnum("role", session.user.role) })}
    />
  );
}

/** Its children for a user whose role grants `role`, else `otherwise` (default nothing). */
export function RequireRole({
  role,
  children,
  otherwise = null,
}: {
  role: Role;
  children: ReactNode;
  otherwise?: ReactNode;
}) {
  const session = useSession();
  return <>{session.can(role) ? children : otherwise}</>;
}

export default SessionBanner;

/**
 * A refusal of the hub explained in the UI language: FORBIDDEN names the role needed
 * (`extensions.requiredRole`) and the role held; UNAUTHENTICATED asks for sign-in. Other errors: null.
 */
import type { CombinedError } from "urql";
import type { Translate } from "../i18n";
import type { Role } from "./session";

export function refusalText(
  error: CombinedError,
  t: Translate,
  tEnum: (prefix: string, value: string | null | undefined) => string,
  held: Role | null,
): string | null {
  const first = error.graphQLErrors[0];
  const code = first?.extensions?.code;
  const needed = first?.extensions?.requiredRole;
  if (code === "FORBIDDEN" && typeof needed === "string") {
    const granted = held ?? /grants (\w+)/.exec(first?.message ?? "")?.[1] ?? null;
    return t("session.forbidden", {
      needed: tEnum("role", needed),
      held: granted ? tEnum("role", granted) : "—",
    });
  }
  if (code === "UNAUTHENTICATED")
    return t("session.unauthenticated", {
      needed: tEnum("role", typeof needed === "string" ? needed : "VIEWER"),
    });
  return null;
}

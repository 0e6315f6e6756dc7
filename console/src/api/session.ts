/**
 * Who the console acts as. The hub says whether it has auth: a read without a token is refused
 * (UNAUTHENTICATED) only when it does. Without auth every request is the local ADMIN; with auth the
 * signed-in token's role (claim `role`, or the highest of `roles`) decides what the console shows —
 * the hub still checks every request, the console only hides what would be refused.
 */
import { useEffect, useState } from "react";
import { GRAPHQL_PATH } from "./client";
import { useToken } from "./token";

export const ROLES = ["VIEWER", "PLANNER", "EDITOR", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

export interface Session {
  /** "unknown" until the hub answered the probe. */
  auth: "unknown" | "none" | "required";
  token: string | null;
  /** The token's subject and role (as the token claims them; null without a valid token). */
  user: { id: string; role: Role } | null;
  /** Why the hub refused the token, if it did. */
  tokenError: string | null;
  /** Whether the console may offer an action needing `role`. */
  can(role: Role): boolean;
}

const PROBE = "query SessionProbe { fields(first: 1) { totalCount } }";

function decodeClaims(token: string): Record<string, unknown> | null {
  const part = token.split(".")[1];
  if (!part) return null;
  try {
    const base64 = part
      .replace(/-/g, "+")
      .replace(/_/g, "/")
      .padEnd(Math.ceil(part.length / 4) * 4, "=");
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const claims: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return claims && typeof claims === "object" ? (claims as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The role a token claims: `role`, else the highest of `roles`. */
export function roleOfToken(token: string): { id: string; role: Role } | null {
  const claims = decodeClaims(token);
  if (!claims) return null;
  const known = (v: unknown) =>
    typeof v === "string" ? ROLES.find((r) => r === v.toUpperCase()) : undefined;
  let role = known(claims.role);
  if (!role && Array.isArray(claims.roles)) {
    for (const r of claims.roles.map(known))
      if (r && (!role || ROLES.indexOf(r) > ROLES.indexOf(role))) role = r;
  }
  return role ? { id: typeof claims.sub === "string" ? claims.sub : "?", role } : null;
}

interface ProbeAnswer {
  code: string | null;
  message: string | null;
}

async function probe(token: string | null): Promise<ProbeAnswer> {
  const response = await fetch(GRAPHQL_PATH, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: PROBE }),
  });
  const body = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
  const first = body.errors?.[0];
  return { code: first?.extensions?.code ?? null, message: first?.message ?? null };
}

const answers = new Map<string, Promise<Session["auth"]>>();
const tokenAnswers = new Map<string, Promise<string | null>>();

function authOfHub(): Promise<Session["auth"]> {
  let answer = answers.get("hub");
  if (!answer) {
    answer = probe(null).then(
      (a) => (a.code === "UNAUTHENTICATED" ? "required" : "none"),
      () => {
        answers.delete("hub");
        return "unknown" as const;
      },
    );
    answers.set("hub", answer);
  }
  return answer;
}

function refusalOfToken(token: string): Promise<string | null> {
  let answer = tokenAnswers.get(token);
  if (!answer) {
    answer = probe(token).then(
      (a) => (a.code === "UNAUTHENTICATED" ? (a.message ?? a.code) : null),
      () => null,
    );
    tokenAnswers.set(token, answer);
  }
  return answer;
}

export function useSession(): Session {
  const token = useToken();
  const [auth, setAuth] = useState<Session["auth"]>("unknown");
  const [tokenError, setTokenError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void authOfHub().then((a) => live && setAuth(a));
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    let live = true;
    setTokenError(null);
    if (token && auth === "required") void refusalOfToken(token).then((e) => live && setTokenError(e));
    return () => {
      live = false;
    };
  }, [token, auth]);
  const claimed = auth === "required" && token && !tokenError ? roleOfToken(token) : null;
  const user = auth === "none" ? { id: "local", role: "ADMIN" as Role } : claimed;
  return {
    auth,
    token,
    user,
    tokenError,
    can: (role) => (user ? ROLES.indexOf(user.role) >= ROLES.indexOf(role) : false),
  };
}

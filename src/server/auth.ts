/**
 * Who is asking, and may they. A bearer token (JWT, verified with the configured secret or public
 * key) names the user (`sub`) and the role (`role`, or the highest of `roles`; both must agree), and
 * must expire within HUB_JWT_MAX_LIFETIME (guards/token-claims.ts). Without auth
 * configured every request is the local ADMIN. Root fields are guarded with `@Authorized(Role.X)`;
 * `authChecker` refuses an anonymous request (UNAUTHENTICATED) or too low a role (FORBIDDEN), naming
 * the role needed. HTTP and graphql-ws share all of it: the same verification, context and checker.
 */
import { GraphQLError } from "graphql";
import { errors as jose, jwtVerify, type JWTPayload } from "jose";
import type { AuthCheckerFn } from "type-graphql";
import { ConfigError, type AuthConfig, type Config } from "../config.js";
import { grants, Role, ROLE_ORDER, type HubUser } from "../domain/roles.js";
import type { HubContext } from "./context.js";
import { claimsRefusal } from "./guards/token-claims.js";

/** The user of every request when no auth is configured. */
export const LOCAL_USER: HubUser = Object.freeze({ id: "local", role: Role.ADMIN });

/** Who made a request: a user, or null for an anonymous one (only when auth is configured). */
export interface Authenticated {
  user: HubUser | null;
  /** When the token stops being accepted (ms since the epoch), if it expires: a WebSocket is closed then. */
  expiresAt?: number;
}

/** Clock skew tolerated between the token's issuer and the hub (seconds), for `exp` and `nbf`. */
export const CLOCK_TOLERANCE_S = 5;

/** A token that cannot be accepted; `message` says why in a few words. */
export class AuthError extends Error {}

/** The startup line's description of auth. */
export function describeAuth(config: Config): string {
  if (!config.auth) return "none configured — every request acts as the local ADMIN";
  const { describe, issuer, audience } = config.auth;
  const claims = [issuer && `issuer ${issuer}`, audience && `audience ${audience}`]
    .filter(Boolean)
    .join(", ");
  return `bearer tokens (JWT, ${describe}${claims ? `, ${claims}` : ""}); requests without one are anonymous`;
}

/** `NODE_ENV=production` without auth would make every request ADMIN: refuse to start. */
export function requireAuthInProduction(config: Config, env: NodeJS.ProcessEnv = process.env): void {
  if (env.NODE_ENV === "production" && !config.auth) {
    throw new ConfigError(
      "NODE_ENV=production needs auth: set HUB_JWT_SECRET or HUB_JWT_PUBLIC_KEY (without them every request would act as ADMIN)",
    );
  }
}

function knownRole(value: unknown): Role | undefined {
  return typeof value === "string" ? ROLE_ORDER.find((r) => r === value.toUpperCase()) : undefined;
}

/** The highest known role of `roles`; `role` must agree with it when both claims are present. */
function roleOf(payload: JWTPayload): Role | undefined {
  let best: Role | undefined;
  for (const value of Array.isArray(payload.roles) ? payload.roles : [payload.roles]) {
    const role = knownRole(value);
    if (role && (!best || grants(role, best))) best = role;
  }
  if (payload.role === undefined) return best;
  const role = knownRole(payload.role);
  if (best && role !== best) {
    throw new AuthError(`token claims "role" and "roles" disagree (${String(payload.role)} and ${best})`);
  }
  return role;
}

function reason(error: unknown): string {
  if (error instanceof jose.JWTExpired) return "token expired";
  if (error instanceof jose.JWSSignatureVerificationFailed) return "token signature does not verify";
  if (error instanceof jose.JOSEAlgNotAllowed)
    return "token signed with an algorithm this hub does not accept";
  if (error instanceof jose.JWTClaimValidationFailed)
    return `token claim "${error.claim}" rejected (${error.reason})`;
  if (error instanceof jose.JOSEError) return "malformed token";
  return "token could not be verified";
}

/** Verifies a token (without the "Bearer " prefix); throws AuthError. */
export async function verifyToken(
  auth: AuthConfig,
  token: string,
): Promise<Authenticated & { user: HubUser }> {
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, auth.key, {
      algorithms: auth.algorithms,
      issuer: auth.issuer,
      audience: auth.audience,
      clockTolerance: CLOCK_TOLERANCE_S,
      requiredClaims: ["exp"],
    }));
  } catch (error) {
    throw new AuthError(reason(error));
  }
  const refusal = claimsRefusal(payload, {
    now: Math.floor(Date.now() / 1000),
    toleranceS: CLOCK_TOLERANCE_S,
    maxLifetimeS: auth.maxLifetimeS,
  });
  if (refusal) throw new AuthError(refusal);
  if (typeof payload.sub !== "string" || payload.sub === "") throw new AuthError('token has no "sub" claim');
  const role = roleOf(payload);
  if (!role)
    throw new AuthError(`token names no role (claim "role" or "roles": one of ${ROLE_ORDER.join(", ")})`);
  const expiresAt = (payload.exp! + CLOCK_TOLERANCE_S) * 1000;
  return { user: { id: payload.sub, role }, expiresAt };
}

/**
 * The user behind an `Authorization` value (HTTP header, or graphql-ws `connection_init` payload).
 * No auth configured: the local ADMIN, whatever was sent. No value: anonymous. Throws AuthError.
 */
export async function authenticate(config: Config, authorization: unknown): Promise<Authenticated> {
  if (!config.auth) return { user: LOCAL_USER };
  if (authorization === undefined || authorization === null || authorization === "") return { user: null };
  if (typeof authorization !== "string")
    throw new AuthError("authorization must be a string: Bearer <token>");
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match) throw new AuthError("authorization must be: Bearer <token>");
  return verifyToken(config.auth, match[1]!);
}

/** The GraphQL error of a refused token on HTTP: status 401, code UNAUTHENTICATED. */
export function unauthenticated(error: AuthError): GraphQLError {
  return new GraphQLError(`Unauthenticated: ${error.message}`, {
    extensions: {
      code: "UNAUTHENTICATED",
      http: { status: 401, headers: new Map([["www-authenticate", 'Bearer error="invalid_token"']]) },
    },
  });
}

/**
 * type-graphql's checker for `@Authorized(Role.X)`: roles include the ones below them, so a field
 * naming several roles needs the lowest of them. Refusals are errors naming the role needed.
 */
export const authChecker: AuthCheckerFn<HubContext, Role> = ({ context, info }, roles) => {
  const user = context.caller;
  const needed = roles.length === 0 ? Role.VIEWER : roles.reduce((low, r) => (grants(low, r) ? r : low));
  const field = `${info.parentType.name}.${info.fieldName}`;
  if (!user) {
    throw new GraphQLError(`${field} needs the role ${needed}: send a bearer token`, {
      extensions: { code: "UNAUTHENTICATED", requiredRole: needed },
    });
  }
  if (grants(user.role, needed)) return true;
  throw new GraphQLError(`${field} needs the role ${needed}; the token grants ${user.role}`, {
    extensions: { code: "FORBIDDEN", requiredRole: needed },
  });
};

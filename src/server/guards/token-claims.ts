/**
 * The claims a token must satisfy beyond its signature, issuer and audience (jose checks those,
 * `exp` and `nbf`): an `exp` (no token is valid forever), a lifetime (`exp - iat`, or `exp - now`
 * without `iat`) of at most HUB_JWT_MAX_LIFETIME, no `iat` in the future, and one role: when a
 * token has both `role` and `roles`, `role` must be the highest of `roles`.
 */
import type { JWTPayload } from "jose";

/** Why the claims are refused, or undefined. `now` and `toleranceS` in seconds. */
export function claimsRefusal(
  payload: JWTPayload,
  options: { now: number; toleranceS: number; maxLifetimeS: number },
): string | undefined {
  const { now, toleranceS, maxLifetimeS } = options;
  if (typeof payload.exp !== "number") return 'token has no "exp" claim (an expiry is required)';
  if (payload.iat !== undefined && payload.iat > now + toleranceS)
    return 'token claim "iat" is in the future';
  const lifetime = payload.exp - (payload.iat ?? now);
  if (lifetime > maxLifetimeS) {
    return `token lifetime ${lifetime} s exceeds the maximum of ${maxLifetimeS} s (HUB_JWT_MAX_LIFETIME)`;
  }
  return undefined;
}

/** Tokens signed for the tests: one per role, expired ones, wrongly signed ones. */
import { SignJWT, type JWTPayload } from "jose";
import { loadConfig, type Config } from "../../src/config.js";

/** The HS256 secret of the test hubs (at least 32 bytes). */
export const TEST_SECRET = "lianhe-hub-test-secret-0123456789abcdef";

/** A configuration with auth by TEST_SECRET (merge into startTestHub's `config`). */
export function authConfig(env: Record<string, string> = {}): Pick<Config, "auth"> {
  return { auth: loadConfig({ HUB_JWT_SECRET: TEST_SECRET, ...env }).auth };
}

export interface TokenOptions {
  claims?: JWTPayload;
  sub?: string | null;
  /** Seconds from now; negative: already expired. Default one hour. */
  expiresIn?: number;
  secret?: string;
}

export async function token(options: TokenOptions = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const jwt = new SignJWT({ ...options.claims })
    .setProtectedHeader({ alg: "HS256" })
    .setIssuedAt(now - 60)
    .setExpirationTime(now + (options.expiresIn ?? 3600));
  if (options.sub !== null) jwt.setSubject(options.sub ?? "tester");
  return jwt.sign(new TextEncoder().encode(options.secret ?? TEST_SECRET));
}

export function roleToken(role: string, sub = `${role.toLowerCase()}-user`): Promise<string> {
  return token({ claims: { role }, sub });
}

/** Strict tokens: an expiry within HUB_JWT_MAX_LIFETIME, no iat or nbf in the future, one role. */
import { SignJWT, type JWTPayload } from "jose";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { Role } from "../../src/domain/roles.js";
import { authenticate } from "../../src/server/auth.js";
import { TEST_SECRET } from "../support/tokens.js";

const config = loadConfig({ HUB_JWT_SECRET: TEST_SECRET });
const now = () => Math.floor(Date.now() / 1000);

/** A token with exactly these claims (nothing added). */
function signed(claims: JWTPayload): Promise<string> {
  return new SignJWT({ sub: "u-1", ...claims })
    .setProtectedHeader({ alg: "HS256" })
    .sign(new TextEncoder().encode(TEST_SECRET));
}

const check = async (claims: JWTPayload, cfg = config) => authenticate(cfg, `Bearer ${await signed(claims)}`);

describe("token claims", () => {
  it("require an exp: a token without one is refused", async () => {
    await expect(check({ role: "ADMIN", iat: now() })).rejects.toThrow(/"exp"/);
  });

  it("refuse a lifetime beyond HUB_JWT_MAX_LIFETIME (24 h by default), with or without iat", async () => {
    expect((await check({ role: "VIEWER", iat: now(), exp: now() + 24 * 3600 })).user?.role).toBe(
      Role.VIEWER,
    );
    await expect(check({ role: "VIEWER", iat: now(), exp: now() + 24 * 3600 + 60 })).rejects.toThrow(
      /token lifetime 86460 s exceeds the maximum of 86400 s/,
    );
    await expect(check({ role: "VIEWER", exp: now() + 25 * 3600 })).rejects.toThrow(/exceeds the maximum/);
    await expect(check({ role: "VIEWER", exp: now() + 10 * 365 * 86400 })).rejects.toThrow(/exceeds/);
    const short = loadConfig({ HUB_JWT_SECRET: TEST_SECRET, HUB_JWT_MAX_LIFETIME: "15m" });
    await expect(check({ role: "VIEWER", iat: now(), exp: now() + 3600 }, short)).rejects.toThrow(
      /maximum of 900 s/,
    );
    expect((await check({ role: "VIEWER", iat: now(), exp: now() + 600 }, short)).user).toBeTruthy();
  });

  it("refuse an iat or nbf in the future (beyond the clock tolerance)", async () => {
    await expect(check({ role: "VIEWER", iat: now() + 120, exp: now() + 600 })).rejects.toThrow(
      /"iat" is in the future/,
    );
    expect((await check({ role: "VIEWER", iat: now() + 2, exp: now() + 600 })).user).toBeTruthy();
    await expect(check({ role: "VIEWER", nbf: now() + 120, exp: now() + 600 })).rejects.toThrow(/"nbf"/);
  });

  it("refuse a token whose role and roles disagree; accept them when they agree", async () => {
    const exp = now() + 600;
    await expect(check({ role: "VIEWER", roles: ["ADMIN"], exp })).rejects.toThrow(
      /claims "role" and "roles" disagree \(VIEWER and ADMIN\)/,
    );
    await expect(check({ role: "ADMIN", roles: ["VIEWER"], exp })).rejects.toThrow(/disagree/);
    expect((await check({ role: "editor", roles: ["VIEWER", "EDITOR"], exp })).user?.role).toBe(Role.EDITOR);
    expect((await check({ roles: ["VIEWER", "PLANNER"], exp })).user?.role).toBe(Role.PLANNER);
    expect((await check({ role: "PLANNER", exp })).user?.role).toBe(Role.PLANNER);
  });

  it("HUB_JWT_MAX_LIFETIME is a duration, and needs a key", () => {
    expect(loadConfig({ HUB_JWT_SECRET: TEST_SECRET }).auth?.maxLifetimeS).toBe(86400);
    expect(loadConfig({ HUB_JWT_SECRET: TEST_SECRET, HUB_JWT_MAX_LIFETIME: "7d" }).auth?.maxLifetimeS).toBe(
      604800,
    );
    expect(() => loadConfig({ HUB_JWT_SECRET: TEST_SECRET, HUB_JWT_MAX_LIFETIME: "soon" })).toThrow(
      /^HUB_JWT_MAX_LIFETIME must be a duration such as 3600, 90m, 24h or 7d, got "soon"$/,
    );
    expect(() => loadConfig({ HUB_JWT_MAX_LIFETIME: "1h" })).toThrow(/needs HUB_JWT_SECRET/);
  });
});

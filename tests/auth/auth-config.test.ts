/** Auth settings (HUB_JWT_*, REDIS_URL) and token verification, without a server. */
import { generateKeyPairSync } from "node:crypto";
import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.js";
import { Role } from "../../src/domain/roles.js";
import {
  authenticate,
  AuthError,
  describeAuth,
  LOCAL_USER,
  requireAuthInProduction,
} from "../../src/server/auth.js";
import { TEST_SECRET, token } from "../support/tokens.js";

function pems(type: "rsa" | "ec", namedCurve = "P-256") {
  const { publicKey, privateKey } =
    type === "rsa"
      ? generateKeyPairSync("rsa", { modulusLength: 2048 })
      : generateKeyPairSync("ec", { namedCurve });
  return { publicPem: publicKey.export({ type: "spki", format: "pem" }).toString(), privateKey };
}

describe("auth settings", () => {
  it("configure no auth by default", () => {
    expect(loadConfig({}).auth).toBeUndefined();
    expect(describeAuth(loadConfig({}))).toBe("none configured — every request acts as the local ADMIN");
  });

  it("take an HS256 secret of at least 32 bytes, with optional issuer and audience", () => {
    const config = loadConfig({
      HUB_JWT_SECRET: TEST_SECRET,
      HUB_JWT_ISSUER: "https://id.example",
      HUB_JWT_AUDIENCE: "lianhe",
    });
    expect(config.auth).toMatchObject({
      algorithms: ["HS256"],
      issuer: "https://id.example",
      audience: "lianhe",
    });
    expect(describeAuth(config)).toBe(
      "bearer tokens (JWT, HS256 secret, issuer https://id.example, audience lianhe); requests without one are anonymous",
    );
    expect(() => loadConfig({ HUB_JWT_SECRET: "short" })).toThrow(
      /^HUB_JWT_SECRET must be at least 32 bytes for HS256, got 5$/,
    );
  });

  it("take an RSA or EC P-256 public key in PEM (also with its line breaks written as \\n)", () => {
    expect(loadConfig({ HUB_JWT_PUBLIC_KEY: pems("rsa").publicPem }).auth?.algorithms).toEqual(["RS256"]);
    const ec = pems("ec").publicPem;
    expect(loadConfig({ HUB_JWT_PUBLIC_KEY: ec.replace(/\n/g, "\\n") }).auth?.algorithms).toEqual(["ES256"]);
    expect(() => loadConfig({ HUB_JWT_PUBLIC_KEY: pems("ec", "P-384").publicPem })).toThrow(
      /must be an RSA or EC P-256 key, got ec secp384r1/,
    );
    expect(() => loadConfig({ HUB_JWT_PUBLIC_KEY: "not a key" })).toThrow(
      /HUB_JWT_PUBLIC_KEY must be a PEM public key/,
    );
  });

  it("reject contradictory or incomplete settings in one line", () => {
    expect(() =>
      loadConfig({ HUB_JWT_SECRET: TEST_SECRET, HUB_JWT_PUBLIC_KEY: pems("rsa").publicPem }),
    ).toThrow(/^set HUB_JWT_SECRET or HUB_JWT_PUBLIC_KEY, not both$/);
    expect(() => loadConfig({ HUB_JWT_ISSUER: "x" })).toThrow(
      /^HUB_JWT_ISSUER needs HUB_JWT_SECRET or HUB_JWT_PUBLIC_KEY$/,
    );
    expect(() => loadConfig({ HUB_JWT_AUDIENCE: "x" })).toThrow(ConfigError);
  });

  it("REDIS_URL must be a redis URL, and is not echoed (it may hold a password)", () => {
    expect(loadConfig({ REDIS_URL: "redis://:pw@127.0.0.1:6379/0" }).redisUrl).toBe(
      "redis://:pw@127.0.0.1:6379/0",
    );
    expect(loadConfig({ REDIS_URL: "rediss://cache.example:6380" }).redisUrl).toBe(
      "rediss://cache.example:6380",
    );
    expect(() => loadConfig({ REDIS_URL: "http://user:secret@host" })).toThrow(
      /^REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL$/,
    );
  });

  it("NODE_ENV=production without auth refuses to start", () => {
    expect(() => requireAuthInProduction(loadConfig({}), { NODE_ENV: "production" })).toThrow(ConfigError);
    expect(() =>
      requireAuthInProduction(loadConfig({ HUB_JWT_SECRET: TEST_SECRET }), { NODE_ENV: "production" }),
    ).not.toThrow();
    expect(() => requireAuthInProduction(loadConfig({}), { NODE_ENV: "development" })).not.toThrow();
  });
});

describe("token verification", () => {
  it("without auth configured, every caller is the local ADMIN, whatever it sends", async () => {
    expect(await authenticate(loadConfig({}), undefined)).toEqual({ user: LOCAL_USER });
    expect(await authenticate(loadConfig({}), "Bearer junk")).toEqual({
      user: { id: "local", role: Role.ADMIN },
    });
  });

  it("with auth: no token is anonymous; a good one gives `sub` and its role (the highest of `roles`)", async () => {
    const config = loadConfig({ HUB_JWT_SECRET: TEST_SECRET });
    expect(await authenticate(config, undefined)).toEqual({ user: null });
    const { user, expiresAt } = await authenticate(
      config,
      `Bearer ${await token({ claims: { role: "planner", roles: ["VIEWER", "PLANNER"] }, sub: "u-1" })}`,
    );
    expect(user).toEqual({ id: "u-1", role: Role.PLANNER });
    expect(expiresAt).toBeGreaterThan(Date.now());
  });

  it("verifies RS256 and ES256 tokens with the public key, and refuses other algorithms", async () => {
    for (const [type, alg] of [
      ["rsa", "RS256"],
      ["ec", "ES256"],
    ] as const) {
      const { publicPem, privateKey } = pems(type);
      const config = loadConfig({
        HUB_JWT_PUBLIC_KEY: publicPem,
        HUB_JWT_ISSUER: "https://id.example",
        HUB_JWT_AUDIENCE: "lianhe",
      });
      const signed = (iss: string) =>
        new SignJWT({ roles: ["EDITOR"] })
          .setProtectedHeader({ alg })
          .setSubject("e-1")
          .setIssuer(iss)
          .setAudience("lianhe")
          .setExpirationTime("5m")
          .sign(privateKey);
      expect((await authenticate(config, `Bearer ${await signed("https://id.example")}`)).user).toEqual({
        id: "e-1",
        role: Role.EDITOR,
      });
      await expect(authenticate(config, `Bearer ${await signed("https://elsewhere")}`)).rejects.toThrow(
        /token claim "iss" rejected/,
      );
      // The public key's text used as an HS256 secret (algorithm confusion): refused.
      const forged = await new SignJWT({ role: "ADMIN" })
        .setProtectedHeader({ alg: "HS256" })
        .setSubject("x")
        .sign(new TextEncoder().encode(publicPem));
      await expect(authenticate(config, `Bearer ${forged}`)).rejects.toThrow(
        /algorithm this hub does not accept/,
      );
    }
  });

  it("refuses malformed values with an AuthError saying why", async () => {
    const config = loadConfig({ HUB_JWT_SECRET: TEST_SECRET });
    await expect(authenticate(config, 42)).rejects.toThrow(AuthError);
    await expect(authenticate(config, "Token abc")).rejects.toThrow(/Bearer <token>/);
    await expect(
      authenticate(config, `Bearer ${await token({ claims: { role: "ADMIN" }, expiresIn: -60 })}`),
    ).rejects.toThrow(/^token expired$/);
  });
});

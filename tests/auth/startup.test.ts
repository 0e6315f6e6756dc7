/**
 * The built hub (`node dist/src/main.js`) and auth: production without auth refuses to start in one
 * line; a hub with auth and Redis says so at start, enforces tokens, and stops cleanly.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { exited, runMain, runMainToExit } from "../support/process.js";
import { startRedis, type RedisServer } from "../support/redis.js";
import { roleToken, TEST_SECRET } from "../support/tokens.js";
import { connectWs, wsAuth, wsExecute } from "../support/ws.js";
import type { Hub } from "../../src/server/http.js";

describe("starting the hub with auth settings", () => {
  it("refuses NODE_ENV=production without auth: one line, exit 1, before touching Neo4j", async () => {
    const { code, stderr, stdout } = await runMainToExit({
      NODE_ENV: "production",
      NEO4J_URI: "bolt://127.0.0.1:1",
    });
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      "lianhe-hub: NODE_ENV=production needs auth: set HUB_JWT_SECRET or HUB_JWT_PUBLIC_KEY (without them every request would act as ADMIN)\n",
    );
  });

  it("explains a bad auth setting in one line", async () => {
    const { code, stderr } = await runMainToExit({ HUB_JWT_SECRET: "too-short" });
    expect(code).toBe(1);
    expect(stderr).toBe("lianhe-hub: HUB_JWT_SECRET must be at least 32 bytes for HS256, got 9\n");
  });

  describe("with auth and Redis", () => {
    let redis: RedisServer;
    beforeAll(async () => {
      redis = await startRedis();
    });
    afterAll(async () => {
      await redis?.close();
    });

    it("says how it authenticates and where events go, enforces tokens, and stops cleanly", async () => {
      const { uri, username, password } = inject("neo4j");
      const hub = await runMain({
        NODE_ENV: "production",
        NEO4J_URI: uri,
        NEO4J_USERNAME: username,
        NEO4J_PASSWORD: password,
        HUB_SEED_WHEN_EMPTY: "false",
        PORT: "0",
        HUB_JWT_SECRET: TEST_SECRET,
        REDIS_URL: redis.url,
      });
      try {
        expect(hub.output()).toContain(
          `[lianhe-hub] events: Redis pub/sub at redis://127.0.0.1:${redis.port} (channels lianhe:*)\n`,
        );
        expect(hub.output()).toContain(
          "[lianhe-hub] auth: bearer tokens (JWT, HS256 secret); requests without one are anonymous\n",
        );
        const ask = (headers: Record<string, string>) =>
          fetch(hub.url, {
            method: "POST",
            headers: { "content-type": "application/json", ...headers },
            body: JSON.stringify({ query: "{ jointLabs(first: 1) { totalCount } }" }),
          }).then(async (r) => ({ status: r.status, body: (await r.json()) as any }));
        const anonymous = await ask({});
        expect(anonymous.body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
        const viewer = await ask({ authorization: `Bearer ${await roleToken("VIEWER")}` });
        expect(viewer.body.errors).toBeUndefined();
        expect(typeof viewer.body.data.jointLabs.totalCount).toBe("number");
        // Production refuses introspection, on both transports alike.
        const token = await roleToken("VIEWER");
        const introspection = "{ __schema { queryType { name } } }";
        const overHttp = await fetch(hub.url, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: introspection }),
        }).then((r) => r.json() as Promise<any>);
        expect(overHttp.errors[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
        const socket = await connectWs({ url: hub.url } as Hub, wsAuth(token));
        try {
          const overWs = await wsExecute(socket.client, introspection);
          expect(overWs.errors![0]!.extensions!.code).toBe("GRAPHQL_VALIDATION_FAILED");
          expect(overWs.errors![0]!.message).toBe(overHttp.errors[0].message);
        } finally {
          await socket.dispose();
        }
      } finally {
        hub.child.kill("SIGTERM");
      }
      expect(await exited(hub.child)).toBe(0);
    });

    it("without auth outside production, says every request is the local ADMIN", async () => {
      const { uri, username, password } = inject("neo4j");
      const hub = await runMain({
        NEO4J_URI: uri,
        NEO4J_USERNAME: username,
        NEO4J_PASSWORD: password,
        HUB_SEED_WHEN_EMPTY: "false",
        PORT: "0",
      });
      try {
        expect(hub.output()).toContain(
          "[lianhe-hub] events: in memory (this instance only; set REDIS_URL to share events between instances)\n",
        );
        expect(hub.output()).toContain(
          "[lianhe-hub] auth: none configured — every request acts as the local ADMIN\n",
        );
      } finally {
        hub.child.kill("SIGTERM");
      }
      expect(await exited(hub.child)).toBe(0);
    });
  });
});

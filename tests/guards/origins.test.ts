/**
 * Who may reach the hub: without auth only loopback Host names (DNS rebinding), on HTTP and on the
 * WebSocket; CORS for the origins of HUB_CORS_ORIGINS only; with auth, no WebSocket operation
 * without a valid connection_init, which must come in time; no "Did you mean" in production.
 */
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { loadConfig } from "../../src/config.js";
import type { Graph } from "../../src/graph/graph.js";
import type { Hub } from "../../src/server/http.js";
import { testGraph } from "../support/graph.js";
import { gql, startTestHub } from "../support/hub.js";
import { authConfig, roleToken } from "../support/tokens.js";
import { connectWs, wsAuth, wsExecute, wsUrl } from "../support/ws.js";

let graph: Graph;
let open: Hub;
let withAuth: Hub;

beforeAll(async () => {
  graph = testGraph();
  open = await startTestHub(graph, { config: { corsOrigins: ["https://console.example"] } });
  withAuth = await startTestHub(graph, {
    config: { ...authConfig(), limits: { ...loadConfig({}).limits, wsInitTimeoutMs: 300 } },
  });
});

afterAll(async () => {
  await open?.close();
  await withAuth?.close();
  await graph?.close();
});

function post(hub: Hub, headers: Record<string, string>, method = "POST") {
  const url = new URL(hub.url);
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method,
          headers: { "content-type": "application/json", ...headers },
        },
        (res) => {
          let body = "";
          res.on("data", (c) => (body += c));
          res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body }));
        },
      );
      req.on("error", reject);
      req.end(method === "POST" ? JSON.stringify({ query: "{ __typename }" }) : undefined);
    },
  );
}

/** A WebSocket upgrade with these headers: the close code and reason after connection_init. */
function wsClosed(hub: Hub, headers: Record<string, string>, init?: unknown) {
  return new Promise<{ code: number; reason: string }>((resolve, reject) => {
    const socket = new WebSocket(wsUrl(hub), "graphql-transport-ws", { headers });
    socket.on("open", () => {
      if (init !== undefined) socket.send(JSON.stringify({ type: "connection_init", payload: init }));
    });
    socket.on("error", reject);
    socket.on("close", (code, reason) => resolve({ code, reason: reason.toString() }));
  });
}

describe("without auth: loopback Host names only (DNS rebinding)", () => {
  it("answers localhost, 127.0.0.1 and [::1] with any port, over HTTP", async () => {
    const port = new URL(open.url).port;
    for (const host of [
      `localhost:${port}`,
      `127.0.0.1:${port}`,
      `[::1]:${port}`,
      "LOCALHOST",
      "127.0.0.1",
    ]) {
      const res = await post(open, { host });
      expect(res.status, host).toBe(200);
    }
  });

  it("refuses any other Host over HTTP with 403 HOST_NOT_ALLOWED, as GraphQL JSON", async () => {
    for (const host of [
      "rebind.example",
      "rebind.example:4000",
      "127.0.0.1.nip.io",
      "192.168.1.5:4000",
      "localhost@evil",
    ]) {
      const res = await post(open, { host });
      expect(res.status, host).toBe(403);
      expect(JSON.parse(res.body).errors[0].extensions).toEqual({ code: "HOST_NOT_ALLOWED" });
    }
  });

  it("refuses it on the WebSocket too, even with a matching Origin (both are the attacker's)", async () => {
    const closed = await wsClosed(
      open,
      { host: "rebind.example:4000", origin: "http://rebind.example:4000" },
      {},
    );
    expect(closed).toEqual({
      code: 4403,
      reason: "Forbidden: a hub without auth answers only to the Host names localhost, 127.0.0.1 and [::1]",
    });
  });
});

describe("CORS (HUB_CORS_ORIGINS)", () => {
  it("answers the preflight of a listed origin, and gives no CORS header to others", async () => {
    const preflight = await post(
      open,
      {
        origin: "https://console.example",
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type,authorization",
      },
      "OPTIONS",
    );
    expect(preflight.status).toBe(204);
    expect(preflight.headers["access-control-allow-origin"]).toBe("https://console.example");
    expect(String(preflight.headers["access-control-allow-headers"])).toContain("authorization");
    const other = await post(
      open,
      { origin: "https://elsewhere.example", "access-control-request-method": "POST" },
      "OPTIONS",
    );
    expect(other.headers["access-control-allow-origin"]).toBeUndefined();
    const simple = await post(open, { origin: "https://console.example" });
    expect(simple.headers["access-control-allow-origin"]).toBe("https://console.example");
  });

  it("sets no CORS header at all by default", async () => {
    const res = await post(
      withAuth,
      { origin: "https://console.example", "access-control-request-method": "POST" },
      "OPTIONS",
    );
    expect(res.headers["access-control-allow-origin"]).toBeUndefined();
  });

  it("lets a listed origin's page open a WebSocket on a hub without auth", async () => {
    const socket = await connectWs(open, undefined, { origin: "https://console.example" });
    try {
      expect(socket.closed).toBeNull();
      expect((await wsExecute(socket.client, "{ __typename }")).data).toEqual({ __typename: "Query" });
    } finally {
      await socket.dispose();
    }
  });
});

describe("with auth: the WebSocket runs nothing before a valid connection_init", () => {
  it("closes an anonymous connection_init with 4403", async () => {
    expect(await wsClosed(withAuth, {}, {})).toEqual({
      code: 4403,
      reason: 'Forbidden: connection_init needs a bearer token: { authorization: "Bearer …" }',
    });
  });

  it("closes a socket that sends no connection_init within HUB_WS_INIT_TIMEOUT_MS (4408)", async () => {
    const t = Date.now();
    expect((await wsClosed(withAuth, {})).code).toBe(4408);
    expect(Date.now() - t).toBeLessThan(5000);
  });

  it("refuses a subscribe sent before connection_init (4401)", async () => {
    const closed = await new Promise<number>((resolve) => {
      const socket = new WebSocket(wsUrl(withAuth), "graphql-transport-ws");
      socket.on("open", () =>
        socket.send(JSON.stringify({ id: "1", type: "subscribe", payload: { query: "{ __typename }" } })),
      );
      socket.on("close", (code) => resolve(code));
    });
    expect(closed).toBe(4401);
  });

  it("runs operations once the token is valid", async () => {
    const socket = await connectWs(withAuth, wsAuth(await roleToken("VIEWER")));
    try {
      expect((await wsExecute(socket.client, "{ __typename }")).data).toEqual({ __typename: "Query" });
    } finally {
      await socket.dispose();
    }
  });
});

describe("suggestions", () => {
  it("name fields outside production", async () => {
    const res = await gql(open, "{ jointLabz { totalCount } }");
    expect(res.errors?.[0]?.message).toMatch(/Did you mean "jointLab/);
  });

  it("are hidden in production, on both transports", async () => {
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = "production";
    let hub: Hub | undefined;
    try {
      hub = await startTestHub(graph, { config: authConfig() });
      const token = await roleToken("VIEWER");
      const res = await gql(hub, "{ jointLabz { totalCount } }", {}, { authorization: `Bearer ${token}` });
      expect(res.errors?.[0]).toMatchObject({
        message: 'Cannot query field "jointLabz" on type "Query".',
        extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
      });
      const enumValue = await gql(
        hub,
        "{ coverageGaps(dimension: CITYY) { totalCount } }",
        {},
        { authorization: `Bearer ${token}` },
      );
      expect(enumValue.errors?.[0]?.message).not.toMatch(/Did you mean/);
      const socket = await connectWs(hub, wsAuth(token));
      try {
        const overWs = await wsExecute(socket.client, "{ jointLabz { totalCount } }");
        expect(overWs.errors?.[0]?.message).toBe('Cannot query field "jointLabz" on type "Query".');
      } finally {
        await socket.dispose();
      }
    } finally {
      process.env.NODE_ENV = previous;
      await hub?.close();
    }
  });
});

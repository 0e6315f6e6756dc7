/**
 * Errors that say what happened, on the seed graph: bodies that cannot be a request are refused as
 * GraphQL JSON (400, 413, 415) without a stack; a statement past its timeout answers TIMEOUT; an
 * unreachable Neo4j answers SERVICE_UNAVAILABLE (and /healthz 503); each failure is logged once, on
 * one line; analytics never run more than their bound at once; the rate limit answers RATE_LIMITED
 * with Retry-After on both transports; a retried write with the same clientMutationId is applied once.
 * (Neo4j stopped and started under a write loop: outage.test.ts.)
 */
import { createLogger, setLogger } from "../../src/server/observability/logger.js";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { inject } from "vitest";
import { request } from "node:http";
import { classifyGraphFailure } from "../../src/graph/failures.js";
import { Graph } from "../../src/graph/graph.js";
import type { Hub } from "../../src/server/http.js";
import { count, resetToSeed, testGraph } from "../support/graph.js";
import { bearer, gql, startTestHub } from "../support/hub.js";
import { authConfig, roleToken } from "../support/tokens.js";
import { connectWs, wsExecute } from "../support/ws.js";

let graph: Graph;
let hub: Hub;
beforeAll(async () => {
  graph = testGraph();
  await resetToSeed(graph);
  hub = await startTestHub(graph);
});
afterAll(async () => {
  await hub?.close();
  await graph?.close();
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** Lines the hub logs while `work` runs (its JSON log lines, each as text). */
async function logged(work: () => Promise<void>): Promise<string[]> {
  const lines: string[] = [];
  const previous = setLogger(
    createLogger("info", { write: (line: string) => void lines.push(line.replace(/\n$/, "")) }),
  );
  try {
    await work();
  } finally {
    setLogger(previous);
  }
  return lines;
}

async function post(target: Hub, body: string | Buffer, contentType = "application/json") {
  const response = await fetch(target.url, {
    method: "POST",
    headers: { "content-type": contentType },
    body,
  });
  const text = await response.text();
  return { status: response.status, type: response.headers.get("content-type") ?? "", text };
}

const STACK = /\bat .+\.(js|ts):\d+|node_modules|\/work\//;

describe("bodies that cannot be a request: GraphQL JSON, no stack", () => {
  const cases: [string, () => Promise<Awaited<ReturnType<typeof post>>>, number, string][] = [
    ["malformed JSON", () => post(hub, '{"query": "{ __typename }"'), 400, "BAD_REQUEST"],
    [
      "a body over 1 MB",
      () => post(hub, JSON.stringify({ query: `{ __typename }`, pad: "x".repeat(1_100_000) })),
      413,
      "PAYLOAD_TOO_LARGE",
    ],
    ["text/plain", () => post(hub, "{ __typename }", "text/plain"), 415, "UNSUPPORTED_MEDIA_TYPE"],
    [
      "form data",
      () => post(hub, "query=x", "application/x-www-form-urlencoded"),
      415,
      "UNSUPPORTED_MEDIA_TYPE",
    ],
    ["a JSON array (no batches)", () => post(hub, "[]"), 400, "BAD_REQUEST"],
    ["a JSON string", () => post(hub, '"{ __typename }"'), 400, "BAD_REQUEST"],
  ];
  for (const [name, send, status, code] of cases) {
    it(`${name}: ${status} ${code}`, async () => {
      let answer!: Awaited<ReturnType<typeof post>>;
      const lines = await logged(async () => {
        answer = await send();
      });
      expect(answer.status).toBe(status);
      expect(answer.type).toMatch(/^application\/json/);
      const body = JSON.parse(answer.text) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0]!.extensions.code).toBe(code);
      expect(body.errors[0]!.message.length).toBeGreaterThan(10);
      expect(answer.text).not.toMatch(STACK);
      expect(lines.join("\n")).not.toMatch(STACK);
    });
  }

  it("a good request still passes", async () => {
    const answer = await post(
      hub,
      JSON.stringify({ query: "{ __typename }" }),
      "application/json; charset=utf-8",
    );
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toEqual({ data: { __typename: "Query" } });
  });
});

describe("a statement past its timeout: TIMEOUT", () => {
  it("a write waiting on a lock longer than HUB_STATEMENT_TIMEOUT_MS answers TIMEOUT, logged once on one line", async () => {
    const { uri, username, password, database } = inject("neo4j");
    const short = Graph.connect({ uri, username, password, database, limits: { statementTimeoutMs: 500 } });
    const shortHub = await startTestHub(short);
    // Another transaction holds the city's write lock for the whole test.
    const session = graph.driver.session({ database: graph.database });
    const holder = await session.beginTransaction();
    try {
      await holder.run("MATCH (c:City {id: 'city-nanjing'}) SET c.lockedByTest = true");
      let answer!: Awaited<ReturnType<typeof gql>>;
      const started = performance.now();
      const lines = await logged(async () => {
        answer = await gql(
          shortHub,
          `mutation { updateCity(id: "city-nanjing", patch: { nameEn: "Nanjing (timeout test)" }) { city { id } userErrors { code } } }`,
        );
      });
      const ms = performance.now() - started;
      expect(answer.errors?.[0]?.extensions?.code).toBe("TIMEOUT");
      expect(answer.errors![0]!.message).not.toMatch(/Neo\.|Forseti/);
      expect(ms).toBeLessThan(10_000);
      const timeouts = lines.filter((l) => l.includes("TIMEOUT"));
      expect(timeouts).toHaveLength(1);
      expect(timeouts[0]).toMatch(/TIMEOUT at updateCity: Neo\.\w+Error\.Transaction\.\w+/);
      expect(timeouts[0]).not.toContain("\n");
    } finally {
      await holder.rollback();
      await session.close();
      await shortHub.close();
      await short.close();
    }
    expect(
      await count(
        graph,
        "MATCH (c:City {id: 'city-nanjing'}) WHERE c.nameEn CONTAINS 'timeout' RETURN count(c)",
      ),
    ).toBe(0);
  });

  it("an analytic past HUB_ANALYTICS_TIMEOUT_MS is stopped by the server and reads as TIMEOUT", async () => {
    const { uri, username, password, database } = inject("neo4j");
    const short = Graph.connect({ uri, username, password, database, limits: { analyticsTimeoutMs: 200 } });
    try {
      const started = performance.now();
      const error = await short
        .read("UNWIND range(1, 2000000000) AS x RETURN count(x)", {}, undefined, "analytic")
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      expect(performance.now() - started).toBeLessThan(15_000);
      expect((error as { code?: string }).code).toMatch(
        /^Neo\.ClientError\.Transaction\.TransactionTimedOut/,
      );
      expect(classifyGraphFailure(error)?.code).toBe("TIMEOUT");
    } finally {
      await short.close();
    }
  });
});

describe("Neo4j unreachable: SERVICE_UNAVAILABLE", () => {
  it("a query answers SERVICE_UNAVAILABLE and /healthz 503, within seconds, logged once per failure", async () => {
    // Nothing listens on this port: every connection is refused.
    const dead = Graph.connect({ uri: "bolt://127.0.0.1:7789", username: "neo4j", password: "unused" });
    const deadHub = await startTestHub(dead);
    try {
      let answer!: Awaited<ReturnType<typeof gql>>;
      const started = performance.now();
      const lines = await logged(async () => {
        answer = await gql(
          deadHub,
          `{ a: cities(first: 2) { edges { node { id } } } b: city(id: "city-nanjing") { id } }`,
        );
      });
      expect(performance.now() - started).toBeLessThan(10_000);
      expect(answer.errors?.length).toBeGreaterThan(0);
      for (const error of answer.errors!) expect(error.extensions?.code).toBe("SERVICE_UNAVAILABLE");
      expect(answer.errors![0]!.message).toBe("The graph database is unavailable; try again shortly");
      const failures = lines.filter((l) => l.includes("SERVICE_UNAVAILABLE"));
      expect(failures.length).toBeGreaterThan(0);
      expect(failures.length).toBeLessThanOrEqual(answer.errors!.length);
      for (const line of failures) {
        expect(line).toMatch(/SERVICE_UNAVAILABLE at \w+: ServiceUnavailable: /);
        expect(line).not.toContain("\n");
      }
      const health = await fetch(deadHub.url.replace(/\/graphql$/, "/healthz"));
      expect(health.status).toBe(503);
    } finally {
      await deadHub.close();
      await dead.close();
    }
  });
});

describe("analytics run at most HUB_MAX_CONCURRENT_ANALYTICS at once", () => {
  it("six slow analytics take two slots; a plain read is not held up behind them", async () => {
    const { uri, username, password, database } = inject("neo4j");
    const bounded = Graph.connect({
      uri,
      username,
      password,
      database,
      limits: { maxConcurrentAnalytics: 2 },
    });
    try {
      let most = 0;
      const sampler = setInterval(() => (most = Math.max(most, bounded.analyticsLoad().running)), 5);
      const slow = Array.from({ length: 6 }, () =>
        bounded.read("UNWIND range(1, 3000000) AS x RETURN count(x) AS n", {}, undefined, "analytic"),
      );
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(bounded.analyticsLoad().waiting).toBeGreaterThan(0);
      let readDone = false;
      let analyticsDone = 0;
      for (const s of slow) void s.then(() => (analyticsDone += 1));
      await bounded.read("RETURN 1").then(() => (readDone = true));
      expect(readDone).toBe(true);
      expect(analyticsDone).toBeLessThan(6);
      await Promise.all(slow);
      clearInterval(sampler);
      expect(most).toBe(2);
    } finally {
      await bounded.close();
    }
  });
});

describe("rate limit: RATE_LIMITED with Retry-After", () => {
  it("over HTTP: the fourth request of three allowed gets 429, Retry-After and retryAfterSeconds", async () => {
    const limited = await startTestHub(graph, { config: { rateLimit: { points: 3, windowS: 60 } } });
    try {
      for (let i = 0; i < 3; i += 1) expect((await gql(limited, "{ __typename }")).status).toBe(200);
      const response = await fetch(limited.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ __typename }" }),
      });
      expect(response.status).toBe(429);
      const retryAfter = Number(response.headers.get("retry-after"));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
      expect(body.errors[0]!.extensions).toEqual({ code: "RATE_LIMITED", retryAfterSeconds: retryAfter });
    } finally {
      await limited.close();
    }
  });

  it("over WebSocket: each operation costs a point; past the limit RATE_LIMITED", async () => {
    const limited = await startTestHub(graph, { config: { rateLimit: { points: 3, windowS: 60 } } });
    const ws = await connectWs(limited);
    try {
      for (let i = 0; i < 3; i += 1)
        expect(await wsExecute(ws.client, "{ __typename }")).toEqual({ data: { __typename: "Query" } });
      const refused = await wsExecute(ws.client, "{ __typename }");
      expect(refused.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
      expect(refused.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect(refused.errors![0]!.extensions!.http).toBeUndefined();
    } finally {
      await ws.dispose();
      await limited.close();
    }
  });

  it("with auth, each user has a budget of their own", async () => {
    const limited = await startTestHub(graph, {
      config: { ...authConfig(), rateLimit: { points: 2, windowS: 60 } },
    });
    try {
      const [alice, bob] = await Promise.all([roleToken("VIEWER", "alice"), roleToken("VIEWER", "bob")]);
      for (let i = 0; i < 2; i += 1)
        expect((await gql(limited, "{ __typename }", {}, bearer(alice))).status).toBe(200);
      expect((await gql(limited, "{ __typename }", {}, bearer(alice))).status).toBe(429);
      expect((await gql(limited, "{ __typename }", {}, bearer(bob))).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe("clientMutationId: a retried write is applied once", () => {
  const create = (id: string, key: string | null) =>
    gql(
      hub,
      `mutation($key: String) { createCity(input: { id: "${id}", name: "幂等市" }, clientMutationId: $key) { city { id name } userErrors { code field } } }`,
      { key },
    );

  it("the same key twice: the first outcome again, one city, one audit record", async () => {
    const first = await create("city-idem-1", "key-idem-1");
    expect(first.data!.createCity).toEqual({ city: { id: "city-idem-1", name: "幂等市" }, userErrors: [] });
    const again = await create("city-idem-1", "key-idem-1");
    expect(again.data!.createCity).toEqual(first.data!.createCity);
    expect(await count(graph, "MATCH (c:City {id: 'city-idem-1'}) RETURN count(c)")).toBe(1);
    expect(await count(graph, "MATCH (c:Change {clientMutationId: 'key-idem-1'}) RETURN count(c)")).toBe(1);
    const trail = await gql(
      hub,
      `{ changes(since: "2020-01-01T00:00:00Z", entity: { label: City, key: "city-idem-1" }) { action clientMutationId } }`,
    );
    expect(trail.data!.changes).toEqual([{ action: "CREATED", clientMutationId: "key-idem-1" }]);
  });

  it("without a key the same write is applied again (and here refused as a duplicate)", async () => {
    await create("city-idem-2", null);
    const again = await create("city-idem-2", null);
    expect(again.data!.createCity.userErrors[0].code).toBe("DUPLICATE_KEY");
  });

  it("a key used for another mutation is refused as a user error", async () => {
    await create("city-idem-3", "key-idem-3");
    const other = await gql(
      hub,
      `mutation { deleteCity(id: "city-idem-3", clientMutationId: "key-idem-3") { city { id } userErrors { code field } } }`,
    );
    expect(other.data!.deleteCity).toEqual({
      city: null,
      userErrors: [{ code: "CLIENT_MUTATION_ID_REUSED", field: "clientMutationId" }],
    });
    expect(await count(graph, "MATCH (c:City {id: 'city-idem-3'}) RETURN count(c)")).toBe(1);
  });

  it("two retries at once: one applies, the other answers the same outcome", async () => {
    const [a, b] = await Promise.all([
      create("city-idem-4", "key-idem-4"),
      create("city-idem-4", "key-idem-4"),
    ]);
    expect(a.data!.createCity).toEqual({ city: { id: "city-idem-4", name: "幂等市" }, userErrors: [] });
    expect(b.data!.createCity).toEqual(a.data!.createCity);
    expect(await count(graph, "MATCH (c:Change {clientMutationId: 'key-idem-4'}) RETURN count(c)")).toBe(1);
  });

  it("an empty or over-long key is a VALIDATION user error, nothing written", async () => {
    for (const key of ["", "k".repeat(201)]) {
      const answer = await create("city-idem-5", key);
      expect(answer.data!.createCity).toEqual({
        city: null,
        userErrors: [{ code: "VALIDATION", field: "clientMutationId" }],
      });
    }
    expect(await count(graph, "MATCH (c:City {id: 'city-idem-5'}) RETURN count(c)")).toBe(0);
  });
});

describe("argument validation: BAD_USER_INPUT with paths and constraints, never the values", () => {
  const LONG = "长".repeat(5000);
  const QUERY = `query($text: String) { jointLabs(first: 3, filter: { text: $text, city: "" }) { totalCount } }`;

  function expectQuiet(errors: { message: string; extensions?: Record<string, unknown> }[] | undefined) {
    expect(errors).toHaveLength(1);
    const [error] = errors!;
    expect(error!.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error!.extensions?.field).toBe("filter.city");
    expect(error!.message).toBe(
      "Invalid argument filter.city: city must be longer than or equal to 1 characters (and 1 more)",
    );
    expect(error!.extensions?.validationErrors).toEqual([
      { path: "filter.city", constraints: { isLength: "city must be longer than or equal to 1 characters" } },
      {
        path: "filter.text",
        constraints: { isLength: "text must be shorter than or equal to 200 characters" },
      },
    ]);
    const text = JSON.stringify(errors);
    expect(text).not.toContain("长长长");
    expect(text.length).toBeLessThan(1000);
  }

  it("over HTTP: a 5,000-character filter is named, not echoed", async () => {
    const answer = await gql(hub, QUERY, { text: LONG });
    expect(answer.data).toEqual(null);
    expectQuiet(answer.errors);
  });

  it("over WebSocket: the same answer", async () => {
    const socket = await connectWs(hub);
    try {
      const answer = await wsExecute(socket.client, QUERY, { text: LONG });
      expectQuiet(answer.errors as unknown as { message: string; extensions?: Record<string, unknown> }[]);
    } finally {
      await socket.dispose();
    }
  });

  it("a valid filter still passes", async () => {
    const answer = await gql(
      hub,
      `query($text: String) { jointLabs(first: 3, filter: { text: $text }) { totalCount } }`,
      { text: "微波" },
    );
    expect(answer.errors).toBeUndefined();
  });
});

describe("HTTP requests refused before GraphQL: logged once, with the request id, no stack", () => {
  interface Line {
    level: string;
    msg: string;
    requestId?: string;
    status?: number;
    code?: string;
    path?: string;
    stack?: unknown;
  }
  async function refusalsOf(
    send: () => Promise<{ status: number }>,
  ): Promise<{ status: number; lines: Line[] }> {
    let status = 0;
    const lines = await logged(async () => {
      status = (await send()).status;
    });
    const parsed = lines.map((l) => JSON.parse(l) as Line).filter((l) => l.msg.startsWith("request refused"));
    for (const line of lines) expect(line).not.toMatch(STACK);
    return { status, lines: parsed };
  }
  /** node:http, not fetch: fetch does not send a Host header of the caller's. */
  const send = (target: Hub, headers: Record<string, string>, body: string) => () => {
    const url = new URL(target.url);
    return new Promise<{ status: number }>((resolve, reject) => {
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: "POST",
          headers: { "content-type": "application/json", ...headers },
        },
        (res) => {
          res.resume();
          res.on("end", () => resolve({ status: res.statusCode! }));
        },
      );
      req.on("error", reject);
      req.end(body);
    });
  };

  it("malformed JSON, a wrong Host, text/plain", async () => {
    const cases: [Record<string, string>, string, number, string][] = [
      [{ "x-request-id": "refused-json" }, '{"query": ', 400, "BAD_REQUEST"],
      [
        { "x-request-id": "refused-host", host: "rebound.example" },
        '{"query":"{ __typename }"}',
        403,
        "HOST_NOT_ALLOWED",
      ],
      [
        { "x-request-id": "refused-type", "content-type": "text/plain" },
        "{ __typename }",
        415,
        "UNSUPPORTED_MEDIA_TYPE",
      ],
    ];
    for (const [headers, body, status, code] of cases) {
      const result = await refusalsOf(send(hub, headers, body));
      expect(result.status).toBe(status);
      expect(result.lines).toHaveLength(1);
      expect(result.lines[0]).toMatchObject({
        level: "warn",
        requestId: headers["x-request-id"],
        status,
        code,
        path: "/graphql",
      });
      expect(result.lines[0]!.stack).toBeUndefined();
    }
  });

  it("a bad token (401) is logged once; a good request is not a refusal", async () => {
    const authHub = await startTestHub(graph, { config: authConfig() });
    try {
      const bad = await refusalsOf(
        send(
          authHub,
          { "x-request-id": "refused-token", authorization: "Bearer not.a.token" },
          '{"query":"{ __typename }"}',
        ),
      );
      expect(bad.status).toBe(401);
      expect(bad.lines).toHaveLength(1);
      expect(bad.lines[0]).toMatchObject({
        requestId: "refused-token",
        status: 401,
        code: "UNAUTHENTICATED",
      });
      const good = await refusalsOf(
        send(authHub, bearer(await roleToken("VIEWER")), '{"query":"{ __typename }"}'),
      );
      expect(good.status).toBe(200);
      expect(good.lines).toEqual([]);
    } finally {
      await authHub.close();
    }
  });
});

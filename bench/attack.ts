/**
 * `npm run bench:attack` — the attack figures: time to refuse the depth-16 and 5,000-alias queries
 * over HTTP and WebSocket (median and max of 20 each, warm) with `{ __typename }` latency measured
 * meanwhile, then 10,000 operations generated from the schema (bench/lib/attack-fuzz.ts) over HTTP:
 * throughput, 5xx, errors without a code, and whether the graph's digest is unchanged. On the
 * local Neo4j (NEO4J_LOCAL_PORT) or NEO4J_URI, seeded when empty; the hub on a free port.
 */
import "reflect-metadata";
import { createHash } from "node:crypto";
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import { loadConfig } from "../src/config.js";
import { openGraph } from "../src/graph/connect.js";
import type { Graph } from "../src/graph/graph.js";
import { applySchema } from "../src/graph/migrate.js";
import { isEmpty, loadSeedSet, readSeedSet } from "../src/graph/seed.js";
import { startHub, type Hub } from "../src/server/http.js";
import { hubSchema } from "../src/server/schema.js";
import { Fuzzer, FUZZ_KINDS } from "./lib/attack-fuzz.js";

interface Answer {
  data?: { __typename?: string } | null;
  errors?: { extensions?: { code?: string; limit?: string } }[];
}

const DEPTH_16 = `{ jointLabs(first: 15) { edges { node { ${"directions { lab { ".repeat(6)}id${" } }".repeat(6)} } } } }`;
const ALIASES_5000 = `{ ${Array.from({ length: 5000 }, (_, i) => `a${i}: coverageGaps(dimension: CITY) { totalCount }`).join(" ")} }`;
/** Fields whose statements run in the analytics slots (HUB_MAX_CONCURRENT_ANALYTICS). */
const ANALYTIC =
  /\b(coverageGaps|labCompliance|compliance|duplicateLayouts|duplicatesFor|collaborationOpportunities|networkOpportunities|simulateApproval)\b/;
const CONCURRENCY = Number(process.env.ATTACK_CONCURRENCY ?? 8);
const FUZZ_COUNT = Number(process.env.ATTACK_FUZZ_COUNT ?? 10_000);

/** No answer within this time is a transport failure (a hung request), not a wait without end. */
const REQUEST_TIMEOUT_MS = 60_000;

async function post(hub: Hub, query: string): Promise<{ status: number; body: Answer }> {
  const response = await fetch(hub.url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  return { status: response.status, body: (await response.json()) as Answer };
}

function wsRun(client: Client, query: string): Promise<Answer> {
  return new Promise((resolve) => {
    let result: unknown;
    client.subscribe(
      { query },
      {
        next: (v) => (result = v),
        error: (e) => resolve({ errors: e as Answer["errors"] }),
        complete: () => resolve(result as Answer),
      },
    );
  });
}

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function refusals(hub: Hub, client: Client, name: string, query: string): Promise<void> {
  for (const [transport, send] of [
    ["HTTP", () => post(hub, query).then((r) => r.body)],
    ["WebSocket", () => wsRun(client, query)],
  ] as const) {
    const times: number[] = [];
    const typename: number[] = [];
    let code = "";
    for (let i = 0; i < 22; i++) {
      const t = performance.now();
      const probe = (async () => {
        const s = performance.now();
        await post(hub, "{ __typename }");
        return performance.now() - s;
      })();
      const result = await send();
      const elapsed = performance.now() - t;
      const probeMs = await probe;
      if (i < 2) continue; // warm-up
      times.push(elapsed);
      typename.push(probeMs);
      code = `${result.errors?.[0]?.extensions?.code}/${result.errors?.[0]?.extensions?.limit}`;
    }
    console.log(
      `${name.padEnd(12)} ${transport.padEnd(9)} refused ${code}: p50 ${ms(pct(times, 0.5))}, max ${ms(Math.max(...times))}; { __typename } meanwhile p50 ${ms(pct(typename, 0.5))}, max ${ms(Math.max(...typename))}`,
    );
  }
}

async function digest(graph: Graph): Promise<string> {
  const result = await graph.read("MATCH (n) RETURN count(n) AS n, collect(properties(n)) AS p");
  return createHash("sha256")
    .update(JSON.stringify(result.records[0]!.toObject(), (_k, v) => (typeof v === "bigint" ? String(v) : v)))
    .digest("hex")
    .slice(0, 16);
}

const config = loadConfig();
const opened = await openGraph(config.neo4j, { log: (line) => console.error(line) });
try {
  await applySchema(opened.graph);
  if (await isEmpty(opened.graph)) await loadSeedSet(opened.graph, readSeedSet());
  const hub = await startHub(opened.graph, { ...config, host: "127.0.0.1", port: 0 });
  const client = createClient({
    url: hub.url.replace(/^http/, "ws"),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
  });
  try {
    console.log(`limits: ${JSON.stringify(config.limits)}`);
    await refusals(hub, client, "depth 16", DEPTH_16);
    await refusals(hub, client, "5,000 aliases", ALIASES_5000);

    const before = await digest(opened.graph);
    const fuzzer = new Fuzzer(await hubSchema(), 20261201);
    const counts = { operations: 0, status5xx: 0, uncoded: 0, internal: 0, failed: 0 };
    const byCode = new Map<string, number>();
    const byKind = new Map<string, number[]>();
    const slowest: { ms: number; kind: string; codes: string; query: string }[] = [];
    let next = 0;
    const t = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < FUZZ_COUNT) {
          const kind = FUZZ_KINDS[next++ % FUZZ_KINDS.length]!;
          const query = fuzzer.next(kind);
          counts.operations++;
          if (counts.operations % 1000 === 0)
            console.error(
              `… ${counts.operations} operations after ${((performance.now() - t) / 1000).toFixed(0)} s`,
            );
          const started = performance.now();
          try {
            const { status, body } = await post(hub, query);
            const took = performance.now() - started;
            byKind.set(kind, [...(byKind.get(kind) ?? []), took]);
            const klass = `${kind}${ANALYTIC.test(query) ? " with an analytic" : ""}`;
            byKind.set(klass, [...(byKind.get(klass) ?? []), took]);
            const codes = [...new Set((body.errors ?? []).map((e) => e.extensions?.code ?? "none"))].join(
              ",",
            );
            slowest.push({ ms: took, kind, codes: codes || "ok", query });
            if (took > 5000)
              console.error(`slow: ${ms(took)} ${kind} → ${codes || "ok"}: ${query.slice(0, 400)}`);
            slowest.sort((a, b) => b.ms - a.ms).splice(5);
            if (status >= 500) counts.status5xx++;
            for (const e of body.errors ?? []) {
              const code = e.extensions?.code;
              if (!code) counts.uncoded++;
              if (code === "INTERNAL_SERVER_ERROR") counts.internal++;
              byCode.set(code ?? "none", (byCode.get(code ?? "none") ?? 0) + 1);
            }
          } catch (error) {
            counts.failed++;
            console.error(
              `transport failure (${(error as Error).name}) after ${ms(performance.now() - started)}: ${query.slice(0, 300)}`,
            );
          }
        }
      }),
    );
    const seconds = (performance.now() - t) / 1000;
    const alive = (await post(hub, "{ __typename }")).body.data?.__typename === "Query";
    const after = await digest(opened.graph);
    console.log(
      `fuzz: ${counts.operations} operations in ${seconds.toFixed(1)} s (${(counts.operations / seconds).toFixed(0)}/s), ${CONCURRENCY} at a time; ` +
        `5xx ${counts.status5xx}, errors without a code ${counts.uncoded}, INTERNAL_SERVER_ERROR ${counts.internal}, transport failures ${counts.failed}; ` +
        `hub answers: ${alive}; graph digest ${before === after ? "unchanged" : `CHANGED ${before} → ${after}`}; RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`,
    );
    for (const [kind, times] of byKind)
      console.log(
        `  ${kind.padEnd(9)} ${times.length} operations: p50 ${ms(pct(times, 0.5))}, p99 ${ms(pct(times, 0.99))}, max ${ms(Math.max(...times))}, total ${(times.reduce((a, b) => a + b, 0) / 1000).toFixed(1)} s`,
      );
    for (const slow of slowest)
      console.log(`  slowest: ${ms(slow.ms)} ${slow.kind} → ${slow.codes}: ${slow.query.slice(0, 400)}`);
    console.log(
      `error codes: ${JSON.stringify(Object.fromEntries([...byCode].sort((a, b) => b[1] - a[1])))}`,
    );
  } finally {
    await client.dispose();
    await hub.close();
  }
} finally {
  await opened.close();
}

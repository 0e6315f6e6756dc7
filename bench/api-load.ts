/**
 * `npm run bench:api-load [-- --connections 50 --duration 60]` — the load benchmark of the API on the
 * seed graph: the hub as `npm start` runs it (dist/src/main.js, its own child process, on PORT or
 * 4000, no rate limit, logs at warn) on the local Neo4j (NEO4J_LOCAL_PORT) or NEO4J_URI, seeded when
 * empty. Each operation below runs under a fixed number of connections for a fixed time (autocannon,
 * after a 2 s warm-up): requests/s, p50, p97.5, p99 and max, and errors — a transport error (a
 * timeout among them), a non-2xx status, or an answer with `errors` or without `data` all count. Also the hub's
 * peak RSS during each run (VmHWM, Linux). BENCH_DURATION (seconds) shortens the runs for a smoke run.
 * Exits 1 when any operation saw an error.
 */
import "reflect-metadata";
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { loadConfig } from "../src/config.js";
import { openGraph } from "../src/graph/connect.js";
import { applySchema } from "../src/graph/migrate.js";
import { REPO_ROOT } from "../src/graph/paths.js";
import { isEmpty, loadSeedSet, readSeedSet } from "../src/graph/seed.js";
import { option } from "./lib/args.js";

const CONNECTIONS = Number(option("connections", "50"));
const DURATION = Number(option("duration", process.env.BENCH_DURATION ?? "60"));
const WARMUP = Number(option("warmup", "2"));
const PORT = Number(process.env.PORT ?? 4000);

/** The front-ends' contract query (README, tests/api/read-api.test.ts). */
const CONTRACT = `{
  jointLabs(first: 5) {
    totalCount
    edges { node { name leadUniversity { name } directions { name disciplines { code name } leadingEnterprises { name } } } }
  }
}`;

const OPERATIONS: { name: string; query: string }[] = [
  { name: "contract query (jointLabs(first: 5) …)", query: CONTRACT },
  {
    name: "coverageGaps(dimension: CITY)",
    query: "{ coverageGaps(dimension: CITY) { totalCount gaps { subjectKey subjectName severity rules } } }",
  },
  {
    name: "labCompliance(id: lab-mmwave-ic)",
    query: `{ labCompliance(id: "lab-mmwave-ic") { labId status standing checks { rule status } } }`,
  },
];

function peakRss(pid: number | undefined): number | null {
  if (!pid || !existsSync(`/proc/${pid}/status`)) return null;
  const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return match ? Number(match[1]) * 1024 : null;
}

function resetPeak(pid: number | undefined): void {
  try {
    if (pid) writeFileSync(`/proc/${pid}/clear_refs`, "5");
  } catch {
    // not Linux, or not permitted: the peak then covers the whole run
  }
}

async function startHubProcess(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [join(REPO_ROOT, "dist", "src", "main.js")], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, PORT: String(PORT), HUB_RATE_LIMIT_POINTS: "0", HUB_LOG_LEVEL: "warn" },
  });
  const base = `http://127.0.0.1:${PORT}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the hub exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/healthz`)).ok) return { child, url: `${base}/graphql` };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill("SIGKILL");
  throw new Error("the hub did not answer /healthz within 120 s");
}

async function stopHubProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

interface Run {
  result: autocannon.Result;
  /** Answers with GraphQL errors, or without data. */
  graphqlErrors: number;
  firstError?: string;
}

async function run(url: string, query: string, seconds: number): Promise<Run> {
  let graphqlErrors = 0;
  let firstError: string | undefined;
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    timeout: 30,
    requests: [
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query }),
        onResponse: (status, body) => {
          if (status !== 200) return; // counted by autocannon as non2xx
          let ok: boolean;
          try {
            const parsed = JSON.parse(body) as { data?: unknown; errors?: unknown[] };
            ok = !!parsed.data && !parsed.errors;
          } catch {
            ok = false;
          }
          if (!ok) {
            graphqlErrors++;
            firstError ??= body.slice(0, 300);
          }
        },
      },
    ],
  });
  return { result, graphqlErrors, firstError };
}

const config = loadConfig();
const opened = await openGraph(config.neo4j, { log: (line) => console.error(line) });
let failed = false;
try {
  await applySchema(opened.graph);
  if (await isEmpty(opened.graph)) await loadSeedSet(opened.graph, readSeedSet());
  console.error(`graph: ${opened.describe}`);
  const load = () =>
    loadavg()
      .map((x) => x.toFixed(1))
      .join(" ");
  console.log(`machine: ${cpus().length} cores, load average ${load()} (1, 5, 15 min) at the start`);
  const hub = await startHubProcess();
  try {
    console.log(
      `| operation | connections × s | requests/s | p50 | p97.5 | p99 | max | requests | errors | hub peak RSS |`,
    );
    console.log(`| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |`);
    for (const op of OPERATIONS) {
      if (WARMUP > 0) await run(hub.url, op.query, WARMUP);
      resetPeak(hub.child.pid);
      const { result, graphqlErrors, firstError } = await run(hub.url, op.query, DURATION);
      // autocannon's `errors` include its timeouts.
      const errors = result.errors + result.non2xx + graphqlErrors;
      if (errors > 0) failed = true;
      const rss = peakRss(hub.child.pid);
      const l = result.latency;
      console.log(
        `| ${op.name} | ${CONNECTIONS} × ${DURATION} | ${Math.round(result.requests.average)} | ${l.p50} ms | ${l.p97_5} ms | ${l.p99} ms | ${l.max} ms | ${result.requests.total} | ${errors} | ${rss === null ? "–" : `${Math.round(rss / 2 ** 20)} MB`} |`,
      );
      if (errors > 0)
        console.error(
          `  errors of ${op.name}: transport ${result.errors} (of which timeouts ${result.timeouts}), non-2xx ${result.non2xx}, GraphQL ${graphqlErrors}${firstError ? `; first: ${firstError}` : ""}`,
        );
    }
    console.log(`load average at the end: ${load()}`);
  } finally {
    await stopHubProcess(hub.child);
  }
} finally {
  await opened.close();
}
process.exit(failed ? 1 : 0);

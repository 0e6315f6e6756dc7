/**
 * `npm run bench -- --scale province|nation [--duration 10] [--connections 10] [--warmup 2]
 *   [--ops nestedList,twoHop,…] [--analytics-runs N] [--no-analytics] [--tag NAME]`
 *
 * On one Neo4j and one data set (the scale's instance, loaded first when it lacks the scale):
 *   - the hub (startHub), the reference server (@neo4j/graphql) and raw Cypher (neo4j-driver behind a
 *     bare HTTP endpoint), each in its own child process, so each server's peak RSS is its own
 *     (VmHWM from /proc, reset before each measurement);
 *   - each operation of bench/lib/operations.ts on each server that can express it, under a fixed
 *     concurrency for a fixed time (autocannon, after a warm-up): requests/s, p50, p99, plus the Neo4j
 *     round trips of one request (the servers report them with the header x-lianhe-stats);
 *   - each analytic on the hub, sequentially (as bench/analytics.ts), for its unloaded latency.
 * Writes bench/results/<date>-<scale>.json and prints markdown tables.
 */
import "reflect-metadata";
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import autocannon from "autocannon";
import { REPO_ROOT } from "../src/graph/paths.js";
import { flag, option, scaleOption } from "./lib/args.js";
import { benchGraph } from "./lib/generator.js";
import { openBenchNeo4j, type BenchNeo4j } from "./lib/instance.js";
import { isLoaded, loadBenchGraph } from "./lib/load.js";
import { analytics, operations, type GraphqlRequest, type Operation } from "./lib/operations.js";

// ---------------------------------------------------------------------------------------------
// Arguments

const spec = scaleOption();
const scaleName = spec.name;
const DURATION = Number(option("duration", "10"));
const CONNECTIONS = Number(option("connections", "10"));
const WARMUP = Number(option("warmup", "2"));
const ONLY = option("ops", "").split(",").filter(Boolean);
/** Appended to the results file name: bench/results/<date>-<scale>-<tag>.json. */
const TAG = option("tag", "");
const ANALYTICS = !flag("no-analytics");
const ANALYTICS_RUNS = Number(option("analytics-runs", scaleName === "nation" ? "5" : "30"));
/** A request slower than this is a timeout (autocannon), so that slow analytics still finish. */
const TIMEOUT_S = 120;
/** A single request slower than this is reported as such, without a load test or more runs. */
const SLOW_S = Number(option("slow", "60"));

const log = (line: string) => console.error(line);

/** The hub's version measured: the commit, and whether src/ had uncommitted changes. */
function hubVersion(): string {
  try {
    const git = (...args: string[]) => execFileSync("git", args, { cwd: REPO_ROOT, encoding: "utf8" }).trim();
    return `${git("rev-parse", "--short", "HEAD")}${git("status", "--porcelain", "src") ? " + uncommitted src changes" : ""}`;
  } catch {
    return "unknown";
  }
}

// ---------------------------------------------------------------------------------------------
// Servers in child processes

type ServerName = "hub" | "reference" | "raw";
interface RunningServer {
  name: ServerName;
  url: string;
  child: ChildProcess;
}

function startServer(name: ServerName, neo: BenchNeo4j, probeLab: string): Promise<RunningServer> {
  const child = spawn(process.execPath, [join(REPO_ROOT, "dist", "bench", "servers", `${name}.js`)], {
    stdio: ["pipe", "pipe", "inherit"],
    env: {
      ...process.env,
      BENCH_NEO4J_URI: neo.uri,
      BENCH_NEO4J_USER: neo.username,
      BENCH_NEO4J_PASSWORD: neo.password,
      ...(neo.database ? { BENCH_NEO4J_DATABASE: neo.database } : {}),
      BENCH_PROBE_LAB: probeLab,
    },
  });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const timer = setTimeout(() => reject(new Error(`${name} server did not start within 60 s`)), 60_000);
    lines.on("line", (line) => {
      const ready = /^READY (\S+)/.exec(line);
      if (ready?.[1]) {
        clearTimeout(timer);
        resolve({ name, url: ready[1], child });
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} server exited with code ${code}`));
    });
  });
}

async function stopServer(server: RunningServer): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => server.child.once("exit", () => resolve()));
  server.child.stdin?.end();
  const timer = setTimeout(() => server.child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

function procStatus(pid: number | undefined, field: "VmHWM" | "VmRSS"): number | null {
  if (!pid || !existsSync(`/proc/${pid}/status`)) return null;
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return match ? Number(match[1]) * 1024 : null;
}

/** CPU time (user + system) a process has used so far, in ms (Linux /proc; clock ticks of 10 ms). */
function cpuMs(pid: number | undefined): number | null {
  if (!pid || !existsSync(`/proc/${pid}/stat`)) return null;
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Resets the peak RSS (VmHWM) of a process to its current RSS (Linux: write 5 to clear_refs). */
function resetPeak(pid: number | undefined): void {
  try {
    if (pid) writeFileSync(`/proc/${pid}/clear_refs`, "5");
  } catch {
    // not Linux, or not permitted: the peak then covers the whole run
  }
}

// ---------------------------------------------------------------------------------------------
// Requests

interface Target {
  url: string;
  body: string;
}

function target(server: RunningServer, op: Operation): Target | null {
  if (server.name === "raw") return { url: `${server.url}/${op.name}`, body: "" };
  const request: GraphqlRequest | null = server.name === "hub" ? op.hub : op.reference;
  return request ? { url: server.url, body: JSON.stringify(request) } : null;
}

interface Probe {
  ok: boolean;
  error?: string;
  roundTrips: number | null;
  bytes: number;
  ms: number;
  /** A few counts of the answer, to see that the servers return the same data. */
  shape: string;
}

function shapeOf(data: unknown): string {
  const counts: Record<string, number> = {};
  const visit = (value: unknown, key: string) => {
    if (Array.isArray(value)) {
      counts[key] = (counts[key] ?? 0) + value.length;
      for (const item of value) visit(item, key);
    } else if (value && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) visit(v, k === "edges" || k === "node" ? key : k);
    }
  };
  visit(data, "root");
  return Object.entries(counts)
    .map(([k, n]) => `${k}:${n}`)
    .join(" ");
}

async function probe(t: Target, timeoutS = SLOW_S): Promise<Probe> {
  const started = performance.now();
  let response: Response;
  let text: string;
  try {
    response = await fetch(t.url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-lianhe-stats": "1" },
      body: t.body,
      signal: AbortSignal.timeout(timeoutS * 1000),
    });
    text = await response.text();
  } catch (error) {
    const ms = performance.now() - started;
    const timedOut = (error as Error).name === "TimeoutError";
    return {
      ok: false,
      error: timedOut ? `no answer within ${timeoutS} s` : String(error),
      roundTrips: null,
      bytes: 0,
      ms,
      shape: "",
    };
  }
  const ms = performance.now() - started;
  let body: {
    data?: unknown;
    errors?: { message: string }[];
    extensions?: { neo4j?: { roundTrips?: number } };
  };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    return {
      ok: false,
      error: `HTTP ${response.status}: ${text.slice(0, 200)}`,
      roundTrips: null,
      bytes: text.length,
      ms,
      shape: "",
    };
  }
  const error = body.errors?.length
    ? body.errors
        .map((e) => e.message)
        .join("; ")
        .slice(0, 300)
    : undefined;
  return {
    ok: response.ok && !error,
    ...(error ? { error } : {}),
    roundTrips: body.extensions?.neo4j?.roundTrips ?? null,
    bytes: Buffer.byteLength(text),
    ms,
    shape: shapeOf(body.data),
  };
}

/**
 * Waits until Neo4j runs no transaction but this one (requests a load test or a timed-out probe left
 * behind); after `patienceS`, terminates them.
 */
async function quiesce(neo: BenchNeo4j, patienceS = 60): Promise<void> {
  const deadline = Date.now() + patienceS * 1000;
  const others = async (): Promise<string[]> => {
    const result = await neo.graph.read(
      "SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN collect(transactionId) AS ids",
    );
    return (result.records[0]?.get("ids") ?? []) as string[];
  };
  try {
    while (Date.now() < deadline) {
      if ((await others()).length === 0) return;
      await new Promise((r) => setTimeout(r, 250));
    }
    const ids = await others();
    if (ids.length) {
      log(`terminating ${ids.length} leftover transaction(s)`);
      await neo.graph.write("TERMINATE TRANSACTIONS $ids", { ids });
      await new Promise((r) => setTimeout(r, 1000));
    }
  } catch (error) {
    log(`cannot watch Neo4j's transactions: ${(error as Error).message.split("\n")[0]}`);
  }
}

interface Measurement {
  operation: string;
  server: ServerName;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  completed: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  roundTrips: number | null;
  responseBytes: number;
  peakRssBytes: number | null;
  /** CPU per completed request: of the server's process, and of Neo4j's (when local). */
  serverCpuMsPerRequest: number | null;
  neo4jCpuMsPerRequest: number | null;
  shape: string;
  note?: string;
}

async function load(t: Target, seconds: number): Promise<autocannon.Result> {
  return autocannon({
    url: t.url,
    method: "POST",
    headers: { "content-type": "application/json" },
    body: t.body,
    connections: CONNECTIONS,
    duration: seconds,
    timeout: TIMEOUT_S,
  });
}

// ---------------------------------------------------------------------------------------------

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const fmtMs = (ms: number | null | undefined) =>
  ms === null || ms === undefined || !Number.isFinite(ms)
    ? "–"
    : ms >= 1000
      ? `${(ms / 1000).toFixed(2)} s`
      : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`;
const fmtMb = (bytes: number | null) => (bytes === null ? "–" : `${Math.round(bytes / 2 ** 20)} MB`);

const bench = benchGraph(spec);
const neo = await openBenchNeo4j(spec, log);
const servers: RunningServer[] = [];
try {
  if (!(await isLoaded(neo.graph, bench))) {
    log(`the database lacks scale ${scaleName}: loading it first (as npm run bench:load)`);
    await loadBenchGraph(neo.graph, bench, { parallel: 2, nodeBatch: 20_000, relBatch: 20_000 });
  }
  const counts = await neo.graph.read(
    "CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels",
  );
  const graphSize = {
    nodes: Number(counts.records[0]!.get("nodes")),
    relationships: Number(counts.records[0]!.get("rels")),
  };
  log(
    `scale ${scaleName}: ${graphSize.nodes.toLocaleString("en")} nodes, ${graphSize.relationships.toLocaleString("en")} relationships on ${neo.describe}`,
  );

  const version = hubVersion(); // what the servers are about to load
  for (const name of ["hub", "reference", "raw"] as const)
    servers.push(await startServer(name, neo, bench.probeLab));
  const ops = operations({ lab: bench.probeLab }).filter((op) => ONLY.length === 0 || ONLY.includes(op.name));
  const measurements: Measurement[] = [];
  const loadBefore = loadavg()[0]!;

  for (const op of ops) {
    for (const server of servers) {
      const t = target(server, op);
      if (!t) {
        measurements.push({
          operation: op.name,
          server: server.name,
          requestsPerSecond: NaN,
          p50: NaN,
          p99: NaN,
          completed: 0,
          non2xx: 0,
          errors: 0,
          timeouts: 0,
          roundTrips: null,
          responseBytes: 0,
          peakRssBytes: null,
          serverCpuMsPerRequest: null,
          neo4jCpuMsPerRequest: null,
          shape: "",
          note: `n/a: ${op.referenceNote ?? "cannot express it"}`,
        });
        continue;
      }
      await quiesce(neo);
      const first = await probe(t); // also warms the plan caches
      if (!first.ok) {
        log(`${op.name} on ${server.name}: FAILED ${first.error}`);
        measurements.push({
          operation: op.name,
          server: server.name,
          requestsPerSecond: NaN,
          p50: NaN,
          p99: NaN,
          completed: 0,
          non2xx: 0,
          errors: 1,
          timeouts: 0,
          roundTrips: first.roundTrips,
          responseBytes: first.bytes,
          peakRssBytes: null,
          serverCpuMsPerRequest: null,
          neo4jCpuMsPerRequest: null,
          shape: first.shape,
          note: `failed: ${first.error}`,
        });
        continue;
      }
      if (first.ms > DURATION * 1000) {
        // One request outlasts the whole load test: the figure would be no measurement.
        log(
          `${op.name} on ${server.name}: one request takes ${fmtMs(first.ms)}, longer than the ${DURATION} s load test`,
        );
        measurements.push({
          operation: op.name,
          server: server.name,
          requestsPerSecond: NaN,
          p50: first.ms,
          p99: NaN,
          completed: 1,
          non2xx: 0,
          errors: 0,
          timeouts: 0,
          roundTrips: first.roundTrips,
          responseBytes: first.bytes,
          peakRssBytes: procStatus(server.child.pid, "VmHWM"),
          serverCpuMsPerRequest: null,
          neo4jCpuMsPerRequest: null,
          shape: first.shape,
          note: `one request alone takes ${fmtMs(first.ms)} (> ${DURATION} s): no load test`,
        });
        continue;
      }
      if (WARMUP > 0) await load(t, WARMUP);
      await quiesce(neo);
      const measured = await probe(t); // round trips once warm (the reference server checks the version once)
      resetPeak(server.child.pid);
      const cpuBefore = [cpuMs(server.child.pid), cpuMs(neo.pid)];
      const result = await load(t, DURATION);
      const cpuAfter = [cpuMs(server.child.pid), cpuMs(neo.pid)];
      const peak = procStatus(server.child.pid, "VmHWM");
      const ok = result["2xx"];
      const perRequest = (i: number) =>
        cpuBefore[i] === null || cpuAfter[i] === null || ok === 0
          ? null
          : (cpuAfter[i]! - cpuBefore[i]!) / ok;
      const m: Measurement = {
        ...(ok === 0
          ? {
              note: `no request completed in ${DURATION} s at ${CONNECTIONS} connections (one alone took ${fmtMs(first.ms)})`,
            }
          : {}),
        operation: op.name,
        server: server.name,
        requestsPerSecond: ok / result.duration,
        p50: result.latency.p50,
        p99: result.latency.p99,
        completed: ok,
        non2xx: result.non2xx,
        errors: result.errors,
        timeouts: result.timeouts,
        roundTrips: measured.roundTrips,
        responseBytes: measured.bytes,
        peakRssBytes: peak,
        serverCpuMsPerRequest: perRequest(0),
        neo4jCpuMsPerRequest: perRequest(1),
        shape: measured.shape,
      };
      measurements.push(m);
      log(
        `${op.name.padEnd(18)} ${server.name.padEnd(9)} ${m.requestsPerSecond.toFixed(1).padStart(8)} req/s  p50 ${fmtMs(m.p50).padStart(8)}  p99 ${fmtMs(m.p99).padStart(8)}  ` +
          `round trips ${m.roundTrips ?? "?"}  RSS ${fmtMb(m.peakRssBytes)}  CPU/req server ${fmtMs(m.serverCpuMsPerRequest)} Neo4j ${fmtMs(m.neo4jCpuMsPerRequest)}  [${m.shape}]`,
      );
    }
  }
  await quiesce(neo);

  const analyticResults: Record<
    string,
    { p50: number; p95: number; max: number; runs: number; roundTrips: number | null; error?: string }
  > = {};
  if (ANALYTICS) {
    const hub = servers.find((s) => s.name === "hub")!;
    for (const [name, request] of Object.entries(
      analytics({ lab: bench.probeLab, applicants: bench.probeApplicants }),
    )) {
      const t = { url: hub.url, body: JSON.stringify(request) };
      await quiesce(neo);
      const warm = await probe(t);
      if (!warm.ok) {
        analyticResults[name] = {
          p50: NaN,
          p95: NaN,
          max: NaN,
          runs: 0,
          roundTrips: warm.roundTrips,
          error: warm.error ?? "failed",
        };
        log(`${name}: FAILED ${warm.error}`);
        await quiesce(neo, 5);
        continue;
      }
      const times: number[] = [];
      if (warm.ms > 10_000) times.push(warm.ms); // too slow to repeat: the one run is the figure
      const deadline = performance.now() + 60_000;
      for (let i = times.length; i < ANALYTICS_RUNS && (i === 0 || performance.now() < deadline); i++) {
        const run = await probe(t);
        if (!run.ok) {
          // A timeout counts as the time waited, and ends the series.
          times.push(run.ms);
          await quiesce(neo, 5);
          break;
        }
        times.push(run.ms);
      }
      times.sort((a, b) => a - b);
      analyticResults[name] = {
        p50: percentile(times, 50),
        p95: percentile(times, 95),
        max: times[times.length - 1]!,
        runs: times.length,
        roundTrips: warm.roundTrips,
      };
      log(
        `${name.padEnd(28)} p50 ${fmtMs(analyticResults[name].p50).padStart(8)}  p95 ${fmtMs(analyticResults[name].p95).padStart(8)}  (${times.length} runs)`,
      );
    }
  }

  const neo4jPeakRss = procStatus(neo.pid, "VmHWM");
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const date = new Date().toISOString().slice(0, 10);

  // Markdown
  const get = (op: string, server: ServerName) =>
    measurements.find((m) => m.operation === op && m.server === server);
  const lines: string[] = [];
  lines.push(
    `Scale \`${scaleName}\` (${graphSize.nodes.toLocaleString("en")} nodes, ${graphSize.relationships.toLocaleString("en")} relationships), ${CONNECTIONS} connections × ${DURATION} s per operation and server; hub at ${version}; ${machine}; ${neo.describe.replace(/ at .*$/, "")}; load average ${loadBefore.toFixed(1)} at start.`,
  );
  lines.push("");
  lines.push(
    "| operation | server | req/s | p50 | p99 | Neo4j round trips | peak RSS | CPU/request server + Neo4j | hub vs this |",
  );
  lines.push("|---|---|---:|---:|---:|---:|---:|---:|---|");
  for (const op of ops) {
    const hub = get(op.name, "hub");
    for (const server of ["hub", "reference", "raw"] as const) {
      const m = get(op.name, server);
      if (!m) continue;
      if (m.note) {
        lines.push(
          `| ${op.title} | ${server} | ${m.note} | | | ${m.roundTrips ?? ""} | ${m.peakRssBytes ? fmtMb(m.peakRssBytes) : ""} | | |`,
        );
        continue;
      }
      let versus = "";
      if (hub && !hub.note && server === "reference")
        versus = `throughput ×${(hub.requestsPerSecond / m.requestsPerSecond).toFixed(2)}`;
      if (hub && !hub.note && server === "raw") versus = `p50 ×${(hub.p50 / m.p50).toFixed(2)}`;
      const cpu = `${fmtMs(m.serverCpuMsPerRequest)} + ${fmtMs(m.neo4jCpuMsPerRequest)}`;
      lines.push(
        `| ${op.title} | ${server} | ${m.requestsPerSecond.toFixed(1)} | ${fmtMs(m.p50)} | ${fmtMs(m.p99)} | ${m.roundTrips ?? "?"} | ${fmtMb(m.peakRssBytes)} | ${cpu} | ${versus} |`,
      );
    }
  }
  if (ANALYTICS) {
    lines.push("");
    lines.push(
      `Analytics on the hub, sequential (one request at a time, after a warm-up), scale \`${scaleName}\`:`,
    );
    lines.push("");
    lines.push("| analytic | p50 | p95 | runs | round trips |");
    lines.push("|---|---:|---:|---:|---:|");
    for (const [name, r] of Object.entries(analyticResults)) {
      lines.push(
        r.error
          ? `| ${name} | failed: ${r.error} | | | |`
          : `| ${name} | ${fmtMs(r.p50)} | ${fmtMs(r.p95)} | ${r.runs} | ${r.roundTrips ?? "?"} |`,
      );
    }
  }
  const markdown = lines.join("\n");
  console.log(markdown);

  mkdirSync(join(REPO_ROOT, "bench", "results"), { recursive: true });
  const file = join(
    REPO_ROOT,
    "bench",
    "results",
    `${date}-${scaleName}${TAG ? `-${TAG.replace(/[^A-Za-z0-9._-]/g, "_")}` : ""}.json`,
  );
  writeFileSync(
    file,
    JSON.stringify(
      {
        date,
        scale: scaleName,
        machine,
        hubVersion: version,
        neo4j: neo.describe,
        neo4jPeakRssBytes: neo4jPeakRss,
        graph: graphSize,
        probeLab: bench.probeLab,
        settings: {
          connections: CONNECTIONS,
          durationSeconds: DURATION,
          warmupSeconds: WARMUP,
          timeoutSeconds: TIMEOUT_S,
        },
        loadAverageAtStart: loadBefore,
        rss: "peak RSS (VmHWM) of each server's own child process, reset before each measurement",
        measurements,
        analytics: analyticResults,
        markdown,
      },
      null,
      2,
    ) + "\n",
  );
  console.log(`\nwrote ${file}`);
} finally {
  for (const server of servers) await stopServer(server);
  await neo.close();
}

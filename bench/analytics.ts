/**
 * `npm run bench:analytics`: latency of each analytic over HTTP on the seed graph, 100 sequential runs
 * after 5 warm-ups, against the configured Neo4j (NEO4J_URI) or the local one. Prints a table and
 * writes bench/results/analytics-<date>.json.
 */
import "reflect-metadata";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../src/config.js";
import { openGraph } from "../src/graph/connect.js";
import { applySchema } from "../src/graph/migrate.js";
import { REPO_ROOT } from "../src/graph/paths.js";
import { isEmpty, loadSeedSet, readSeedSet } from "../src/graph/seed.js";
import { startHub } from "../src/server/http.js";
import { analytics } from "./lib/operations.js";

const RUNS = Number(process.env.BENCH_RUNS ?? 100);
const WARMUP = 5;

// The same analytics as `npm run bench` measures at scale, on seed labs.
const OPERATIONS = analytics({ lab: "lab-wbg-semi", applicants: ["lab-mmwave-ic", "lab-deep-ocean"] });

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const config = loadConfig();
const opened = await openGraph(config.neo4j, { log: (line) => console.error(line) });
try {
  await applySchema(opened.graph);
  if (await isEmpty(opened.graph)) await loadSeedSet(opened.graph, readSeedSet());
  const hub = await startHub(opened.graph, { ...config, port: 0 });
  const results: Record<string, { p50: number; p95: number; max: number; runs: number }> = {};
  for (const [name, request] of Object.entries(OPERATIONS)) {
    const times: number[] = [];
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const started = performance.now();
      const response = await fetch(hub.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(request),
      });
      const body = (await response.json()) as { errors?: unknown[] };
      if (body.errors) throw new Error(`${name}: ${JSON.stringify(body.errors)}`);
      if (i >= WARMUP) times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    results[name] = {
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      max: times[times.length - 1]!,
      runs: RUNS,
    };
    console.log(
      `${name.padEnd(28)} p50 ${results[name].p50.toFixed(1).padStart(7)} ms   p95 ${results[name].p95.toFixed(1).padStart(7)} ms`,
    );
  }
  await hub.close();
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const date = new Date().toISOString().slice(0, 10);
  mkdirSync(join(REPO_ROOT, "bench", "results"), { recursive: true });
  const file = join(REPO_ROOT, "bench", "results", `analytics-${date}.json`);
  writeFileSync(
    file,
    JSON.stringify({ date, machine, neo4j: opened.describe, runs: RUNS, results }, null, 2) + "\n",
  );
  console.log(`machine: ${machine}\nwrote ${file}`);
} finally {
  await opened.close();
}

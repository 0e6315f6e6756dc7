/**
 * `npm run bench:console -- [--seed | --scale province|nation] [--pages overview,coverage,…] [--runs 2]`:
 * the console's time to first paint and to data shown, page by page, in a real browser (Debian's
 * Chromium through puppeteer-core, CHROMIUM_PATH to change it). The hub runs as `npm start` runs it
 * (dist/src/main.js, its own child process, PORT or 4090, no rate limit) on the benchmark's own Neo4j
 * (bench/lib/instance.ts) or NEO4J_URI: with --seed the database is emptied and seeded first, else the
 * scale's benchmark graph is merged (idempotent). Each page is opened `runs` times in a fresh tab: the
 * first run is cold (the hub's and Neo4j's first plans of its queries), the later ones warm. "Data
 * shown" is when the page's data selector (the same one the browser tests wait for) first appears.
 */
import "reflect-metadata";
import { spawn, type ChildProcess } from "node:child_process";
import { loadavg } from "node:os";
import { join } from "node:path";
import puppeteer, { type Browser } from "puppeteer-core";
import { applySchema } from "../src/graph/migrate.js";
import { REPO_ROOT } from "../src/graph/paths.js";
import { loadSeedSet, readSeedSet } from "../src/graph/seed.js";
import { flag, option, scaleOption } from "./lib/args.js";
import { benchGraph } from "./lib/generator.js";
import { openBenchNeo4j, type BenchNeo4j } from "./lib/instance.js";
import { loadBenchGraph } from "./lib/load.js";

// Code passed to page.evaluate runs in the browser (the project's tsconfig has no DOM lib).
declare const document: { querySelector(selector: string): unknown };
declare const window: { __dataShown?: number };
declare class MutationObserver {
  constructor(callback: () => void);
  observe(target: unknown, options: object): void;
  disconnect(): void;
}
declare const performance: {
  now(): number;
  getEntriesByType(type: string): { name: string; startTime: number }[];
};

const PORT = Number(process.env.PORT ?? 4090);
const RUNS = Number(option("runs", "2"));
const TIMEOUT_MS = Number(option("timeout", "300000"));
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

interface ConsolePage {
  name: string;
  /** The path, `{lab}` replaced by a covering lab of the graph. */
  path: string;
  /** Appears once the page's data is shown. */
  data: string;
}

const PAGES: ConsolePage[] = [
  { name: "overview", path: "/#/overview", data: '[data-testid="overview-fields"] tr.ant-table-row' },
  // The gap tables' card appears once the matrix and the tables have their data; its first tab can be
  // empty (the province graph has no discipline gap), so the table itself, not a row, is the sign.
  { name: "coverage", path: "/#/coverage", data: '[data-testid="gap-tables"] .ant-table' },
  {
    name: "applications",
    path: "/#/applications",
    data: '[data-testid="applications-table"] tr.ant-table-row',
  },
  { name: "duplicates", path: "/#/duplicates", data: '[data-testid="duplicate-group"]' },
  { name: "collaboration", path: "/#/collaboration?id={lab}", data: '[data-testid="score-bars"]' },
  {
    name: "collaboration-network",
    path: "/#/collaboration?tab=network",
    data: '[data-testid="table-network-all"] tr.ant-table-row',
  },
  { name: "lab", path: "/#/lab?id={lab}", data: '[data-testid="lab-name"]' },
  { name: "live", path: "/#/live", data: '[data-testid="live-listening"]' },
  { name: "export", path: "/#/export", data: '[data-testid="table-joint-labs"] tr.ant-table-row' },
];

async function startHub(neo: BenchNeo4j): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(REPO_ROOT, "dist", "src", "main.js")], {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      PORT: String(PORT),
      NEO4J_URI: neo.uri,
      NEO4J_USERNAME: neo.username,
      NEO4J_PASSWORD: neo.password,
      ...(neo.database ? { NEO4J_DATABASE: neo.database } : {}),
      HUB_RATE_LIMIT_POINTS: "0",
      HUB_LOG_LEVEL: "warn",
    },
  });
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the hub exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/healthz`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill("SIGKILL");
  throw new Error("the hub did not answer /healthz within 120 s");
}

interface Timing {
  firstPaintMs?: number;
  firstContentfulPaintMs?: number;
  dataShownMs?: number;
  error?: string;
}

async function measure(browser: Browser, path: string, data: string): Promise<Timing> {
  const page = await browser.newPage();
  try {
    await page.setExtraHTTPHeaders({ "accept-language": "zh-CN,zh;q=0.9" });
    await page.evaluateOnNewDocument((selector: string) => {
      const w = window as { __dataShown?: number };
      const observer = new MutationObserver(() => {
        if (w.__dataShown === undefined && document.querySelector(selector)) {
          w.__dataShown = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document as never, { childList: true, subtree: true, attributes: true });
    }, data);
    await page.goto(`http://127.0.0.1:${PORT}${path}`, { waitUntil: "domcontentloaded" });
    await page.waitForFunction(() => window.__dataShown !== undefined, { timeout: TIMEOUT_MS });
    return await page.evaluate(() => {
      const paint = (name: string) =>
        performance.getEntriesByType("paint").find((entry) => entry.name === name)?.startTime;
      return {
        firstPaintMs: paint("first-paint"),
        firstContentfulPaintMs: paint("first-contentful-paint"),
        dataShownMs: window.__dataShown,
      };
    });
  } catch (error) {
    return { error: error instanceof Error ? error.message.split("\n")[0] : String(error) };
  } finally {
    await page.close();
  }
}

const seed = flag("seed");
const spec = scaleOption();
const wanted = option("pages", "");
const pages = wanted ? PAGES.filter((p) => wanted.split(",").includes(p.name)) : PAGES;
const neo = await openBenchNeo4j(spec, (line) => console.error(line));
let hub: ChildProcess | undefined;
let browser: Browser | undefined;
try {
  if (seed) {
    await neo.graph.autoCommit("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
    await applySchema(neo.graph);
    await loadSeedSet(neo.graph, readSeedSet());
  } else {
    console.error(`merging the ${spec.name} graph into ${neo.describe} (idempotent)…`);
    await loadBenchGraph(neo.graph, benchGraph(spec), { parallel: 2, nodeBatch: 20_000, relBatch: 20_000 });
  }
  const counts = (
    await neo.graph.read(
      `MATCH (l:JointLab) WITH count(l) AS labs
       OPTIONAL MATCH (c:JointLab) WHERE c.status IN ['APPROVED', 'CONSTRUCTING', 'OPERATING']
       WITH labs, c ORDER BY c.id
       RETURN labs, collect(c.id)[0] AS lab`,
    )
  ).records[0]!;
  const lab = String(counts.get("lab"));
  hub = await startHub(neo);
  browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
    defaultViewport: { width: 1280, height: 800 },
  });
  const graphName = seed ? "seed" : spec.name;
  console.log(
    `console timings, ${graphName} graph (${Number(counts.get("labs"))} labs) on ${neo.describe}; ` +
      `${RUNS} runs per page, run 1 cold; load average ${loadavg()[0]!.toFixed(2)}`,
  );
  console.log("page                   run  first paint ms  FCP ms  data shown ms");
  const rows: Record<string, Timing[]> = {};
  for (const p of pages) {
    rows[p.name] = [];
    for (let run = 1; run <= RUNS; run++) {
      const t = await measure(browser, p.path.replace("{lab}", lab), p.data);
      rows[p.name]!.push(t);
      const ms = (v?: number) => (v === undefined ? "–" : String(Math.round(v)));
      console.log(
        `${p.name.padEnd(22)} ${String(run).padStart(3)}  ${ms(t.firstPaintMs).padStart(14)}  ` +
          `${ms(t.firstContentfulPaintMs).padStart(6)}  ${t.error ? `not shown: ${t.error}` : ms(t.dataShownMs).padStart(13)}`,
      );
    }
  }
  console.log(`load average after: ${loadavg()[0]!.toFixed(2)}`);
  if (Object.values(rows).some((ts) => ts.some((t) => t.error))) process.exitCode = 1;
} finally {
  await browser?.close();
  hub?.kill("SIGTERM");
  await neo.close();
}

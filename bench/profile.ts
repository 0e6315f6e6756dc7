/**
 * `npm run bench:profile -- --scale province|nation [--ops nestedList,twoHop,…] [--variants]`
 *
 * Runs each benchmark operation once through the hub (in this process, on a Graph that records
 * every statement with its parameters), then PROFILEs every statement the hub sent: wall time (warm),
 * rows, db hits and the hottest operators. With --variants, also profiles the rewrites proposed in
 * bench/lib/variants.ts against the statements they replace (before/after). Full plans go to
 * bench/results/profile-<date>-<scale>.txt; a summary table is printed.
 */
import "reflect-metadata";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { QueryResult, RecordShape } from "neo4j-driver";
import { loadConfig } from "../src/config.js";
import { Graph, type QueryStats } from "../src/graph/graph.js";
import { REPO_ROOT } from "../src/graph/paths.js";
import { startHub } from "../src/server/http.js";
import { flag, option, scaleOption } from "./lib/args.js";
import { benchGraph } from "./lib/generator.js";
import { openBenchNeo4j } from "./lib/instance.js";
import { operations } from "./lib/operations.js";
import { profile, type Profile } from "./lib/plan.js";
import { VARIANTS } from "./lib/variants.js";

const spec = scaleOption();
const scaleName = spec.name;
const ONLY = option("ops", "").split(",").filter(Boolean);
const WITH_VARIANTS = flag("variants");
const bench = benchGraph(spec);

interface Recorded {
  cypher: string;
  params: Record<string, unknown>;
}

/** A Graph that remembers what it was asked to read. */
class RecordingGraph extends Graph {
  readonly recorded: Recorded[] = [];
  override async read<R extends RecordShape = RecordShape>(
    cypher: string,
    params: Record<string, unknown> = {},
    stats?: QueryStats,
  ): Promise<QueryResult<R>> {
    this.recorded.push({ cypher, params });
    return super.read<R>(cypher, params, stats);
  }
}

const oneLine = (cypher: string) => cypher.replace(/\s+/g, " ").trim();

async function warmProfile(graph: Graph, cypher: string, params: Record<string, unknown>): Promise<Profile> {
  await profile(graph, cypher, params); // plan cache and page cache
  return profile(graph, cypher, params);
}

/** Median wall time of plain (unprofiled) runs, sequential, warm. */
async function median(
  graph: Graph,
  cypher: string,
  params: Record<string, unknown>,
  runs = 10,
): Promise<number> {
  const times: number[] = [];
  const deadline = performance.now() + 30_000;
  for (let i = 0; i < runs && (i < 2 || performance.now() < deadline); i++) {
    const started = performance.now();
    await graph.read(cypher, params);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const neo = await openBenchNeo4j(spec, (line) => console.error(line));
const graph = new RecordingGraph(neo.graph.driver, neo.graph.database);
const report: string[] = [`PROFILE of the hub's statements, scale ${scaleName}, ${neo.describe}`, ""];
const variants: string[] = [
  "| statement | proposed fix | median ms before → after | db hits before → after | same nodes, same order | where |",
  "|---|---|---:|---:|---|---|",
];
const summary: string[] = [
  "| operation | statement | median ms | rows | db hits | hottest operator (db hits) |",
  "|---|---|---:|---:|---:|---|",
];
try {
  const hub = await startHub(graph, { ...loadConfig({}), host: "127.0.0.1", port: 0 });
  try {
    for (const op of operations({ lab: bench.probeLab })) {
      if (ONLY.length && !ONLY.includes(op.name)) continue;
      graph.recorded.length = 0;
      const response = await fetch(hub.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(op.hub),
      });
      const body = (await response.json()) as { errors?: unknown[] };
      if (body.errors) throw new Error(`${op.name}: ${JSON.stringify(body.errors)}`);
      const statements = [...graph.recorded];
      for (const [i, { cypher, params }] of statements.entries()) {
        const p = await warmProfile(neo.graph, cypher, params);
        const ms = await median(neo.graph, cypher, params);
        const hot = p.hottest[0];
        summary.push(
          `| ${op.name} | ${i + 1}/${statements.length}: ${oneLine(cypher).slice(0, 90).replace(/\|/g, "\\|")}… | ${ms.toFixed(1)} | ${p.rows} | ${p.dbHits.toLocaleString("en")} | ` +
            `${hot ? `${hot.operator} ${hot.details.slice(0, 60).replace(/\|/g, "\\|")} (${hot.dbHits.toLocaleString("en")})` : ""} |`,
        );
        report.push(
          `=== ${op.name}, statement ${i + 1}/${statements.length}: median ${ms.toFixed(1)} ms (profiled ${p.ms.toFixed(1)} ms), ${p.rows} rows, ${p.dbHits} db hits`,
        );
        report.push(oneLine(cypher));
        report.push(
          `params: ${JSON.stringify(params, (_k, v: unknown) => (typeof v === "bigint" ? Number(v) : v)).slice(0, 400)}`,
        );
        report.push(p.plan, "");
        console.error(
          `${op.name} ${i + 1}/${statements.length}: median ${ms.toFixed(1)} ms, ${p.dbHits} db hits`,
        );
        if (!WITH_VARIANTS) continue;
        for (const variant of VARIANTS.filter((v) => v.applies(cypher))) {
          const rewritten = variant.rewrite(cypher);
          const after = await warmProfile(neo.graph, rewritten, params);
          const afterMs = await median(neo.graph, rewritten, params);
          const [a, b] = await Promise.all([
            neo.graph.read(cypher, params),
            neo.graph.read(rewritten, params),
          ]);
          const keys = (records: typeof a.records) =>
            JSON.stringify(
              records.map((r) =>
                JSON.stringify(r.toObject()).match(
                  /"(id|code|key|subjectKey|fieldCode|partnerKey|severity)":"[^"]*"/g,
                ),
              ),
            );
          const same = keys(a.records) === keys(b.records);
          variants.push(
            `| ${op.name} ${i + 1}/${statements.length} | ${variant.name} | ${ms.toFixed(1)} → ${afterMs.toFixed(1)} | ` +
              `${p.dbHits.toLocaleString("en")} → ${after.dbHits.toLocaleString("en")} | ${same ? "yes" : "NO"} | ${variant.where} |`,
          );
          report.push(
            `--- variant: ${variant.name}: median ${afterMs.toFixed(1)} ms, ${after.dbHits} db hits, same nodes in the same order: ${same}`,
          );
          report.push(oneLine(rewritten), after.plan, "");
          console.error(`  variant: ${ms.toFixed(1)} → ${afterMs.toFixed(1)} ms`);
        }
      }
    }
  } finally {
    await hub.close();
  }
} finally {
  await neo.close();
}
const date = new Date().toISOString().slice(0, 10);
mkdirSync(join(REPO_ROOT, "bench", "results"), { recursive: true });
const file = join(REPO_ROOT, "bench", "results", `profile-${date}-${scaleName}.txt`);
writeFileSync(file, report.join("\n") + "\n");
console.log(summary.join("\n"));
if (WITH_VARIANTS) console.log(`\n${variants.join("\n")}`);
console.log(`\nfull plans: ${file}`);

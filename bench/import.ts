/**
 * `npm run bench:import -- [--rows N]`: the import's throughput and memory. Generates a workbook of N rows
 * (default 10^5: half Enterprise nodes, a quarter Person nodes, a quarter WORKS_AT links between them),
 * empties the database, imports it (one transaction), and prints rows/s with the peak RSS and heap of
 * this process (sampled every 50 ms), then a second run (nothing changes) and a dry run. Runs on
 * NEO4J_URI or the benchmark's own Neo4j (bench/lib/instance.ts); it EMPTIES that database.
 */
import "reflect-metadata";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { Role } from "../src/domain/roles.js";
import { applySchema } from "../src/graph/migrate.js";
import { importFile, totals } from "../src/import/import.js";
import { importLimits } from "../src/import/limits.js";
import { option, scaleOption } from "./lib/args.js";
import { openBenchNeo4j } from "./lib/instance.js";

const rows = Number(option("rows", "100000"));
const enterprises = Math.floor(rows / 2);
const people = Math.floor(rows / 4);
const links = rows - enterprises - people;
const neo = await openBenchNeo4j(scaleOption(), (line) => console.error(line));
const dir = mkdtempSync(join(tmpdir(), "lianhe-bench-import-"));
const file = join(dir, "bench-import.xlsx");

async function generate(): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false });
  const ent = book.addWorksheet("Enterprise");
  ent.addRow(["编号", "名称", "是否行业龙头", "所在地"]).commit();
  ent.addRow(["id", "name", "leading", "locality"]).commit();
  for (let i = 0; i < enterprises; i++)
    ent.addRow([`bench-ent-${i}`, `示例企业 ${i}`, i % 10 === 0, `地区 ${i % 50}`]).commit();
  ent.commit();
  const per = book.addWorksheet("Person");
  per.addRow(["编号", "姓名", "职称"]).commit();
  per.addRow(["id", "name", "title"]).commit();
  for (let i = 0; i < people; i++) per.addRow([`bench-per-${i}`, `示例人员 ${i}`, "研究员"]).commit();
  per.commit();
  const works = book.addWorksheet("WORKS_AT");
  works.addRow(["起点类型", "起点", "终点类型", "终点", "角色"]).commit();
  works.addRow(["fromLabel", "from", "toLabel", "to", "role"]).commit();
  for (let i = 0; i < links; i++)
    works
      .addRow(["Person", `bench-per-${i % people}`, "Enterprise", `bench-ent-${i}`, "RESEARCHER"])
      .commit();
  works.commit();
  await book.commit();
}

function memoryPeak() {
  let rss = 0;
  let heap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
  };
  sample();
  const timer = setInterval(sample, 50);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return { rssMb: Math.round(rss / 1024 / 1024), heapMb: Math.round(heap / 1024 / 1024) };
    },
  };
}

try {
  let started = performance.now();
  await generate();
  console.log(
    `generated ${rows} rows (${enterprises} Enterprise, ${people} Person, ${links} WORKS_AT): ${(statSync(file).size / 1024 / 1024).toFixed(1)} MB in ${Math.round(performance.now() - started)} ms`,
  );
  await neo.graph.autoCommit("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
  await applySchema(neo.graph);
  const limits = importLimits();
  for (const [name, dryRun] of [
    ["import into an empty database", false],
    ["second run (nothing changes)", false],
    ["dry run", true],
  ] as const) {
    const peak = memoryPeak();
    started = performance.now();
    const report = await importFile(neo.graph, file, { dryRun, role: Role.ADMIN, limits });
    const ms = performance.now() - started;
    const memory = peak.stop();
    if (report.problems.length)
      throw new Error(`${report.problems.length} problems: ${report.problems[0]!.message}`);
    const n = totals(report.counts.nodes);
    const r = totals(report.counts.relationships);
    console.log(
      `${name}: ${report.rows} rows in ${(ms / 1000).toFixed(1)} s = ${Math.round(report.rows / (ms / 1000))} rows/s; ` +
        `nodes ${n.create} created ${n.unchanged} unchanged, links ${r.create} created ${r.unchanged} unchanged, ${report.changes} audit records; ` +
        `peak RSS ${memory.rssMb} MB, peak heap ${memory.heapMb} MB`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
  await neo.close();
}

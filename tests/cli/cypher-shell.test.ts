/**
 * The analysts' own tool: every file of cypher/queries/ run through the real cypher-shell (installed
 * from Maven Central by `npm run neo4j -- install`) the way the README tells an analyst to — the
 * `:param` lines of its header, then `:source` the file — in one cypher-shell process, on the seeded
 * test Neo4j; its rows are compared with what the hub's analytics read from the same file.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { labCompliance } from "../../src/analytics/compliance.js";
import { coverageGaps } from "../../src/analytics/coverage-gaps.js";
import { exampleParams, QUERIES_DIR, queryFile, runQuery } from "../../src/analytics/query-file.js";
import { Role } from "../../src/domain/roles.js";
import { updateNode } from "../../src/editing/nodes.js";
import { runWrite } from "../../src/editing/write.js";
import { MemoryEventBus } from "../../src/events/memory-bus.js";
import { cypherFilesIn } from "../../src/graph/cypher-file.js";
import { cypherShellCommand, installCypherShell } from "../../src/graph/cypher-shell.js";
import type { Graph } from "../../src/graph/graph.js";
import { toPlain, type Plain } from "../../src/graph/values.js";
import { PlainReader, type ShellTable, type ShellValue } from "../support/cypher-shell-plain.js";
import { resetToSeed, testGraph } from "../support/graph.js";

const names = cypherFilesIn(QUERIES_DIR).map((path) => path.slice(QUERIES_DIR.length + 1, -".cypher".length));
const marker = (name: string) => `end of ${name}`;

let graph: Graph;
let work: string;
const params = new Map<string, Record<string, unknown>>();
const tables = new Map<string, ShellTable>();
let shellOutput = "";

/** The README's recipe for every file, in one input script: `:param` lines, `:source`, a marker row. */
function script(): string {
  const lines: string[] = [];
  for (const name of names) {
    for (const [key, expression] of Object.entries(exampleParams(queryFile(name))))
      lines.push(`:param ${key} => ${expression}`);
    lines.push(`:source ${join(QUERIES_DIR, `${name}.cypher`)}`);
    lines.push(`RETURN '${marker(name)}' AS marker;`);
  }
  return lines.join("\n") + "\n";
}

function runShell(file: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const { uri, username, password, database } = inject("neo4j");
  const target = { uri, username, password, database, describe: uri };
  const { command, args, env } = cypherShellCommand(target, ["--format", "plain", "-f", file]);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString("utf8")));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString("utf8")));
    const timer = setTimeout(() => child.kill("SIGKILL"), 180_000);
    child.once("error", reject);
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? 1, stdout, stderr });
    });
  });
}

/** Splits the output into one table per file: its header and rows, up to its marker. */
function split(output: string): Map<string, ShellTable> {
  const reader = new PlainReader(output);
  const out = new Map<string, ShellTable>();
  for (const name of names) {
    let header = reader.line();
    let table: ShellTable = { columns: [], rows: [] };
    if (header !== "marker") {
      // A file with no rows prints no header at all; otherwise its rows, then the marker's header.
      table = { columns: header.split(", "), rows: [] };
      // Until the marker's header (a row never starts with a bare word: strings are quoted).
      for (let guard = 0; !reader.ahead("marker\n"); guard++) {
        if (guard > 100_000 || reader.done) throw new Error(`${name}: no end marker`);
        table.rows.push(reader.row(table.columns.length));
      }
      header = reader.line();
    }
    expect(header, `${name}: marker header`).toBe("marker");
    expect(reader.row(1), `${name}: marker`).toEqual([marker(name)]);
    out.set(name, table);
  }
  return out;
}

/** Values as both sides can be compared: map keys sorted, temporal values as ISO text. */
function normal(value: Plain | ShellValue): unknown {
  if (Array.isArray(value)) return value.map(normal);
  if (value !== null && typeof value === "object")
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, normal(v)]),
    );
  return value;
}

beforeAll(async () => {
  await installCypherShell();
  graph = testGraph();
  await resetToSeed(graph);
  // One write, so that the audit trail (changes.cypher) has a row to show.
  const events = new MemoryEventBus();
  await runWrite({ graph, user: { id: "analyst", role: Role.EDITOR }, events }, (scope) =>
    updateNode(scope, "City", "city-nanjing", { nameEn: "Nanjing City" }),
  );
  await events.close();
  for (const name of names) {
    const values: Record<string, unknown> = {};
    for (const [key, expression] of Object.entries(exampleParams(queryFile(name))))
      values[key] = (await graph.read(`RETURN ${expression} AS value`)).records[0]!.get("value");
    params.set(name, values);
  }
  work = mkdtempSync(join(tmpdir(), "lianhe-shell-"));
  const file = join(work, "all-queries.cypher");
  writeFileSync(file, script());
  const result = await runShell(file);
  shellOutput = result.stdout;
  if (result.code !== 0) throw new Error(`cypher-shell exited with ${result.code}: ${result.stderr}`);
  for (const [name, table] of split(result.stdout)) tables.set(name, table);
}, 240_000);

afterAll(async () => {
  if (work) rmSync(work, { recursive: true, force: true });
  await graph?.close();
});

describe("cypher-shell runs every query file as the README says", () => {
  it("covers every file of cypher/queries/", () => {
    expect(names.length).toBeGreaterThanOrEqual(10);
    expect([...tables.keys()]).toEqual(names);
  });

  for (const name of names) {
    it(`${name}: the same rows as the hub reads`, async () => {
      const table = tables.get(name)!;
      const expected = await runQuery(graph, name, params.get(name)!);
      expect(expected.length, "the seed answers with rows").toBeGreaterThan(0);
      expect(table.columns).toEqual(Object.keys(expected[0]!));
      expect(table.rows.length).toBe(expected.length);
      table.rows.forEach((row, i) => {
        const want = expected[i]!;
        table.columns.forEach((column, j) => {
          expect(normal(row[j]!), `${name} row ${i} ${column}`).toEqual(normal(toPlain(want[column])));
        });
      });
    });
  }

  it("agrees with the analytics functions on the main columns", async () => {
    const column = (name: string, col: string) => {
      const t = tables.get(name)!;
      return t.rows.map((r) => r[t.columns.indexOf(col)]);
    };
    expect(column("coverage-gaps-field", "subjectKey")).toEqual(
      (await coverageGaps(graph, "FIELD")).map((g) => g.subjectKey),
    );
    expect(column("coverage-gaps-discipline", "subjectKey")).toEqual(
      (await coverageGaps(graph, "DISCIPLINE")).map((g) => g.subjectKey),
    );
    expect(column("lab-compliance", "id")).toEqual((await labCompliance(graph, null)).map((c) => c.labId));
    expect(shellOutput).not.toContain("Exception");
  });
});

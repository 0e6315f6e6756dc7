/**
 * `npm run export`: the seed graph written in every format and read back — the workbook's sheets,
 * header rows, row counts and validations; GraphML as XML with every node and edge; the Cypher script
 * run into an emptied database rebuilding the same graph (same digest); CSV with a BOM; JSON; a lab's
 * neighbourhood; the planners' report; the CLI's answers to bad input.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { parse as parseCsv } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { XMLParser } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { allCoverageGaps } from "../../src/analytics/coverage-gaps.js";
import { labCompliance } from "../../src/analytics/compliance.js";
import {
  LABELS,
  NODE_PROPERTIES,
  RELATIONSHIPS,
  RELATIONSHIP_DESCRIPTIVE,
  RELATIONSHIP_PROPERTIES,
  keyOf,
} from "../../src/domain/model.js";
import { parseCypher } from "../../src/graph/cypher-file.js";
import type { Graph } from "../../src/graph/graph.js";
import { REPO_ROOT } from "../../src/graph/paths.js";
import { BOM } from "../../src/transfer/csv.js";
import { exportGraph, writeTemplate } from "../../src/transfer/export.js";
import { ExportError, readExport } from "../../src/transfer/read-graph.js";
import { REPORT_SHEETS, writeReport } from "../../src/transfer/report.js";
import { render } from "../../src/domain/messages/index.js";
import { HEADER_ROWS, shapesOf } from "../../src/transfer/shape.js";
import { ABOUT_SHEET } from "../../src/transfer/xlsx.js";
import { DEFAULT_OPPORTUNITY_WEIGHTS } from "../../src/domain/opportunity-weights.js";
import { fingerprint } from "../support/fingerprint.js";
import { clearGraph, count, resetToSeed, seedSet, testGraph } from "../support/graph.js";

const run = promisify(execFile);
const TYPES = Object.keys(RELATIONSHIPS);

let graph: Graph;
let dir: string;
let digest: string;
const nodesOf = new Map<string, number>();
const relsOf = new Map<string, number>();
let nodeTotal = 0;
let relTotal = 0;

beforeAll(async () => {
  graph = testGraph();
  await resetToSeed(graph);
  digest = await fingerprint(graph);
  for (const label of LABELS) nodesOf.set(label, await count(graph, `MATCH (n:${label}) RETURN count(n)`));
  for (const type of TYPES) relsOf.set(type, await count(graph, `MATCH ()-[r:${type}]->() RETURN count(r)`));
  nodeTotal = [...nodesOf.values()].reduce((a, b) => a + b, 0);
  relTotal = [...relsOf.values()].reduce((a, b) => a + b, 0);
  dir = mkdtempSync(join(tmpdir(), "lianhe-export-"));
});

afterAll(async () => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  await graph?.close();
});

/** A worksheet's rows as arrays of cell values (index 0: column A). */
function rowsOf(sheet: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values = row.values as unknown[];
    out.push(values.slice(1));
  });
  return out;
}

describe("the model's property list", () => {
  it("names every property of the seed, and each value fits its type", () => {
    for (const { label, rows } of seedSet().nodes) {
      const props = NODE_PROPERTIES[label];
      expect(Object.keys(props)[0], `${label} key first`).toBe(keyOf(label));
      for (const row of rows) {
        for (const [name, value] of Object.entries(row)) {
          const type = props[name];
          expect(type, `${label}.${name}`).toBeDefined();
          if (Array.isArray(type)) expect(type, `${label}.${name}`).toContain(value);
          else if (type === "boolean") expect(typeof value).toBe("boolean");
          else if (type === "integer") expect(Number.isInteger(value), `${label}.${name}`).toBe(true);
          else if (type === "date") expect(String(value)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
      }
    }
    for (const { type, rows } of seedSet().rels)
      for (const row of rows)
        for (const name of Object.keys(row.props))
          expect(
            RELATIONSHIP_PROPERTIES[type][name] ?? RELATIONSHIP_DESCRIPTIVE[type][name],
            `${type}.${name}`,
          ).toBeDefined();
  });
});

describe("xlsx", () => {
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    const file = join(dir, "seed.xlsx");
    const result = await exportGraph(graph, "xlsx", file);
    expect(result).toMatchObject({ nodes: nodeTotal, relationships: relTotal });
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
  });

  it("has the About sheet, then one sheet per label and per relationship type", () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual([ABOUT_SHEET, ...LABELS, ...TYPES]);
  });

  it("has a Chinese and an English header row, the model's columns key first, and the graph's row counts", () => {
    for (const shape of shapesOf()) {
      const sheet = workbook.getWorksheet(shape.sheet)!;
      const rows = rowsOf(sheet);
      expect(rows[0], `${shape.sheet} row 1`).toEqual(shape.columns.map((c) => c.zh));
      expect(rows[1], `${shape.sheet} row 2`).toEqual(shape.columns.map((c) => c.name));
      const expected = shape.kind === "node" ? nodesOf.get(shape.sheet) : relsOf.get(shape.sheet);
      expect(rows.length - HEADER_ROWS, `${shape.sheet} rows`).toBe(expected);
    }
    expect(rowsOf(workbook.getWorksheet("JointLab")!)[0]![0]).toBe("编号");
    expect(rowsOf(workbook.getWorksheet("CO_BUILDS")!)[1]!.slice(0, 5)).toEqual([
      "fromLabel",
      "from",
      "toLabel",
      "to",
      "investmentCny",
    ]);
  });

  it("keeps the values and their types", async () => {
    const sheet = workbook.getWorksheet("JointLab")!;
    const [, names, ...data] = rowsOf(sheet);
    const result = await graph.read("MATCH (l:JointLab) RETURN properties(l) AS p ORDER BY l.id");
    expect(data.length).toBe(result.records.length);
    const seedLabs = seedSet().nodes.find((n) => n.label === "JointLab")!.rows;
    for (const row of data) {
      const cells = Object.fromEntries((names as string[]).map((n, i) => [n, row[i] ?? null]));
      const want = seedLabs.find((l) => l.id === cells.id)!;
      for (const [name, value] of Object.entries(want))
        expect(cells[name], `${String(cells.id)}.${name}`).toEqual(value);
    }
  });

  it("validates the enum, boolean, number and date columns", () => {
    const labs = workbook.getWorksheet("JointLab")!;
    const column = (name: string) => shapesOf()[0]!.columns.findIndex((c) => c.name === name) + 1;
    const status = labs.getCell(HEADER_ROWS + 1, column("status")).dataValidation;
    expect(status).toMatchObject({
      type: "list",
      formulae: ['"APPLYING,UNDER_REVIEW,APPROVED,CONSTRUCTING,OPERATING,EXITED,REJECTED"'],
    });
    // Also below the data, for rows added in Excel.
    expect(labs.getCell(HEADER_ROWS + 500, column("status")).dataValidation?.type).toBe("list");
    expect(labs.getCell(HEADER_ROWS + 1, column("onCampus")).dataValidation).toMatchObject({
      type: "list",
      formulae: ['"TRUE,FALSE"'],
    });
    expect(labs.getCell(HEADER_ROWS + 1, column("investmentCny")).dataValidation?.type).toBe("whole");
    expect(labs.getCell(HEADER_ROWS + 1, column("appliedOn")).dataValidation?.type).toBe("textLength");
    expect(labs.getCell(HEADER_ROWS + 1, column("name")).dataValidation).toBeUndefined();
    const staff = workbook.getWorksheet("WORKS_AT")!;
    expect(staff.getCell(HEADER_ROWS + 1, 1).dataValidation).toMatchObject({
      type: "list",
      formulae: ['"Person"'],
    });
    expect(staff.getCell(HEADER_ROWS + 1, 5).dataValidation?.formulae?.[0]).toContain("CHIEF_SCIENTIST");
  });

  it("the template has the same sheets and headers, no data, and the validations", async () => {
    const file = join(dir, "template.xlsx");
    await writeTemplate("xlsx", file);
    const template = new ExcelJS.Workbook();
    await template.xlsx.readFile(file);
    expect(template.worksheets.map((s) => s.name)).toEqual([ABOUT_SHEET, ...LABELS, ...TYPES]);
    for (const shape of shapesOf()) {
      const rows = rowsOf(template.getWorksheet(shape.sheet)!);
      expect(rows.length, shape.sheet).toBe(HEADER_ROWS);
      expect(rows[1]).toEqual(shape.columns.map((c) => c.name));
    }
    expect(template.getWorksheet("Evaluation")!.getCell(3, 5).dataValidation?.formulae?.[0]).toBe(
      '"PASS,REVISE,FAIL,RETAIN,EXIT"',
    );
  });
});

describe("GraphML", () => {
  it("parses as XML with every node and edge, typed keys, and edges between exported nodes", async () => {
    const file = join(dir, "seed.graphml");
    await exportGraph(graph, "graphml", file);
    const xml = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: "",
      isArray: (n, _path, _leaf, attribute) => !attribute && ["key", "node", "edge", "data"].includes(n),
    }).parse(readFileSync(file, "utf8")) as {
      graphml: {
        key: Record<string, string>[];
        graph: {
          node: { id: string; data: { key: string; "#text": unknown }[] }[];
          edge: { source: string; target: string; data: { key: string; "#text": unknown }[] }[];
        };
      };
    };
    const { key: keys, graph: g } = xml.graphml;
    expect(g.node.length).toBe(nodeTotal);
    expect(g.edge.length).toBe(relTotal);
    const ids = new Set(g.node.map((n) => n.id));
    expect(ids.size).toBe(nodeTotal);
    for (const e of g.edge) {
      expect(ids.has(e.source), e.source).toBe(true);
      expect(ids.has(e.target), e.target).toBe(true);
    }
    const type = (domain: string, name: string) =>
      keys.find((k) => k.for === domain && k["attr.name"] === name)?.["attr.type"];
    expect(type("node", "investmentCny")).toBe("long");
    expect(type("node", "score")).toBe("double");
    expect(type("node", "leading")).toBe("boolean");
    expect(type("node", "label")).toBe("string");
    expect(type("edge", "type")).toBe("string");
    expect(type("edge", "firstClass")).toBe("boolean");
    const lab = g.node.find((n) => n.id === "JointLab:lab-mmwave-ic")!;
    expect(lab.data.find((d) => d.key === "n__labels")?.["#text"]).toBe("JointLab");
    const types = new Map<string, number>();
    for (const e of g.edge) {
      const t = String(e.data.find((d) => d.key === "e__type")?.["#text"]);
      types.set(t, (types.get(t) ?? 0) + 1);
    }
    for (const t of TYPES) expect(types.get(t) ?? 0, t).toBe(relsOf.get(t));
  });
});

describe("CSV", () => {
  it("writes one file per label and relationship type, UTF-8 with a BOM, the two header rows and every row", async () => {
    const folder = join(dir, "csv");
    await exportGraph(graph, "csv", folder);
    expect(readdirSync(folder).sort()).toEqual([...LABELS, ...TYPES].map((n) => `${n}.csv`).sort());
    for (const shape of shapesOf()) {
      const bytes = readFileSync(join(folder, `${shape.sheet}.csv`));
      expect([...bytes.subarray(0, 3)], `${shape.sheet} BOM`).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString("utf8");
      expect(text.startsWith(BOM)).toBe(true);
      const rows = parseCsv(text, { bom: true, relax_column_count: false }) as string[][];
      expect(rows[0]).toEqual(shape.columns.map((c) => c.zh));
      expect(rows[1]).toEqual(shape.columns.map((c) => c.name));
      const expected = shape.kind === "node" ? nodesOf.get(shape.sheet) : relsOf.get(shape.sheet);
      expect(rows.length - HEADER_ROWS, shape.sheet).toBe(expected);
    }
    const labs = parseCsv(readFileSync(join(folder, "JointLab.csv")), {
      bom: true,
      from_line: 2,
      columns: true,
    }) as Record<string, string>[];
    const mmwave = labs.find((l) => l.id === "lab-mmwave-ic")!;
    const want = seedSet()
      .nodes.find((n) => n.label === "JointLab")!
      .rows.find((r) => r.id === "lab-mmwave-ic")!;
    expect(mmwave.name).toBe(want.name);
    expect(mmwave.onCampus).toBe(want.onCampus === true ? "TRUE" : want.onCampus === false ? "FALSE" : "");
  });
});

describe("JSON", () => {
  it("writes { nodes, relationships } with every node and relationship", async () => {
    const file = join(dir, "seed.json");
    await exportGraph(graph, "json", file);
    const data = JSON.parse(readFileSync(file, "utf8")) as {
      nodes: { label: string; key: string; properties: Record<string, unknown> }[];
      relationships: { type: string; from: string; to: string }[];
    };
    expect(Object.keys(data)).toEqual(["nodes", "relationships"]);
    expect(data.nodes.length).toBe(nodeTotal);
    expect(data.relationships.length).toBe(relTotal);
    expect(data.nodes.find((n) => n.key === "lab-mmwave-ic")).toMatchObject({
      label: "JointLab",
      properties: { id: "lab-mmwave-ic" },
    });
  });
});

describe("a lab's neighbourhood", () => {
  it("holds the lab and the nodes within N hops, and only relationships between them", async () => {
    for (const hops of [1, 2]) {
      const set = await readExport(graph, { lab: "lab-mmwave-ic", hops });
      const keys = new Set(
        set.nodes.flatMap(({ label, rows }) => rows.map((r) => `${label}:${String(r[keyOf(label)])}`)),
      );
      const expected = await count(
        graph,
        `MATCH (l:JointLab {id: 'lab-mmwave-ic'}) MATCH (l)-[*0..${hops}]-(n) WHERE NOT n:Change RETURN count(DISTINCT n)`,
      );
      expect(keys.size, `${hops} hops`).toBe(expected);
      expect(keys.has("JointLab:lab-mmwave-ic")).toBe(true);
      const rels = await count(
        graph,
        `MATCH (l:JointLab {id: 'lab-mmwave-ic'}) MATCH (l)-[*0..${hops}]-(n) WHERE NOT n:Change
         WITH collect(DISTINCT n) AS ns UNWIND ns AS a MATCH (a)-[r]->(b) WHERE b IN ns RETURN count(r)`,
      );
      expect(set.rels.reduce((n, g) => n + g.rows.length, 0)).toBe(rels);
      for (const g of set.rels)
        for (const r of g.rows) {
          expect(keys.has(`${g.fromLabel}:${r.from}`)).toBe(true);
          expect(keys.has(`${g.toLabel}:${r.to}`)).toBe(true);
        }
    }
    const alone = await readExport(graph, { lab: "lab-mmwave-ic", hops: 0 });
    expect(alone.nodes.map((n) => n.rows.length)).toEqual([1]);
  });

  it("refuses a lab that does not exist and a bad hop count", async () => {
    await expect(readExport(graph, { lab: "lab-nowhere" })).rejects.toThrow(ExportError);
    await expect(readExport(graph, { lab: "lab-nowhere" })).rejects.toThrow(
      "JointLab lab-nowhere does not exist",
    );
    await expect(readExport(graph, { lab: "lab-mmwave-ic", hops: 11 })).rejects.toThrow(ExportError);
  });
});

describe("the planners' report", () => {
  it("has one sheet per answer, Chinese headers first, a row per gap and per lab and rule", async () => {
    const file = join(dir, "report.xlsx");
    const counts = await writeReport(graph, file, { weights: { ...DEFAULT_OPPORTUNITY_WEIGHTS } });
    const report = new ExcelJS.Workbook();
    await report.xlsx.readFile(file);
    expect(report.worksheets.map((s) => s.name)).toEqual(["说明 About", ...Object.values(REPORT_SHEETS)]);
    const rows = (name: string) => rowsOf(report.getWorksheet(name)!);
    const gaps = await allCoverageGaps(graph);
    expect(rows(REPORT_SHEETS.gaps)[0]![0]).toBe("维度");
    expect(rows(REPORT_SHEETS.gaps)[1]![0]).toBe("dimension");
    expect(rows(REPORT_SHEETS.gaps).length - 2).toBe(gaps.length);
    expect(
      rows(REPORT_SHEETS.gaps)
        .slice(2)
        .map((r) => r[2]),
    ).toEqual(gaps.map((g) => g.subjectKey));
    const compliance = await labCompliance(graph, null);
    const checks = rows(REPORT_SHEETS.compliance).slice(2);
    expect(checks.length).toBe(compliance.reduce((n, c) => n + c.checks.length, 0));
    expect(new Set(checks.map((r) => r[0]))).toEqual(new Set(compliance.map((c) => c.labId)));
    expect(rows(REPORT_SHEETS.duplicates).length - 2).toBe(counts.duplicateGroups);
    expect(counts.duplicateGroups).toBeGreaterThan(0);
    expect(rows(REPORT_SHEETS.opportunities).length - 2).toBe(counts.opportunities);
    expect(counts.opportunities).toBeGreaterThan(0);
    // scores as the API shows them: 3 decimals at most (src/modules/shared/score.ts)
    const [zh, , ...body] = rows(REPORT_SHEETS.opportunities);
    const scores = body.map((r) => r[zh!.indexOf("得分")]);
    expect(scores.length).toBeGreaterThan(0);
    for (const score of scores) expect(String(score)).toMatch(/^\d+(\.\d{1,3})?$/);
  });

  it("says every sentence in Chinese first, with the English in the next column", async () => {
    const file = join(dir, "report-zh.xlsx");
    await writeReport(graph, file, { weights: { ...DEFAULT_OPPORTUNITY_WEIGHTS } });
    const report = new ExcelJS.Workbook();
    await report.xlsx.readFile(file);
    const sheet = (name: string) => {
      const [zh, en, ...body] = rowsOf(report.getWorksheet(name)!);
      const column = (header: string) => body.map((r) => r[zh!.indexOf(header)]);
      return { zh: zh!, en: en!, column };
    };
    const han = /[\u4e00-\u9fff]/;
    const gaps = await allCoverageGaps(graph);
    const gapSheet = sheet(REPORT_SHEETS.gaps);
    // the reason of each gap as the API renders it in Chinese, then as it is in English
    expect(gapSheet.column("原因")).toEqual(gaps.map((g) => render(g.reasonMessage, "ZH")));
    expect(gapSheet.column("原因（英文）")).toEqual(gaps.map((g) => g.reason));
    expect(gapSheet.zh.indexOf("原因") + 1).toBe(gapSheet.zh.indexOf("原因（英文）"));
    for (const [name, header] of [
      [REPORT_SHEETS.duplicates, "原因"],
      [REPORT_SHEETS.compliance, "测量"],
      [REPORT_SHEETS.opportunities, "得分构成"],
    ] as const) {
      const cells = sheet(name).column(header);
      expect(cells.length, name).toBeGreaterThan(0);
      const texts = cells.filter((c): c is string => typeof c === "string" && c !== "");
      expect(texts.length, name).toBeGreaterThan(0);
      expect(
        texts.filter((c) => !han.test(c)),
        `${name}: ${header} in Chinese`,
      ).toEqual([]);
    }
  });
});

describe("the CLI", () => {
  const cli = (args: string[]) => {
    const { uri, username, password } = inject("neo4j");
    return run(process.execPath, ["dist/src/cli/export.js", ...args], {
      cwd: REPO_ROOT,
      env: {
        PATH: process.env.PATH ?? "",
        NEO4J_URI: uri,
        NEO4J_USERNAME: username,
        NEO4J_PASSWORD: password,
      },
    }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => ({
        code: e.code,
        stdout: e.stdout,
        stderr: e.stderr,
      }),
    );
  };

  it("exports a lab's neighbourhood by file extension and says what it wrote", async () => {
    const file = join(dir, "cli.graphml");
    const result = await cli(["--lab", "lab-mmwave-ic", "--hops", "1", file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^export: graphml .*cli\.graphml: \d+ nodes, \d+ relationships/);
    expect(existsSync(file)).toBe(true);
  });

  it("answers bad input with one line and exit 1, writing nothing", async () => {
    const cases: [string[], RegExp][] = [
      [["--lab", "lab-nowhere", join(dir, "x.json")], /^export: JointLab lab-nowhere does not exist$/m],
      [["--hops", "2", join(dir, "x.json")], /--hops needs --lab/],
      [["--hops", "x", "--lab", "lab-mmwave-ic", join(dir, "x.json")], /expected a whole number/],
      [["--format", "pdf", join(dir, "x.json")], /choices/],
      [[join(dir, "x.txt")], /cannot tell the format/],
      [["--report", join(dir, "x.json")], /must end in \.xlsx/],
      [["--template", "--lab", "lab-mmwave-ic", join(dir, "x.xlsx")], /cannot be used with/],
    ];
    for (const [args, message] of cases) {
      const result = await cli(args);
      expect(result.code, args.join(" ")).toBe(1);
      expect(result.stderr, args.join(" ")).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    expect(readdirSync(dir).filter((f) => f.startsWith("x."))).toEqual([]);
  });
});

// Last: it empties the database.
describe("Cypher", () => {
  it("rebuilds the graph in an emptied database: the same digest", async () => {
    const file = join(dir, "seed.cypher");
    await exportGraph(graph, "cypher", file);
    const script = parseCypher(readFileSync(file, "utf8"), file);
    expect(script.statements.some((s) => s.startsWith("CREATE CONSTRAINT"))).toBe(true);
    await clearGraph(graph);
    expect(await count(graph, "MATCH (n) RETURN count(n)")).toBe(0);
    for (const statement of script.statements) await graph.autoCommit(statement);
    expect(await fingerprint(graph)).toBe(digest);
    await resetToSeed(graph);
    expect(await fingerprint(graph)).toBe(digest);
    // Inlined rows cost the server ~15 ms each to parse: the seed's 2,600 rows take about a minute.
  }, 300_000);
});

/**
 * Bad input, on the real test database holding the seed: a workbook with one error of each kind gets a
 * dry-run report naming each at its sheet, row and column (in English and Chinese), and a real run of it
 * writes nothing; files that cannot be imported at all (another file type, an encrypted workbook, too
 * big, a zip bomb) are refused with one problem naming the file; a GBK CSV is read; a new lab past
 * APPLYING needs an ADMIN and the record of its procedure; the command line exits 1 with one line.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { Role } from "../../src/domain/roles.js";
import type { Graph } from "../../src/graph/graph.js";
import { REPO_ROOT } from "../../src/graph/paths.js";
import { importFile, type ImportOptions } from "../../src/import/import.js";
import { importLimits } from "../../src/import/limits.js";
import { fingerprint } from "../support/fingerprint.js";
import { count, resetToSeed, testGraph } from "../support/graph.js";

const run = promisify(execFile);
let graph: Graph;
let dir: string;
let seedDigest: string;
const options = (extra: Partial<ImportOptions> = {}): ImportOptions => ({
  dryRun: true,
  role: Role.ADMIN,
  limits: importLimits(),
  ...extra,
});

/** A workbook in the template's shape: per sheet, row 1 Chinese (here: the names again), row 2 names, then rows. */
async function workbook(file: string, sheets: Record<string, ExcelJS.CellValue[][]>): Promise<string> {
  const book = new ExcelJS.Workbook();
  for (const [name, [header, ...rows]] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name);
    sheet.addRow(header!.map((h) => `列 ${String(h)}`));
    sheet.addRow(header!);
    for (const row of rows) sheet.addRow(row);
  }
  const path = join(dir, file);
  await book.xlsx.writeFile(path);
  return path;
}

beforeAll(async () => {
  graph = testGraph();
  await resetToSeed(graph);
  seedDigest = await fingerprint(graph);
  dir = mkdtempSync(join(tmpdir(), "lianhe-import-bad-"));
});

afterAll(async () => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  await graph?.close();
});

describe("a workbook with one error of each kind", () => {
  let path: string;
  beforeAll(async () => {
    path = await workbook("errors.xlsx", {
      Laboratories: [["id"], ["lab-x"]],
      JointLab: [
        ["id", "name", "status", "budget"],
        ["lab-modern-tcm", "江苏省现代中药工程技术联合实验室（示例）", "APPROVED", 5],
      ],
      Enterprise: [
        ["id", "name", "leading"],
        ["ent-new-1", "新企业一", true],
        ["ent-new-1", "新企业一（重复）", true],
        ["ent-new-2", { formula: 'CONCAT("新","企业")', result: "新企业" }, false],
        ["ent-new-3", "新企业三", "maybe"],
        ["ent-new-4", "", false],
      ],
      WORKS_AT: [
        ["fromLabel", "from", "toLabel", "to", "role"],
        ["Person", "per-nobody", "Enterprise", "ent-jcet", "RESEARCHER"],
        ["Person", "per-nobody-2", "Enterprise", "ent-jcet", "JANITOR"],
      ],
    });
  });

  it("gets a dry-run report naming each problem at its sheet, row and column", async () => {
    const report = await importFile(graph, path, options());
    const found = report.problems.map((p) => ({
      sheet: p.sheet,
      row: p.row,
      column: p.column,
      code: p.code,
      cell: p.cell,
    }));
    expect(found).toEqual(
      expect.arrayContaining([
        { sheet: "Laboratories", row: null, column: null, code: "UNKNOWN_SHEET", cell: null },
        { sheet: "JointLab", row: 2, column: "budget", code: "UNKNOWN_COLUMN", cell: "D2" },
        { sheet: "Enterprise", row: 4, column: "id", code: "DUPLICATE_KEY", cell: "A4" },
        { sheet: "Enterprise", row: 5, column: "name", code: "FORMULA", cell: "B5" },
        { sheet: "Enterprise", row: 6, column: "leading", code: "BAD_VALUE", cell: "C6" },
        { sheet: "Enterprise", row: 7, column: "name", code: "VALIDATION", cell: "B7" },
        { sheet: "WORKS_AT", row: 3, column: "from", code: "MISSING_NODE", cell: "B3" },
        { sheet: "WORKS_AT", row: 4, column: "role", code: "BAD_VALUE", cell: "E4" },
        { sheet: "JointLab", row: 3, column: "status", code: "USE_LIFE_CYCLE", cell: "C3" },
      ]),
    );
    expect(report.problems).toHaveLength(10); // the nine above, and per-nobody-2's missing node
    for (const p of report.problems) {
      expect(p.file).toBe("errors.xlsx");
      expect(p.message.length).toBeGreaterThan(5);
      expect(p.messageZh).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(report.written).toBe(false);
  });

  it("writes nothing in a real run", async () => {
    const changes = await count(graph, "MATCH (c:Change) RETURN count(c)");
    const report = await importFile(graph, path, options({ dryRun: false }));
    expect(report.problems.length).toBe(10);
    expect(report.written).toBe(false);
    expect(report.changes).toBe(0);
    expect(await fingerprint(graph)).toBe(seedDigest);
    expect(await count(graph, "MATCH (c:Change) RETURN count(c)")).toBe(changes);
  });
});

describe("files that cannot be imported", () => {
  const only = async (path: string, extra: Partial<ImportOptions> = {}) => {
    const report = await importFile(graph, path, options({ dryRun: false, ...extra }));
    expect(report.problems).toHaveLength(1);
    expect(report.written).toBe(false);
    expect(await fingerprint(graph)).toBe(seedDigest);
    return report.problems[0]!;
  };

  it("refuses another file type with a spreadsheet's extension", async () => {
    const path = join(dir, "report.xlsx");
    writeFileSync(path, "%PDF-1.7\n this is not a workbook\n");
    expect(await only(path)).toMatchObject({ file: "report.xlsx", code: "NOT_A_WORKBOOK" });
  });

  it("refuses an encrypted workbook (an OLE compound file)", async () => {
    const path = join(dir, "secret.xlsx");
    writeFileSync(path, Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(4096)]));
    const p = await only(path);
    expect(p).toMatchObject({ file: "secret.xlsx", code: "ENCRYPTED_WORKBOOK" });
    expect(p.messageZh).toContain("加密");
  });

  it("refuses a file over the size limit", async () => {
    const path = await workbook("big.xlsx", {
      Enterprise: [
        ["id", "name"],
        ["ent-big", "大"],
      ],
    });
    const p = await only(path, { limits: importLimits(1000) });
    expect(p).toMatchObject({ file: "big.xlsx", code: "FILE_TOO_LARGE" });
    expect(p.message).toMatch(/over the limit of 0\.0 MB/);
  });

  it("refuses a zip bomb from its central directory, before inflating it", async () => {
    const path = join(dir, "bomb.xlsx");
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false });
    const sheet = writer.addWorksheet("Enterprise");
    const zeros = "0".repeat(5000);
    for (let i = 0; i < 2000; i++) sheet.addRow([`ent-${i}`, zeros]).commit();
    sheet.commit();
    await writer.commit();
    const p = await only(path);
    expect(p).toMatchObject({ file: "bomb.xlsx", code: "ZIP_BOMB", sheet: "xl/worksheets/sheet1.xml" });
  });

  it("refuses a file of no format it reads", async () => {
    const path = join(dir, "labs.txt");
    writeFileSync(path, "id\nlab-x\n");
    expect(await only(path)).toMatchObject({ code: "UNKNOWN_FORMAT" });
  });

  it("says so in one line and exits 1 on the command line, with no stack trace", async () => {
    const { uri, username, password } = inject("neo4j");
    const path = join(dir, "secret.xlsx");
    const failed = await run("node", [join(REPO_ROOT, "dist/src/cli/import.js"), path], {
      env: { ...process.env, NEO4J_URI: uri, NEO4J_USERNAME: username, NEO4J_PASSWORD: password },
    }).catch((e: { code: number; stdout: string; stderr: string }) => e);
    expect((failed as { code: number }).code).toBe(1);
    const stderr = (failed as { stderr: string }).stderr;
    expect(stderr).toContain("secret.xlsx: ENCRYPTED_WORKBOOK");
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe("encodings and the life cycle", () => {
  it("reads a CSV saved by Chinese Excel in GBK", async () => {
    const path = join(dir, "Enterprise.csv");
    const text = "编号,名称,所在地\r\nid,name,locality\r\nent-gbk-test,江苏示例精密制造有限公司,常州\r\n";
    writeFileSync(path, iconv.encode(text, "gbk"));
    const report = await importFile(graph, path, options({ dryRun: false }));
    expect(report.problems).toEqual([]);
    expect(report.counts.nodes.Enterprise).toEqual({ create: 1, update: 0, unchanged: 0 });
    const result = await graph.read(
      "MATCH (e:Enterprise {id: 'ent-gbk-test'}) RETURN e.name AS name, e.locality AS l",
    );
    expect(result.records[0]?.get("name")).toBe("江苏示例精密制造有限公司");
    expect(result.records[0]?.get("l")).toBe("常州");
    expect(
      await count(
        graph,
        "MATCH (c:Change {actor: 'import:Enterprise.csv', entityKey: 'ent-gbk-test'}) RETURN count(c)",
      ),
    ).toBe(1);
    await resetToSeed(graph);
  });

  it("lets a new lab in past APPLYING only as an ADMIN's record with the evaluations its transitions need", async () => {
    const lab = ["id", "name", "status"];
    const approved = await workbook("approved.xlsx", {
      JointLab: [lab, ["lab-new-approved", "新批准实验室", "APPROVED"]],
    });
    const asEditor = await importFile(graph, approved, options({ role: Role.EDITOR }));
    expect(asEditor.problems.map((p) => [p.code, p.column])).toEqual([["ILLEGAL_STATUS", "status"]]);
    const noRecord = await importFile(graph, approved, options());
    expect(noRecord.problems.map((p) => p.code)).toEqual(["ILLEGAL_STATUS"]);
    expect(noRecord.problems[0]!.message).toContain(
      "approveLab needs the latest PLAN_REVIEW evaluation to be PASS",
    );
    const withRecord = await workbook("approved-with-review.xlsx", {
      JointLab: [lab, ["lab-new-approved", "新批准实验室", "APPROVED"]],
      Evaluation: [
        ["id", "kind", "on", "outcome"],
        ["eval-new-approved", "PLAN_REVIEW", "2025-01-10", "PASS"],
      ],
      EVALUATED_IN: [
        ["from", "to"],
        ["lab-new-approved", "eval-new-approved"],
      ],
    });
    const ok = await importFile(graph, withRecord, options());
    expect(ok.problems).toEqual([]);
    expect(ok.counts.nodes.JointLab).toEqual({ create: 1, update: 0, unchanged: 0 });
  });

  it("refuses a new evaluation without its lab, and a new link to an existing evaluation", async () => {
    const path = await workbook("evaluations.xlsx", {
      Evaluation: [
        ["id", "kind", "on", "outcome"],
        ["eval-orphan", "PERFORMANCE", "2025-01-10", "PASS"],
      ],
      REVIEWED: [
        ["from", "to"],
        ["per-nobody", "eval-wbg-semi-plan"],
      ],
    });
    const report = await importFile(graph, path, options());
    const codes = report.problems.map((p) => `${p.sheet}:${p.column}:${p.code}`).sort();
    expect(codes).toEqual([
      "Evaluation:id:USE_LIFE_CYCLE",
      "Evaluation:outcome:VALIDATION",
      "REVIEWED:from:MISSING_NODE",
    ]);
  });
});

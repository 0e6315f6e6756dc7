/**
 * The hub's two downloads on the real test database (the seed): GET /import/template is the import
 * template — an xlsx whose sheets are the model's labels and relationship types with their columns, no
 * data; GET /report.xlsx is the planners' report with its sheets and the seed's rows. Both are named in
 * Chinese (RFC 5987), answered ahead of the console's catch-all even for a browser's Accept, and refused
 * with a coded JSON error to a caller without a token when auth is on.
 */
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allCoverageGaps } from "../../src/analytics/coverage-gaps.js";
import { LABELS, RELATIONSHIPS } from "../../src/domain/model.js";
import type { Graph } from "../../src/graph/graph.js";
import {
  REPORT_FILE,
  REPORT_PATH,
  TEMPLATE_FILE,
  TEMPLATE_PATH,
  attachment,
} from "../../src/server/download-routes.js";
import type { Hub } from "../../src/server/http.js";
import { REPORT_SHEETS } from "../../src/transfer/report.js";
import { HEADER_ROWS, shapesOf } from "../../src/transfer/shape.js";
import { ABOUT_SHEET } from "../../src/transfer/xlsx.js";
import { resetToSeed, testGraph } from "../support/graph.js";
import { bearer, startTestHub } from "../support/hub.js";
import { authConfig, roleToken } from "../support/tokens.js";

let graph: Graph;
let open: Hub;
let guarded: Hub;

beforeAll(async () => {
  graph = testGraph();
  await resetToSeed(graph);
  open = await startTestHub(graph);
  guarded = await startTestHub(graph, { config: authConfig() });
});

afterAll(async () => {
  await open?.close();
  await guarded?.close();
  await graph?.close();
});

const get = (hub: Hub, path: string, headers: Record<string, string> = {}) =>
  fetch(new URL(path, hub.url), { headers });

async function workbookOf(response: Response): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await response.arrayBuffer());
  return book;
}

function rowsOf(sheet: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => out.push((row.values as unknown[]).slice(1)));
  return out;
}

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

describe("GET /import/template", () => {
  it("is the import template: the model's sheets and columns, no data, named in Chinese", async () => {
    // A browser's navigation asks for HTML first: the console's catch-all must not take it.
    const response = await get(open, TEMPLATE_PATH, { accept: "text/html,*/*;q=0.8" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain(XLSX);
    const disposition = response.headers.get("content-disposition")!;
    expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent(TEMPLATE_FILE)}`);
    expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(disposition)![1]!)).toBe(
      "联合实验室导入模板.xlsx",
    );
    const book = await workbookOf(response);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      ABOUT_SHEET,
      ...LABELS,
      ...Object.keys(RELATIONSHIPS),
    ]);
    for (const shape of shapesOf()) {
      const rows = rowsOf(book.getWorksheet(shape.sheet)!);
      expect(rows.length, shape.sheet).toBe(HEADER_ROWS);
      expect(rows[1], shape.sheet).toEqual(shape.columns.map((c) => c.name));
    }
  });
});

describe("GET /report.xlsx", () => {
  it("is the planners' report with its sheets and the seed's rows", async () => {
    const started = performance.now();
    const response = await get(open, REPORT_PATH, { accept: "text/html,*/*;q=0.8" });
    const body = await response.arrayBuffer();
    const ms = Math.round(performance.now() - started);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain(XLSX);
    expect(
      decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(response.headers.get("content-disposition")!)![1]!),
    ).toBe(REPORT_FILE);
    console.log(
      `GET ${REPORT_PATH} on the seed, first (cold): ${ms} ms in all, ${response.headers.get("x-lianhe-build-ms")} ms building, ${body.byteLength} bytes`,
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(body);
    expect(book.worksheets.map((s) => s.name)).toEqual(["说明 About", ...Object.values(REPORT_SHEETS)]);
    const gaps = rowsOf(book.getWorksheet(REPORT_SHEETS.gaps)!);
    expect(gaps[0]![0]).toBe("维度");
    expect(gaps.length - 2).toBe((await allCoverageGaps(graph)).length);
    expect(gaps.length - 2).toBeGreaterThan(0);
    const compliance = rowsOf(book.getWorksheet(REPORT_SHEETS.compliance)!).slice(2);
    expect(compliance.some((row) => row.includes("lab-wbg-semi"))).toBe(true);
    expect(rowsOf(book.getWorksheet(REPORT_SHEETS.opportunities)!).length).toBeGreaterThan(2);
    // Warm: the same report again, the queries' plans cached by Neo4j.
    const warm: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const again = await get(open, REPORT_PATH);
      await again.arrayBuffer();
      expect(again.status).toBe(200);
      warm.push(Math.round(performance.now() - t0));
    }
    console.log(`GET ${REPORT_PATH} on the seed, warm: ${warm.join(", ")} ms`);
  });
});

describe("with auth on", () => {
  it("refuses both to a caller without a token (401) and to a bad token, with a coded JSON error", async () => {
    for (const path of [REPORT_PATH, TEMPLATE_PATH]) {
      const anonymous = await get(guarded, path);
      expect(anonymous.status, path).toBe(401);
      expect(anonymous.headers.get("content-type")).toContain("application/json");
      expect(await anonymous.json()).toMatchObject({
        errors: [{ extensions: { code: "UNAUTHENTICATED" } }],
      });
      const forged = await get(guarded, path, { authorization: "Bearer not.a.token" });
      expect(forged.status, path).toBe(401);
      expect(await forged.json()).toMatchObject({ errors: [{ extensions: { code: "UNAUTHENTICATED" } }] });
    }
  });

  it("gives a VIEWER with a token the report and the template", async () => {
    const headers = bearer(await roleToken("VIEWER"));
    const report = await get(guarded, REPORT_PATH, headers);
    expect(report.status).toBe(200);
    expect((await workbookOf(report)).getWorksheet(REPORT_SHEETS.compliance)).toBeDefined();
    const template = await get(guarded, TEMPLATE_PATH, headers);
    expect(template.status).toBe(200);
    expect((await workbookOf(template)).getWorksheet("JointLab")).toBeDefined();
  });
});

describe("attachment()", () => {
  it("encodes the name as RFC 5987 asks, with an ASCII fallback", () => {
    expect(attachment("报告 (1).xlsx", "report.xlsx")).toBe(
      `attachment; filename="report.xlsx"; filename*=UTF-8''%E6%8A%A5%E5%91%8A%20%281%29.xlsx`,
    );
  });
});

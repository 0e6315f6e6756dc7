/**
 * The import page in a real browser, on a hub with auth over the seed graph: an EDITOR downloads the
 * template and the planners' report with the token; uploads a workbook with problems and sees each
 * named by sheet, row and column, in Chinese, with no import button; uploads a good small workbook,
 * imports it and sees what was written with its actor — and the graph has the new node, audited as
 * import:<file name>. The page in English after the switch; a VIEWER sees why there is no upload; a
 * file of another type, and one over the hub's limit, are refused with the reason in Chinese.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { authConfig, roleToken } from "../support/tokens.js";
import {
  click,
  downloaded,
  downloadsTo,
  launchBrowser,
  openPage,
  pageErrors,
  removeDir,
  screenshot,
  startConsoleHub,
  switchLanguage,
  textOf,
  waitForText,
  waitOrExplain,
  WAIT_MS,
  type Browser,
  type ConsoleHub,
  type Page,
} from "./support/browser.js";

// A page waits for the hub and Neo4j on a shared machine: minutes, not the default minute.
vi.setConfig({ testTimeout: 300_000 });

/** The hub's upload limit in this test: small, so that a "too large" file is quick to send. */
const LIMIT_BYTES = 100_000;

let browser: Browser;
let hub: ConsoleHub;
let dir: string;
let limitBefore: string | undefined;

async function workbook(name: string, sheets: Record<string, unknown[][]>): Promise<string> {
  const book = new ExcelJS.Workbook();
  for (const [sheet, rows] of Object.entries(sheets)) {
    const ws = book.addWorksheet(sheet);
    for (const row of rows) ws.addRow(row);
  }
  const path = join(dir, name);
  await book.xlsx.writeFile(path);
  return path;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "lianhe-console-import-"));
  limitBefore = process.env.HUB_IMPORT_MAX_BYTES;
  process.env.HUB_IMPORT_MAX_BYTES = String(LIMIT_BYTES); // read when the hub's upload route is made
  hub = await startConsoleHub({ config: authConfig() });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await hub?.close();
  if (limitBefore === undefined) delete process.env.HUB_IMPORT_MAX_BYTES;
  else process.env.HUB_IMPORT_MAX_BYTES = limitBefore;
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function openImport(role: string, sub = `${role.toLowerCase()}-1`): Promise<Page> {
  const page = await openPage(browser, hub.origin, "/#/import", { token: await roleToken(role, sub) });
  await page.waitForSelector('[data-testid="import-page"]', { timeout: WAIT_MS });
  await page.waitForSelector(`[data-testid="session-banner"][data-session="${role}"]`, { timeout: WAIT_MS });
  return page;
}

async function choose(page: Page, path: string): Promise<void> {
  const input = await waitOrExplain(page, () =>
    page.waitForSelector('[data-testid="import-upload"] input[type=file]', { timeout: WAIT_MS }),
  );
  await input!.uploadFile(path);
  await input!.dispose();
}

describe("the import page", () => {
  it("downloads the template and the planners' report with the token, under their Chinese names", async () => {
    const page = await openImport("EDITOR");
    const downloads = await downloadsTo(page);
    try {
      await click(page, '[data-testid="download-template"]');
      const template = await downloaded(downloads, "导入模板.xlsx");
      expect(template.endsWith("联合实验室导入模板.xlsx")).toBe(true);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(template);
      expect(book.getWorksheet("JointLab")).toBeDefined();
      await waitForText(page, "已下载：联合实验室导入模板.xlsx");
      const started = Date.now();
      await click(page, '[data-testid="download-report"]');
      const report = await downloaded(downloads, "规划报告.xlsx", 120_000);
      console.log(`report download from the console: ${Date.now() - started} ms`);
      const reportBook = new ExcelJS.Workbook();
      await reportBook.xlsx.readFile(report);
      expect(reportBook.worksheets.map((s) => s.name)).toContain("合规 Compliance");
    } finally {
      removeDir(downloads);
    }
    await page.close();
  });

  it("names each problem of a workbook by sheet, row and column in Chinese, with no import button", async () => {
    const path = await workbook("problems.xlsx", {
      Enterprise: [
        ["编号", "名称", "是否行业龙头"],
        ["id", "name", "leading"],
        ["ent-ui-bad", "有问题的企业", "也许"],
      ],
      JointLab: [
        ["编号", "名称", "状态"],
        ["id", "name", "status"],
        ["lab-ui-bad", "有问题的实验室", "NOT_A_STATUS"],
      ],
    });
    const page = await openImport("EDITOR");
    await choose(page, path);
    const table = await textOf(page, '[data-testid="table-import-problems"]');
    for (const header of ["文件", "工作表", "行", "列", "问题说明"]) expect(table).toContain(header);
    expect(table).toContain("problems.xlsx");
    expect(table).toContain("Enterprise（企业）");
    expect(table).toContain("JointLab（联合实验室）");
    // each column by the template's Chinese name, its property name beside it
    expect(table).toContain("是否行业龙头（leading）");
    expect(table).toContain("状态（status）");
    // Row 3 of each sheet (the first data row), and the messages in Chinese.
    const rows = await page.$$eval('[data-testid="table-import-problems"] tbody tr', (trs: any[]) =>
      trs.map((tr) => [...tr.querySelectorAll("td")].map((td: any) => td.innerText)),
    );
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const cells of rows) {
      expect(cells[3]).toBe("3");
      expect(cells[7]).toMatch(/\p{Script=Han}/u);
    }
    expect(await textOf(page, '[data-testid="import-has-problems"]')).toContain("未写入任何数据");
    expect(await page.$('[data-testid="import-run"]')).toBeNull();
    await screenshot(page, "import-problems-zh");

    await switchLanguage(page, "en");
    await waitForText(page, "Import & export");
    expect(await textOf(page, "h3")).toBe("Import & export");
    const english = await textOf(page, '[data-testid="table-import-problems"]');
    expect(english).toContain("Sheet");
    expect(english).toContain("Problem");
    await switchLanguage(page, "zh");
    expect(await textOf(page, "h3")).toBe("数据导入");
    // The dry run's answer is a 422 by design (the report with its problems), which Chromium logs.
    expect(pageErrors.get(page)!.filter((e) => !e.includes("status of 422"))).toEqual([]);
    await page.close();
    expect(
      Number(
        (await hub.graph.read("MATCH (e:Enterprise {id: 'ent-ui-bad'}) RETURN count(e)")).records[0]!.get(0),
      ),
    ).toBe(0);
  });

  it("dry-runs a good small workbook, imports it, and shows what was written with the actor", async () => {
    const path = await workbook("ui-good.xlsx", {
      Enterprise: [
        ["编号", "名称", "是否行业龙头"],
        ["id", "name", "leading"],
        ["ent-ui-1", "界面导入示例企业", false],
      ],
    });
    const page = await openImport("EDITOR", "editor-ui");
    await choose(page, path);
    await waitOrExplain(page, () =>
      page.waitForSelector('[data-testid="import-clean"]', { visible: true, timeout: WAIT_MS }),
    );
    expect(await textOf(page, '[data-testid="summary-create"]')).toBe("1");
    expect(await textOf(page, '[data-testid="import-summary"]')).toContain("将新建");
    expect(await textOf(page, '[data-testid="table-import-counts"]')).toContain("Enterprise（企业）");
    // A dry run writes nothing.
    const before = await hub.graph.read("MATCH (e:Enterprise {id: 'ent-ui-1'}) RETURN count(e)");
    expect(Number(before.records[0]!.get(0))).toBe(0);

    await click(page, '[data-testid="import-run"]');
    const done = await textOf(page, '[data-testid="import-done-message"]');
    expect(done).toContain("已导入 ui-good.xlsx");
    expect(done).toContain("写入 1 项变更");
    expect(done).toContain("import:ui-good.xlsx");
    const written = await textOf(page, '[data-testid="table-import-written"]');
    expect(written).toContain("import:ui-good.xlsx（EDITOR）");
    expect(written).toContain("ent-ui-1");
    await screenshot(page, "import-done-zh");

    const node = await hub.graph.read(
      "MATCH (e:Enterprise {id: 'ent-ui-1'}) RETURN e.name AS name, e.leading AS leading",
    );
    expect(node.records.map((r) => [r.get("name"), r.get("leading")])).toEqual([["界面导入示例企业", false]]);
    const audit = await hub.graph.read(
      "MATCH (c:Change {entityKey: 'ent-ui-1'}) RETURN c.actor AS actor, c.role AS role, c.action AS action",
    );
    expect(audit.records.map((r) => [r.get("actor"), r.get("role"), r.get("action")])).toEqual([
      ["import:ui-good.xlsx", "EDITOR", "CREATED"],
    ]);
    expect(pageErrors.get(page)).toEqual([]);
    await page.close();
  });

  it("refuses a file of another type and one over the hub's limit, saying why in Chinese", async () => {
    const page = await openImport("EDITOR");
    const text = join(dir, "notes.txt");
    writeFileSync(text, "不是工作簿");
    await choose(page, text);
    expect(await textOf(page, '[data-testid="import-refusal"]')).toContain("文件类型不支持：「notes.txt」");

    const big = join(dir, "big.xlsx");
    writeFileSync(big, Buffer.alloc(LIMIT_BYTES * 2, 1));
    await choose(page, big);
    await waitForText(page, "文件太大");
    const refusal = await textOf(page, '[data-testid="import-refusal"]');
    expect(refusal).toContain("「big.xlsx」超过了集线器的上传上限");
    await page.close();
  });

  it("shows a VIEWER why there is no upload (it needs EDITOR), and still offers the downloads", async () => {
    const page = await openImport("VIEWER");
    const why = await textOf(page, '[data-testid="import-needs-editor"]');
    expect(why).toContain("「编辑」");
    expect(why).toContain("「查看」");
    expect(await page.$('[data-testid="import-upload"]')).toBeNull();
    await page.waitForSelector('[data-testid="download-template"]', { visible: true, timeout: WAIT_MS });
    await screenshot(page, "import-viewer-zh");
    await page.close();
  });
});

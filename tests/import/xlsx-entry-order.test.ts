/**
 * A workbook whose zip holds the workbook part (xl/workbook.xml) after its relationships, shared strings
 * and a worksheet — an order exceljs's own writer sometimes produces under load — is read with its sheet
 * named, not refused as unreadable (exceljs's streaming reader failed on it: "reading 'sheets'").
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, describe, expect, it } from "vitest";
import { readXlsx } from "../../src/import/xlsx-reader.js";

const dir = mkdtempSync(join(tmpdir(), "lianhe-xlsx-order-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the xlsx reader", () => {
  it("names a worksheet that comes before the workbook part in the zip", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Enterprise");
    sheet.addRow(["id", "name"]);
    sheet.addRow(["ent-order", "顺序测试企业"]);
    const written = join(dir, "written.xlsx");
    await book.xlsx.writeFile(written);

    const zip = await JSZip.loadAsync(readFileSync(written));
    const first = ["xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml"];
    const rest = Object.keys(zip.files).filter((n) => !first.includes(n) && n !== "xl/workbook.xml");
    const reordered = new JSZip();
    for (const name of [...first, ...rest, "xl/workbook.xml"]) {
      const entry = zip.files[name]!;
      if (!entry.dir) reordered.file(name, await entry.async("nodebuffer"));
    }
    const path = join(dir, "reordered.xlsx");
    writeFileSync(path, await reordered.generateAsync({ type: "nodebuffer" }));

    const names: string[] = [];
    for await (const read of readXlsx(path, () => true)) names.push(read.sheet);
    expect(names).toEqual(["Enterprise"]);
  });
});

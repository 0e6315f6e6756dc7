/**
 * The xlsx writer (exceljs, streamed to the file so a province's graph needs no workbook in memory):
 * an About sheet (说明), then one sheet per label and per relationship type in the shape of shape.ts,
 * with Excel data validation on the enum, boolean, number and date columns. With no data it is the
 * import template.
 */
import ExcelJS from "exceljs";
import type { DataValidation, Worksheet } from "exceljs";
import type { SeedSet } from "../graph/seed.js";
import type { Plain } from "../graph/values.js";
import { HEADER_ROWS, sheetRowCount, sheetRows, typeText, type Column, type SheetShape } from "./shape.js";

export const ABOUT_SHEET = "说明";
/** Rows below the data that still carry the validations, for rows added in Excel. */
export const SPARE_ROWS = 1000;
const LIMIT = 1e15;

const HEADER_ZH_FILL = "FFDCE6F1";
const HEADER_EN_FILL = "FFF2F2F2";

interface Validations {
  add(range: string, validation: DataValidation): void;
}

function validations(sheet: Worksheet): Validations {
  return (sheet as unknown as { dataValidations: Validations }).dataValidations;
}

/** The Excel validation of a column's type; undefined for free text. */
export function validationOf(column: Column): DataValidation | undefined {
  const error = (
    text: string,
  ): Pick<DataValidation, "showErrorMessage" | "errorStyle" | "errorTitle" | "error"> => ({
    showErrorMessage: true,
    errorStyle: "error",
    errorTitle: `${column.zh} ${column.name}`,
    error: text,
  });
  const type = column.type;
  if (Array.isArray(type)) {
    const list = (type as readonly string[]).join(",");
    return { type: "list", allowBlank: true, formulae: [`"${list}"`], ...error(`取值 / one of: ${list}`) };
  }
  switch (type) {
    case "boolean":
      return { type: "list", allowBlank: true, formulae: ['"TRUE,FALSE"'], ...error("TRUE / FALSE") };
    case "integer":
      return {
        type: "whole",
        operator: "between",
        allowBlank: true,
        formulae: [-LIMIT, LIMIT],
        ...error("整数 / a whole number"),
      };
    case "float":
      return {
        type: "decimal",
        operator: "between",
        allowBlank: true,
        formulae: [-LIMIT, LIMIT],
        ...error("数字 / a number"),
      };
    case "date":
      return {
        type: "textLength",
        operator: "equal",
        allowBlank: true,
        formulae: [10],
        showInputMessage: true,
        promptTitle: "日期 date",
        prompt: "YYYY-MM-DD（文本 / as text）",
        ...error("日期写作 YYYY-MM-DD / a date as YYYY-MM-DD"),
      };
    default:
      return undefined;
  }
}

/** A column letter: 1 → A, 27 → AA. */
export function columnLetter(index: number): string {
  let n = index;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function cellValue(value: Plain): ExcelJS.CellValue {
  if (value === null) return null;
  if (typeof value === "object") return JSON.stringify(value);
  return value;
}

function writeHeader(sheet: Worksheet, shape: SheetShape): void {
  const zh = sheet.addRow(shape.columns.map((c) => c.zh));
  const en = sheet.addRow(shape.columns.map((c) => c.name));
  for (const [row, fill] of [
    [zh, HEADER_ZH_FILL],
    [en, HEADER_EN_FILL],
  ] as const) {
    row.font = { bold: true };
    row.eachCell((cell) => {
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: fill } };
    });
    row.commit();
  }
}

function writeAbout(workbook: ExcelJS.stream.xlsx.WorkbookWriter, shapes: SheetShape[], set?: SeedSet): void {
  const sheet = workbook.addWorksheet(ABOUT_SHEET);
  sheet.columns = [{ width: 22 }, { width: 16 }, { width: 14 }, { width: 12 }, { width: 10 }, { width: 80 }];
  const lines = [
    ["联合实验室网络数据 Lianhe Hub graph data"],
    [
      set
        ? `导出 export: ${set.name}; 每个节点类型和关系类型一个工作表 / one sheet per label and per relationship type`
        : "导入模板 import template: 每个节点类型和关系类型一个工作表 / one sheet per label and per relationship type",
    ],
    [
      "第1行中文列名，第2行属性名（导入按第2行读取），第3行起每行一条数据 / row 1: Chinese names; row 2: property names (read by the import); data from row 3",
    ],
    [
      "日期写作文本 YYYY-MM-DD；是/否写作 TRUE/FALSE；列表写作 JSON / dates as text YYYY-MM-DD; booleans TRUE/FALSE; lists as JSON",
    ],
    [],
    ["工作表 sheet", "中文名 name", "类别 kind", "键 key", "行数 rows", "列 columns (类型 type)"],
  ];
  for (const line of lines) sheet.addRow(line).commit();
  for (const shape of shapes) {
    sheet
      .addRow([
        shape.sheet,
        shape.zh,
        shape.kind === "node" ? "节点 node" : "关系 relationship",
        shape.columns
          .filter((c) => c.key)
          .map((c) => c.name)
          .join(", "),
        set ? sheetRowCount(shape, set) : 0,
        shape.columns.map((c) => `${c.name} (${typeText(c.type)})`).join("; "),
      ])
      .commit();
  }
  sheet.commit();
}

/** Writes the workbook: the shapes' sheets, with the set's rows (none: the template). */
export async function writeXlsx(file: string, shapes: SheetShape[], set?: SeedSet): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = "Lianhe Hub";
  workbook.created = new Date();
  writeAbout(workbook, shapes, set);
  for (const shape of shapes) {
    const sheet = workbook.addWorksheet(shape.sheet, {
      views: [{ state: "frozen", ySplit: HEADER_ROWS, xSplit: shape.kind === "node" ? 1 : 0 }],
    });
    sheet.columns = shape.columns.map((c) => ({
      width: Math.min(40, Math.max(10, c.zh.length * 2 + 2, c.name.length + 2)),
    }));
    writeHeader(sheet, shape);
    let rows = 0;
    if (set) {
      for (const cells of sheetRows(shape, set)) {
        sheet.addRow(cells.map(cellValue)).commit();
        rows++;
      }
    }
    const last = HEADER_ROWS + rows + SPARE_ROWS;
    shape.columns.forEach((column, i) => {
      const validation = validationOf(column);
      const letter = columnLetter(i + 1);
      if (validation) validations(sheet).add(`${letter}${HEADER_ROWS + 1}:${letter}${last}`, validation);
    });
    sheet.commit();
  }
  await workbook.commit();
}

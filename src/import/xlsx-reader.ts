/**
 * The xlsx reader: exceljs's streaming WorkbookReader, so that a workbook's rows pass through one at a
 * time and no workbook is held in memory. Sheets come in the file's order; the About sheet (说明) and
 * the report's sheets are the planner's business. Rich text and hyperlinks are read as their text;
 * formulas as formulas (the planner refuses them); Excel errors (#N/A) as text.
 */
import ExcelJS from "exceljs";
import { headerOf, type CellValue, type SourceRow, type SourceSheet } from "./source.js";

function plainCell(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if ("formula" in v || "sharedFormula" in v)
      return { formula: String(v.formula ?? v.sharedFormula ?? "") };
    if (Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((r) => r.text).join("");
    if ("text" in v) return String(v.text);
    if ("error" in v) return String(v.error);
  }
  return String(value);
}

function cellsOf(row: ExcelJS.Row): CellValue[] {
  const values = row.values as unknown[]; // 1-based: values[0] is empty
  const out: CellValue[] = [];
  for (let i = 1; i < values.length; i++) out.push(plainCell(values[i]));
  return out;
}

/** The sheets of a workbook file, streamed. `known(sheet, name)` tells a property name (for one-row headers). */
export async function* readXlsx(
  path: string,
  known: (sheet: string, name: string) => boolean,
): AsyncGenerator<SourceSheet> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    worksheets: "emit",
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "cache",
    entries: "ignore",
  });
  for await (const worksheet of reader) {
    const sheet = (worksheet as unknown as { name: string }).name;
    const iterator = (worksheet as unknown as AsyncIterable<ExcelJS.Row>)[Symbol.asyncIterator]();
    const next = async (): Promise<ExcelJS.Row | undefined> => {
      const step = await iterator.next();
      return step.done ? undefined : step.value;
    };
    const first = await next();
    const second = first && first.number === 1 ? await next() : undefined;
    const head = headerOf(
      first && first.number === 1 ? cellsOf(first) : [],
      second && second.number === 2 ? cellsOf(second) : undefined,
      (name) => known(sheet, name),
    );
    const early: ExcelJS.Row[] = [];
    if (head.row === 1 && second) early.push(second);
    if (first && first.number > 2) early.push(first);
    if (second && second.number > 2 && head.row === 2) early.push(second);
    async function* rows(): AsyncGenerator<SourceRow> {
      for (const row of early) yield { row: row.number, cells: cellsOf(row) };
      for (let row = await next(); row; row = await next()) yield { row: row.number, cells: cellsOf(row) };
    }
    const body = rows();
    yield { sheet, header: head.header, headerRow: head.row, rows: body, cellNames: true };
    // The consumer may skip a sheet: drain it, so that the reader moves on to the next one.
    for await (const _ of body) void _;
  }
}

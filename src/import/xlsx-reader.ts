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

/**
 * exceljs's streaming reader names a worksheet from the workbook part (xl/workbook.xml) and its
 * relationships. When a zip holds the relationships and a worksheet before the workbook part (exceljs's
 * own writer orders its entries as they finish, so under load it sometimes does), the reader parses
 * that worksheet at once and fails on the missing workbook model ("reading 'sheets'"). Here the
 * relationships are held back until the workbook part has been read, so such a worksheet waits in the
 * reader's temporary file and is named as usual.
 */
const StreamReader = ExcelJS.stream.xlsx.WorkbookReader as unknown as new (
  path: string,
  options: object,
) => AsyncIterable<unknown>;
interface ReaderParts {
  model?: unknown;
  workbookRels?: unknown;
  heldRels?: unknown;
}
class OrderedWorkbookReader extends StreamReader {
  async _parseRels(entry: unknown): Promise<void> {
    const self = this as unknown as ReaderParts;
    await (StreamReader.prototype as unknown as { _parseRels(e: unknown): Promise<void> })._parseRels.call(
      this,
      entry,
    );
    if (self.model === undefined) {
      self.heldRels = self.workbookRels;
      self.workbookRels = undefined;
    }
  }
  async _parseWorkbook(entry: unknown): Promise<void> {
    const self = this as unknown as ReaderParts;
    await (
      StreamReader.prototype as unknown as { _parseWorkbook(e: unknown): Promise<void> }
    )._parseWorkbook.call(this, entry);
    if (self.heldRels !== undefined) {
      self.workbookRels = self.heldRels;
      self.heldRels = undefined;
    }
  }
}

/** The sheets of a workbook file, streamed. `known(sheet, name)` tells a property name (for one-row headers). */
export async function* readXlsx(
  path: string,
  known: (sheet: string, name: string) => boolean,
): AsyncGenerator<SourceSheet> {
  const reader = new OrderedWorkbookReader(path, {
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

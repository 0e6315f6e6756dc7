/**
 * What every reader (xlsx, csv, json) hands the planner: sheets one after another, each with its header
 * (the property names of row 2, or of row 1 when the sheet has one header row) and its rows, streamed.
 * A cell is a plain value, or a formula (refused by the planner, naming the cell).
 */

export type CellValue = string | number | boolean | Date | null | { formula: string };

export interface SourceRow {
  /** The spreadsheet's row number (JSON: the element's number, from 1). */
  row: number;
  /** By column position, as the header. */
  cells: CellValue[];
}

export interface SourceSheet {
  /** The sheet's name (a CSV file: its name without .csv; JSON: the label or type). */
  sheet: string;
  /** Property names, by column position ("" for a column with no name). */
  header: string[];
  /** Where the header was (its row number), for problems about it. */
  headerRow: number;
  rows: AsyncIterable<SourceRow>;
  /** Excel-style cell names (B7): only readers of spreadsheets name cells. */
  cellNames: boolean;
}

export type SourceSheets = AsyncIterable<SourceSheet>;

export const isFormula = (value: CellValue): value is { formula: string } =>
  typeof value === "object" && value !== null && !(value instanceof Date) && "formula" in value;

/**
 * Which of the first two rows holds the property names: row 2 as the export writes it (row 1 Chinese),
 * or row 1 when the sheet has only one header row (its cells are all names `known` accepts).
 */
export function headerOf(
  first: readonly CellValue[],
  second: readonly CellValue[] | undefined,
  known: (name: string) => boolean,
): { header: string[]; row: 1 | 2 } {
  const text = (cells: readonly CellValue[]) =>
    cells.map((c) => (c === null || c === undefined ? "" : String(c).trim()));
  const one = text(first);
  if (one.some((c) => c !== "") && one.filter((c) => c !== "").every(known)) return { header: one, row: 1 };
  return { header: text(second ?? []), row: 2 };
}

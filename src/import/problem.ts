/**
 * What an import finds wrong: each problem names its place (file, sheet, row, column — or cell) and says
 * it in Chinese and in English, with a code. A file-level problem (not a workbook, encrypted, too big, a
 * zip bomb) stops the file before any row is read: an ImportFileError, one line.
 */

export type ProblemCode =
  | "NOT_A_WORKBOOK"
  | "ENCRYPTED_WORKBOOK"
  | "FILE_TOO_LARGE"
  | "ZIP_BOMB"
  | "UNREADABLE"
  | "UNKNOWN_FORMAT"
  | "UNKNOWN_SHEET"
  | "UNKNOWN_COLUMN"
  | "MISSING_COLUMN"
  | "FORMULA"
  | "BAD_VALUE"
  | "VALIDATION"
  | "MISSING_KEY"
  | "DUPLICATE_KEY"
  | "DUPLICATE_ROW"
  | "MISSING_NODE"
  | "NOT_ALLOWED"
  | "USE_LIFE_CYCLE"
  | "ILLEGAL_STATUS";

export interface Place {
  file: string;
  sheet?: string | null;
  /** The spreadsheet's row number (1: the first header row); in JSON, the element's number from 1. */
  row?: number | null;
  /** The column's property name (row 2 of the sheet). */
  column?: string | null;
  /** The cell, as Excel names it (B7), when known. */
  cell?: string | null;
}

export interface Problem extends Required<Place> {
  code: ProblemCode;
  /** English. */
  message: string;
  /** 中文. */
  messageZh: string;
}

export function problem(place: Place, code: ProblemCode, message: string, messageZh: string): Problem {
  return {
    file: place.file,
    sheet: place.sheet ?? null,
    row: place.row ?? null,
    column: place.column ?? null,
    cell: place.cell ?? null,
    code,
    message,
    messageZh,
  };
}

/** Where a problem is, as one line: `lab.xlsx JointLab!C7 (row 7, column status)`. */
export function placeText(p: Place): string {
  const parts = [p.file];
  if (p.sheet) parts.push(p.cell ? `${p.sheet}!${p.cell}` : p.sheet);
  const details = [p.row ? `row ${p.row}` : null, p.column ? `column ${p.column}` : null].filter(Boolean);
  return parts.join(" ") + (details.length ? ` (${details.join(", ")})` : "");
}

/** A file that cannot be read at all: nothing of it is imported. */
export class ImportFileError extends Error {
  readonly problem: Problem;
  constructor(place: Place, code: ProblemCode, message: string, messageZh: string) {
    super(`${placeText(place)}: ${message} / ${messageZh}`);
    this.problem = problem(place, code, message, messageZh);
  }
}

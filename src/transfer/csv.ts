/**
 * The CSV writer: a folder with one file per label and per relationship type (JointLab.csv, LED_BY.csv…),
 * in UTF-8 with a byte-order mark so that Excel opens the Chinese text as it is, and the workbook's two
 * header rows (Chinese names, then property names).
 */
import { mkdir, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { stringify } from "csv-stringify/sync";
import type { SeedSet } from "../graph/seed.js";
import { cellText, sheetRows, type SheetShape } from "./shape.js";

export const BOM = "\uFEFF";

export function csvText(shape: SheetShape, set?: SeedSet): string {
  const rows: string[][] = [shape.columns.map((c) => c.zh), shape.columns.map((c) => c.name)];
  if (set) for (const cells of sheetRows(shape, set)) rows.push(cells.map(cellText));
  return BOM + stringify(rows, { record_delimiter: "windows" });
}

/** Writes the folder (created if needed); each file is written whole, then renamed into place. */
export async function writeCsvFolder(dir: string, shapes: SheetShape[], set?: SeedSet): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  for (const shape of shapes) {
    const file = join(dir, `${shape.sheet}.csv`);
    await writeFile(`${file}.tmp`, csvText(shape, set), "utf8");
    await rename(`${file}.tmp`, file);
    files.push(file);
  }
  return files;
}

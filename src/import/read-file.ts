/**
 * A file's sheets, by its kind: `.xlsx` (checked first: size, signature, zip directory), `.csv` (one
 * sheet), `.json` (the export's), or a folder of CSV files as the export writes it (one sheet each:
 * labels first, then relationship types, in the model's order). Anything else is refused.
 */
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { LABELS, RELATIONSHIPS } from "../domain/model.js";
import { checkSize, checkWorkbook } from "./file-check.js";
import { readCsv, sheetOfCsv } from "./csv-reader.js";
import { readJson } from "./json-reader.js";
import type { ImportLimits } from "./limits.js";
import { knownColumn } from "./plan.js";
import { ImportFileError } from "./problem.js";
import type { SourceSheet } from "./source.js";
import { readXlsx } from "./xlsx-reader.js";

export type ImportFormat = "xlsx" | "csv" | "json" | "csv-folder";

const ORDER = new Map<string, number>([...LABELS, ...Object.keys(RELATIONSHIPS)].map((n, i) => [n, i]));

export async function formatOfFile(path: string, file: string): Promise<ImportFormat> {
  const info = await stat(path).catch(() => {
    throw new ImportFileError({ file }, "UNREADABLE", "no such file", "文件不存在");
  });
  if (info.isDirectory()) return "csv-folder";
  const match = /\.(xlsx|csv|json)$/i.exec(path);
  if (!match)
    throw new ImportFileError(
      { file },
      "UNKNOWN_FORMAT",
      "the import reads .xlsx, .csv and .json files (or a folder of .csv files)",
      "导入只接受 .xlsx、.csv、.json 文件（或 .csv 文件夹）",
    );
  return match[1]!.toLowerCase() as ImportFormat;
}

export async function* sheetsOf(
  path: string,
  file: string,
  format: ImportFormat,
  limits: ImportLimits,
): AsyncGenerator<SourceSheet> {
  switch (format) {
    case "xlsx":
      await checkWorkbook(path, file, limits);
      yield* readXlsx(path, knownColumn);
      return;
    case "csv":
      await checkSize(path, file, limits);
      yield* readCsv(path, (name) => knownColumn(sheetOfCsv(path), name));
      return;
    case "json":
      await checkSize(path, file, limits);
      yield* readJson(path, file);
      return;
    case "csv-folder": {
      const names = (await readdir(path)).filter((n) => /\.csv$/i.test(n));
      names.sort(
        (a, b) => (ORDER.get(sheetOfCsv(a)) ?? 1e9) - (ORDER.get(sheetOfCsv(b)) ?? 1e9) || a.localeCompare(b),
      );
      for (const name of names) {
        const csv = join(path, name);
        await checkSize(csv, `${file}/${name}`, limits);
        yield* readCsv(csv, (column) => knownColumn(sheetOfCsv(csv), column));
      }
    }
  }
}

/**
 * The CSV reader: one file is one sheet, named as the export names its files (`JointLab.csv` is the
 * JointLab sheet). The encoding is detected: a UTF-8 byte-order mark, else text that decodes as strict
 * UTF-8, else GBK (what Chinese Excel saves as "CSV"), decoded with iconv-lite. Parsed with csv-parse,
 * streamed from the file.
 */
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { basename } from "node:path";
import { parse } from "csv-parse";
import iconv from "iconv-lite";
import { headerOf, type SourceRow, type SourceSheet } from "./source.js";

export type CsvEncoding = "utf8-bom" | "utf8" | "gbk";

/** Reads up to the first 1 MB: a BOM, or strict UTF-8 (a character cut at the end is allowed), or GBK. */
export async function detectEncoding(path: string): Promise<CsvEncoding> {
  const handle = await open(path, "r");
  let sample: Buffer;
  try {
    const buffer = Buffer.alloc(1024 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    sample = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return "utf8-bom";
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(sample, { stream: true });
    return "utf8";
  } catch {
    return "gbk";
  }
}

export function sheetOfCsv(path: string): string {
  return basename(path).replace(/\.csv$/i, "");
}

export async function* readCsv(path: string, known: (name: string) => boolean): AsyncGenerator<SourceSheet> {
  const encoding = await detectEncoding(path);
  const decoded =
    encoding === "gbk"
      ? createReadStream(path).pipe(iconv.decodeStream("gbk"))
      : createReadStream(path).pipe(iconv.decodeStream("utf8")); // iconv strips the BOM
  const parser = decoded.pipe(
    parse({ bom: true, relax_column_count: true, skip_empty_lines: false, info: true }),
  );
  const iterator = (parser as AsyncIterable<{ record: string[]; info: { lines: number } }>)[
    Symbol.asyncIterator
  ]();
  const next = async () => {
    const step = await iterator.next();
    return step.done ? undefined : step.value;
  };
  const first = await next();
  const second = await next();
  const head = headerOf(first?.record ?? [], second?.record, known);
  const cells = (record: string[]) => record.map((c) => (c === "" ? null : c));
  async function* rows(): AsyncGenerator<SourceRow> {
    // records are numbered as Excel numbers the rows of the file (a quoted line break stays in its row)
    let number = 2;
    if (head.row === 1 && second) yield { row: 2, cells: cells(second.record) };
    for (let r = await next(); r; r = await next()) yield { row: ++number, cells: cells(r.record) };
  }
  yield { sheet: sheetOfCsv(path), header: head.header, headerRow: head.row, rows: rows(), cellNames: true };
}

/**
 * The JSON reader, for the export's JSON: `{ nodes: [{label, key, properties}], relationships: [{type,
 * fromLabel, from, toLabel, to, properties}] }`. Each label and each type becomes a sheet of its name;
 * a row's number is the element's number in `nodes` or `relationships` (from 1). The file is parsed
 * whole (it is held to the size limit first).
 */
import { readFile } from "node:fs/promises";
import { ImportFileError } from "./problem.js";
import type { CellValue, SourceRow, SourceSheet } from "./source.js";

interface Group {
  sheet: string;
  header: string[];
  rows: { row: number; values: Record<string, unknown> }[];
}

function cell(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return JSON.stringify(value);
}

export async function* readJson(path: string, file: string): AsyncGenerator<SourceSheet> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    throw new ImportFileError(
      { file },
      "UNREADABLE",
      `the file is not JSON (${(error as Error).message})`,
      "文件不是有效的 JSON",
    );
  }
  const doc = data as { nodes?: unknown; relationships?: unknown };
  if (!doc || typeof doc !== "object" || (!Array.isArray(doc.nodes) && !Array.isArray(doc.relationships)))
    throw new ImportFileError(
      { file },
      "UNREADABLE",
      'the JSON is not an export: expected { "nodes": [...], "relationships": [...] }',
      'JSON 结构不符合导出格式：应为 { "nodes": [...], "relationships": [...] }',
    );
  const groups = new Map<string, Group>();
  const add = (sheet: string, fixed: string[], row: number, values: Record<string, unknown>) => {
    let group = groups.get(sheet);
    if (!group) groups.set(sheet, (group = { sheet, header: [...fixed], rows: [] }));
    for (const name of Object.keys(values)) if (!group.header.includes(name)) group.header.push(name);
    group.rows.push({ row, values });
  };
  const props = (value: unknown): Record<string, unknown> =>
    value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  ((doc.nodes as unknown[]) ?? []).forEach((node, i) => {
    const n = props(node);
    add(String(n.label ?? ""), [], i + 1, props(n.properties));
  });
  ((doc.relationships as unknown[]) ?? []).forEach((rel, i) => {
    const r = props(rel);
    add(String(r.type ?? ""), ["fromLabel", "from", "toLabel", "to"], i + 1, {
      fromLabel: r.fromLabel,
      from: r.from,
      toLabel: r.toLabel,
      to: r.to,
      ...props(r.properties),
    });
  });
  for (const group of groups.values()) {
    async function* rows(): AsyncGenerator<SourceRow> {
      for (const { row, values } of group.rows)
        yield { row, cells: group.header.map((h) => cell(values[h])) };
    }
    yield { sheet: group.sheet, header: group.header, headerRow: 0, rows: rows(), cellNames: false };
  }
}

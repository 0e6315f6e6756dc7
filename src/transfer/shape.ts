/**
 * The shape of an export (and of the import template): one sheet per label and per relationship type,
 * columns from the model — key first — with a Chinese and an English header row; a relationship's sheet
 * has its end labels and keys, then its properties. Properties found in the data but not in the model
 * come last, so that nothing is lost.
 *
 *   row 1  Chinese column names       编号 | 名称 | 英文名称 | 状态 …
 *   row 2  property names             id   | name | nameEn   | status …   (what an import reads)
 *   row 3… one node or relationship per row
 */
import {
  LABELS,
  NODE_PROPERTIES,
  RELATIONSHIPS,
  RELATIONSHIP_DESCRIPTIVE,
  RELATIONSHIP_PROPERTIES,
  keyOf,
  type Label,
  type PropertyType,
  type RelType,
} from "../domain/model.js";
import type { SeedSet } from "../graph/seed.js";
import type { Plain } from "../graph/values.js";
import { LABEL_ZH, REL_ZH, zhOf } from "./names-zh.js";

export const HEADER_ROWS = 2;

export interface Column {
  /** Property name (row 2), or fromLabel / from / toLabel / to on a relationship sheet. */
  name: string;
  /** Chinese header (row 1). */
  zh: string;
  type: PropertyType;
  /** The node's key, or an end's key. */
  key?: boolean;
  /** Found in the data, not in the model. */
  extra?: boolean;
}

export interface SheetShape {
  /** Sheet (or CSV file) name: the label or relationship type. */
  sheet: string;
  zh: string;
  kind: "node" | "relationship";
  label?: Label;
  type?: RelType;
  columns: Column[];
}

function propertyColumns(properties: Record<string, PropertyType>, key?: string): Column[] {
  return Object.entries(properties).map(([name, type]) => ({
    name,
    zh: zhOf(name),
    type,
    ...(name === key ? { key: true } : {}),
  }));
}

function extras(known: Column[], found: Iterable<string>): Column[] {
  const names = new Set(known.map((c) => c.name));
  return [...new Set(found)]
    .filter((n) => !names.has(n))
    .sort()
    .map((name) => ({ name, zh: zhOf(name), type: "string" as const, extra: true }));
}

export function nodeShape(label: Label, found: Iterable<string> = []): SheetShape {
  const columns = propertyColumns(NODE_PROPERTIES[label], keyOf(label));
  return {
    sheet: label,
    zh: LABEL_ZH[label],
    kind: "node",
    label,
    columns: [...columns, ...extras(columns, found)],
  };
}

export function relationshipShape(type: RelType, found: Iterable<string> = []): SheetShape {
  const ends = RELATIONSHIPS[type] as { from: readonly Label[]; to: readonly Label[] };
  const columns: Column[] = [
    { name: "fromLabel", zh: zhOf("fromLabel"), type: ends.from },
    { name: "from", zh: zhOf("from"), type: "string", key: true },
    { name: "toLabel", zh: zhOf("toLabel"), type: ends.to },
    { name: "to", zh: zhOf("to"), type: "string", key: true },
    ...propertyColumns({ ...RELATIONSHIP_PROPERTIES[type], ...RELATIONSHIP_DESCRIPTIVE[type] }),
  ];
  return {
    sheet: type,
    zh: REL_ZH[type],
    kind: "relationship",
    type,
    columns: [...columns, ...extras(columns, found)],
  };
}

/** Every sheet, in the model's order: labels, then relationship types; extra columns from the data, if given. */
export function shapesOf(set?: SeedSet): SheetShape[] {
  const nodeKeys = new Map<string, Set<string>>();
  const relKeys = new Map<string, Set<string>>();
  for (const { label, rows } of set?.nodes ?? []) {
    const keys = nodeKeys.get(label) ?? new Set<string>();
    for (const row of rows) for (const k of Object.keys(row)) keys.add(k);
    nodeKeys.set(label, keys);
  }
  for (const { type, rows } of set?.rels ?? []) {
    const keys = relKeys.get(type) ?? new Set<string>();
    for (const row of rows) for (const k of Object.keys(row.props)) keys.add(k);
    relKeys.set(type, keys);
  }
  return [
    ...LABELS.map((label) => nodeShape(label, nodeKeys.get(label))),
    ...(Object.keys(RELATIONSHIPS) as RelType[]).map((type) => relationshipShape(type, relKeys.get(type))),
  ];
}

/** The rows of a sheet, as cells in the shape's column order (null: empty). */
export function* sheetRows(shape: SheetShape, set: SeedSet): Generator<Plain[]> {
  if (shape.kind === "node") {
    for (const group of set.nodes) {
      if (group.label !== shape.label) continue;
      for (const row of group.rows) yield shape.columns.map((c) => (row[c.name] ?? null) as Plain);
    }
    return;
  }
  for (const group of set.rels) {
    if (group.type !== shape.type) continue;
    for (const row of group.rows) {
      const ends: Record<string, Plain> = {
        fromLabel: group.fromLabel,
        from: row.from,
        toLabel: group.toLabel,
        to: row.to,
      };
      yield shape.columns.map((c) =>
        c.name in ends && !c.extra ? ends[c.name]! : ((row.props[c.name] ?? null) as Plain),
      );
    }
  }
}

/** How many rows a sheet has in a set. */
export function sheetRowCount(shape: SheetShape, set: SeedSet): number {
  return shape.kind === "node"
    ? set.nodes.filter((g) => g.label === shape.label).reduce((n, g) => n + g.rows.length, 0)
    : set.rels.filter((g) => g.type === shape.type).reduce((n, g) => n + g.rows.length, 0);
}

/** A cell as text for CSV and GraphML: lists and maps as JSON, booleans as TRUE/FALSE as Excel writes them. */
export function cellText(value: Plain): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** A type's human description, for the workbook's About sheet and the docs. */
export function typeText(type: PropertyType): string {
  if (Array.isArray(type)) return (type as readonly string[]).join(" | ");
  return type as string;
}

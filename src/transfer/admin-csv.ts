/**
 * CSV in the header format of Neo4j's offline bulk importer (`neo4j-admin database import full`, run
 * by `npm run neo4j -- bulk-import DIR`): a folder with one file per label and one per relationship
 * type and pair of end labels, and a manifest.
 *
 *   nodes.JointLab.csv                   id:ID(JointLab),:LABEL,name:string,investmentCny:long,appliedOn:date,…
 *   rels.LED_BY.JointLab.University.csv  :START_ID(JointLab),:END_ID(University),:TYPE,…
 *   admin-import.json                    the files, their row counts, and whether a value spans lines
 *
 * Each label is its own ID space (`:ID(JointLab)`), so that a key may repeat across labels, as the
 * model allows. A column has one type: the seed loader's rules decide it (a whole number of an integer
 * property is a `long`, other numbers `double`, an ISO string of a date property a `date`); a
 * property whose values are of two kinds is an error, never a silent change of type. Strings are
 * always quoted (an empty string stays an empty string; an empty field is a missing property).
 * UTF-8 without a byte-order mark: this is for the importer, not for Excel.
 */
import { once } from "node:events";
import { createWriteStream, existsSync, readdirSync, type WriteStream } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { DATE_PROPERTIES, INTEGER_PROPERTIES, keyOf, type Label } from "../domain/model.js";
import type { SeedSet } from "../graph/seed.js";
import { ExportError } from "./read-graph.js";

export const MANIFEST = "admin-import.json";
export const ARRAY_DELIMITER = ";";

export type AdminType = "string" | "long" | "double" | "boolean" | "date";
export type ColumnType = AdminType | `${AdminType}[]`;

/** A value as the importer reads it: its type and its text in a CSV field. */
export interface AdminValue {
  type: ColumnType;
  text: string;
}

/** An export error (one line for the CLI): a value or a folder the admin CSV cannot take. */
export class AdminCsvError extends ExportError {}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function quoted(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

function scalar(key: string, value: unknown, where: string): AdminValue {
  if (typeof value === "boolean") return { type: "boolean", text: value ? "true" : "false" };
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new AdminCsvError(`${where}.${key}: ${value} is not a finite number`);
    const long = INTEGER_PROPERTIES.has(key) && Number.isInteger(value);
    return { type: long ? "long" : "double", text: String(value) };
  }
  if (typeof value === "bigint") return { type: "long", text: value.toString() };
  if (typeof value === "string") {
    if (DATE_PROPERTIES.has(key) && ISO_DATE.test(value)) return { type: "date", text: value };
    return { type: "string", text: quoted(value) };
  }
  // Values of the driver (the benchmark generator's rows): Integer and Date have toString().
  if (value && typeof value === "object") {
    const name = value.constructor?.name;
    if (name === "Integer") return { type: "long", text: String(value) };
    if (name === "Date") {
      const text = String(value);
      if (ISO_DATE.test(text)) return { type: "date", text };
    }
  }
  throw new AdminCsvError(`${where}.${key}: a value of a kind the importer cannot take (${String(value)})`);
}

/** A property value as the importer reads it; null for a missing one. */
export function adminValue(key: string, value: unknown, where: string): AdminValue | null {
  if (value === null || value === undefined) return null;
  if (!Array.isArray(value)) return scalar(key, value, where);
  if (value.length === 0) return { type: "string[]", text: "" };
  const items = value.map((v) => scalar(key, v, where));
  const type = items.map((i) => i.type).reduce(merge(`${where}.${key}`));
  const texts = items.map((i, n) => {
    const raw = typeof value[n] === "string" ? (value[n] as string) : i.text;
    if (raw.includes(ARRAY_DELIMITER) || /[\r\n"]/.test(raw))
      throw new AdminCsvError(
        `${where}.${key}: a list item holds ${ARRAY_DELIMITER}, a quote or a line break`,
      );
    return raw;
  });
  return { type: `${type as AdminType}[]`, text: quoted(texts.join(ARRAY_DELIMITER)) };
}

/** Two kinds in one column: whole and other numbers make a double; anything else is an error. */
function merge(where: string): (a: ColumnType, b: ColumnType) => ColumnType {
  return (a, b) => {
    if (a === b) return a;
    const pair = new Set([a, b]);
    if (pair.has("long") && pair.has("double")) return "double";
    if (pair.has("long[]") && pair.has("double[]")) return "double[]";
    throw new AdminCsvError(
      `${where}: values of two types (${a}, ${b}); admin CSV needs one type per column`,
    );
  };
}

/** The columns of one file, learnt from its rows (first pass). */
export class ColumnSet {
  readonly types = new Map<string, ColumnType>();
  constructor(readonly where: string) {}

  observe(props: Record<string, unknown>): void {
    for (const [key, value] of Object.entries(props)) {
      const v = adminValue(key, value, this.where);
      if (!v) continue;
      // An empty list says nothing about the items' type.
      if (v.type === "string[]" && v.text === "" && this.types.has(key)) continue;
      const known = this.types.get(key);
      this.types.set(key, known ? merge(`${this.where}.${key}`)(known, v.type) : v.type);
    }
  }

  /** Property columns in a stable order (names sorted), the skipped ones apart. */
  columns(skip: readonly string[] = []): [string, ColumnType][] {
    return [...this.types.entries()].filter(([k]) => !skip.includes(k)).sort(([a], [b]) => (a < b ? -1 : 1));
  }
}

/** One CSV file written with back-pressure, under a temporary name until it is closed. */
class CsvFile {
  private readonly out: WriteStream;
  private buffer = "";
  rows = 0;
  multiline = false;
  constructor(readonly path: string) {
    this.out = createWriteStream(`${path}.tmp`);
  }
  async line(fields: string[]): Promise<void> {
    const line = fields.join(",");
    if (!this.multiline && /[\r\n]/.test(line)) this.multiline = true;
    this.buffer += line + "\n";
    if (this.buffer.length >= 1 << 20) await this.flush();
  }
  private async flush(): Promise<void> {
    if (!this.buffer) return;
    const chunk = this.buffer;
    this.buffer = "";
    if (!this.out.write(chunk)) await once(this.out, "drain");
  }
  async close(): Promise<void> {
    await this.flush();
    this.out.end();
    await once(this.out, "finish");
    await rename(`${this.path}.tmp`, this.path);
  }
  async abort(): Promise<void> {
    this.out.destroy();
    await rm(`${this.path}.tmp`, { force: true });
  }
}

function fieldsOf(columns: [string, ColumnType][], props: Record<string, unknown>, where: string): string[] {
  return columns.map(([key, type]) => {
    const v = adminValue(key, props[key], where);
    if (!v) return "";
    if (
      v.type !== type &&
      !(type === "double" && v.type === "long") &&
      !(type === "double[]" && v.type === "long[]")
    )
      throw new AdminCsvError(`${where}.${key}: a ${v.type} in a ${type} column`);
    return v.text;
  });
}

export interface ManifestFile {
  file: string;
  kind: "nodes" | "relationships";
  rows: number;
}

export interface Manifest {
  format: "neo4j-admin-csv";
  nodes: number;
  relationships: number;
  /** Some quoted value spans lines: the importer must read with --multiline-fields=true. */
  multilineFields: boolean;
  arrayDelimiter: string;
  files: ManifestFile[];
}

/** A node file: the key as the label's ID, the label, then the properties. */
export class NodeFile {
  private readonly file: CsvFile;
  private readonly columns: [string, ColumnType][];
  private readonly key: string;
  constructor(
    dir: string,
    readonly label: Label,
    set: ColumnSet,
  ) {
    this.key = keyOf(label);
    this.columns = set.columns([this.key]);
    this.file = new CsvFile(join(dir, `nodes.${label}.csv`));
  }
  name(): string {
    return `nodes.${this.label}.csv`;
  }
  header(): Promise<void> {
    return this.file.line([
      `${this.key}:ID(${this.label})`,
      ":LABEL",
      ...this.columns.map(([k, t]) => `${k}:${t}`),
    ]);
  }
  write(props: Record<string, unknown>): Promise<void> {
    const key = props[this.key];
    if (typeof key !== "string" || key === "")
      throw new AdminCsvError(`${this.label}: a node has no ${this.key}`);
    this.file.rows++;
    return this.file.line([quoted(key), this.label, ...fieldsOf(this.columns, props, this.label)]);
  }
  get rows(): number {
    return this.file.rows;
  }
  get multiline(): boolean {
    return this.file.multiline;
  }
  async close(): Promise<ManifestFile> {
    await this.file.close();
    return { file: this.name(), kind: "nodes", rows: this.file.rows };
  }
  abort(): Promise<void> {
    return this.file.abort();
  }
}

/** A relationship file of one type between two labels: the end keys in their labels' ID spaces, the type, the properties. */
export class RelationshipFile {
  private readonly file: CsvFile;
  private readonly columns: [string, ColumnType][];
  constructor(
    dir: string,
    readonly type: string,
    readonly fromLabel: Label,
    readonly toLabel: Label,
    set: ColumnSet,
  ) {
    this.columns = set.columns();
    this.file = new CsvFile(join(dir, this.name()));
  }
  name(): string {
    return `rels.${this.type}.${this.fromLabel}.${this.toLabel}.csv`;
  }
  header(): Promise<void> {
    return this.file.line([
      `:START_ID(${this.fromLabel})`,
      `:END_ID(${this.toLabel})`,
      ":TYPE",
      ...this.columns.map(([k, t]) => `${k}:${t}`),
    ]);
  }
  write(from: string, to: string, props: Record<string, unknown>): Promise<void> {
    this.file.rows++;
    return this.file.line([quoted(from), quoted(to), this.type, ...fieldsOf(this.columns, props, this.type)]);
  }
  get multiline(): boolean {
    return this.file.multiline;
  }
  async close(): Promise<ManifestFile> {
    await this.file.close();
    return { file: this.name(), kind: "relationships", rows: this.file.rows };
  }
  abort(): Promise<void> {
    return this.file.abort();
  }
}

/**
 * Writes a folder: into `<dir>.tmp`, then renamed into place; a folder already there is replaced only
 * when it is an earlier admin CSV export (it has the manifest) or empty.
 */
export async function writeAdminFolder(
  dir: string,
  fill: (tmp: string) => Promise<Omit<Manifest, "format" | "arrayDelimiter">>,
): Promise<Manifest> {
  if (existsSync(dir) && readdirSync(dir).length > 0 && !existsSync(join(dir, MANIFEST)))
    throw new AdminCsvError(`${dir} is not empty and is no admin CSV export: give a new or empty folder`);
  const tmp = `${dir}.${process.pid}.tmp`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  try {
    const manifest: Manifest = {
      format: "neo4j-admin-csv",
      arrayDelimiter: ARRAY_DELIMITER,
      ...(await fill(tmp)),
    };
    await writeFile(join(tmp, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`, "utf8");
    await rm(dir, { recursive: true, force: true });
    await rename(tmp, dir);
    return manifest;
  } catch (error) {
    await rm(tmp, { recursive: true, force: true });
    throw error;
  }
}

/** A SeedSet (an export's rows) as an admin CSV folder. */
export async function writeAdminCsv(dir: string, set: SeedSet): Promise<Manifest> {
  return writeAdminFolder(dir, async (tmp) => {
    const files: ManifestFile[] = [];
    let multilineFields = false;
    let nodes = 0;
    let relationships = 0;
    for (const group of set.nodes) {
      const columns = new ColumnSet(group.label);
      for (const row of group.rows) columns.observe(row);
      const file = new NodeFile(tmp, group.label, columns);
      try {
        await file.header();
        for (const row of group.rows) await file.write(row);
        multilineFields ||= file.multiline;
        nodes += file.rows;
        files.push(await file.close());
      } catch (error) {
        await file.abort();
        throw error;
      }
    }
    for (const group of set.rels) {
      const columns = new ColumnSet(group.type);
      for (const row of group.rows) columns.observe(row.props);
      const file = new RelationshipFile(tmp, group.type, group.fromLabel, group.toLabel, columns);
      try {
        await file.header();
        for (const row of group.rows) await file.write(row.from, row.to, row.props);
        multilineFields ||= file.multiline;
        const entry = await file.close();
        relationships += entry.rows;
        files.push(entry);
      } catch (error) {
        await file.abort();
        throw error;
      }
    }
    return { nodes, relationships, multilineFields, files };
  });
}

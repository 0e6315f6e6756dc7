/**
 * The import's Cypher (cypher/import/*.cypher) with its labels, types and keys put in. Labels and types
 * cannot be parameters: the placeholders (__LABEL__, __TYPE__ …) are replaced only by names of the
 * model's fixed lists (LABELS, RELATIONSHIPS, IDENTITY_PROPERTIES), checked here — never by a file's text.
 */
import { join } from "node:path";
import { IDENTITY_PROPERTIES, isLabel, isRelType, keyOf, type Label, type RelType } from "../domain/model.js";
import { loadCypherFile } from "../graph/cypher-file.js";
import { CYPHER_DIR } from "../graph/paths.js";

export const IMPORT_DIR = join(CYPHER_DIR, "import");

export type ImportStatement =
  | "existing-nodes"
  | "existing-relationships"
  | "single-targets"
  | "labs-of"
  | "merge-nodes"
  | "merge-relationships"
  | "audit";

const cache = new Map<string, string>();

function text(name: ImportStatement): string {
  const file = loadCypherFile(join(IMPORT_DIR, `${name}.cypher`));
  if (file.statements.length !== 1) throw new Error(`${file.path}: expected one statement`);
  return file.statements[0]!;
}

export interface Names {
  label?: Label;
  from?: Label;
  type?: RelType;
  to?: Label;
}

export function importStatement(name: ImportStatement, names: Names = {}): string {
  const id = `${name}|${names.label ?? ""}|${names.from ?? ""}|${names.type ?? ""}|${names.to ?? ""}`;
  let statement = cache.get(id);
  if (statement) return statement;
  for (const label of [names.label, names.from, names.to])
    if (label !== undefined && !isLabel(label)) throw new Error(`not a label of the model: ${String(label)}`);
  if (names.type !== undefined && !isRelType(names.type))
    throw new Error(`not a relationship type of the model: ${String(names.type)}`);
  const identity = names.type ? (IDENTITY_PROPERTIES[names.type] ?? []) : [];
  const replacements: Record<string, string> = {
    __LABEL__: names.label ?? "",
    __KEY__: names.label ? keyOf(names.label) : "",
    __FROM_KEY__: names.from ? keyOf(names.from) : "",
    __TO_KEY__: names.to ? keyOf(names.to) : "",
    __FROM__: names.from ?? "",
    __TO__: names.to ?? "",
    __IDENTITY__: identity.length ? ` {${identity.map((p) => `${p}: row.identity.${p}`).join(", ")}}` : "",
    __TYPE__: names.type ?? "",
  };
  statement = text(name);
  for (const [placeholder, value] of Object.entries(replacements)) {
    if (!statement.includes(placeholder)) continue;
    if (!value && placeholder !== "__IDENTITY__") throw new Error(`${name}.cypher needs ${placeholder}`);
    statement = statement.split(placeholder).join(value);
  }
  cache.set(id, statement);
  return statement;
}

/**
 * The GraphML writer, for Gephi and yEd: one <node> per node (id "Label:key") and one <edge> per
 * relationship, with the label, the relationship type and every property as <data> of a declared
 * <key> typed string, long, double or boolean (lists as JSON text). A node's `label` data is its name
 * (Gephi shows it); `labels` is its Neo4j label; an edge's `label` and `type` are its type.
 */
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { keyOf, type PropertyType } from "../domain/model.js";
import type { SeedSet } from "../graph/seed.js";
import type { Plain } from "../graph/values.js";
import { cellText, shapesOf } from "./shape.js";

type GraphmlType = "string" | "long" | "double" | "boolean";

// Characters XML 1.0 cannot hold (controls other than tab and line breaks): dropped.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function xmlEscape(text: string): string {
  return text
    .replace(INVALID_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

function graphmlType(type: PropertyType): GraphmlType {
  if (type === "integer") return "long";
  if (type === "float") return "double";
  if (type === "boolean") return "boolean";
  return "string";
}

/** One key per property name and domain; a name typed differently by two labels becomes a string. */
function keyTypes(
  entries: [string, PropertyType][],
  values: Iterable<[string, Plain]>,
): Map<string, GraphmlType> {
  const types = new Map<string, GraphmlType>();
  const merge = (name: string, type: GraphmlType): void => {
    const known = types.get(name);
    types.set(name, known === undefined || known === type ? type : "string");
  };
  for (const [name, type] of entries) merge(name, graphmlType(type));
  for (const [name, value] of values) {
    if (types.has(name)) continue;
    // A property outside the model: typed by its first value.
    merge(
      name,
      typeof value === "boolean"
        ? "boolean"
        : typeof value === "number"
          ? Number.isInteger(value)
            ? "long"
            : "double"
          : "string",
    );
  }
  return types;
}

function dataText(value: Plain, type: GraphmlType): string {
  if (type === "boolean" && typeof value === "boolean") return value ? "true" : "false";
  if ((type === "long" || type === "double") && typeof value === "number") return String(value);
  return cellText(value);
}

export async function writeGraphml(file: string, set: SeedSet): Promise<void> {
  const shapes = shapesOf(set);
  const nodeKeys = keyTypes(
    shapes
      .filter((s) => s.kind === "node")
      .flatMap((s) => s.columns.map((c): [string, PropertyType] => [c.name, c.type])),
    set.nodes.flatMap((g) => g.rows.flatMap((r) => Object.entries(r) as [string, Plain][])),
  );
  const edgeKeys = keyTypes(
    shapes
      .filter((s) => s.kind === "relationship")
      .flatMap((s) =>
        s.columns.filter((c) => !["fromLabel", "from", "toLabel", "to"].includes(c.name) || c.extra),
      )
      .map((c): [string, PropertyType] => [c.name, c.type]),
    set.rels.flatMap((g) => g.rows.flatMap((r) => Object.entries(r.props) as [string, Plain][])),
  );
  const out = createWriteStream(file, { encoding: "utf8" });
  const write = async (text: string): Promise<void> => {
    if (!out.write(text)) await once(out, "drain");
  };
  const id = (prefix: string, name: string): string => xmlEscape(`${prefix}_${name}`);
  await write(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n' +
      '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
      `  <!-- Lianhe Hub export "${xmlEscape(set.name)}" (npm run export -- --format graphml) -->\n` +
      '  <key id="n__label" for="node" attr.name="label" attr.type="string"/>\n' +
      '  <key id="n__labels" for="node" attr.name="labels" attr.type="string"/>\n' +
      '  <key id="e__label" for="edge" attr.name="label" attr.type="string"/>\n' +
      '  <key id="e__type" for="edge" attr.name="type" attr.type="string"/>\n',
  );
  for (const [name, type] of nodeKeys)
    await write(
      `  <key id="${id("n", name)}" for="node" attr.name="${xmlEscape(name)}" attr.type="${type}"/>\n`,
    );
  for (const [name, type] of edgeKeys)
    await write(
      `  <key id="${id("e", name)}" for="edge" attr.name="${xmlEscape(name)}" attr.type="${type}"/>\n`,
    );
  await write('  <graph id="G" edgedefault="directed">\n');
  for (const { label, rows } of set.nodes) {
    const key = keyOf(label);
    for (const row of rows) {
      const display = typeof row.name === "string" ? row.name : String(row[key]);
      let xml = `    <node id="${xmlEscape(`${label}:${String(row[key])}`)}">`;
      xml += `<data key="n__label">${xmlEscape(display)}</data><data key="n__labels">${label}</data>`;
      for (const [name, value] of Object.entries(row)) {
        if (value === null) continue;
        xml += `<data key="${id("n", name)}">${xmlEscape(dataText(value as Plain, nodeKeys.get(name) ?? "string"))}</data>`;
      }
      await write(`${xml}</node>\n`);
    }
  }
  let edge = 0;
  for (const { type, fromLabel, toLabel, rows } of set.rels) {
    for (const row of rows) {
      let xml =
        `    <edge id="e${edge++}" source="${xmlEscape(`${fromLabel}:${row.from}`)}" target="${xmlEscape(`${toLabel}:${row.to}`)}">` +
        `<data key="e__label">${type}</data><data key="e__type">${type}</data>`;
      for (const [name, value] of Object.entries(row.props)) {
        if (value === null) continue;
        xml += `<data key="${id("e", name)}">${xmlEscape(dataText(value as Plain, edgeKeys.get(name) ?? "string"))}</data>`;
      }
      await write(`${xml}</edge>\n`);
    }
  }
  await write("  </graph>\n</graphml>\n");
  out.end();
  await once(out, "finish");
}

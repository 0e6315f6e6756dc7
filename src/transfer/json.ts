/** The JSON writer: `{ nodes: [{label, key, properties}], relationships: [{type, fromLabel, from, toLabel, to, properties}] }`. */
import { keyOf } from "../domain/model.js";
import type { SeedSet } from "../graph/seed.js";

export function jsonExport(set: SeedSet): string {
  const nodes = set.nodes.flatMap(({ label, rows }) =>
    rows.map((properties) => ({ label, key: properties[keyOf(label)], properties })),
  );
  const relationships = set.rels.flatMap(({ type, fromLabel, toLabel, rows }) =>
    rows.map(({ from, to, props }) => ({ type, fromLabel, from, toLabel, to, properties: props })),
  );
  return JSON.stringify({ nodes, relationships }, null, 1) + "\n";
}

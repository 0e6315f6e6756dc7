/** A digest of the whole graph (the audit trail apart): equal digests, unchanged graph. */
import { createHash } from "node:crypto";
import type { Graph } from "../../src/graph/graph.js";
import { toPlain } from "../../src/graph/values.js";

export async function fingerprint(graph: Graph, withAudit = false): Promise<string> {
  const nodes = await graph.read(
    `MATCH (n) WHERE $withAudit OR NOT n:Change
     RETURN labels(n) AS l, properties(n) AS p ORDER BY coalesce(n.id, n.code)`,
    { withAudit },
  );
  const rels = await graph.read(
    `MATCH (a)-[r]->(b) WHERE $withAudit OR NOT (a:Change OR b:Change)
     RETURN coalesce(a.id, a.code) + ' ' + type(r) + ' ' + coalesce(b.id, b.code) AS k, properties(r) AS p ORDER BY k`,
    { withAudit },
  );
  const text = (r: (typeof nodes.records)[number]): string =>
    JSON.stringify(toPlain(r.toObject()), (_k, v) =>
      v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v,
    );
  // Two relationships of one type between the same nodes (FUNDS of two years) come in creation order:
  // sorted by their text, so that the digest does not depend on the order they were created in.
  const relTexts = rels.records.map(text).sort();
  const hash = createHash("sha256");
  for (const t of [...nodes.records.map(text), ...relTexts]) hash.update(t);
  return `${nodes.records.length}/${rels.records.length}/${hash.digest("hex").slice(0, 16)}`;
}

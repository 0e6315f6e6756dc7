/**
 * Whether keys an analytic names exist: every key of a request checked in ONE round trip, with
 * parameters only (the statement is fixed, built once from the model's labels). An analytic that
 * names an unknown lab, field, discipline or place answers NOT_FOUND naming it (errors.ts); where its
 * answer is not empty the key exists, so only an empty answer pays this check.
 */
import { LABELS, keyOf, type Label } from "../../domain/model.js";
import type { Graph, QueryStats } from "../../graph/graph.js";
import { notFound } from "./errors.js";

export interface KeyRef {
  label: Label;
  key: string;
  /** The argument that named it, e.g. "id", "field", "entity.key". */
  field: string;
  /** Known too when the audit trail records a change of it (a deleted node still has its history). */
  audited?: boolean;
}

const EXISTS = `UNWIND $refs AS ref
WITH ref, CASE ref.label
${LABELS.map((l) => `  WHEN '${l}' THEN EXISTS { MATCH (:${l} {${keyOf(l)}: ref.key}) }`).join("\n")}
  ELSE false END AS found
RETURN ref.i AS i,
  CASE WHEN found THEN true
       WHEN ref.audited THEN EXISTS { MATCH (:Change {entityLabel: ref.label, entityKey: ref.key}) }
       ELSE false END AS known`;

/** The refs that name nothing, in the order given. */
export async function missingKeys(
  graph: Graph,
  refs: readonly KeyRef[],
  stats?: QueryStats,
): Promise<KeyRef[]> {
  if (!refs.length) return [];
  const result = await graph.read(
    EXISTS,
    {
      refs: refs.map((r, i) => ({ i, label: r.label, key: r.key, audited: r.audited ?? false })),
    },
    stats,
  );
  const known = new Set(
    result.records.filter((r) => r.get("known") === true).map((r) => Number(String(r.get("i")))),
  );
  return refs.filter((_, i) => !known.has(i));
}

/** Throws NOT_FOUND for the first argument whose keys name nothing (all of its missing keys named). */
export async function requireKeys(
  ctx: { graph: Graph; stats?: QueryStats },
  refs: readonly KeyRef[],
): Promise<void> {
  const missing = await missingKeys(ctx.graph, refs, ctx.stats);
  const first = missing[0];
  if (!first) return;
  const same = missing.filter((r) => r.field === first.field && r.label === first.label);
  throw notFound(first.label, [...new Set(same.map((r) => r.key))], first.field);
}

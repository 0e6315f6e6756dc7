/**
 * Writes a plan inside the import's write transaction: the new and changed nodes, label by label, then
 * the relationships, type by type, in UNWIND batches merged on keys (cypher/import/merge-*.cypher), then
 * one audit record per change (cypher/import/audit.cypher). Unchanged rows are not sent: a second run of
 * the same file writes nothing.
 */
import neo4j, { type ManagedTransaction, type QueryResult } from "neo4j-driver";
import type { HubUser } from "../domain/roles.js";
import { toParams } from "../editing/values.js";
import type { Plan, PlannedRel } from "./plan.js";
import { importStatement } from "./statements.js";

export const WRITE_BATCH = 2000;

function* batches<T>(rows: readonly T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += WRITE_BATCH) yield rows.slice(i, i + WRITE_BATCH);
}

export async function writePlan(
  tx: ManagedTransaction,
  plan: Plan,
  user: HubUser,
  onRow?: (done: number) => void,
): Promise<void> {
  let done = 0;
  const byLabel = new Map<string, Plan["nodes"]>();
  for (const node of plan.nodes) {
    const list = byLabel.get(node.label) ?? [];
    list.push(node);
    byLabel.set(node.label, list);
  }
  for (const nodes of byLabel.values()) {
    const statement = importStatement("merge-nodes", { label: nodes[0]!.label });
    for (const batch of batches(nodes)) {
      await tx.run(statement, { rows: batch.map((n) => ({ key: n.key, props: toParams(n.set) })) });
      onRow?.((done += batch.length));
    }
  }
  const byType = new Map<string, PlannedRel[]>();
  for (const rel of plan.rels) {
    const id = `${rel.type}|${rel.fromLabel}|${rel.toLabel}`;
    const list = byType.get(id) ?? [];
    list.push(rel);
    byType.set(id, list);
  }
  for (const rels of byType.values()) {
    const { type, fromLabel, toLabel } = rels[0]!;
    const statement = importStatement("merge-relationships", { from: fromLabel, type, to: toLabel });
    for (const batch of batches(rels)) {
      await tx.run(statement, {
        rows: batch.map((r) => ({
          from: r.from,
          to: r.to,
          identity: toParams(r.identity),
          props: toParams(r.set),
        })),
      });
      onRow?.((done += batch.length));
    }
  }
  const audit = importStatement("audit");
  // one write: the first batch reads the clock, the others record the same instant; seq runs on
  let at: string | null = null;
  let seq = 0;
  for (const batch of batches(plan.changes)) {
    const result: QueryResult = await tx.run(audit, {
      actor: user.id,
      role: user.role,
      changes: batch,
      at,
      seq: neo4j.int(seq),
    });
    at ??= (result.records[0]?.get("at") as string | undefined) ?? null;
    seq += batch.length;
  }
}

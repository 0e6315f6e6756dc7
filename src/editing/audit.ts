/**
 * The audit trail: every write records who, when and what — the before and after of each changed
 * property and link — as a (:Change) node, in the same transaction as the write. Append-only: no
 * mutation changes or deletes a Change.
 *
 * Order: a write is one instant — `at`, Neo4j's realtime clock (nanoseconds) read at its first record
 * and given to every record of the write — and `seq` numbers its records 0, 1, 2… in the order they
 * were written. The trail is read ordered by (at, seq, id): the writes by their instant, each write's
 * records together and in write order. (datetime() alone is the transaction clock to the millisecond:
 * every record of a write, and two writes in one millisecond, tied, and were ordered by a random id.)
 */
import { randomUUID } from "node:crypto";
import neo4j, { type ManagedTransaction } from "neo4j-driver";
import type { HubUser } from "../domain/roles.js";
import { toPlain, type Plain } from "../graph/values.js";

/** Every action the audit trail records (the GraphQL enum ChangeAction, src/modules/shared/output-enums.ts). */
export const CHANGE_ACTIONS = [
  "CREATED",
  "UPDATED",
  "DELETED",
  "LINKED",
  "UNLINKED",
  "STATUS_CHANGED",
  "EVALUATED",
] as const;
export type ChangeAction = (typeof CHANGE_ACTIONS)[number];

export interface ChangeRecord {
  action: ChangeAction;
  entityLabel: string;
  entityKey: string;
  /** The joint lab the change concerns, if any (for live updates and lookups). */
  labKey: string | null;
  summary: string;
  before: Record<string, Plain> | null;
  after: Record<string, Plain> | null;
  /** A reason the user gave (overrides, rejections). */
  reason?: string | null;
}

export interface RecordedChange extends ChangeRecord {
  id: string;
  at: string;
  /** The record's place in its write: 0, 1, 2… */
  seq: number;
  actor: string;
}

/** Where a record goes in its write: the write's instant (null: read the clock now) and its ordinal. */
export interface ChangePosition {
  at: string | null;
  seq: number;
}

/** Plain values of a node or relationship's properties, for before/after. */
export function snapshot(value: unknown): Record<string, Plain> {
  const plain = toPlain(value);
  return plain && typeof plain === "object" && !Array.isArray(plain) ? plain : {};
}

export async function recordChange(
  tx: ManagedTransaction,
  user: HubUser,
  change: ChangeRecord,
  clientMutationId: string | null = null,
  position: ChangePosition = { at: null, seq: 0 },
): Promise<RecordedChange> {
  const id = randomUUID();
  const result = await tx.run(
    `CREATE (c:Change {id: $id, actor: $actor, role: $role, action: $action,
       entityLabel: $entityLabel, entityKey: $entityKey, labKey: $labKey, summary: $summary,
       before: $before, after: $after, reason: $reason, clientMutationId: $clientMutationId})
     SET c.at = CASE WHEN $at IS NULL THEN datetime.realtime() ELSE datetime($at) END, c.seq = $seq
     RETURN toString(c.at) AS at`,
    {
      id,
      at: position.at,
      seq: neo4j.int(position.seq),
      actor: user.id,
      role: user.role,
      action: change.action,
      entityLabel: change.entityLabel,
      entityKey: change.entityKey,
      labKey: change.labKey,
      summary: change.summary,
      before: change.before === null ? null : JSON.stringify(change.before),
      after: change.after === null ? null : JSON.stringify(change.after),
      reason: change.reason ?? null,
      clientMutationId,
    },
  );
  return { ...change, id, at: String(result.records[0]!.get("at")), seq: position.seq, actor: user.id };
}

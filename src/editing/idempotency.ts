/**
 * Idempotency keys (`clientMutationId`, as in the GitHub and Relay schemas): a write that carries one
 * remembers the key, the mutation and its outcome on its first audit record (:Change), in the write's
 * own transaction. A key is the user's: the same key from another user is another key. A retry with
 * the same key and user finds the record and returns the remembered outcome, applying nothing; a
 * unique constraint on the record (cypher/schema/003-audit.cypher) settles two retries at once.
 * A write refused with user errors commits nothing, so remembers nothing: its retry runs again.
 */
import type { ManagedTransaction } from "neo4j-driver";
import { Neo4jError } from "neo4j-driver";
import type { HubUser } from "../domain/roles.js";
import type { Graph } from "../graph/graph.js";
import type { RecordedChange } from "./audit.js";

export interface Idempotency {
  clientMutationId: string;
  /** The mutation's field name (`createCity`): a key names one write of one mutation. */
  mutation: string;
}

export interface Receipt {
  mutation: string;
  outcome: unknown;
}

/** The longest key accepted. */
export const CLIENT_MUTATION_ID_MAX = 200;

/** The stored key: the user's id and the client's key together (one property, one unique constraint). */
function storedKey(user: HubUser, key: Idempotency): string {
  return JSON.stringify([user.id, key.clientMutationId]);
}

const FIND = `MATCH (c:Change {clientMutationKey: $key}) RETURN c.mutation AS mutation, c.outcome AS outcome`;

export async function findReceipt(
  on: ManagedTransaction | Graph,
  user: HubUser,
  key: Idempotency,
): Promise<Receipt | undefined> {
  const params = { key: storedKey(user, key) };
  const result = "driver" in on ? await on.read(FIND, params) : await on.run(FIND, params);
  const record = result.records[0];
  if (!record) return undefined;
  const outcome = record.get("outcome") as string | null;
  return { mutation: String(record.get("mutation")), outcome: outcome === null ? null : JSON.parse(outcome) };
}

/** On the write's first audit record; a write that changed nothing records no receipt. */
export async function storeReceipt(
  tx: ManagedTransaction,
  user: HubUser,
  key: Idempotency,
  changes: readonly RecordedChange[],
  outcome: unknown,
): Promise<void> {
  const first = changes[0];
  if (!first) return;
  await tx.run(
    `MATCH (c:Change {id: $id}) SET c.clientMutationKey = $key, c.mutation = $mutation, c.outcome = $outcome`,
    {
      id: first.id,
      key: storedKey(user, key),
      mutation: key.mutation,
      outcome: JSON.stringify(outcome ?? null),
    },
  );
}

/** A unique constraint refused the write: a concurrent write with the same key (or key of a node) won. */
export function isConstraintClash(error: Neo4jError): boolean {
  return error.code === "Neo.ClientError.Schema.ConstraintValidationFailed";
}

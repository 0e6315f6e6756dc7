/**
 * One write: a single Neo4j write transaction that also records its audit trail; user errors roll it
 * back and come back as `userErrors`; events go out only after the commit, never before.
 *
 * A write may carry the client's idempotency key (`clientMutationId`): the key, the mutation and its
 * outcome are remembered on the write's first audit record, in the same transaction, so a retry with
 * the same key by the same user returns the first outcome without applying the write again
 * (idempotency.ts). A write whose COMMIT was sent but never answered (the connection lost) fails
 * COMMIT_UNKNOWN: without a key it is not retried, since it may have been applied.
 */
import { Neo4jError, type ManagedTransaction } from "neo4j-driver";
import type { LabStatus } from "../domain/enums.js";
import type { HubUser } from "../domain/roles.js";
import { TOPICS, type EventBus } from "../events/types.js";
import { CommitUnknownError, isConnectionFailure } from "../graph/failures.js";
import type { Graph, QueryStats } from "../graph/graph.js";
import { logger } from "../server/observability/logger.js";
import { recordChange, type ChangeRecord, type RecordedChange } from "./audit.js";
import {
  findReceipt,
  isConstraintClash,
  storeReceipt,
  type Idempotency,
  type Receipt,
} from "./idempotency.js";
import { layoutAlerts, layoutSnapshot, type LayoutSnapshot, type LayoutWatch } from "./layout-watch.js";
import { UserError, type UserErrorOut } from "./user-error.js";

export interface WriteContext {
  graph: Graph;
  user: HubUser;
  events: EventBus;
  stats?: QueryStats;
  /** The client's idempotency key and the mutation it names, when the client sent one. */
  idempotency?: Idempotency;
}

export interface StatusChange {
  labId: string;
  from: LabStatus | null;
  to: LabStatus;
  reason: string | null;
}

/** Handed to the work inside the transaction: the transaction, and what to record and announce. */
export class WriteScope {
  readonly changes: RecordedChange[] = [];
  readonly statusChanges: StatusChange[] = [];

  constructor(
    readonly tx: ManagedTransaction,
    readonly user: HubUser,
    readonly clientMutationId: string | null = null,
  ) {}

  async record(change: ChangeRecord): Promise<RecordedChange> {
    // one instant for the write (its first record's), each record numbered in write order (audit.ts)
    const position = { at: this.changes[0]?.at ?? null, seq: this.changes.length };
    const recorded = await recordChange(this.tx, this.user, change, this.clientMutationId, position);
    this.changes.push(recorded);
    return recorded;
  }

  statusChanged(change: StatusChange): void {
    this.statusChanges.push(change);
  }
}

export interface WriteOutcome<T> {
  value: T | null;
  userErrors: UserErrorOut[];
  changes: RecordedChange[];
  /** The outcome of an earlier write with the same clientMutationId, returned again (nothing applied). */
  replayed?: boolean;
}

export interface WriteOptions {
  /**
   * Compare gaps and duplicates before and after, and raise layout alerts (writes that touch the layout).
   * `true`: every gap, and no duplicate (creating, updating or deleting a node creates no CONFLICT or
   * OVERLAP); with the labs or directions the write changes, their duplicates too (a duplicate a write
   * creates always includes one of them), and with `gapsOfLab` only the gaps that lab can change
   * (layout-watch.ts).
   */
  watchLayout?: boolean | LayoutWatch;
}

export async function runWrite<T>(
  ctx: WriteContext,
  work: (scope: WriteScope) => Promise<T>,
  options: WriteOptions = {},
): Promise<WriteOutcome<T>> {
  let before: LayoutSnapshot | undefined;
  if (options.watchLayout)
    before = await layoutSnapshot(ctx.graph, options.watchLayout === true ? {} : options.watchLayout);
  const key = ctx.idempotency;
  const session = ctx.graph.driver.session({ database: ctx.graph.database });
  let scope: WriteScope | undefined;
  let value: T;
  let receipt: Receipt | undefined;
  // The driver retries a transaction whose commit failed: set once an attempt's work is done (the
  // driver commits next), and kept when a later attempt starts, since that commit's fate is unknown.
  let committing = false;
  let commitUnknown = false;
  try {
    ctx.stats?.count("write transaction");
    value = await session.executeWrite(async (tx) => {
      if (committing) {
        commitUnknown = true;
        // Without a key a retry could apply the write twice: stop here and say so.
        if (!key) throw new CommitUnknownError("the commit failed and the write carries no clientMutationId");
      }
      committing = false;
      receipt = undefined;
      scope = new WriteScope(tx, ctx.user, key?.clientMutationId ?? null); // a retried transaction starts afresh
      if (key) {
        receipt = await findReceipt(tx, ctx.user, key);
        if (receipt) {
          committing = true;
          return null as T;
        }
      }
      const result = await work(scope);
      if (key) await storeReceipt(tx, ctx.user, key, scope.changes, result);
      committing = true;
      return result;
    }, ctx.graph.txConfig("api"));
  } catch (error) {
    // Two writes with one key at once: the other one committed first (this one then failed on a
    // unique constraint, its receipt's or the node's own key): answer with its outcome.
    if (key && (error instanceof UserError || (error instanceof Neo4jError && isConstraintClash(error)))) {
      const first = await findReceipt(ctx.graph, ctx.user, key);
      if (first) return replay(first, key);
    }
    if (error instanceof UserError)
      return {
        value: null,
        userErrors: [
          { code: error.code, field: error.field, message: error.message, sentence: error.sentence },
        ],
        changes: [],
      };
    if (error instanceof CommitUnknownError) throw error;
    if ((committing || commitUnknown) && isConnectionFailure(error)) throw new CommitUnknownError(error);
    throw error;
  } finally {
    await session.close();
  }
  if (receipt) return replay(receipt, key!);
  const committed = scope!;
  await announce(ctx, committed, before, performance.timeOrigin + performance.now());
  return { value, userErrors: [], changes: committed.changes };
}

/** The first outcome of a key, or a user error when the key named another mutation. */
function replay<T>(receipt: Receipt, key: Idempotency): WriteOutcome<T> {
  if (receipt.mutation !== key.mutation) {
    return {
      value: null,
      userErrors: [
        {
          code: "CLIENT_MUTATION_ID_REUSED",
          field: "clientMutationId",
          message: `clientMutationId "${key.clientMutationId}" was used for ${receipt.mutation}, not ${key.mutation}: use a new key for a new write`,
        },
      ],
      changes: [],
    };
  }
  return { value: receipt.outcome as T, userErrors: [], changes: [], replayed: true };
}

/** After the commit: lab changes, status changes, then layout alerts. A failed publish is logged, not raised. */
async function announce(
  ctx: WriteContext,
  scope: WriteScope,
  before: LayoutSnapshot | undefined,
  committedAt: number,
): Promise<void> {
  const publish = async <P>(topic: Parameters<EventBus["publish"]>[0], payload: P) => {
    try {
      await ctx.events.publish(topic, payload as never);
    } catch (error) {
      logger().warn({ topic, err: (error as Error).message }, "event not published");
    }
  };
  for (const change of scope.changes) {
    if (!change.labKey) continue;
    const fields = [
      ...new Set([...Object.keys(change.before ?? {}), ...Object.keys(change.after ?? {})]),
    ].filter((k) => JSON.stringify(change.before?.[k]) !== JSON.stringify(change.after?.[k]));
    await publish(TOPICS.LAB_CHANGED, {
      labId: change.labKey,
      change: change.action,
      fields,
      actor: change.actor,
      at: change.at,
      changeId: change.id,
      committedAt,
    });
  }
  const at = scope.changes[0]?.at ?? new Date().toISOString();
  for (const status of scope.statusChanges) {
    await publish(TOPICS.APPLICATION_STATUS_CHANGED, { ...status, actor: ctx.user.id, at, committedAt });
  }
  if (before) {
    try {
      const after = await layoutSnapshot(ctx.graph, { before });
      const labId = scope.changes.find((c) => c.labKey)?.labKey ?? null;
      for (const alert of layoutAlerts(before, after, { labId, actor: ctx.user.id, at }))
        await publish(TOPICS.LAYOUT_ALERT, { ...alert, committedAt });
    } catch (error) {
      logger().warn({ err: (error as Error).message }, "layout alerts not computed");
    }
  }
}

/**
 * One write: a single Neo4j write transaction that also records its audit trail; user errors roll it
 * back and come back as `userErrors`; events go out only after the commit, never before.
 */
import type { ManagedTransaction } from "neo4j-driver";
import type { HubUser } from "../domain/roles.js";
import { TOPICS, type EventBus } from "../events/types.js";
import type { Graph, QueryStats } from "../graph/graph.js";
import { logger } from "../server/observability/logger.js";
import { recordChange, type ChangeRecord, type RecordedChange } from "./audit.js";
import { layoutAlerts, layoutSnapshot, type LayoutSnapshot, type LayoutWatch } from "./layout-watch.js";
import { UserError, type UserErrorOut } from "./user-error.js";

export interface WriteContext {
  graph: Graph;
  user: HubUser;
  events: EventBus;
  stats?: QueryStats;
}

export interface StatusChange {
  labId: string;
  from: string | null;
  to: string;
  reason: string | null;
}

/** Handed to the work inside the transaction: the transaction, and what to record and announce. */
export class WriteScope {
  readonly changes: RecordedChange[] = [];
  readonly statusChanges: StatusChange[] = [];

  constructor(
    readonly tx: ManagedTransaction,
    readonly user: HubUser,
  ) {}

  async record(change: ChangeRecord): Promise<RecordedChange> {
    const recorded = await recordChange(this.tx, this.user, change);
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
  const session = ctx.graph.driver.session({ database: ctx.graph.database });
  let scope: WriteScope | undefined;
  let value: T;
  try {
    ctx.stats?.count("write transaction");
    value = await session.executeWrite(async (tx) => {
      scope = new WriteScope(tx, ctx.user); // a retried transaction starts afresh
      return work(scope);
    });
  } catch (error) {
    if (error instanceof UserError)
      return {
        value: null,
        userErrors: [{ code: error.code, field: error.field, message: error.message }],
        changes: [],
      };
    throw error;
  } finally {
    await session.close();
  }
  const committed = scope!;
  await announce(ctx, committed, before, performance.timeOrigin + performance.now());
  return { value, userErrors: [], changes: committed.changes };
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

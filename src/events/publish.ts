/**
 * Publishing an event from a mutation: after the write transaction has committed, never before.
 * The write stands whether or not the event gets out, so a failed publish (Redis away) is logged in
 * one line and not turned into an error of the mutation.
 *
 *   const result = await ctx.graph.write(...);          // committed
 *   await publishAfterCommit(ctx, TOPICS.LAB_CHANGED, { labId, change: "UPDATED", fields, actor: requireUser(ctx).id, at, changeId });
 */
import { logger } from "../server/observability/logger.js";
import type { EventBus, Topic, TopicPayloads } from "./types.js";

export async function publishAfterCommit<T extends Topic>(
  ctx: { events: EventBus },
  topic: T,
  payload: TopicPayloads[T],
  log: (line: string) => void = (line) => logger().warn(line),
): Promise<boolean> {
  try {
    await ctx.events.publish(topic, payload);
    return true;
  } catch (error) {
    log(`event ${topic} not published: ${(error as Error).message}`);
    return false;
  }
}

/**
 * `/readyz`: whether this instance can serve — Neo4j answers a `RETURN 1`, and, when REDIS_URL is
 * configured, Redis answers a PING — each within READY_TIMEOUT_MS. 200 `{ status: "ready", checks }`
 * or 503 `{ status: "unavailable", failed: [...], checks }`; `checks` says `ok` or why not, in a word.
 * (`/healthz` stays the liveness probe.)
 */
import type { RequestHandler } from "express";
import type { Graph } from "../../graph/graph.js";

export const READY_TIMEOUT_MS = 2000;

/** A bus that can ping its backend (the Redis bus). */
interface Pingable {
  ping(): Promise<unknown>;
}

function isPingable(value: unknown): value is Pingable {
  return typeof (value as { ping?: unknown } | null)?.ping === "function";
}

async function check(probe: () => Promise<unknown>): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      probe(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error("timeout")), READY_TIMEOUT_MS);
      }),
    ]);
    return "ok";
  } catch (error) {
    return (error as Error).message === "timeout" ? "timeout" : "unreachable";
  } finally {
    clearTimeout(timer);
  }
}

export function readiness(
  graph: Graph,
  options: { redisConfigured: boolean; events: unknown },
): RequestHandler {
  return async (_req, res) => {
    const checks: Record<string, string> = {};
    const probes: [string, Promise<string>][] = [["neo4j", check(() => graph.read("RETURN 1"))]];
    if (options.redisConfigured) {
      const events = options.events;
      probes.push([
        "redis",
        isPingable(events) ? check(() => events.ping()) : Promise.resolve("not a Redis bus"),
      ]);
    }
    for (const [name, result] of probes) checks[name] = await result;
    const failed = Object.keys(checks).filter((name) => checks[name] !== "ok");
    res
      .status(failed.length ? 503 : 200)
      .json(failed.length ? { status: "unavailable", failed, checks } : { status: "ready", checks });
  };
}

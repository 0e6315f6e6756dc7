/**
 * Rate limiting, the same on both transports: each HTTP request and each WebSocket operation costs
 * one point; a user (the token's `sub`) — or, without auth or without a token, an address — has
 * HUB_RATE_LIMIT_POINTS points per HUB_RATE_LIMIT_WINDOW_S seconds. Past them the answer is
 * RATE_LIMITED (HTTP 429) with `Retry-After` and `extensions.retryAfterSeconds`. The counters live in
 * this process, or in Redis when REDIS_URL is set (several hubs then share one budget per user); while
 * Redis is unreachable, each hub counts in memory instead (the limit holds per hub, no request waits).
 */
import { countRefused } from "../observability/metrics.js";
import { GraphQLError } from "graphql";
import { Redis } from "ioredis";
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";
import type { Config, RateLimitConfig } from "../../config.js";
import type { HubUser } from "../../domain/roles.js";

export const RATE_LIMITED = "RATE_LIMITED";

export interface RateLimitGuard {
  /** Takes one point for `key`; throws a RATE_LIMITED GraphQLError when none is left. */
  consume(key: string): Promise<void>;
  readonly description: string;
  close(): Promise<void>;
}

/** Whose budget an operation spends: the user's with auth, the address's otherwise. */
export function rateLimitKey(
  config: Pick<Config, "auth">,
  user: HubUser | null,
  address: string | undefined,
) {
  return config.auth && user ? `user:${user.id}` : `addr:${address ?? "unknown"}`;
}

export function rateLimited(limit: RateLimitConfig, msBeforeNext: number): GraphQLError {
  const retryAfterSeconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new GraphQLError(
    `Rate limit exceeded: at most ${limit.points} operations per ${limit.windowS} s; retry in ${retryAfterSeconds} s`,
    {
      extensions: {
        code: RATE_LIMITED,
        retryAfterSeconds,
        http: { status: 429, headers: new Map([["retry-after", String(retryAfterSeconds)]]) },
      },
    },
  );
}

const KEY_PREFIX = "lianhe-hub:rate";

export function createRateLimitGuard(
  config: Pick<Config, "rateLimit" | "redisUrl">,
  options: { log?: (line: string) => void } = {},
): RateLimitGuard {
  const limit = config.rateLimit;
  if (limit.points === 0) {
    return { consume: async () => undefined, description: "off", close: async () => undefined };
  }
  const common = { points: limit.points, duration: limit.windowS, keyPrefix: KEY_PREFIX };
  const memory = new RateLimiterMemory(common);
  let limiter: RateLimiterAbstract = memory;
  let redis: Redis | undefined;
  let where = "in memory";
  if (config.redisUrl) {
    redis = new Redis(config.redisUrl, {
      connectionName: "lianhe-hub-rate-limit",
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: 1000,
      connectTimeout: 5000,
      retryStrategy: (times) => Math.min(100 * 2 ** Math.min(times, 5), 2000),
    });
    redis.on("error", () => undefined); // counted in memory meanwhile (insuranceLimiter)
    limiter = new RateLimiterRedis({
      ...common,
      storeClient: redis,
      rejectIfRedisNotReady: true,
      insuranceLimiter: memory,
    });
    where = "in Redis (in memory while Redis is unreachable)";
  }
  let storeFailureLogged = false;
  return {
    description: `${limit.points} operations per ${limit.windowS} s per user (or address), counted ${where}`,
    async consume(key) {
      try {
        await limiter.consume(key, 1);
      } catch (refusal) {
        if (refusal instanceof RateLimiterRes) {
          countRefused("rate");
          throw rateLimited(limit, refusal.msBeforeNext);
        }
        // The store itself failed (not a refusal): let the operation through rather than fail it.
        if (!storeFailureLogged) {
          storeFailureLogged = true;
          options.log?.(`rate limit: counter store failed (${(refusal as Error).message}); not limiting`);
        }
      }
    },
    async close() {
      if (redis) await redis.quit().catch(() => redis!.disconnect());
    },
  };
}

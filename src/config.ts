/** Environment → one typed, validated configuration object. */
import { createPublicKey, createSecretKey, type KeyObject } from "node:crypto";
import { parseWeights, type OpportunityWeights } from "./domain/opportunity-weights.js";
import {
  DEFAULT_DRIVER_LIMITS,
  DEFAULT_GRAPH_LIMITS,
  type DriverLimits,
  type GraphLimits,
} from "./graph/graph.js";
import { LOG_LEVELS, type LogLevel } from "./server/observability/logger.js";

export class ConfigError extends Error {}

export interface Neo4jConfig {
  /** Unset: the hub starts its own local Neo4j (the embedded default). */
  uri?: string;
  username: string;
  password?: string;
  database?: string;
  /** Bolt port of the local Neo4j when `uri` is unset. */
  localBoltPort: number;
  /** Instance name of the local Neo4j (its data folder under .neo4j/data/). */
  localInstance: string;
  /** Statement timeouts and the bound on concurrent analytics (HUB_STATEMENT_TIMEOUT_MS, …). */
  limits: GraphLimits;
  /** The driver's pool, connection and retry times (NEO4J_MAX_POOL_SIZE, …). */
  driver: DriverLimits;
}

/** Requests (HTTP) and operations (WebSocket) per user, or per address without auth, per window. */
export interface RateLimitConfig {
  /** Operations allowed per window; 0: no rate limit. */
  points: number;
  /** The window, in seconds. */
  windowS: number;
}

/** How bearer tokens (JWT) are verified. Absent from Config: no auth, every request is the local ADMIN. */
export interface AuthConfig {
  /** The HS256 secret or the RS256/ES256 public key. */
  key: KeyObject;
  /** The one algorithm tokens must be signed with (never chosen by the token). */
  algorithms: string[];
  /** Required `iss` claim, when set. */
  issuer?: string;
  /** Required `aud` claim, when set. */
  audience?: string;
  /** For the startup line: "HS256 secret", "RS256 public key". */
  describe: string;
  /** Longest accepted token lifetime, seconds: `exp - iat` (or `exp - now` without `iat`). */
  maxLifetimeS: number;
}

/** Limits on an operation, the same on HTTP and WebSocket (src/server/guards/). */
export interface LimitsConfig {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  maxCost: number;
  /** Operations running at once on one WebSocket. */
  wsMaxOperations: number;
  /** Milliseconds a WebSocket may wait before its `connection_init`. */
  wsInitTimeoutMs: number;
}

export interface Config {
  host: string;
  port: number;
  neo4j: Neo4jConfig;
  /** Load the seed graph at start when the database holds no node. */
  seedWhenEmpty: boolean;
  /** Largest `first` a connection accepts. */
  maxPageSize: number;
  /** Levels of relation fields a root field fetches in its own statement (0: one statement per level). */
  prefetchDepth: number;
  /** Weights of the collaboration-opportunity score. */
  opportunityWeights: OpportunityWeights;
  /** Bearer-token verification (HUB_JWT_*); undefined: no auth configured. */
  auth?: AuthConfig;
  /** Redis for the event bus and the rate limiter (REDIS_URL); undefined: both stay in this process. */
  redisUrl?: string;
  rateLimit: RateLimitConfig;
  /** Depth, aliases, tokens, directives, cost and WebSocket bounds (HUB_MAX_*, HUB_WS_*). */
  limits: LimitsConfig;
  /** Origins allowed by CORS and the WebSocket origin check (HUB_CORS_ORIGINS); none by default. */
  corsOrigins: string[];
  /** Least level of the JSON log lines (HUB_LOG_LEVEL). */
  logLevel: LogLevel;
  /** Whether `/metrics` is served (HUB_METRICS). */
  metrics: boolean;
}

/** 1,200 operations a minute per user (or address): far above a person at the explorer or a dashboard. */
export const DEFAULT_RATE_LIMIT: RateLimitConfig = { points: 1200, windowS: 60 };

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === "") return fallback;
  if (["1", "true", "yes", "on"].includes(raw)) return true;
  if (["0", "false", "no", "off"].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${env[name]}"`);
}

function weights(env: NodeJS.ProcessEnv): OpportunityWeights {
  try {
    return parseWeights(env.HUB_OPPORTUNITY_WEIGHTS);
  } catch (error) {
    throw new ConfigError(`HUB_OPPORTUNITY_WEIGHTS ${(error as Error).message}`);
  }
}

/** A duration: seconds, or a number with s, m, h or d ("24h"). */
function duration(env: NodeJS.ProcessEnv, name: string, fallbackS: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallbackS;
  const match = /^(\d+)\s*([smhd]?)$/.exec(raw.trim());
  const seconds = match ? Number(match[1]) * { "": 1, s: 1, m: 60, h: 3600, d: 86400 }[match[2]!]! : NaN;
  if (!Number.isSafeInteger(seconds) || seconds < 1) {
    throw new ConfigError(`${name} must be a duration such as 3600, 90m, 24h or 7d, got "${raw}"`);
  }
  return seconds;
}

function limits(env: NodeJS.ProcessEnv): LimitsConfig {
  return {
    maxDepth: integer(env, "HUB_MAX_DEPTH", 10, 1, 100),
    maxAliases: integer(env, "HUB_MAX_ALIASES", 30, 0, 10000),
    maxTokens: integer(env, "HUB_MAX_TOKENS", 2000, 10, 1000000),
    maxDirectives: integer(env, "HUB_MAX_DIRECTIVES", 20, 0, 10000),
    maxCost: integer(env, "HUB_MAX_COST", 50000, 1, 1000000000),
    wsMaxOperations: integer(env, "HUB_WS_MAX_OPERATIONS", 100, 1, 100000),
    wsInitTimeoutMs: integer(env, "HUB_WS_INIT_TIMEOUT_MS", 3000, 100, 600000),
  };
}

function corsOrigins(env: NodeJS.ProcessEnv): string[] {
  const origins = (env.HUB_CORS_ORIGINS ?? "")
    .split(",")
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of origins) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.origin !== origin) {
      throw new ConfigError(
        `HUB_CORS_ORIGINS must list origins such as https://console.example or http://localhost:5173, got "${origin}"`,
      );
    }
  }
  return origins;
}

function auth(env: NodeJS.ProcessEnv): AuthConfig | undefined {
  const secret = env.HUB_JWT_SECRET || undefined;
  const pem = env.HUB_JWT_PUBLIC_KEY || undefined;
  const issuer = env.HUB_JWT_ISSUER || undefined;
  const audience = env.HUB_JWT_AUDIENCE || undefined;
  if (secret && pem) throw new ConfigError("set HUB_JWT_SECRET or HUB_JWT_PUBLIC_KEY, not both");
  const maxLifetimeS = duration(env, "HUB_JWT_MAX_LIFETIME", 24 * 3600);
  if (!secret && !pem) {
    if (env.HUB_JWT_MAX_LIFETIME)
      throw new ConfigError("HUB_JWT_MAX_LIFETIME needs HUB_JWT_SECRET or HUB_JWT_PUBLIC_KEY");
    if (issuer || audience) {
      throw new ConfigError(
        `${issuer ? "HUB_JWT_ISSUER" : "HUB_JWT_AUDIENCE"} needs HUB_JWT_SECRET or HUB_JWT_PUBLIC_KEY`,
      );
    }
    return undefined;
  }
  if (secret) {
    const bytes = Buffer.from(secret, "utf8");
    if (bytes.length < 32)
      throw new ConfigError(`HUB_JWT_SECRET must be at least 32 bytes for HS256, got ${bytes.length}`);
    return {
      key: createSecretKey(bytes),
      algorithms: ["HS256"],
      issuer,
      audience,
      describe: "HS256 secret",
      maxLifetimeS,
    };
  }
  let key: KeyObject;
  try {
    // A PEM pasted into one line of an environment file keeps its line breaks as "\n".
    key = createPublicKey(pem!.replace(/\\n/g, "\n"));
  } catch {
    throw new ConfigError("HUB_JWT_PUBLIC_KEY must be a PEM public key (RSA for RS256, EC P-256 for ES256)");
  }
  const algorithm =
    key.asymmetricKeyType === "rsa"
      ? "RS256"
      : key.asymmetricKeyType === "ec" && key.asymmetricKeyDetails?.namedCurve === "prime256v1"
        ? "ES256"
        : undefined;
  if (!algorithm) {
    throw new ConfigError(
      `HUB_JWT_PUBLIC_KEY must be an RSA or EC P-256 key, got ${key.asymmetricKeyType} ${key.asymmetricKeyDetails?.namedCurve ?? ""}`.trimEnd(),
    );
  }
  return {
    key,
    algorithms: [algorithm],
    issuer,
    audience,
    describe: `${algorithm} public key`,
    maxLifetimeS,
  };
}

function redisUrl(env: NodeJS.ProcessEnv): string | undefined {
  const url = env.REDIS_URL || undefined;
  if (url && !/^rediss?:\/\/[^/\s]/.test(url))
    throw new ConfigError("REDIS_URL must be a redis:// or rediss:// URL"); // the value may hold a password: not echoed
  return url;
}

/** The local Neo4j's instance and Bolt port: what `npm start`, `db:migrate`, `seed` and `npm run neo4j` use. */
export function loadLocalNeo4jConfig(
  env: NodeJS.ProcessEnv = process.env,
): Pick<Neo4jConfig, "localBoltPort" | "localInstance"> {
  return {
    localBoltPort: integer(env, "NEO4J_LOCAL_PORT", 7687, 1, 65535),
    localInstance: env.NEO4J_LOCAL_INSTANCE || "default",
  };
}

function logLevel(env: NodeJS.ProcessEnv): LogLevel {
  const raw = env.HUB_LOG_LEVEL?.toLowerCase();
  if (raw === undefined || raw === "") return "info";
  if (!(LOG_LEVELS as readonly string[]).includes(raw)) {
    throw new ConfigError(
      `HUB_LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}, got "${env.HUB_LOG_LEVEL}"`,
    );
  }
  return raw as LogLevel;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const uri = env.NEO4J_URI || undefined;
  if (uri && !/^(neo4j|bolt)(\+s|\+ssc)?:\/\//.test(uri)) {
    throw new ConfigError(
      `NEO4J_URI must start with neo4j://, neo4j+s://, bolt:// or bolt+s://, got "${uri}"`,
    );
  }
  return {
    host: env.HOST || "127.0.0.1",
    port: integer(env, "PORT", 4000, 0, 65535),
    neo4j: {
      uri,
      username: env.NEO4J_USERNAME || "neo4j",
      password: env.NEO4J_PASSWORD || undefined,
      database: env.NEO4J_DATABASE || undefined,
      ...loadLocalNeo4jConfig(env),
      limits: {
        statementTimeoutMs: integer(
          env,
          "HUB_STATEMENT_TIMEOUT_MS",
          DEFAULT_GRAPH_LIMITS.statementTimeoutMs,
          0,
          3_600_000,
        ),
        analyticsTimeoutMs: integer(
          env,
          "HUB_ANALYTICS_TIMEOUT_MS",
          DEFAULT_GRAPH_LIMITS.analyticsTimeoutMs,
          0,
          3_600_000,
        ),
        maxConcurrentAnalytics: integer(
          env,
          "HUB_MAX_CONCURRENT_ANALYTICS",
          DEFAULT_GRAPH_LIMITS.maxConcurrentAnalytics,
          1,
          256,
        ),
      },
      driver: {
        maxConnectionPoolSize: integer(
          env,
          "NEO4J_MAX_POOL_SIZE",
          DEFAULT_DRIVER_LIMITS.maxConnectionPoolSize,
          1,
          1000,
        ),
        connectionAcquisitionTimeoutMs: integer(
          env,
          "NEO4J_ACQUISITION_TIMEOUT_MS",
          DEFAULT_DRIVER_LIMITS.connectionAcquisitionTimeoutMs,
          100,
          600_000,
        ),
        connectionTimeoutMs: integer(
          env,
          "NEO4J_CONNECTION_TIMEOUT_MS",
          DEFAULT_DRIVER_LIMITS.connectionTimeoutMs,
          100,
          600_000,
        ),
        maxTransactionRetryTimeMs: integer(
          env,
          "HUB_WRITE_RETRY_MS",
          DEFAULT_DRIVER_LIMITS.maxTransactionRetryTimeMs,
          0,
          600_000,
        ),
      },
    },
    seedWhenEmpty: flag(env, "HUB_SEED_WHEN_EMPTY", true),
    maxPageSize: integer(env, "HUB_MAX_PAGE_SIZE", 500, 1, 10000),
    prefetchDepth: integer(env, "HUB_PREFETCH_DEPTH", 5, 0, 10),
    opportunityWeights: weights(env),
    auth: auth(env),
    redisUrl: redisUrl(env),
    rateLimit: {
      points: integer(env, "HUB_RATE_LIMIT_POINTS", DEFAULT_RATE_LIMIT.points, 0, 1_000_000),
      windowS: integer(env, "HUB_RATE_LIMIT_WINDOW_S", DEFAULT_RATE_LIMIT.windowS, 1, 86_400),
    },
    limits: limits(env),
    corsOrigins: corsOrigins(env),
    logLevel: logLevel(env),
    metrics: flag(env, "HUB_METRICS", true),
  };
}

/** Environment → one typed, validated configuration object. */
import { createPublicKey, createSecretKey, type KeyObject } from "node:crypto";
import { parseWeights, type OpportunityWeights } from "./domain/opportunity-weights.js";
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
  /** Redis for the event bus (REDIS_URL); undefined: events stay in this process. */
  redisUrl?: string;
  /** Least level of the JSON log lines (HUB_LOG_LEVEL). */
  logLevel: LogLevel;
  /** Whether `/metrics` is served (HUB_METRICS). */
  metrics: boolean;
}

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

function auth(env: NodeJS.ProcessEnv): AuthConfig | undefined {
  const secret = env.HUB_JWT_SECRET || undefined;
  const pem = env.HUB_JWT_PUBLIC_KEY || undefined;
  const issuer = env.HUB_JWT_ISSUER || undefined;
  const audience = env.HUB_JWT_AUDIENCE || undefined;
  if (secret && pem) throw new ConfigError("set HUB_JWT_SECRET or HUB_JWT_PUBLIC_KEY, not both");
  if (!secret && !pem) {
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
    return { key: createSecretKey(bytes), algorithms: ["HS256"], issuer, audience, describe: "HS256 secret" };
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
  return { key, algorithms: [algorithm], issuer, audience, describe: `${algorithm} public key` };
}

function redisUrl(env: NodeJS.ProcessEnv): string | undefined {
  const url = env.REDIS_URL || undefined;
  if (url && !/^rediss?:\/\/[^/\s]/.test(url))
    throw new ConfigError("REDIS_URL must be a redis:// or rediss:// URL"); // the value may hold a password: not echoed
  return url;
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
      localBoltPort: integer(env, "NEO4J_LOCAL_PORT", 7687, 1, 65535),
      localInstance: env.NEO4J_LOCAL_INSTANCE || "default",
    },
    seedWhenEmpty: flag(env, "HUB_SEED_WHEN_EMPTY", true),
    maxPageSize: integer(env, "HUB_MAX_PAGE_SIZE", 500, 1, 10000),
    prefetchDepth: integer(env, "HUB_PREFETCH_DEPTH", 5, 0, 10),
    opportunityWeights: weights(env),
    auth: auth(env),
    redisUrl: redisUrl(env),
    logLevel: logLevel(env),
    metrics: flag(env, "HUB_METRICS", true),
  };
}

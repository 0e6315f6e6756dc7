/** Environment → one typed, validated configuration object. */
import { parseWeights, type OpportunityWeights } from "./domain/opportunity-weights.js";

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

export interface Config {
  host: string;
  port: number;
  neo4j: Neo4jConfig;
  /** Load the seed graph at start when the database holds no node. */
  seedWhenEmpty: boolean;
  /** Largest `first` a connection accepts. */
  maxPageSize: number;
  /** Weights of the collaboration-opportunity score. */
  opportunityWeights: OpportunityWeights;
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

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const uri = env.NEO4J_URI || undefined;
  if (uri && !/^(neo4j|bolt)(\+s|\+ssc)?:\/\//.test(uri)) {
    throw new ConfigError(`NEO4J_URI must start with neo4j://, neo4j+s://, bolt:// or bolt+s://, got "${uri}"`);
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
    opportunityWeights: weights(env),
  };
}

/**
 * One driver per process, and the two ways the hub talks to Neo4j: a read (an auto-commit statement,
 * retried on transient errors) and a write (a managed transaction). Every call counts one round trip
 * in the caller's QueryStats, which is how tests and benchmarks check "one round trip per level".
 *
 * Every statement the API runs carries a transaction timeout (the server terminates it after
 * `statementTimeoutMs`; analytics get `analyticsTimeoutMs`), and at most `maxConcurrentAnalytics`
 * analytic statements run at once, so that analytics never hold all the driver's connections.
 */
import neo4j, { type Driver, type QueryResult, type RecordShape } from "neo4j-driver";
import { observeStatement } from "../server/observability/neo4j.js";

/** The driver's per-transaction settings (not re-exported by neo4j-driver's types). */
export interface TransactionConfig {
  timeout?: number;
}
import pLimit, { type LimitFunction } from "p-limit";
import { AnalyticsQueueTimeoutError } from "./failures.js";

export class QueryStats {
  roundTrips = 0;
  readonly queries: string[] = [];
  count(cypher: string): void {
    this.roundTrips += 1;
    this.queries.push(cypher);
  }
}

/** How much work one statement may do, and how many analytics run at once. */
export interface GraphLimits {
  /** Transaction timeout of every API statement (ms); 0: the server's own setting. */
  statementTimeoutMs: number;
  /** Transaction timeout of an analytic statement (ms); 0: the server's own setting. */
  analyticsTimeoutMs: number;
  /** Analytic statements running at once; more wait (at most analyticsTimeoutMs) for a slot. */
  maxConcurrentAnalytics: number;
}

/** The driver's pool and retries: sized so that an outage fails requests in seconds, not half a minute. */
export interface DriverLimits {
  /** Connections to one server. */
  maxConnectionPoolSize: number;
  /** How long a statement waits for a free connection (ms) before it fails. */
  connectionAcquisitionTimeoutMs: number;
  /** How long opening one TCP/Bolt connection may take (ms). */
  connectionTimeoutMs: number;
  /** How long a write transaction is retried on a transient failure (ms). */
  maxTransactionRetryTimeMs: number;
}

export const DEFAULT_GRAPH_LIMITS: GraphLimits = {
  statementTimeoutMs: 10_000,
  analyticsTimeoutMs: 30_000,
  maxConcurrentAnalytics: 2,
};

export const DEFAULT_DRIVER_LIMITS: DriverLimits = {
  maxConnectionPoolSize: 50,
  connectionAcquisitionTimeoutMs: 5_000,
  connectionTimeoutMs: 5_000,
  maxTransactionRetryTimeMs: 5_000,
};

export interface GraphOptions {
  uri: string;
  username: string;
  password: string;
  database?: string;
  limits?: Partial<GraphLimits>;
  driver?: Partial<DriverLimits>;
}

/** What a statement is: an API read or write (statement timeout) or an analytic (its own timeout and slots). */
export type StatementKind = "api" | "analytic";

/** Attempts of a read that fails with a retryable error (a leader switch, a transient lock, a dropped connection). */
const READ_ATTEMPTS = 3;

export class Graph {
  /** The server's home database, learnt from the first answer when no database is configured. */
  private homeDatabase?: string;
  readonly limits: GraphLimits;
  private readonly analyticSlots: LimitFunction;

  constructor(
    readonly driver: Driver,
    readonly database?: string,
    limits: Partial<GraphLimits> = {},
  ) {
    this.limits = { ...DEFAULT_GRAPH_LIMITS, ...limits };
    this.analyticSlots = pLimit(this.limits.maxConcurrentAnalytics);
  }

  static connect(options: GraphOptions): Graph {
    const pool = { ...DEFAULT_DRIVER_LIMITS, ...options.driver };
    const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.username, options.password), {
      disableLosslessIntegers: false,
      maxConnectionPoolSize: pool.maxConnectionPoolSize,
      connectionAcquisitionTimeout: pool.connectionAcquisitionTimeoutMs,
      connectionTimeout: pool.connectionTimeoutMs,
      maxTransactionRetryTime: pool.maxTransactionRetryTimeMs,
      logging: { level: "error", logger: () => undefined },
    });
    return new Graph(driver, options.database, options.limits);
  }

  /** The transaction config of a statement of this kind (no timeout when the limit is 0). */
  txConfig(kind: StatementKind = "api"): TransactionConfig {
    const timeout = kind === "analytic" ? this.limits.analyticsTimeoutMs : this.limits.statementTimeoutMs;
    return timeout > 0 ? { timeout } : {};
  }

  /** Runs `work` in an analytic slot; a statement that waited longer than the analytics timeout fails. */
  private async inAnalyticSlot<T>(work: () => Promise<T>): Promise<T> {
    const queued = performance.now();
    return this.analyticSlots(() => {
      const waited = performance.now() - queued;
      const limit = this.limits.analyticsTimeoutMs;
      if (limit > 0 && waited > limit) return Promise.reject(new AnalyticsQueueTimeoutError(waited, limit));
      return work();
    });
  }

  /** Analytic statements running now, and waiting for a slot. */
  analyticsLoad(): { running: number; waiting: number } {
    return { running: this.analyticSlots.activeCount, waiting: this.analyticSlots.pendingCount };
  }

  async read<R extends RecordShape = RecordShape>(
    cypher: string,
    params: Record<string, unknown> = {},
    stats?: QueryStats,
    kind: StatementKind = "api",
  ): Promise<QueryResult<R>> {
    stats?.count(cypher);
    if (kind === "analytic") {
      return this.inAnalyticSlot(() => observeStatement("read", this.readNow<R>(cypher, params, kind)));
    }
    return observeStatement("read", this.readNow<R>(cypher, params, kind));
  }

  private async readNow<R extends RecordShape>(
    cypher: string,
    params: Record<string, unknown>,
    kind: StatementKind,
  ): Promise<QueryResult<R>> {
    // A session with a known database and one auto-commit statement (RUN and PULL, pipelined) costs a
    // third of the driver CPU of executeQuery's managed transaction, which also resolves the home
    // database anew each time. The shared bookmark manager keeps reads after the hub's own writes
    // causally consistent on a cluster.
    const config = this.txConfig(kind);
    for (let attempt = 1; ; attempt += 1) {
      const session = this.driver.session({
        database: this.database ?? this.homeDatabase,
        defaultAccessMode: neo4j.session.READ,
        bookmarkManager: this.driver.executeQueryBookmarkManager,
      });
      try {
        const result = await session.run<R>(cypher, params, config);
        this.homeDatabase ??= result.summary.database.name ?? undefined;
        return result;
      } catch (error) {
        if (attempt >= READ_ATTEMPTS || !neo4j.isRetryableError(error)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      } finally {
        await session.close();
      }
    }
  }

  /**
   * One statement in a write transaction, with the statement timeout; `timeout: false` for the
   * operator's long statements (schema migration, index waits) that are not API requests.
   */
  async write<R extends RecordShape = RecordShape>(
    cypher: string,
    params: Record<string, unknown> = {},
    stats?: QueryStats,
    options: { timeout?: boolean } = {},
  ): Promise<QueryResult<R>> {
    stats?.count(cypher);
    return observeStatement(
      "write",
      this.driver.executeQuery<QueryResult<R>>(cypher, params, {
        database: this.database,
        routing: neo4j.routing.WRITE,
        transactionConfig: options.timeout === false ? {} : this.txConfig("api"),
      }),
    );
  }

  /**
   * An auto-commit statement, for `CALL { … } IN TRANSACTIONS` (which cannot run in a transaction
   * function): maintenance (clearing, bulk loads), so without the API's statement timeout.
   */
  async autoCommit(cypher: string, params: Record<string, unknown> = {}): Promise<void> {
    const session = this.driver.session({ database: this.database });
    try {
      await session.run(cypher, params);
    } finally {
      await session.close();
    }
  }

  /** Fails with a one-line reason when the server cannot be reached or refuses the credentials. */
  async verify(): Promise<string> {
    const info = await this.driver.getServerInfo({ database: this.database });
    return `${info.agent ?? "Neo4j"} at ${info.address ?? "?"}`;
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

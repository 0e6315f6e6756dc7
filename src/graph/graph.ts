/**
 * One driver per process, and the two ways the hub talks to Neo4j: a read (an auto-commit statement,
 * retried on transient errors) and a write (a managed transaction). Every call counts one round trip
 * in the caller's QueryStats, which is how tests and benchmarks check "one round trip per level".
 */
import neo4j, { type Driver, type QueryResult, type RecordShape } from "neo4j-driver";
import { observeStatement } from "../server/observability/neo4j.js";

export class QueryStats {
  roundTrips = 0;
  readonly queries: string[] = [];
  count(cypher: string): void {
    this.roundTrips += 1;
    this.queries.push(cypher);
  }
}

export interface GraphOptions {
  uri: string;
  username: string;
  password: string;
  database?: string;
}

/** Attempts of a read that fails with a retryable error (a leader switch, a transient lock, a dropped connection). */
const READ_ATTEMPTS = 3;

export class Graph {
  /** The server's home database, learnt from the first answer when no database is configured. */
  private homeDatabase?: string;

  constructor(
    readonly driver: Driver,
    readonly database?: string,
  ) {}

  static connect(options: GraphOptions): Graph {
    const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.username, options.password), {
      disableLosslessIntegers: false,
      maxConnectionPoolSize: 100,
      connectionAcquisitionTimeout: 30_000,
      logging: { level: "error", logger: () => undefined },
    });
    return new Graph(driver, options.database);
  }

  async read<R extends RecordShape = RecordShape>(
    cypher: string,
    params: Record<string, unknown> = {},
    stats?: QueryStats,
  ): Promise<QueryResult<R>> {
    stats?.count(cypher);
    return observeStatement("read", this.readOnce<R>(cypher, params));
  }

  private async readOnce<R extends RecordShape>(
    cypher: string,
    params: Record<string, unknown>,
  ): Promise<QueryResult<R>> {
    // A session with a known database and one auto-commit statement (RUN and PULL, pipelined) costs a
    // third of the driver CPU of executeQuery's managed transaction, which also resolves the home
    // database anew each time. The shared bookmark manager keeps reads after the hub's own writes
    // causally consistent on a cluster.
    for (let attempt = 1; ; attempt += 1) {
      const session = this.driver.session({
        database: this.database ?? this.homeDatabase,
        defaultAccessMode: neo4j.session.READ,
        bookmarkManager: this.driver.executeQueryBookmarkManager,
      });
      try {
        const result = await session.run<R>(cypher, params);
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

  async write<R extends RecordShape = RecordShape>(
    cypher: string,
    params: Record<string, unknown> = {},
    stats?: QueryStats,
  ): Promise<QueryResult<R>> {
    stats?.count(cypher);
    return observeStatement(
      "write",
      this.driver.executeQuery<QueryResult<R>>(cypher, params, {
        database: this.database,
        routing: neo4j.routing.WRITE,
      }),
    );
  }

  /** An auto-commit statement, for `CALL { … } IN TRANSACTIONS` (which cannot run in a transaction function). */
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

/**
 * One driver per process, and the two ways the hub talks to Neo4j: a read and a write, each a
 * managed transaction (retried on transient errors). Every call counts one round trip in the
 * caller's QueryStats, which is how tests and benchmarks check "one round trip per level".
 */
import neo4j, { type Driver, type QueryResult, type RecordShape } from "neo4j-driver";

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

export class Graph {
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
    return this.driver.executeQuery<QueryResult<R>>(cypher, params, {
      database: this.database,
      routing: neo4j.routing.READ,
    });
  }

  async write<R extends RecordShape = RecordShape>(
    cypher: string,
    params: Record<string, unknown> = {},
    stats?: QueryStats,
  ): Promise<QueryResult<R>> {
    stats?.count(cypher);
    return this.driver.executeQuery<QueryResult<R>>(cypher, params, {
      database: this.database,
      routing: neo4j.routing.WRITE,
    });
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

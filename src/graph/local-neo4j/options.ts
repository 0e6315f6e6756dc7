/** Options and results of the local Neo4j's public API. */
export interface LocalNeo4jPaths {
  /** <repo>/.neo4j: builds, data and logs. */
  root: string;
  /** <repo>/neo4j-launcher: pom.xml and the Java sources. */
  launcher: string;
}

export interface LocalNeo4jCommonOptions {
  paths?: LocalNeo4jPaths;
}

export interface InstanceOptions extends LocalNeo4jCommonOptions {
  /** Name of the database instance; data lives in .neo4j/data/<instance>. Default "default". */
  instance?: string;
}

export interface InstallOptions extends LocalNeo4jCommonOptions {
  /** Rebuild even when the stamp matches. */
  force?: boolean;
}

export interface InstallResult {
  /** True when the launcher was already built from the same sources. */
  cached: boolean;
  ms: number;
}

export interface StartOptions extends InstanceOptions {
  /** Bolt port on 127.0.0.1. Default 7687. */
  boltPort?: number;
  /** Password of user neo4j; default: generated once and kept in .neo4j/data/<instance>.password. */
  password?: string;
  /**
   * Default true: the JVM lives only as long as this process (stdin pipe + signal/exit handlers).
   * False: runs detached in the background with a pid file, for `stop`/`status` later.
   */
  attached?: boolean;
  /** Max heap, e.g. "2g"; or full JVM heap flags ("-Xms1g -Xmx4g"). Default env NEO4J_HEAP, else 2g (with -Xms512m). */
  heap?: string;
  /** Page cache size, e.g. "512m". Default env NEO4J_PAGECACHE, else 512m. */
  pagecache?: string;
  /** How long to wait for Bolt. Default 120 s. */
  readyTimeoutMs?: number;
  /** The setting that chose boltPort, named in the busy-port error. Default "NEO4J_LOCAL_PORT". */
  portSetting?: string;
}

export interface LocalNeo4jHandle {
  uri: string;
  username: string;
  password: string;
  pid: number;
  /** Milliseconds from spawning the JVM to Bolt accepting connections. */
  readyMs: number;
  /** Stops the JVM: SIGTERM, then SIGKILL after ~60 s. Safe to call more than once. */
  stop(): Promise<void>;
}

export interface StopOptions extends InstanceOptions {
  /** How long to wait for a clean stop before SIGKILL. Default 60 s. */
  timeoutMs?: number;
}

export interface LocalNeo4jStatus {
  instance: string;
  /** A launcher JVM of this instance is alive (starting, serving or stopping). */
  running: boolean;
  pid?: number;
  /** The Bolt URI, once Bolt accepts connections; absent while the instance is starting. */
  uri?: string;
  port?: number;
  /** detached: `npm run neo4j -- start`, until `stop`; attached: lives and dies with `owner`. */
  mode?: "detached" | "attached";
  /** Attached: the process it belongs to (its pid, its script), and whether that process is alive. */
  owner?: { pid: number; command?: string; alive: boolean };
  /** The instance's data folder exists (it has been started before). */
  hasData: boolean;
  /** Where the data folder is. */
  home: string;
}

export const LOCAL_NEO4J_USER = "neo4j";
export const DEFAULT_BOLT_PORT = 7687;

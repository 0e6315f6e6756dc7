/**
 * Manages the project's local Neo4j (see src/graph/local-neo4j.ts).
 *
 *   node dist/src/cli/neo4j.js install|start|stop|status [--instance NAME] [--port N]
 *
 * The instance and port come from NEO4J_LOCAL_INSTANCE and NEO4J_LOCAL_PORT (defaults `default`,
 * 7687), as for `npm start`, `db:migrate` and `seed`; --instance and --port override them.
 * `install` builds the launcher and installs cypher-shell (see src/graph/cypher-shell.ts).
 * `start` runs the database in the background (detached) until `stop`. `status` tells about the
 * instance whoever started it (this command, or a process that keeps it attached, such as `npm start`).
 * `bulk-import DIR [--force]` loads a folder of admin CSV (`npm run export -- --format admin-csv DIR`)
 * into the stopped instance with Neo4j's offline importer, then applies the schema and checks the
 * counts (src/graph/bulk-import.ts); --force replaces a database that holds nodes.
 */
import { ConfigError, loadLocalNeo4jConfig } from "../config.js";
import {
  LOCAL_NEO4J_USER,
  LocalNeo4jError,
  describeRunning,
  installLocalNeo4j,
  listLocalNeo4j,
  localNeo4jPasswordFile,
  startLocalNeo4j,
  statusLocalNeo4j,
  stopLocalNeo4j,
} from "../graph/local-neo4j.js";
import { bulkImport } from "../graph/bulk-import.js";
import { installCypherShell } from "../graph/cypher-shell.js";

const USAGE =
  "usage: neo4j install|start|stop|status [--instance NAME] [--port N]; neo4j bulk-import DIR [--force] [--instance NAME] [--port N]";
const COMMANDS = ["install", "start", "stop", "status", "bulk-import"] as const;
type Command = (typeof COMMANDS)[number];

interface Args {
  command: Command;
  instance: string;
  port: number;
  /** The setting that chose the port, for the busy-port message. */
  portSetting: string;
  /** bulk-import: the folder, and whether a database with nodes may be replaced. */
  dir?: string;
  force: boolean;
}

class UsageError extends Error {}

function isCommand(value: string | undefined): value is Command {
  return COMMANDS.some((c) => c === value);
}

function parseArgs(argv: string[]): Args {
  const [command, ...rest] = argv;
  if (command === "-h" || command === "--help" || command === "help") {
    console.log(USAGE);
    process.exit(0);
  }
  if (!isCommand(command)) throw new UsageError(command ? `unknown command "${command}"; ${USAGE}` : USAGE);
  const settings = loadLocalNeo4jConfig();
  let instance = settings.localInstance;
  let port = settings.localBoltPort;
  let portSetting = "NEO4J_LOCAL_PORT";
  let dir: string | undefined;
  let force = false;
  for (let i = 0; i < rest.length; i++) {
    const flag = rest[i];
    const value = rest[i + 1];
    if (command === "bulk-import" && flag === "--force") {
      force = true;
    } else if (
      command === "bulk-import" &&
      dir === undefined &&
      flag !== undefined &&
      !flag.startsWith("--")
    ) {
      dir = flag;
    } else if (flag === "--instance" || flag === "--port") {
      if (value === undefined || value.startsWith("--")) throw new UsageError(`${flag} needs a value`);
      i++;
      if (flag === "--instance") {
        instance = value;
      } else {
        port = Number(value);
        portSetting = "--port";
        if (!Number.isInteger(port) || port < 1 || port > 65535)
          throw new UsageError(`invalid port "${value}"`);
      }
    } else {
      throw new UsageError(`unknown option "${flag}"; ${USAGE}`);
    }
  }
  if (command === "bulk-import" && dir === undefined)
    throw new UsageError(`bulk-import needs a folder; ${USAGE}`);
  return { command, instance, port, portSetting, force, ...(dir !== undefined ? { dir } : {}) };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const label = `Neo4j (${args.instance})`;

  switch (args.command) {
    case "install": {
      const { cached, ms } = await installLocalNeo4j();
      console.log(
        cached ? `Neo4j launcher is up to date (cached, ${ms} ms)` : `Neo4j launcher built in ${ms} ms`,
      );
      const shell = await installCypherShell();
      console.log(
        shell.cached
          ? `cypher-shell is up to date (cached, ${shell.ms} ms)`
          : `cypher-shell installed in ${shell.ms} ms (npm run cypher-shell)`,
      );
      return;
    }
    case "start": {
      const status = await statusLocalNeo4j({ instance: args.instance });
      if (status.running) {
        console.log(`${label} is already running: ${describeRunning(status)}`);
        return;
      }
      const handle = await startLocalNeo4j({
        instance: args.instance,
        boltPort: args.port,
        attached: false,
        portSetting: args.portSetting,
      });
      console.log(`${label} started in ${handle.readyMs} ms (pid ${handle.pid})`);
      console.log(`  uri:      ${handle.uri}`);
      console.log(`  user:     ${LOCAL_NEO4J_USER}`);
      console.log(`  password: in ${localNeo4jPasswordFile({ instance: args.instance })}`);
      return;
    }
    case "bulk-import": {
      const started = performance.now();
      const result = await bulkImport({
        dir: args.dir!,
        instance: args.instance,
        port: args.port,
        portSetting: args.portSetting,
        force: args.force,
        log: (line) => console.error(`neo4j: ${line}`),
      });
      const seconds = (performance.now() - started) / 1000;
      console.log(
        `${label}: bulk-imported ${result.nodes} nodes, ${result.relationships} relationships, ${result.properties} properties ` +
          `(import ${(result.importMs / 1000).toFixed(1)} s, schema and checks ${(result.migrateMs / 1000).toFixed(1)} s, ` +
          `${result.schemaStatements} schema statements, ${seconds.toFixed(1)} s in all)${result.replaced ? "; the previous database was replaced" : ""}`,
      );
      console.log(`  importer log: ${result.log}`);
      return;
    }
    case "stop": {
      const stopped = await stopLocalNeo4j({ instance: args.instance });
      console.log(stopped ? `${label} stopped` : `${label} is not running`);
      return;
    }
    case "status": {
      const status = await statusLocalNeo4j({ instance: args.instance });
      if (status.running) {
        console.log(`${label} is ${status.uri ? "running" : "starting"}: ${describeRunning(status)}`);
        return;
      }
      console.log(`${label} is not running${status.hasData ? "" : ` (no database yet in ${status.home})`}`);
      const others = await listLocalNeo4j();
      if (others.length > 0) {
        console.log(
          `  running in this checkout: ${others.map((o) => `${o.instance} (${o.uri ?? `port ${o.port}, starting`})`).join(", ")}`,
        );
      }
      return;
    }
  }
}

main().catch((error: unknown) => {
  const message =
    error instanceof LocalNeo4jError || error instanceof UsageError || error instanceof ConfigError
      ? error.message
      : `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
  console.error(`neo4j: ${message.replace(/\s*[\r\n]+\s*/g, " ")}`);
  process.exitCode = 1;
});

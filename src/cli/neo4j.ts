/**
 * Manages the project's local Neo4j (see src/graph/local-neo4j.ts).
 *
 *   node dist/src/cli/neo4j.js install|start|stop|status [--instance NAME] [--port N]
 *
 * `install` builds the launcher and installs cypher-shell (see src/graph/cypher-shell.ts).
 * `start` runs the database in the background (detached); `stop` and `status` use its pid file.
 */
import {
  DEFAULT_BOLT_PORT,
  LOCAL_NEO4J_USER,
  LocalNeo4jError,
  installLocalNeo4j,
  localNeo4jPasswordFile,
  startLocalNeo4j,
  statusLocalNeo4j,
  stopLocalNeo4j,
} from "../graph/local-neo4j.js";
import { installCypherShell } from "../graph/cypher-shell.js";

const USAGE = "usage: neo4j install|start|stop|status [--instance NAME] [--port N]";
const COMMANDS = ["install", "start", "stop", "status"] as const;
type Command = (typeof COMMANDS)[number];

interface Args {
  command: Command;
  instance: string;
  port: number;
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
  let instance = "default";
  let port = DEFAULT_BOLT_PORT;
  for (let i = 0; i < rest.length; i++) {
    const flag = rest[i];
    const value = rest[i + 1];
    if (flag === "--instance" || flag === "--port") {
      if (value === undefined || value.startsWith("--")) throw new UsageError(`${flag} needs a value`);
      i++;
      if (flag === "--instance") {
        instance = value;
      } else {
        port = Number(value);
        if (!Number.isInteger(port) || port < 1 || port > 65535)
          throw new UsageError(`invalid port "${value}"`);
      }
    } else {
      throw new UsageError(`unknown option "${flag}"; ${USAGE}`);
    }
  }
  return { command, instance, port };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const label = args.instance === "default" ? "Neo4j" : `Neo4j (${args.instance})`;

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
        console.log(`${label} is already running: pid ${status.pid}${status.uri ? `, ${status.uri}` : ""}`);
        return;
      }
      const handle = await startLocalNeo4j({ instance: args.instance, boltPort: args.port, attached: false });
      console.log(`${label} started in ${handle.readyMs} ms (pid ${handle.pid})`);
      console.log(`  uri:      ${handle.uri}`);
      console.log(`  user:     ${LOCAL_NEO4J_USER}`);
      console.log(`  password: in ${localNeo4jPasswordFile({ instance: args.instance })}`);
      return;
    }
    case "stop": {
      const stopped = await stopLocalNeo4j({ instance: args.instance });
      console.log(stopped ? `${label} stopped` : `${label} is not running`);
      return;
    }
    case "status": {
      const status = await statusLocalNeo4j({ instance: args.instance });
      console.log(
        status.running
          ? `${label} is running: pid ${status.pid}${status.uri ? `, ${status.uri}` : ""}`
          : `${label} is not running`,
      );
      return;
    }
  }
}

main().catch((error: unknown) => {
  const message =
    error instanceof LocalNeo4jError || error instanceof UsageError
      ? error.message
      : `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
  console.error(`neo4j: ${message.replace(/\s*[\r\n]+\s*/g, " ")}`);
  process.exitCode = 1;
});

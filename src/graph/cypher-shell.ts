/**
 * Neo4j's own cypher-shell (org.neo4j:cypher-shell 5.26 from Maven Central), installed next to the
 * local Neo4j and opened on the configured database with the credentials filled in.
 *
 * Layout under <repo>/.neo4j (git-ignored):
 *   cypher-shell/lib/*.jar     cypher-shell and its runtime dependencies
 *   cypher-shell/.stamp        hash of neo4j-launcher/cypher-shell/pom.xml they were copied for
 *   cypher-shell-build/        Maven's build directory (removed after a build)
 *   cypher-shell-build.log     output of the last Maven build
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { cp, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { Socket } from "node:net";
import { join } from "node:path";
import type { Neo4jConfig } from "../config.js";
import {
  LOCAL_NEO4J_USER,
  LocalNeo4jError,
  defaultLocalNeo4jPaths,
  localNeo4jPasswordFile,
  statusLocalNeo4j,
  type InstallOptions,
  type InstallResult,
  type LocalNeo4jPaths,
} from "./local-neo4j.js";
import { runLogged, withLock } from "./local-neo4j/install.js";
import { lastMeaningfulLine } from "./local-neo4j/logs.js";
import { javaCommand, requireJava, requireMaven } from "./local-neo4j/toolchain.js";
import { readText } from "./local-neo4j/util.js";

export const CYPHER_SHELL_MAIN = "org.neo4j.shell.Main";

function shellPom(paths: LocalNeo4jPaths): string {
  return join(paths.launcher, "cypher-shell", "pom.xml");
}

/** The folder holding cypher-shell's jars (put `<dir>/*` on the class path). */
export function cypherShellLib(paths: LocalNeo4jPaths = defaultLocalNeo4jPaths()): string {
  return join(paths.root, "cypher-shell", "lib");
}

function isInstalled(paths: LocalNeo4jPaths): boolean {
  return existsSync(join(cypherShellLib(paths), `cypher-shell-${shellVersion(paths)}.jar`));
}

function shellVersion(paths: LocalNeo4jPaths): string {
  const pom = readFileSync(shellPom(paths), "utf8");
  const match = /<cypher-shell\.version>([^<]+)<\/cypher-shell\.version>/.exec(pom);
  if (!match) throw new LocalNeo4jError(`${shellPom(paths)} names no cypher-shell.version`);
  return match[1]!;
}

/**
 * Copies cypher-shell and its runtime jars from Maven Central into .neo4j/cypher-shell/lib, unless the
 * stamp records the same hash of its pom.xml. Serialised across processes like the launcher's build.
 */
export async function installCypherShell(opts: InstallOptions = {}): Promise<InstallResult> {
  const started = performance.now();
  const paths = opts.paths ?? defaultLocalNeo4jPaths();
  const dist = join(paths.root, "cypher-shell");
  const stampFile = join(dist, ".stamp");
  requireJava();
  const hash = createHash("sha256")
    .update(await readFile(shellPom(paths)))
    .digest("hex");
  const upToDate = async (): Promise<boolean> =>
    !opts.force && isInstalled(paths) && (await readText(stampFile))?.trim() === hash;
  const done = (cached: boolean): InstallResult => ({ cached, ms: Math.round(performance.now() - started) });

  if (await upToDate()) return done(true);
  await mkdir(paths.root, { recursive: true });
  return withLock(join(paths.root, "cypher-shell.lock"), async () => {
    if (await upToDate()) return done(true);
    const mvn = requireMaven();
    const buildDir = join(paths.root, "cypher-shell-build");
    const logFile = join(paths.root, "cypher-shell-build.log");
    await rm(buildDir, { recursive: true, force: true });
    const code = await runLogged(
      mvn,
      ["-q", "-B", "-Dstyle.color=never", "-f", shellPom(paths), `-Dshell.buildDir=${buildDir}`, "package"],
      join(paths.launcher, "cypher-shell"),
      logFile,
    );
    if (code !== 0) {
      const reason = lastMeaningfulLine((await readText(logFile)) ?? "") ?? `exit code ${code}`;
      throw new LocalNeo4jError(`Installing cypher-shell with Maven failed: ${reason} (log: ${logFile})`);
    }
    const staging = join(paths.root, "cypher-shell.tmp");
    await rm(staging, { recursive: true, force: true });
    await mkdir(staging, { recursive: true });
    await cp(join(buildDir, "lib"), join(staging, "lib"), { recursive: true });
    await writeFile(join(staging, ".stamp"), `${hash}\n`);
    await rm(dist, { recursive: true, force: true });
    await rename(staging, dist);
    await rm(buildDir, { recursive: true, force: true });
    return done(false);
  });
}

/** Where cypher-shell connects, and as whom. */
export interface ShellTarget {
  uri: string;
  username: string;
  password: string;
  database?: string;
  /** For messages: "NEO4J_URI" or "the local Neo4j (instance …)". */
  describe: string;
}

function portOpen(host: string, port: number, timeoutMs = 2000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    const finish = (open: boolean): void => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once("error", () => finish(false));
    socket.connect(port, host, () => finish(true));
  });
}

/**
 * The configured Neo4j: NEO4J_URI with its credentials, else the local instance of this checkout when
 * it runs (started by `npm run neo4j -- start`, or by a hub on NEO4J_LOCAL_PORT). Never starts one.
 */
export async function shellTarget(config: Neo4jConfig, paths?: LocalNeo4jPaths): Promise<ShellTarget> {
  if (config.uri) {
    if (!config.password) throw new LocalNeo4jError("NEO4J_PASSWORD is required with NEO4J_URI");
    return {
      uri: config.uri,
      username: config.username,
      password: config.password,
      database: config.database,
      describe: config.uri,
    };
  }
  const instance = config.localInstance;
  const passwordFile = localNeo4jPasswordFile({ instance, paths });
  const status = await statusLocalNeo4j({ instance, paths });
  const uri = status.running ? status.uri : `bolt://127.0.0.1:${config.localBoltPort}`;
  const reachable =
    uri !== undefined &&
    existsSync(passwordFile) &&
    (status.running || (await portOpen("127.0.0.1", config.localBoltPort)));
  if (!uri || !reachable) {
    throw new LocalNeo4jError(
      `no Neo4j is running for this checkout (instance "${instance}", port ${config.localBoltPort}): ` +
        `start one with \`npm run neo4j -- start${instance === "default" ? "" : ` --instance ${instance}`}` +
        `${config.localBoltPort === 7687 ? "" : ` --port ${config.localBoltPort}`}\`, or set NEO4J_URI`,
    );
  }
  return {
    uri,
    username: LOCAL_NEO4J_USER,
    password: readFileSync(passwordFile, "utf8").trim(),
    describe: `the local Neo4j (instance "${instance}", ${uri})`,
  };
}

/** java arguments that open cypher-shell on a target; the password goes through the environment. */
export function cypherShellCommand(
  target: ShellTarget,
  args: readonly string[],
  paths: LocalNeo4jPaths = defaultLocalNeo4jPaths(),
): { command: string; args: string[]; env: NodeJS.ProcessEnv } {
  const lib = cypherShellLib(paths);
  return {
    command: javaCommand(),
    args: [
      "-Xmx512m",
      "-XX:+UseSerialGC",
      "-Dfile.encoding=UTF-8",
      "-cp",
      join(lib, "*"),
      CYPHER_SHELL_MAIN,
      "-a",
      target.uri,
      "-u",
      target.username,
      ...(target.database ? ["-d", target.database] : []),
      ...args,
    ],
    // cypher-shell reads the password from NEO4J_PASSWORD when -p is not given: not visible in `ps`.
    env: { ...process.env, NEO4J_PASSWORD: target.password },
  };
}

/** Runs cypher-shell on the terminal of this process; resolves with its exit code. */
export async function runCypherShell(
  target: ShellTarget,
  args: readonly string[],
  paths: LocalNeo4jPaths = defaultLocalNeo4jPaths(),
): Promise<number> {
  if (!isInstalled(paths)) {
    throw new LocalNeo4jError("cypher-shell is not installed: run `npm run neo4j -- install`");
  }
  const { command, args: argv, env } = cypherShellCommand(target, args, paths);
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, { stdio: "inherit", env });
    child.once("error", (error) =>
      reject(new LocalNeo4jError(`could not start Java (${command}): ${error.message}`)),
    );
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

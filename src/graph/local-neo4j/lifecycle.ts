/** Starting, stopping and asking after an instance. */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, existsSync, openSync, readFileSync, readdirSync } from "node:fs";
import { chmod, mkdir, writeFile } from "node:fs/promises";
import { createServer, Socket } from "node:net";
import { delimiter, dirname, join } from "node:path";
import { LocalNeo4jError, isErrnoException } from "./errors.js";
import { installLocalNeo4j } from "./install.js";
import { JVM_FLAGS, MAIN_CLASS, heapFlags, pagecacheSize } from "./jvm.js";
import { failureReason } from "./logs.js";
import {
  LOCAL_NEO4J_USER,
  DEFAULT_BOLT_PORT,
  type InstanceOptions,
  type LocalNeo4jHandle,
  type LocalNeo4jPaths,
  type LocalNeo4jStatus,
  type StartOptions,
  type StopOptions,
} from "./options.js";
import { defaultLocalNeo4jPaths, distDir, instanceFiles, type InstanceFiles } from "./paths.js";
import {
  acceptsConnections,
  isAlive,
  isLauncherProcess,
  launcherProcesses,
  waitForExit,
  waitForPidExit,
} from "./process.js";
import { clearState, readState, thisProcess, writeState, type InstanceState } from "./state.js";
import { javaCommand } from "./toolchain.js";
import { readText } from "./util.js";

const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 60_000;
async function ensurePassword(files: InstanceFiles, explicit: string | undefined): Promise<string> {
  await mkdir(dirname(files.passwordFile), { recursive: true });
  if (explicit !== undefined) {
    if (explicit.length < 8 || /\s/.test(explicit)) {
      throw new LocalNeo4jError("The Neo4j password must have at least 8 characters and no whitespace");
    }
    await writeFile(files.passwordFile, `${explicit}\n`, { mode: 0o600 });
    await chmod(files.passwordFile, 0o600);
    return explicit;
  }
  const stored = (await readText(files.passwordFile))?.trim();
  if (stored) return stored;
  const generated = randomBytes(24).toString("base64url");
  try {
    await writeFile(files.passwordFile, `${generated}\n`, { mode: 0o600, flag: "wx" });
    return generated;
  } catch (e) {
    // Created concurrently by another process: use that one.
    if (isErrnoException(e) && e.code === "EEXIST") {
      const again = (await readText(files.passwordFile))?.trim();
      if (again) return again;
    }
    throw e;
  }
}

function waitForReady(
  child: ChildProcess,
  readLines: (onLine: (line: string) => void) => () => void,
  timeoutMs: number,
): Promise<{ uri?: string; error?: string; exited?: boolean; timedOut?: boolean }> {
  return new Promise((resolvePromise) => {
    let done = false;
    const finish = (result: { uri?: string; error?: string; exited?: boolean; timedOut?: boolean }): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      stopReading();
      child.off("exit", onExit);
      child.off("error", onError);
      resolvePromise(result);
    };
    const onLine = (line: string): void => {
      const ready = /^READY (bolt:\/\/\S+)/.exec(line);
      if (ready?.[1]) finish({ uri: ready[1] });
      else if (line.startsWith("ERROR ")) finish({ error: line.slice("ERROR ".length).trim() });
    };
    const onExit = (): void => {
      // Let the last stdout chunk (ERROR line) arrive before deciding.
      setTimeout(() => finish({ exited: true }), 200);
    };
    const onError = (e: Error): void => finish({ error: e.message, exited: true });
    const timer = setTimeout(() => finish({ timedOut: true }), timeoutMs);
    const stopReading = readLines(onLine);
    child.on("exit", onExit);
    child.on("error", onError);
  });
}

// Attached instances: one shared set of process handlers stops them all when this process ends.
const attached = new Set<{ child: ChildProcess; stop: () => Promise<void>; stateFile: string }>();
let handlersInstalled = false;

function onProcessExit(): void {
  // Synchronous only: ask the JVMs to stop; their stdin pipe closes with us as well.
  for (const entry of attached) {
    if (entry.child.exitCode === null && entry.child.signalCode === null) entry.child.kill("SIGTERM");
    if (entry.child.pid !== undefined) clearState(entry.stateFile, entry.child.pid);
  }
}

function onSignal(signal: NodeJS.Signals): void {
  // Counted now, while a `process.once` handler of the program (npm start's clean stop) is still
  // registered: counted after the stop, it is gone, and the re-raised signal would kill the program
  // before it exits with its own status.
  const othersHandleIt = process.listenerCount(signal) > 1;
  void Promise.allSettled([...attached].map((entry) => entry.stop())).then(() => {
    uninstallHandlers();
    // Nobody else handles the signal: re-raise it so the process ends with the conventional status.
    if (!othersHandleIt && process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  });
}

const onSigint = (): void => onSignal("SIGINT");
const onSigterm = (): void => onSignal("SIGTERM");

function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on("exit", onProcessExit);
  process.on("SIGINT", onSigint);
  process.on("SIGTERM", onSigterm);
}

function uninstallHandlers(): void {
  if (!handlersInstalled) return;
  handlersInstalled = false;
  process.off("exit", onProcessExit);
  process.off("SIGINT", onSigint);
  process.off("SIGTERM", onSigterm);
}

function unrefStream(stream: unknown): void {
  if (stream instanceof Socket) stream.unref();
}

/**
 * Starts Neo4j (building the launcher first if needed) and resolves once Bolt accepts connections.
 */
export async function startLocalNeo4j(opts: StartOptions = {}): Promise<LocalNeo4jHandle> {
  const paths = opts.paths ?? defaultLocalNeo4jPaths();
  const files = instanceFiles(paths, opts.instance);
  const port = opts.boltPort ?? DEFAULT_BOLT_PORT;
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new LocalNeo4jError(`Invalid Bolt port ${port}`);
  const isAttached = opts.attached ?? true;
  const heap = heapFlags(opts.heap ?? process.env["NEO4J_HEAP"]);
  const pagecache = pagecacheSize(opts.pagecache ?? process.env["NEO4J_PAGECACHE"]);
  const timeoutMs = opts.readyTimeoutMs ?? READY_TIMEOUT_MS;

  await installLocalNeo4j({ paths }); // also checks Java
  const java = javaCommand();

  const current = await statusLocalNeo4j({ paths, instance: files.instance });
  if (current.running) {
    throw new LocalNeo4jError(
      `Neo4j instance "${files.instance}" is already running (${describeRunning(current)})`,
    );
  }
  await assertPortFree(paths, port, opts.portSetting);

  const password = await ensurePassword(files, opts.password);
  await mkdir(files.logs, { recursive: true });

  const dist = distDir(paths);
  const args = [
    ...heap,
    ...JVM_FLAGS,
    "-cp",
    [join(dist, "lib", "*"), join(dist, "launcher.jar")].join(delimiter),
    MAIN_CLASS,
    "--home",
    files.home,
    "--bolt-port",
    String(port),
    "--password-file",
    files.passwordFile,
    "--pagecache",
    pagecache,
    ...(isAttached ? ["--watch-stdin"] : []),
  ];

  const stderrFile = join(files.logs, "launcher.err");
  const stdoutFile = join(files.logs, "launcher.out");
  const errFd = openSync(stderrFile, "w");
  const outFd = isAttached ? undefined : openSync(stdoutFile, "w");
  const spawnedAt = performance.now();
  let child: ChildProcess;
  try {
    child = spawn(java, args, {
      cwd: files.home,
      detached: !isAttached,
      stdio: [isAttached ? "pipe" : "ignore", outFd ?? "pipe", errFd],
      env: process.env,
    });
  } finally {
    closeSync(errFd);
    if (outFd !== undefined) closeSync(outFd);
  }
  const pid = child.pid;
  if (pid === undefined) {
    const error = await new Promise<Error | undefined>((r) => child.once("error", r));
    throw new LocalNeo4jError(`Could not start Java (${java}): ${error?.message ?? "unknown error"}`);
  }
  const state: InstanceState = {
    pid,
    port,
    mode: isAttached ? "attached" : "detached",
    ...(isAttached ? { owner: thisProcess() } : {}),
    startedAt: new Date().toISOString(),
  };
  writeState(files.pidFile, state);

  const readLines = (onLine: (line: string) => void): (() => void) => {
    if (isAttached && child.stdout) {
      const stdout = child.stdout;
      let buffered = "";
      const onData = (chunk: Buffer): void => {
        buffered += chunk.toString("utf8");
        let newline: number;
        while ((newline = buffered.indexOf("\n")) >= 0) {
          onLine(buffered.slice(0, newline).replace(/\r$/, ""));
          buffered = buffered.slice(newline + 1);
        }
      };
      stdout.on("data", onData);
      return () => stdout.off("data", onData);
    }
    // Detached: the launcher's stdout goes to a file (it must outlive us), polled here.
    let seen = 0;
    const poll = setInterval(() => {
      let text: string;
      try {
        text = readFileSync(stdoutFile, "utf8");
      } catch {
        return;
      }
      const lines = text.split("\n");
      const complete = lines.slice(0, -1);
      for (const line of complete.slice(seen)) onLine(line.replace(/\r$/, ""));
      seen = complete.length;
    }, 100);
    return () => clearInterval(poll);
  };

  const outcome = await waitForReady(child, readLines, timeoutMs);
  if (!outcome.uri) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGKILL");
      await waitForExit(child, 10_000);
    }
    clearState(files.pidFile, pid);
    const { reason, log } = await failureReason(files);
    const debugLog = join(files.logs, "debug.log");
    // The port was free when checked, then taken before Neo4j bound it (by the launcher's own words,
    // or by a raw bind error from Netty): the same one line as a port busy from the start.
    if (isBindFailure(outcome.error) || (!outcome.error && isBindFailure(reason))) {
      throw portInUse(port, opts.portSetting, undefined);
    }
    if (outcome.error) {
      throw new LocalNeo4jError(
        `Neo4j failed to start: ${outcome.error} (log: ${existsSync(debugLog) ? debugLog : log})`,
      );
    }
    if (outcome.timedOut) {
      throw new LocalNeo4jError(
        `Neo4j did not accept Bolt connections within ${Math.round(timeoutMs / 1000)} s${reason ? `: ${reason}` : ""} (log: ${log})`,
      );
    }
    throw new LocalNeo4jError(
      `Neo4j exited during startup${reason ? `: ${reason}` : ` with code ${child.exitCode ?? child.signalCode}`} (log: ${log})`,
    );
  }
  const uri = outcome.uri;
  const readyMs = Math.round(performance.now() - spawnedAt);

  let stopping: Promise<void> | undefined;
  const stopChild = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      if (!(await waitForExit(child, STOP_TIMEOUT_MS))) {
        child.kill("SIGKILL");
        await waitForExit(child, 10_000);
      }
    }
  };

  if (isAttached) {
    writeState(files.pidFile, { ...state, uri });
    const entry = {
      child,
      stop: (): Promise<void> => handle.stop(),
      stateFile: files.pidFile,
    };
    const handle: LocalNeo4jHandle = {
      uri,
      username: LOCAL_NEO4J_USER,
      password,
      pid,
      readyMs,
      stop: () => {
        stopping ??= stopChild().finally(() => {
          clearState(files.pidFile, pid);
          attached.delete(entry);
          if (attached.size === 0) uninstallHandlers();
        });
        return stopping;
      },
    };
    attached.add(entry);
    installHandlers();
    child.once("exit", () => {
      clearState(files.pidFile, pid);
      attached.delete(entry);
      if (attached.size === 0) uninstallHandlers();
    });
    // Neo4j alone never keeps this process alive; the pipe still closes when we exit.
    child.unref();
    unrefStream(child.stdin);
    unrefStream(child.stdout);
    child.stdout?.resume();
    return handle;
  }

  writeState(files.pidFile, { ...state, uri });
  child.unref();
  const handle: LocalNeo4jHandle = {
    uri,
    username: LOCAL_NEO4J_USER,
    password,
    pid,
    readyMs,
    stop: () => {
      stopping ??= stopLocalNeo4j({ paths, instance: files.instance }).then(() => undefined);
      return stopping;
    },
  };
  return handle;
}

// ---------------------------------------------------------------------------------------------
// Status, stop, and the port

/**
 * The truth about one instance, whoever started it: its state file checked for liveness, or, when
 * there is none (or it is stale), a launcher JVM of that data folder found among the processes.
 */
export async function statusLocalNeo4j(opts: InstanceOptions = {}): Promise<LocalNeo4jStatus> {
  const paths = opts.paths ?? defaultLocalNeo4jPaths();
  const files = instanceFiles(paths, opts.instance);
  const base = { instance: files.instance, home: files.home, hasData: existsSync(join(files.home, "data")) };
  const state = readState(files.pidFile);
  if (state && isLauncherProcess(state.pid, files.home)) {
    return {
      ...base,
      running: true,
      pid: state.pid,
      ...(state.port ? { port: state.port } : {}),
      ...(state.uri ? { uri: state.uri } : {}),
      mode: state.mode,
      ...(state.owner ? { owner: { ...state.owner, alive: isAlive(state.owner.pid) } } : {}),
    };
  }
  if (state) clearState(files.pidFile, state.pid);
  const found = launcherProcesses(join(paths.root, "data")).find((p) => p.home === files.home);
  if (!found) return { ...base, running: false };
  const ready = await acceptsConnections(found.port);
  return {
    ...base,
    running: true,
    pid: found.pid,
    port: found.port,
    ...(ready ? { uri: `bolt://127.0.0.1:${found.port}` } : {}),
    mode: found.attached ? "attached" : "detached",
    ...(found.attached && found.ppid ? { owner: { pid: found.ppid, alive: isAlive(found.ppid) } } : {}),
  };
}

/** Every running instance of this checkout (state files and launcher processes alike). */
export async function listLocalNeo4j(opts: { paths?: LocalNeo4jPaths } = {}): Promise<LocalNeo4jStatus[]> {
  const paths = opts.paths ?? defaultLocalNeo4jPaths();
  const dataDir = join(paths.root, "data");
  const names = new Set<string>();
  try {
    for (const entry of readdirSync(dataDir)) if (entry.endsWith(".pid")) names.add(entry.slice(0, -4));
  } catch {
    // no data folder yet
  }
  for (const p of launcherProcesses(dataDir)) names.add(p.home.slice(dataDir.length + 1));
  const statuses: LocalNeo4jStatus[] = [];
  for (const instance of [...names].sort()) {
    try {
      const status = await statusLocalNeo4j({ paths, instance });
      if (status.running) statuses.push(status);
    } catch {
      // not an instance name of ours
    }
  }
  return statuses;
}

/** "pid 123, bolt://127.0.0.1:7687, attached to process 456 (dist/src/main.js)" and the like. */
export function describeRunning(status: LocalNeo4jStatus): string {
  const where = status.uri ?? `port ${status.port ?? "?"}, starting`;
  let how = "";
  if (status.mode === "attached" && status.owner) {
    const command = status.owner.command ? ` (${status.owner.command})` : "";
    how = status.owner.alive
      ? `, attached to process ${status.owner.pid}${command}: it stops with that process`
      : `, stopping: its process ${status.owner.pid}${command} is gone`;
  } else if (status.mode === "detached") {
    how = ", in the background";
  }
  return `pid ${status.pid}, ${where}${how}`;
}

/**
 * Stops an instance. A detached one is stopped; one attached to a live process is left alone (it
 * stops with that process, which would lose its database otherwise): that is an error. Resolves
 * false when the instance was not running.
 */
export async function stopLocalNeo4j(opts: StopOptions = {}): Promise<boolean> {
  const paths = opts.paths ?? defaultLocalNeo4jPaths();
  const files = instanceFiles(paths, opts.instance);
  const status = await statusLocalNeo4j({ paths, instance: files.instance });
  if (!status.running || status.pid === undefined) return false;
  if (status.mode === "attached" && status.owner?.alive && status.owner.pid !== process.pid) {
    const command = status.owner.command ? ` (${status.owner.command})` : "";
    throw new LocalNeo4jError(
      `Neo4j instance "${files.instance}" belongs to process ${status.owner.pid}${command} and stops with it; stop that process instead`,
    );
  }
  const pid = status.pid;
  try {
    process.kill(pid, "SIGTERM");
  } catch {
    // exited meanwhile
  }
  if (!(await waitForPidExit(pid, opts.timeoutMs ?? STOP_TIMEOUT_MS))) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // exited meanwhile
    }
    await waitForPidExit(pid, 10_000);
  }
  clearState(files.pidFile, pid);
  return true;
}

/** A startup failure that means "the port was taken", whatever layer said it. */
function isBindFailure(reason: string | undefined): boolean {
  return (
    !!reason &&
    /^port \d+ is in use$|bind\(\.\.\) failed|error\(-98\)|address already in use|is already in use|BindException/i.test(
      reason,
    )
  );
}

function portInUse(
  port: number,
  setting: string | undefined,
  holder: LocalNeo4jStatus | undefined,
): LocalNeo4jError {
  const by = holder ? ` by the local Neo4j instance "${holder.instance}" (pid ${holder.pid})` : "";
  return new LocalNeo4jError(
    `Neo4j cannot start: port ${port} on 127.0.0.1 is in use${by}; ${setting === "--port" ? "pass another --port" : `set ${setting ?? "NEO4J_LOCAL_PORT"} to another port`}`,
  );
}

/** Fails before a JVM is spawned when the Bolt port is taken, naming the instance that holds it. */
async function assertPortFree(
  paths: LocalNeo4jPaths,
  port: number,
  setting: string | undefined,
): Promise<void> {
  const busy = await new Promise<boolean>((resolvePromise, reject) => {
    const probe = createServer();
    probe.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") resolvePromise(true);
      else
        reject(
          new LocalNeo4jError(`Neo4j cannot start: cannot listen on 127.0.0.1:${port}: ${error.message}`),
        );
    });
    probe.listen({ port, host: "127.0.0.1", exclusive: true }, () =>
      probe.close(() => resolvePromise(false)),
    );
  });
  if (!busy) return;
  const holder = (await listLocalNeo4j({ paths })).find((s) => s.port === port);
  throw portInUse(port, setting, holder);
}

/** Where the password of an instance is kept. */
export function localNeo4jPasswordFile(opts: InstanceOptions = {}): string {
  return instanceFiles(opts.paths ?? defaultLocalNeo4jPaths(), opts.instance).passwordFile;
}

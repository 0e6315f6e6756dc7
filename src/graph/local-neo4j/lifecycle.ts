/** Starting, stopping and asking after an instance. */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, existsSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { chmod, mkdir, writeFile } from "node:fs/promises";
import { Socket } from "node:net";
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
  type LocalNeo4jStatus,
  type StartOptions,
  type StopOptions,
} from "./options.js";
import { defaultLocalNeo4jPaths, distDir, instanceFiles, type InstanceFiles } from "./paths.js";
import { isLauncherProcess, waitForExit, waitForPidExit } from "./process.js";
import { javaCommand } from "./toolchain.js";
import { readText, removeFile } from "./util.js";

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

interface PidRecord {
  pid: number;
  uri?: string;
}

function readPidFile(file: string): PidRecord | undefined {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
  const [pidLine, uriLine] = text.split(/\r?\n/);
  const pid = Number.parseInt(pidLine ?? "", 10);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  const uri = uriLine?.trim();
  return uri ? { pid, uri } : { pid };
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
const attached = new Set<{ child: ChildProcess; stop: () => Promise<void> }>();
let handlersInstalled = false;

function onProcessExit(): void {
  // Synchronous only: ask the JVMs to stop; their stdin pipe closes with us as well.
  for (const entry of attached) {
    if (entry.child.exitCode === null && entry.child.signalCode === null) entry.child.kill("SIGTERM");
  }
}

function onSignal(signal: NodeJS.Signals): void {
  void Promise.allSettled([...attached].map((entry) => entry.stop())).then(() => {
    uninstallHandlers();
    // Nobody else handles the signal: re-raise it so the process ends with the conventional status.
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
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

  const running = readPidFile(files.pidFile);
  if (running && isLauncherProcess(running.pid, files.home)) {
    throw new LocalNeo4jError(
      `Neo4j instance "${files.instance}" is already running (pid ${running.pid}${running.uri ? `, ${running.uri}` : ""})`,
    );
  }
  if (running) removeFile(files.pidFile);

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
  if (!isAttached) writeFileSync(files.pidFile, `${pid}\n`);

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
    if (!isAttached) removeFile(files.pidFile);
    const { reason, log } = await failureReason(files);
    const debugLog = join(files.logs, "debug.log");
    if (outcome.error) {
      const logHint = /is in use$/.test(outcome.error)
        ? ""
        : ` (log: ${existsSync(debugLog) ? debugLog : log})`;
      throw new LocalNeo4jError(`Neo4j failed to start: ${outcome.error}${logHint}`);
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
    const entry = {
      child,
      stop: (): Promise<void> => handle.stop(),
    };
    const handle: LocalNeo4jHandle = {
      uri,
      username: LOCAL_NEO4J_USER,
      password,
      pid,
      readyMs,
      stop: () => {
        stopping ??= stopChild().finally(() => {
          attached.delete(entry);
          if (attached.size === 0) uninstallHandlers();
        });
        return stopping;
      },
    };
    attached.add(entry);
    installHandlers();
    child.once("exit", () => {
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

  writeFileSync(files.pidFile, `${pid}\n${uri}\n`);
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
// Detached instance: stop / status

/** Stops the detached instance recorded in the pid file. Resolves false when it was not running. */
export async function stopLocalNeo4j(opts: StopOptions = {}): Promise<boolean> {
  const paths = opts.paths ?? defaultLocalNeo4jPaths();
  const files = instanceFiles(paths, opts.instance);
  const record = readPidFile(files.pidFile);
  if (!record || !isLauncherProcess(record.pid, files.home)) {
    if (record) removeFile(files.pidFile);
    return false;
  }
  try {
    process.kill(record.pid, "SIGTERM");
  } catch {
    // exited meanwhile
  }
  if (!(await waitForPidExit(record.pid, opts.timeoutMs ?? STOP_TIMEOUT_MS))) {
    try {
      process.kill(record.pid, "SIGKILL");
    } catch {
      // exited meanwhile
    }
    await waitForPidExit(record.pid, 10_000);
  }
  removeFile(files.pidFile);
  return true;
}

export async function statusLocalNeo4j(opts: InstanceOptions = {}): Promise<LocalNeo4jStatus> {
  const paths = opts.paths ?? defaultLocalNeo4jPaths();
  const files = instanceFiles(paths, opts.instance);
  const record = readPidFile(files.pidFile);
  if (!record || !isLauncherProcess(record.pid, files.home)) return { running: false };
  return record.uri
    ? { running: true, pid: record.pid, uri: record.uri }
    : { running: true, pid: record.pid };
}

/** Where the password of an instance is kept. */
export function localNeo4jPasswordFile(opts: InstanceOptions = {}): string {
  return instanceFiles(opts.paths ?? defaultLocalNeo4jPaths(), opts.instance).passwordFile;
}

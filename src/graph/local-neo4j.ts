/**
 * A real Neo4j 5.26 (Community, embedded in a small Java launcher with the Bolt connector on
 * 127.0.0.1), built from Maven Central and managed by the project.
 *
 * Layout under <repo>/.neo4j (git-ignored):
 *   build/                     Maven's build directory
 *   dist/launcher.jar, lib/    the launcher and its runtime dependencies; dist/.stamp holds the source hash
 *   build.log                  output of the last Maven build
 *   data/<instance>/           database home: data/, logs/ (debug.log, neo4j.log, launcher.*)
 *   data/<instance>.password   password of user neo4j (mode 0600)
 *   data/<instance>.pid        pid and Bolt URI of a detached instance
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { closeSync, existsSync, openSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { chmod, cp, mkdir, open, readFile, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { Socket } from "node:net";
import { delimiter, dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

/** A failure meant for the user: the message is a single line. */
export class LocalNeo4jError extends Error {
  constructor(message: string) {
    super(message.replace(/\s*[\r\n]+\s*/g, " ").trim());
    this.name = "LocalNeo4jError";
  }
}

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
  running: boolean;
  pid?: number;
  uri?: string;
}

export const LOCAL_NEO4J_USER = "neo4j";
export const DEFAULT_BOLT_PORT = 7687;
const DEFAULT_INSTANCE = "default";
const MAIN_CLASS = "lianhe.neo4j.LocalNeo4j";
const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 60_000;
const MIN_JAVA = 17;

// ---------------------------------------------------------------------------------------------
// Paths

/** Finds the repository root: the nearest folder above this file holding package.json and neo4j-launcher/. */
export function defaultLocalNeo4jPaths(): LocalNeo4jPaths {
  const start = dirname(fileURLToPath(import.meta.url));
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "neo4j-launcher", "pom.xml"))) {
      return { root: join(dir, ".neo4j"), launcher: join(dir, "neo4j-launcher") };
    }
    const parent = dirname(dir);
    if (parent === dir) {
      throw new LocalNeo4jError(
        `Cannot find the project root (package.json with neo4j-launcher/) above ${start}`,
      );
    }
    dir = parent;
  }
}

interface InstanceFiles {
  instance: string;
  home: string;
  logs: string;
  passwordFile: string;
  pidFile: string;
}

function instanceFiles(paths: LocalNeo4jPaths, instance: string = DEFAULT_INSTANCE): InstanceFiles {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(instance)) {
    throw new LocalNeo4jError(`Invalid instance name "${instance}": use letters, digits, '.', '_' or '-'`);
  }
  const data = join(paths.root, "data");
  const home = join(data, instance);
  return {
    instance,
    home,
    logs: join(home, "logs"),
    passwordFile: join(data, `${instance}.password`),
    pidFile: join(data, `${instance}.pid`),
  };
}

function distDir(paths: LocalNeo4jPaths): string {
  return join(paths.root, "dist");
}

// ---------------------------------------------------------------------------------------------
// Tools

export function javaCommand(): string {
  const javaHome = process.env["JAVA_HOME"];
  if (javaHome) {
    const candidate = join(javaHome, "bin", process.platform === "win32" ? "java.exe" : "java");
    if (existsSync(candidate)) return candidate;
  }
  return "java";
}

function isErrnoException(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && "code" in e;
}

/** Checks that Java 17+ runs; returns the java command. */
export function requireJava(): string {
  const java = javaCommand();
  const result = spawnSync(java, ["-version"], { encoding: "utf8", timeout: 30_000 });
  if (result.error || result.status !== 0) {
    throw new LocalNeo4jError(
      `Java ${MIN_JAVA}+ is required to run the local Neo4j, but \`${java}\` ${
        isErrnoException(result.error) && result.error.code === "ENOENT"
          ? "was not found on PATH"
          : "did not run"
      } (install a JDK ${MIN_JAVA}+ or set JAVA_HOME)`,
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${result.stderr}${result.stdout}`);
  const major = match ? (match[1] === "1" ? Number(match[2]) : Number(match[1])) : NaN;
  if (!Number.isFinite(major) || major < MIN_JAVA) {
    throw new LocalNeo4jError(
      `Java ${MIN_JAVA}+ is required to run the local Neo4j, but \`${java} -version\` reports ${
        Number.isFinite(major) ? `Java ${major}` : "an unknown version"
      }`,
    );
  }
  return java;
}

export function requireMaven(): string {
  const mvn = process.platform === "win32" ? "mvn.cmd" : "mvn";
  const result = spawnSync(mvn, ["-v"], { encoding: "utf8", timeout: 60_000 });
  if (result.error || result.status !== 0) {
    throw new LocalNeo4jError(
      `Maven is required to build the local Neo4j launcher, but \`${mvn}\` ${
        isErrnoException(result.error) && result.error.code === "ENOENT"
          ? "was not found on PATH"
          : "did not run"
      } (install Maven 3.8+)`,
    );
  }
  return mvn;
}

// ---------------------------------------------------------------------------------------------
// Install

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(full)));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

/** Hash of pom.xml and everything under src/, with relative paths, in a stable order. */
async function launcherSourceHash(launcher: string): Promise<string> {
  const files = [join(launcher, "pom.xml"), ...(await listFiles(join(launcher, "src")))];
  const entries = files.map((f) => ({ rel: relative(launcher, f).split("\\").join("/"), full: f }));
  entries.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  const hash = createHash("sha256");
  for (const { rel, full } of entries) {
    hash
      .update(rel)
      .update("\0")
      .update(await readFile(full))
      .update("\0");
  }
  return hash.digest("hex");
}

export async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, "utf8");
  } catch {
    return undefined;
  }
}

function isBuilt(dist: string): boolean {
  return existsSync(join(dist, "launcher.jar")) && existsSync(join(dist, "lib"));
}

/**
 * Serialises builds across processes (parallel test workers) with an exclusive lock directory.
 * A lock whose owner process is gone is taken over.
 */
export async function withLock<T>(lockDir: string, fn: () => Promise<T>): Promise<T> {
  const ownerFile = join(lockDir, "owner");
  const deadline = Date.now() + 30 * 60_000;
  for (;;) {
    try {
      await mkdir(lockDir);
      await writeFile(ownerFile, `${process.pid}\n`);
      break;
    } catch (e) {
      if (!isErrnoException(e) || e.code !== "EEXIST") throw e;
      const owner = Number.parseInt((await readText(ownerFile)) ?? "", 10);
      const info = await stat(lockDir).catch(() => undefined);
      const ownerGone = Number.isInteger(owner)
        ? !isAlive(owner)
        : !!info && Date.now() - info.mtimeMs > 10_000;
      if (ownerGone) {
        await rm(lockDir, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) {
        throw new LocalNeo4jError(`Timed out waiting for another Neo4j launcher build (lock ${lockDir})`);
      }
      await sleep(250);
    }
  }
  try {
    return await fn();
  } finally {
    await rm(lockDir, { recursive: true, force: true });
  }
}

export function runLogged(command: string, args: string[], cwd: string, logFile: string): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const fd = openSync(logFile, "w");
    const child = spawn(command, args, { cwd, stdio: ["ignore", fd, fd], env: process.env });
    closeSync(fd);
    child.once("error", reject);
    child.once("exit", (code, signal) => resolvePromise(code ?? (signal ? 128 : 1)));
  });
}

/**
 * Builds the launcher (jar + runtime dependencies) into .neo4j/dist with Maven, unless the stamp
 * records the same hash of pom.xml and the Java sources. Also checks that Java 17+ is available.
 */
export async function installLocalNeo4j(opts: InstallOptions = {}): Promise<InstallResult> {
  const started = performance.now();
  const paths = opts.paths ?? defaultLocalNeo4jPaths();
  const dist = distDir(paths);
  const stampFile = join(dist, ".stamp");
  requireJava();
  const hash = await launcherSourceHash(paths.launcher);
  const upToDate = async (): Promise<boolean> =>
    !opts.force && isBuilt(dist) && (await readText(stampFile))?.trim() === hash;

  if (await upToDate()) return { cached: true, ms: Math.round(performance.now() - started) };

  await mkdir(paths.root, { recursive: true });
  return withLock(join(paths.root, "install.lock"), async () => {
    // Another process may have finished the same build while this one waited for the lock.
    if (await upToDate()) return { cached: true, ms: Math.round(performance.now() - started) };
    const mvn = requireMaven();
    const buildDir = join(paths.root, "build");
    const logFile = join(paths.root, "build.log");
    await rm(buildDir, { recursive: true, force: true });
    const code = await runLogged(
      mvn,
      [
        "-q",
        "-B",
        "-Dstyle.color=never",
        "-f",
        join(paths.launcher, "pom.xml"),
        `-Dlauncher.buildDir=${buildDir}`,
        "package",
      ],
      paths.launcher,
      logFile,
    );
    if (code !== 0) {
      const reason = lastMeaningfulLine((await readText(logFile)) ?? "") ?? `exit code ${code}`;
      throw new LocalNeo4jError(`Building the Neo4j launcher with Maven failed: ${reason} (log: ${logFile})`);
    }
    const staging = join(paths.root, "dist.tmp");
    await rm(staging, { recursive: true, force: true });
    await mkdir(staging, { recursive: true });
    await cp(join(buildDir, "launcher.jar"), join(staging, "launcher.jar"));
    await cp(join(buildDir, "lib"), join(staging, "lib"), { recursive: true });
    await writeFile(join(staging, ".stamp"), `${hash}\n`);
    await rm(dist, { recursive: true, force: true });
    await rename(staging, dist);
    await rm(buildDir, { recursive: true, force: true });
    return { cached: false, ms: Math.round(performance.now() - started) };
  });
}

// ---------------------------------------------------------------------------------------------
// Start

const SIZE_RE = /^\d+[kmgKMG]?$/;

function sizeBytes(size: string): number {
  const unit = size.slice(-1).toLowerCase();
  const factor = unit === "k" ? 1024 : unit === "m" ? 1024 ** 2 : unit === "g" ? 1024 ** 3 : 1;
  return Number.parseInt(size, 10) * factor;
}

/** JVM heap flags from "2g" (max heap) or explicit "-Xms.. -Xmx.." flags. */
function heapFlags(heap: string | undefined): string[] {
  const value = (heap ?? "").trim();
  if (!value) return ["-Xms512m", "-Xmx2g"];
  if (value.startsWith("-")) return value.split(/\s+/);
  if (!SIZE_RE.test(value))
    throw new LocalNeo4jError(`Invalid heap size "${value}" (expected e.g. 2g or 1536m)`);
  const initial = sizeBytes(value) < sizeBytes("512m") ? value : "512m";
  return [`-Xms${initial}`, `-Xmx${value}`];
}

function pagecacheSize(pagecache: string | undefined): string {
  const value = (pagecache ?? "").trim() || "512m";
  if (!SIZE_RE.test(value))
    throw new LocalNeo4jError(`Invalid page cache size "${value}" (expected e.g. 512m)`);
  return value;
}

const JVM_FLAGS = [
  "-XX:+UseG1GC",
  "-XX:-OmitStackTraceInFastThrow",
  "-XX:+ExitOnOutOfMemoryError",
  // Neo4j's page cache and native file access need these, as in the server's default configuration.
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-Djdk.nio.maxCachedBufferSize=1024",
  "-Dlog4j2.disable.jmx=true",
];

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

/** Last line of a log that says something: no stack frames, blank lines or generic JVM epilogues. */
export function lastMeaningfulLine(text: string): string | undefined {
  const lines = text.split(/\r?\n/).reverse();
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (/^at\s/.test(line) || /^\.\.\. \d+ more$/.test(line)) continue;
    if (/^Error: (Could not create the Java Virtual Machine|A fatal exception has occurred)/.test(line))
      continue;
    if (/^\[(INFO|WARNING)\]/.test(line)) continue;
    return line.length > 300 ? `${line.slice(0, 297)}...` : line;
  }
  return undefined;
}

async function tail(file: string, bytes = 64 * 1024): Promise<string> {
  try {
    const handle = await open(file, "r");
    try {
      const { size } = await handle.stat();
      const length = Math.min(size, bytes);
      const buffer = Buffer.alloc(length);
      await handle.read(buffer, 0, length, size - length);
      return buffer.toString("utf8");
    } finally {
      await handle.close();
    }
  } catch {
    return "";
  }
}

/** The best one-line reason for a failed start, and the log that tells more. */
async function failureReason(files: InstanceFiles): Promise<{ reason: string | undefined; log: string }> {
  const stderr = join(files.logs, "launcher.err");
  const fromStderr = lastMeaningfulLine(await tail(stderr));
  if (fromStderr) return { reason: fromStderr, log: stderr };
  const debugLog = join(files.logs, "debug.log");
  const errors = (await tail(debugLog))
    .split(/\r?\n/)
    .filter((l) => /\b(ERROR|WARN)\b/.test(l))
    .join("\n");
  return { reason: lastMeaningfulLine(errors), log: debugLog };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return isErrnoException(e) && e.code === "EPERM";
  }
}

/** Whether pid is our launcher for this home (checked through /proc where there is one). */
function isLauncherProcess(pid: number, home: string): boolean {
  if (!isAlive(pid)) return false;
  const procFile = `/proc/${pid}/cmdline`;
  if (!existsSync("/proc/self/cmdline")) return true;
  try {
    const args = readFileSync(procFile, "utf8").split("\0");
    return args.includes(MAIN_CLASS) && args.includes(home);
  } catch {
    return false;
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

function removeFile(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // already gone
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Resolves with the READY URI, or rejects with the launcher's ERROR reason / early exit. */
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

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolvePromise) => {
    const timer = setTimeout(() => {
      child.off("exit", onExit);
      resolvePromise(false);
    }, timeoutMs);
    const onExit = (): void => {
      clearTimeout(timer);
      resolvePromise(true);
    };
    child.once("exit", onExit);
  });
}

async function waitForPidExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await sleep(100);
  }
  return true;
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

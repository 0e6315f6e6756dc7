/** Operating-system processes: alive, ours, exited. */
import type { ChildProcess } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { Socket } from "node:net";
import { isErrnoException } from "./errors.js";
import { MAIN_CLASS } from "./jvm.js";
import { sleep } from "./util.js";

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return isErrnoException(e) && e.code === "EPERM";
  }
}

/** Whether pid is our launcher for this home (checked through /proc where there is one). */
export function isLauncherProcess(pid: number, home: string): boolean {
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

/** A launcher JVM found among the running processes, from its command line. */
export interface LauncherProcess {
  pid: number;
  /** Its --home: the instance's data folder. */
  home: string;
  port: number;
  /** Started with --watch-stdin: it lives as long as its parent. */
  attached: boolean;
  /** Its parent process. */
  ppid?: number;
}

/**
 * Every launcher JVM whose home is under dataDir, found through /proc (Linux). Elsewhere, or when
 * /proc cannot be read, the list is empty: the state files are then the only record.
 */
export function launcherProcesses(dataDir: string): LauncherProcess[] {
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return [];
  }
  const found: LauncherProcess[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0");
    } catch {
      continue; // exited meanwhile, or not ours to read
    }
    if (!args.includes(MAIN_CLASS)) continue;
    const home = args[args.indexOf("--home") + 1];
    const port = Number(args[args.indexOf("--bolt-port") + 1]);
    if (!home || !home.startsWith(`${dataDir}/`) || !Number.isInteger(port)) continue;
    const ppid = parentPid(Number(entry));
    found.push({
      pid: Number(entry),
      home,
      port,
      attached: args.includes("--watch-stdin"),
      ...(ppid ? { ppid } : {}),
    });
  }
  return found;
}

function parentPid(pid: number): number | undefined {
  try {
    // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so read after the last ")".
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    return Number.isInteger(ppid) && ppid > 0 ? ppid : undefined;
  } catch {
    return undefined;
  }
}

/** Whether something accepts TCP connections on 127.0.0.1:port (within timeoutMs). */
export function acceptsConnections(port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const socket = new Socket();
    const done = (ok: boolean): void => {
      socket.destroy();
      resolvePromise(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("error", () => done(false));
    socket.connect(port, "127.0.0.1", () => done(true));
  });
}

export function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
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

export async function waitForPidExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await sleep(100);
  }
  return true;
}

/** Operating-system processes: alive, ours, exited. */
import type { ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
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

/** Runs the built hub (dist/) as a child process, the way `npm start` does. */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { REPO_ROOT } from "../../src/graph/paths.js";

export interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
}

export function runMain(env: Record<string, string>, timeoutMs = 180_000): Promise<Started> {
  const child = spawn(process.execPath, ["dist/src/main.js"], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`hub not ready in ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /GraphQL at (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]!, output: () => output });
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`hub exited with ${code}:\n${output}`));
    });
  });
}

/** Runs the built hub expecting it to fail: its exit code and what it printed. */
export function runMainToExit(
  env: Record<string, string>,
  timeoutMs = 60_000,
): Promise<{ code: number | null; stderr: string; stdout: string }> {
  const child = spawn(process.execPath, ["dist/src/main.js"], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
  child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error("the hub did not exit"));
    }, timeoutMs);
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

export function exited(child: ChildProcess, timeoutMs = 90_000): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("process did not exit")), timeoutMs);
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

/** Pids of the launcher JVMs of one local Neo4j instance (its data folder exactly, not a prefix of it). */
export function launcherPids(instance: string): number[] {
  try {
    const out = execFileSync("pgrep", ["-f", `lianhe.neo4j.LocalNeo4j.*data/${instance}( |$)`], {
      encoding: "utf8",
    });
    return out.split("\n").filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** Polls `check` until it holds or `timeoutMs` passes; the last check decides. */
export async function waitUntil(check: () => boolean, timeoutMs: number, everyMs = 100): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  return check();
}

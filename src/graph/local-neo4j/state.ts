/**
 * The state file of an instance (.neo4j/data/<instance>.pid): written by whoever starts it — `npm
 * run neo4j -- start` (detached) or a process that keeps it attached (`npm start`, `db:migrate`,
 * `seed`, the tests) — and removed when it stops. Readers check it for liveness: a file whose JVM
 * is gone, or whose pid now belongs to another program, is stale.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { relative } from "node:path";
import { removeFile } from "./util.js";

export interface InstanceState {
  /** The launcher JVM. */
  pid: number;
  /** Its Bolt port on 127.0.0.1. */
  port: number;
  /** Set once Bolt accepts connections. */
  uri?: string;
  /** detached: runs until `stop`; attached: lives and dies with its owner process. */
  mode: "detached" | "attached";
  /** Attached: the process it belongs to, and that process's script. */
  owner?: { pid: number; command: string };
  startedAt: string;
}

export function readState(file: string): InstanceState | undefined {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
  try {
    const parsed = JSON.parse(text) as Partial<InstanceState>;
    if (Number.isInteger(parsed.pid) && Number.isInteger(parsed.port)) return parsed as InstanceState;
    return undefined;
  } catch {
    // The first format: "<pid>\n<uri>\n", written only for detached instances.
    const [pidLine, uriLine] = text.split(/\r?\n/);
    const pid = Number.parseInt(pidLine ?? "", 10);
    if (!Number.isInteger(pid) || pid <= 0) return undefined;
    const uri = uriLine?.trim();
    const port = Number(/:(\d+)$/.exec(uri ?? "")?.[1] ?? 0);
    return { pid, port, mode: "detached", startedAt: "", ...(uri ? { uri } : {}) };
  }
}

export function writeState(file: string, state: InstanceState): void {
  writeFileSync(file, `${JSON.stringify(state)}\n`);
}

/** Removes the state file if it still describes pid (a newer start may have replaced it). */
export function clearState(file: string, pid: number): void {
  const current = readState(file);
  if (!current || current.pid === pid) removeFile(file);
}

/** The owner record of a process that keeps an instance attached: this one. */
export function thisProcess(): { pid: number; command: string } {
  const script = process.argv[1];
  return { pid: process.pid, command: script ? relative(process.cwd(), script) || script : process.title };
}

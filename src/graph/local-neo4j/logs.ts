/** Reading the launcher's logs for the one-line reason of a failed start. */
import { open } from "node:fs/promises";
import { join } from "node:path";
import type { InstanceFiles } from "./paths.js";

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

export async function tail(file: string, bytes = 64 * 1024): Promise<string> {
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
export async function failureReason(
  files: InstanceFiles,
): Promise<{ reason: string | undefined; log: string }> {
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

/**
 * Builds the console (Vite, console/vite.config.ts) into dist/console when it is missing or older
 * than its sources or the lock file: `npm run build` runs it (so `npm start` serves a current console),
 * and so can a test run that needs the console.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "../graph/paths.js";
import { CONSOLE_DIST } from "./console.js";

export const CONSOLE_SOURCE = join(REPO_ROOT, "console");

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export function consoleBuildIsStale(): boolean {
  const built = join(CONSOLE_DIST, "index.html");
  if (!existsSync(built)) return true;
  const sources = Math.max(newestMtime(CONSOLE_SOURCE), newestMtime(join(REPO_ROOT, "package-lock.json")));
  return sources > statSync(built).mtimeMs;
}

/** Runs `vite build` unless the build is current (or always with force); returns whether it built. */
export function buildConsole(options: { force?: boolean; quiet?: boolean } = {}): boolean {
  if (!options.force && !consoleBuildIsStale()) return false;
  execFileSync(
    process.execPath,
    [
      join(REPO_ROOT, "node_modules", "vite", "bin", "vite.js"),
      "build",
      "--config",
      "console/vite.config.ts",
    ],
    { cwd: REPO_ROOT, stdio: options.quiet ? "pipe" : "inherit" },
  );
  return true;
}

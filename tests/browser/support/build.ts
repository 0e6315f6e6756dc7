/** The console the browser tests open: built (vite) once when dist/console is missing or stale. */
import { buildConsole } from "../../../src/server/console-build.js";

let checked = false;

export function ensureConsoleBuilt(): void {
  if (checked) return;
  buildConsole({ quiet: true });
  checked = true;
}

/** Builds the console into dist/console when its sources changed (`npm run build`); --force always. */
import { buildConsole } from "../server/console-build.js";

const built = buildConsole({ force: process.argv.includes("--force") });
if (!built) console.log("console: dist/console is up to date");

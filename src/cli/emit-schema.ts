/** Writes the SDL to schema/schema.graphql (`npm run schema:emit`). */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { SCHEMA_FILE } from "../graph/paths.js";
import { hubSchema, printHubSchema } from "../server/schema.js";

const sdl = printHubSchema(await hubSchema());
mkdirSync(dirname(SCHEMA_FILE), { recursive: true });
writeFileSync(SCHEMA_FILE, sdl);
console.log(`wrote ${SCHEMA_FILE} (${sdl.split("\n").length} lines)`);

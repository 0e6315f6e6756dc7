/** Locations inside the repository, found from this file whether run from src/ (tests) or dist/src/. */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function findRepoRoot(start: string): string {
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "cypher"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the repository root above ${start}`);
    dir = parent;
  }
}

export const REPO_ROOT = findRepoRoot(dirname(fileURLToPath(import.meta.url)));
export const CYPHER_DIR = join(REPO_ROOT, "cypher");
export const SEEDS_DIR = join(REPO_ROOT, "seeds");
export const SCHEMA_FILE = join(REPO_ROOT, "schema", "schema.graphql");

/** Where the local Neo4j keeps its builds, data, logs and per-instance files. */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { LocalNeo4jError } from "./errors.js";
import type { LocalNeo4jPaths } from "./options.js";

export const DEFAULT_INSTANCE = "default";

/** Finds the repository root: the nearest folder above this file holding package.json and neo4j-launcher/. */
export function defaultLocalNeo4jPaths(): LocalNeo4jPaths {
  const start = dirname(fileURLToPath(import.meta.url));
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "neo4j-launcher", "pom.xml"))) {
      return { root: join(dir, ".neo4j"), launcher: join(dir, "neo4j-launcher") };
    }
    const parent = dirname(dir);
    if (parent === dir) {
      throw new LocalNeo4jError(
        `Cannot find the project root (package.json with neo4j-launcher/) above ${start}`,
      );
    }
    dir = parent;
  }
}

export interface InstanceFiles {
  instance: string;
  home: string;
  logs: string;
  passwordFile: string;
  pidFile: string;
}

export function instanceFiles(paths: LocalNeo4jPaths, instance: string = DEFAULT_INSTANCE): InstanceFiles {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(instance)) {
    throw new LocalNeo4jError(`Invalid instance name "${instance}": use letters, digits, '.', '_' or '-'`);
  }
  const data = join(paths.root, "data");
  const home = join(data, instance);
  return {
    instance,
    home,
    logs: join(home, "logs"),
    passwordFile: join(data, `${instance}.password`),
    pidFile: join(data, `${instance}.pid`),
  };
}

export function distDir(paths: LocalNeo4jPaths): string {
  return join(paths.root, "dist");
}

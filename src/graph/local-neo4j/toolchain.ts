/** Java and Maven: found, and checked to be recent enough. */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { LocalNeo4jError, isErrnoException } from "./errors.js";

export const MIN_JAVA = 17;

export function javaCommand(): string {
  const javaHome = process.env["JAVA_HOME"];
  if (javaHome) {
    const candidate = join(javaHome, "bin", process.platform === "win32" ? "java.exe" : "java");
    if (existsSync(candidate)) return candidate;
  }
  return "java";
}

/** Checks that Java 17+ runs; returns the java command. */
export function requireJava(): string {
  const java = javaCommand();
  const result = spawnSync(java, ["-version"], { encoding: "utf8", timeout: 30_000 });
  if (result.error || result.status !== 0) {
    throw new LocalNeo4jError(
      `Java ${MIN_JAVA}+ is required to run the local Neo4j, but \`${java}\` ${
        isErrnoException(result.error) && result.error.code === "ENOENT"
          ? "was not found on PATH"
          : "did not run"
      } (install a JDK ${MIN_JAVA}+ or set JAVA_HOME)`,
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${result.stderr}${result.stdout}`);
  const major = match ? (match[1] === "1" ? Number(match[2]) : Number(match[1])) : NaN;
  if (!Number.isFinite(major) || major < MIN_JAVA) {
    throw new LocalNeo4jError(
      `Java ${MIN_JAVA}+ is required to run the local Neo4j, but \`${java} -version\` reports ${
        Number.isFinite(major) ? `Java ${major}` : "an unknown version"
      }`,
    );
  }
  return java;
}

export function requireMaven(): string {
  const mvn = process.platform === "win32" ? "mvn.cmd" : "mvn";
  const result = spawnSync(mvn, ["-v"], { encoding: "utf8", timeout: 60_000 });
  if (result.error || result.status !== 0) {
    throw new LocalNeo4jError(
      `Maven is required to build the local Neo4j launcher, but \`${mvn}\` ${
        isErrnoException(result.error) && result.error.code === "ENOENT"
          ? "was not found on PATH"
          : "did not run"
      } (install Maven 3.8+)`,
    );
  }
  return mvn;
}

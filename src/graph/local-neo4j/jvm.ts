/** The JVM command line of the launcher: memory settings and flags. */
import { LocalNeo4jError } from "./errors.js";

export const MAIN_CLASS = "lianhe.neo4j.LocalNeo4j";

export const SIZE_RE = /^\d+[kmgKMG]?$/;

export function sizeBytes(size: string): number {
  const unit = size.slice(-1).toLowerCase();
  const factor = unit === "k" ? 1024 : unit === "m" ? 1024 ** 2 : unit === "g" ? 1024 ** 3 : 1;
  return Number.parseInt(size, 10) * factor;
}

/** JVM heap flags from "2g" (max heap) or explicit "-Xms.. -Xmx.." flags. */
export function heapFlags(heap: string | undefined): string[] {
  const value = (heap ?? "").trim();
  if (!value) return ["-Xms512m", "-Xmx2g"];
  if (value.startsWith("-")) return value.split(/\s+/);
  if (!SIZE_RE.test(value))
    throw new LocalNeo4jError(`Invalid heap size "${value}" (expected e.g. 2g or 1536m)`);
  const initial = sizeBytes(value) < sizeBytes("512m") ? value : "512m";
  return [`-Xms${initial}`, `-Xmx${value}`];
}

export function pagecacheSize(pagecache: string | undefined): string {
  const value = (pagecache ?? "").trim() || "512m";
  if (!SIZE_RE.test(value))
    throw new LocalNeo4jError(`Invalid page cache size "${value}" (expected e.g. 512m)`);
  return value;
}

export const JVM_FLAGS = [
  "-XX:+UseG1GC",
  "-XX:-OmitStackTraceInFastThrow",
  "-XX:+ExitOnOutOfMemoryError",
  // Neo4j's page cache and native file access need these, as in the server's default configuration.
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-Djdk.nio.maxCachedBufferSize=1024",
  "-Dlog4j2.disable.jmx=true",
];

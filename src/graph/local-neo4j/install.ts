/** Building the launcher (jar and runtime dependencies) with Maven, cached by a hash of its sources. */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { closeSync, existsSync, openSync } from "node:fs";
import { cp, mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { LocalNeo4jError, isErrnoException } from "./errors.js";
import { lastMeaningfulLine } from "./logs.js";
import type { InstallOptions, InstallResult } from "./options.js";
import { defaultLocalNeo4jPaths, distDir } from "./paths.js";
import { isAlive } from "./process.js";
import { requireJava, requireMaven } from "./toolchain.js";
import { readText, sleep } from "./util.js";

export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(full)));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

/** Hash of pom.xml and everything under src/, with relative paths, in a stable order. */
export async function launcherSourceHash(launcher: string): Promise<string> {
  const files = [join(launcher, "pom.xml"), ...(await listFiles(join(launcher, "src")))];
  const entries = files.map((f) => ({ rel: relative(launcher, f).split("\\").join("/"), full: f }));
  entries.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  const hash = createHash("sha256");
  for (const { rel, full } of entries) {
    hash
      .update(rel)
      .update("\0")
      .update(await readFile(full))
      .update("\0");
  }
  return hash.digest("hex");
}

export function isBuilt(dist: string): boolean {
  return existsSync(join(dist, "launcher.jar")) && existsSync(join(dist, "lib"));
}

/**
 * Serialises builds across processes (parallel test workers) with an exclusive lock directory.
 * A lock whose owner process is gone is taken over.
 */
export async function withLock<T>(lockDir: string, fn: () => Promise<T>): Promise<T> {
  const ownerFile = join(lockDir, "owner");
  const deadline = Date.now() + 30 * 60_000;
  for (;;) {
    try {
      await mkdir(lockDir);
      await writeFile(ownerFile, `${process.pid}\n`);
      break;
    } catch (e) {
      if (!isErrnoException(e) || e.code !== "EEXIST") throw e;
      const owner = Number.parseInt((await readText(ownerFile)) ?? "", 10);
      const info = await stat(lockDir).catch(() => undefined);
      const ownerGone = Number.isInteger(owner)
        ? !isAlive(owner)
        : !!info && Date.now() - info.mtimeMs > 10_000;
      if (ownerGone) {
        await rm(lockDir, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) {
        throw new LocalNeo4jError(`Timed out waiting for another Neo4j launcher build (lock ${lockDir})`);
      }
      await sleep(250);
    }
  }
  try {
    return await fn();
  } finally {
    await rm(lockDir, { recursive: true, force: true });
  }
}

export function runLogged(command: string, args: string[], cwd: string, logFile: string): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const fd = openSync(logFile, "w");
    const child = spawn(command, args, { cwd, stdio: ["ignore", fd, fd], env: process.env });
    closeSync(fd);
    child.once("error", reject);
    child.once("exit", (code, signal) => resolvePromise(code ?? (signal ? 128 : 1)));
  });
}

/**
 * Builds the launcher (jar + runtime dependencies) into .neo4j/dist with Maven, unless the stamp
 * records the same hash of pom.xml and the Java sources. Also checks that Java 17+ is available.
 */
export async function installLocalNeo4j(opts: InstallOptions = {}): Promise<InstallResult> {
  const started = performance.now();
  const paths = opts.paths ?? defaultLocalNeo4jPaths();
  const dist = distDir(paths);
  const stampFile = join(dist, ".stamp");
  requireJava();
  const hash = await launcherSourceHash(paths.launcher);
  const upToDate = async (): Promise<boolean> =>
    !opts.force && isBuilt(dist) && (await readText(stampFile))?.trim() === hash;

  if (await upToDate()) return { cached: true, ms: Math.round(performance.now() - started) };

  await mkdir(paths.root, { recursive: true });
  return withLock(join(paths.root, "install.lock"), async () => {
    // Another process may have finished the same build while this one waited for the lock.
    if (await upToDate()) return { cached: true, ms: Math.round(performance.now() - started) };
    const mvn = requireMaven();
    const buildDir = join(paths.root, "build");
    const logFile = join(paths.root, "build.log");
    await rm(buildDir, { recursive: true, force: true });
    const code = await runLogged(
      mvn,
      [
        "-q",
        "-B",
        "-Dstyle.color=never",
        "-f",
        join(paths.launcher, "pom.xml"),
        `-Dlauncher.buildDir=${buildDir}`,
        "package",
      ],
      paths.launcher,
      logFile,
    );
    if (code !== 0) {
      const reason = lastMeaningfulLine((await readText(logFile)) ?? "") ?? `exit code ${code}`;
      throw new LocalNeo4jError(`Building the Neo4j launcher with Maven failed: ${reason} (log: ${logFile})`);
    }
    const staging = join(paths.root, "dist.tmp");
    await rm(staging, { recursive: true, force: true });
    await mkdir(staging, { recursive: true });
    await cp(join(buildDir, "launcher.jar"), join(staging, "launcher.jar"));
    await cp(join(buildDir, "lib"), join(staging, "lib"), { recursive: true });
    await writeFile(join(staging, ".stamp"), `${hash}\n`);
    await rm(dist, { recursive: true, force: true });
    await rename(staging, dist);
    await rm(buildDir, { recursive: true, force: true });
    return { cached: false, ms: Math.round(performance.now() - started) };
  });
}

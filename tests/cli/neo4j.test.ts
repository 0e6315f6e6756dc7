/**
 * The local Neo4j commands as a user meets them (`npm run neo4j`, `db:migrate`, `seed`, `npm start`
 * on the built dist/): they honour NEO4J_LOCAL_INSTANCE and NEO4J_LOCAL_PORT, `status` tells the truth
 * whoever started the instance, a command with nothing running says that it starts one, and a busy
 * port — busy from the start, or taken between the check and Neo4j's bind — is one line and exit 1.
 *
 * Each JVM start costs 10–45 s on a busy machine: one start per concern, reused across assertions,
 * and every instance started here is stopped (and its data folder removed) afterwards.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { stopLocalNeo4j } from "../../src/graph/local-neo4j.js";
import { REPO_ROOT } from "../../src/graph/paths.js";
import { exited, runMain, launcherPids, waitUntil } from "../support/process.js";

const DATA = join(REPO_ROOT, ".neo4j", "data");
const JVM_TIMEOUT = 180_000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function baseEnv(extra: Record<string, string>): Record<string, string> {
  return {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "",
    NEO4J_HEAP: process.env.NEO4J_HEAP ?? "1g",
    NEO4J_PAGECACHE: process.env.NEO4J_PAGECACHE ?? "256m",
    ...extra,
  };
}

/** Runs one of the built command-line scripts to its end. */
function cli(script: string, args: string[], env: Record<string, string>, timeoutMs = 150_000): Promise<Run> {
  const child = spawn(process.execPath, [`dist/src/cli/${script}.js`, ...args], {
    cwd: REPO_ROOT,
    env: baseEnv(env),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
  child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`${script} ${args.join(" ")} did not exit:\n${stdout}${stderr}`));
    }, timeoutMs);
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

function listen(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer((socket) => socket.destroy());
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}

const close = (server: Server | undefined): Promise<void> =>
  new Promise((r) => (server ? server.close(() => r()) : r()));

/** Stops whatever a test left running and removes the instances' data folders. */
async function cleanUp(...instances: string[]): Promise<void> {
  for (const instance of instances) {
    await stopLocalNeo4j({ instance }).catch(() => undefined);
    for (const pid of launcherPids(instance)) process.kill(pid, "SIGKILL");
    await waitUntil(() => launcherPids(instance).length === 0, 30_000);
    for (const suffix of ["", ".pid", ".password"])
      rmSync(join(DATA, `${instance}${suffix}`), { recursive: true, force: true });
  }
}

describe("npm run neo4j: the instance and port from NEO4J_LOCAL_INSTANCE and NEO4J_LOCAL_PORT", () => {
  const env = { NEO4J_LOCAL_INSTANCE: "t-status", NEO4J_LOCAL_PORT: "7792" };
  afterAll(() => cleanUp("t-status"));

  it("status of an instance never started names it, and the database it does not have yet", async () => {
    const run = await cli("neo4j", ["status"], env);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout.split("\n")[0]).toBe(
      `Neo4j (t-status) is not running (no database yet in ${join(DATA, "t-status")})`,
    );
  });

  it(
    "start, status, start again, db:migrate and stop all act on that instance and port",
    async () => {
      const started = await cli("neo4j", ["start"], env);
      expect(started.stderr).toBe("");
      expect(started.code).toBe(0);
      expect(started.stdout).toMatch(
        /^Neo4j \(t-status\) started in \d+ ms \(pid \d+\)\n {2}uri: +bolt:\/\/127\.0\.0\.1:7792\n/,
      );
      const [pid] = launcherPids("t-status");
      expect(pid).toBeDefined();

      const status = await cli("neo4j", ["status"], env);
      expect(status.stdout.trim()).toBe(
        `Neo4j (t-status) is running: pid ${pid}, bolt://127.0.0.1:7792, in the background`,
      );
      // The flags say the same as the environment.
      const byFlag = await cli("neo4j", ["status", "--instance", "t-status"], {});
      expect(byFlag.stdout.trim()).toBe(status.stdout.trim());

      const again = await cli("neo4j", ["start"], env);
      expect(again.code).toBe(0);
      expect(again.stdout.trim()).toBe(
        `Neo4j (t-status) is already running: pid ${pid}, bolt://127.0.0.1:7792, in the background`,
      );

      const migrate = await cli("migrate", [], env);
      expect(migrate.code).toBe(0);
      expect(migrate.stderr).toBe(""); // reused: nothing started, nothing to announce
      expect(migrate.stdout).toMatch(/^db:migrate: \d+ schema statements applied/);
      expect(launcherPids("t-status")).toEqual([pid]);

      const stopped = await cli("neo4j", ["stop"], env);
      expect(stopped.stdout.trim()).toBe("Neo4j (t-status) stopped");
      expect(launcherPids("t-status")).toEqual([]);
      const after = await cli("neo4j", ["status"], env);
      expect(after.stdout.split("\n")[0]).toBe("Neo4j (t-status) is not running");
    },
    JVM_TIMEOUT,
  );
});

describe("status tells the truth about the instance npm start keeps attached", () => {
  const env = { NEO4J_LOCAL_INSTANCE: "t-attached", NEO4J_LOCAL_PORT: "7793" };
  afterAll(() => cleanUp("t-attached"));

  it(
    "running and whose it is; stop refuses to pull it from under the hub; db:migrate reuses it",
    async () => {
      const hub = await runMain(baseEnv({ ...env, PORT: "0", HUB_SEED_WHEN_EMPTY: "false" }));
      try {
        const [pid] = launcherPids("t-attached");
        expect(pid).toBeDefined();
        const status = await cli("neo4j", ["status"], env);
        expect(status.stdout.trim()).toBe(
          `Neo4j (t-attached) is running: pid ${pid}, bolt://127.0.0.1:7793, attached to process ${hub.child.pid} (dist/src/main.js): it stops with that process`,
        );

        const stop = await cli("neo4j", ["stop"], env);
        expect(stop.code).toBe(1);
        expect(stop.stderr.trim().split("\n")).toEqual([
          `neo4j: Neo4j instance "t-attached" belongs to process ${hub.child.pid} (dist/src/main.js) and stops with it; stop that process instead`,
        ]);
        expect(launcherPids("t-attached")).toEqual([pid]);

        const migrate = await cli("migrate", [], env);
        expect(migrate.code).toBe(0);
        expect(migrate.stderr).toBe("");
        expect(launcherPids("t-attached")).toEqual([pid]);
      } finally {
        hub.child.kill("SIGTERM");
      }
      expect(await exited(hub.child)).toBe(0);
      expect(await waitUntil(() => launcherPids("t-attached").length === 0, 60_000)).toBe(true);
      const after = await cli("neo4j", ["status"], env);
      expect(after.stdout.split("\n")[0]).toBe("Neo4j (t-attached) is not running");
      expect(existsSync(join(DATA, "t-attached.pid"))).toBe(false);
    },
    JVM_TIMEOUT,
  );
});

describe("seed with no instance running says that it starts one for the command", () => {
  const env = { NEO4J_LOCAL_INSTANCE: "t-seed", NEO4J_LOCAL_PORT: "7794" };
  afterAll(() => cleanUp("t-seed"));

  it(
    "one line on stderr names the instance, the port and the new database; nothing is left running",
    async () => {
      const run = await cli("seed", [], env);
      expect(run.code).toBe(0);
      expect(run.stderr.trim().split("\n")).toEqual([
        'seed: no local Neo4j is running: starting instance "t-seed" on port 7794 for this command (stopped when it ends); it holds no database yet: a new, empty one is created in .neo4j/data/t-seed',
      ]);
      expect(run.stdout).toMatch(/^seed: "jiangsu" merged: \d+ nodes/);
      expect(await waitUntil(() => launcherPids("t-seed").length === 0, 30_000)).toBe(true);
      expect(existsSync(join(DATA, "t-seed.pid"))).toBe(false);
    },
    JVM_TIMEOUT,
  );
});

describe("a busy Bolt port is one line on stderr and exit code 1", () => {
  let blocker: Server | undefined;
  afterAll(async () => {
    await close(blocker);
    await cleanUp("t-busy", "t-race");
  });

  it("busy from the start: refused before any JVM starts", async () => {
    blocker = await listen(7795);
    const byEnv = await cli("neo4j", ["start"], { NEO4J_LOCAL_INSTANCE: "t-busy", NEO4J_LOCAL_PORT: "7795" });
    expect(byEnv.code).toBe(1);
    expect(byEnv.stderr.split("\n").filter(Boolean)).toEqual([
      "neo4j: Neo4j cannot start: port 7795 on 127.0.0.1 is in use; set NEO4J_LOCAL_PORT to another port",
    ]);
    const byFlag = await cli("neo4j", ["start", "--instance", "t-busy", "--port", "7795"], {});
    expect(byFlag.stderr.trim()).toBe(
      "neo4j: Neo4j cannot start: port 7795 on 127.0.0.1 is in use; pass another --port",
    );
    await close(blocker);
    blocker = undefined;
  });

  it(
    "taken between the launcher's check and Neo4j's bind: the same line, no JVM left",
    async () => {
      const env = { NEO4J_LOCAL_INSTANCE: "t-race", NEO4J_LOCAL_PORT: "7796" };
      const log = join(DATA, "t-race", "logs", "launcher.log");
      const offset = existsSync(log) ? statSync(log).size : 0;
      const run = cli("neo4j", ["start"], env);
      // The launcher logs when its own check passed; the DBMS then takes seconds to bind Bolt.
      const checked = await waitUntil(
        () => existsSync(log) && readFileSync(log, "utf8").slice(offset).includes("port 7796 is free"),
        120_000,
      );
      expect(checked).toBe(true);
      blocker = await listen(7796);
      const { code, stderr } = await run;
      expect(code).toBe(1);
      expect(stderr.split("\n").filter(Boolean)).toEqual([
        "neo4j: Neo4j cannot start: port 7796 on 127.0.0.1 is in use; set NEO4J_LOCAL_PORT to another port",
      ]);
      expect(await waitUntil(() => launcherPids("t-race").length === 0, 30_000)).toBe(true);
      expect(existsSync(join(DATA, "t-race.pid"))).toBe(false);
    },
    JVM_TIMEOUT,
  );
});

/**
 * The state file of a local Neo4j instance, without a JVM: a file whose process is gone, or whose
 * pid now belongs to another program, is stale — status says "not running" and removes it — and
 * stop has nothing to stop. (The commands on a real instance: tests/cli/neo4j.test.ts.)
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { statusLocalNeo4j, stopLocalNeo4j, type LocalNeo4jPaths } from "../../src/graph/local-neo4j.js";

const root = mkdtempSync(join(tmpdir(), "lianhe-state-"));
const paths: LocalNeo4jPaths = { root, launcher: join(root, "launcher") };
const data = join(root, "data");
mkdirSync(data, { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A pid that surely belongs to no process: one that has just exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", ""], { stdio: "ignore" });
  await new Promise((r) => child.once("exit", r));
  return child.pid!;
}

describe("the state file is checked for liveness", () => {
  it("a file whose JVM is gone: not running, and the file is removed", async () => {
    const file = join(data, "gone.pid");
    const pid = await deadPid();
    writeFileSync(file, JSON.stringify({ pid, port: 7799, mode: "detached", startedAt: "" }));
    const status = await statusLocalNeo4j({ paths, instance: "gone" });
    expect(status).toMatchObject({ instance: "gone", running: false, hasData: false });
    expect(existsSync(file)).toBe(false);
  });

  it("a file whose pid is another program (this one): not running; stop leaves that program alone", async () => {
    const file = join(data, "reused.pid");
    writeFileSync(
      file,
      JSON.stringify({
        pid: process.pid,
        port: 7799,
        uri: "bolt://127.0.0.1:7799",
        mode: "detached",
        startedAt: "",
      }),
    );
    expect((await statusLocalNeo4j({ paths, instance: "reused" })).running).toBe(false);
    writeFileSync(file, `${process.pid}\nbolt://127.0.0.1:7799\n`); // the first format, too
    expect(await stopLocalNeo4j({ paths, instance: "reused" })).toBe(false);
    expect(existsSync(file)).toBe(false);
  });

  it("no file and no launcher process: not running", async () => {
    expect(await statusLocalNeo4j({ paths, instance: "never" })).toEqual({
      instance: "never",
      running: false,
      hasData: false,
      home: join(data, "never"),
    });
  });
});

/**
 * `npm start` as a newcomer meets it: the built hub as a child process. It serves the seed graph on
 * an empty database, stops cleanly, leaves no Neo4j JVM behind, and explains expected failures in
 * one line with a non-zero exit.
 */
import { createServer, type Server } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import type { Graph } from "../../src/graph/graph.js";
import { clearGraph, count, testGraph } from "../support/graph.js";
import { exited, runMain, runMainToExit, launcherPids, waitUntil } from "../support/process.js";

let graph: Graph;
beforeAll(() => {
  graph = testGraph();
});
afterAll(() => graph?.close());

describe("npm start on an existing Neo4j (NEO4J_URI)", () => {
  it("loads the seed graph into an empty database and serves it, then stops on SIGTERM", async () => {
    await clearGraph(graph);
    const { uri, username, password } = inject("neo4j");
    const hub = await runMain({
      NEO4J_URI: uri,
      NEO4J_USERNAME: username,
      NEO4J_PASSWORD: password,
      PORT: "0",
    });
    try {
      expect(hub.output()).toMatch(/seed graph loaded: \d+ nodes, \d+ relationships/);
      const res = await fetch(hub.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          query: "{ jointLabs(first: 5) { totalCount edges { node { name leadUniversity { name } } } } }",
        }),
      });
      const body = (await res.json()) as any;
      expect(body.data.jointLabs.totalCount).toBe(await count(graph, "MATCH (n:JointLab) RETURN count(n)"));
      expect(body.data.jointLabs.edges).toHaveLength(5);
    } finally {
      hub.child.kill("SIGTERM");
    }
    expect(await exited(hub.child)).toBe(0);
  });

  it("does not reseed a database that holds data", async () => {
    const before = await count(graph, "MATCH (n) RETURN count(n)");
    expect(before).toBeGreaterThan(0);
    await graph.write("MATCH (c:City {id: 'city-nanjing'}) SET c.touched = true");
    const { uri, username, password } = inject("neo4j");
    const hub = await runMain({
      NEO4J_URI: uri,
      NEO4J_USERNAME: username,
      NEO4J_PASSWORD: password,
      PORT: "0",
    });
    hub.child.kill("SIGTERM");
    await exited(hub.child);
    expect(hub.output()).not.toMatch(/seed graph loaded/);
    expect(await count(graph, "MATCH (c:City {id: 'city-nanjing', touched: true}) RETURN count(c)")).toBe(1);
  });
});

describe("expected failures are one line and a non-zero exit", () => {
  let blocker: Server;
  let busyPort: number;
  beforeAll(async () => {
    // Holds the port, and hangs up on whoever connects (so a client fails at once).
    blocker = createServer((socket) => socket.destroy());
    await new Promise<void>((r) => blocker.listen(0, "127.0.0.1", () => r()));
    busyPort = (blocker.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((r) => blocker.close(() => r())));

  it("a busy port", async () => {
    const { code, stderr } = await runMainToExit({ PORT: String(busyPort) });
    expect(code).toBe(1);
    expect(stderr.trim().split("\n")).toEqual([
      `lianhe-hub: port ${busyPort} on 127.0.0.1 is in use; set PORT to another port`,
    ]);
  });

  it("an unreachable Neo4j", async () => {
    const { code, stderr } = await runMainToExit({
      NEO4J_URI: `bolt://127.0.0.1:${busyPort}`,
      NEO4J_PASSWORD: "x",
      PORT: "0",
    });
    expect(code).toBe(1);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/^lianhe-hub: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:\d+/);
  });

  it("a bad setting", async () => {
    const { code, stderr } = await runMainToExit({ PORT: "eighty" });
    expect(code).toBe(1);
    expect(stderr.trim()).toBe('lianhe-hub: PORT must be an integer between 0 and 65535, got "eighty"');
  });

  it("missing Java", async () => {
    const { code, stderr } = await runMainToExit({
      PATH: "/nonexistent",
      PORT: "0",
      NEO4J_LOCAL_INSTANCE: "e2e-nojava",
      NEO4J_LOCAL_PORT: "7697",
    });
    expect(code).toBe(1);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/^lianhe-hub: .*Java/);
  });
});

describe("npm start on the embedded default", () => {
  const env = { PORT: "0", NEO4J_LOCAL_INSTANCE: "e2e", NEO4J_LOCAL_PORT: "7689" };
  // Each test starts a JVM and waits up to a minute for it to go: on a busy 2-core machine the start
  // alone has taken 45 s, so the suite's 60 s per test is too short for these two.
  const jvmTimeout = 180_000;

  it(
    "starts its own Neo4j, serves, and stops it on Ctrl-C (SIGINT)",
    async () => {
      const hub = await runMain(env);
      expect(hub.output()).toMatch(/Neo4j: local Neo4j\/5\.26/);
      const res = await fetch(hub.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ fields(first: 10, filter: { kind: FOCUS }) { totalCount } }" }),
      });
      expect(((await res.json()) as any).data.fields.totalCount).toBe(10);
      expect(launcherPids("e2e")).toHaveLength(1);
      hub.child.kill("SIGINT");
      await exited(hub.child);
      expect(await waitUntil(() => launcherPids("e2e").length === 0, 60_000)).toBe(true);
    },
    jvmTimeout,
  );

  it(
    "leaves no orphan JVM when the hub is killed outright (SIGKILL)",
    async () => {
      const hub = await runMain(env);
      expect(hub.output()).not.toMatch(/seed graph loaded/); // the data folder persists between starts
      expect(launcherPids("e2e")).toHaveLength(1);
      hub.child.kill("SIGKILL");
      await exited(hub.child);
      expect(await waitUntil(() => launcherPids("e2e").length === 0, 60_000)).toBe(true);
    },
    jvmTimeout,
  );
});

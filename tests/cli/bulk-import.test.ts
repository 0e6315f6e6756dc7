/**
 * `npm run neo4j -- bulk-import DIR`: the seed, exported as admin CSV, loaded by Neo4j's offline
 * importer into a fresh instance of its own (t-bulk, port NEO4J_BULK_TEST_PORT, default 7797), is the
 * seed's graph (the same digest), carries the schema (a duplicate key is refused), and the hub answers
 * on it as on the seed. Then what it refuses: a running instance, a folder with a relationship to a
 * missing node (the importer fails, the database is unchanged), a database that holds nodes.
 *
 * Every step starts a JVM (the importer, or the instance): minutes on a busy machine, hence the long
 * timeouts. The instance is stopped and its data folder removed afterwards.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Graph } from "../../src/graph/graph.js";
import { startLocalNeo4j, stopLocalNeo4j, type LocalNeo4jHandle } from "../../src/graph/local-neo4j.js";
import { REPO_ROOT } from "../../src/graph/paths.js";
import type { Hub } from "../../src/server/http.js";
import { readExport } from "../../src/transfer/read-graph.js";
import { writeExport } from "../../src/transfer/export.js";
import { fingerprint } from "../support/fingerprint.js";
import { resetToSeed, testGraph } from "../support/graph.js";
import { gql, startTestHub } from "../support/hub.js";
import { launcherPids, waitUntil } from "../support/process.js";

const INSTANCE = "t-bulk";
const PORT = process.env.NEO4J_BULK_TEST_PORT ?? "7797";
const DATA = join(REPO_ROOT, ".neo4j", "data");
// Several JVM starts per test: up to half an hour on a machine with a load average of 30.
const JVM = 1_800_000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function bulkImport(args: string[]): Promise<Run> {
  const child = spawn(
    process.execPath,
    ["dist/src/cli/neo4j.js", "bulk-import", ...args, "--instance", INSTANCE, "--port", PORT],
    {
      cwd: REPO_ROOT,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "",
        NEO4J_HEAP: process.env.NEO4J_HEAP ?? "1g",
        NEO4J_PAGECACHE: process.env.NEO4J_PAGECACHE ?? "256m",
        NEO4J_IMPORT_MEMORY: process.env.NEO4J_IMPORT_MEMORY ?? "512m",
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
  child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, stdout, stderr })));
}

/** The lines a command printed on stderr, its own progress lines apart. */
function errorLines(run: Run): string[] {
  return run.stderr.split("\n").filter((l) => l && !/^neo4j: (importing|opening|starting) /.test(l));
}

const ANSWERS = `{
  coverageGaps(dimension: FIELD) { totalCount gaps { subjectKey severity rules } }
  duplicateLayouts { totalCount groups { kind memberCount members { key } } }
  jointLabs(first: 50) { totalCount edges { node { id name status } } }
}`;

async function cleanUp(): Promise<void> {
  await stopLocalNeo4j({ instance: INSTANCE }).catch(() => undefined);
  for (const pid of launcherPids(INSTANCE)) process.kill(pid, "SIGKILL");
  await waitUntil(() => launcherPids(INSTANCE).length === 0, 30_000);
  for (const suffix of ["", ".password", ".pid"])
    rmSync(join(DATA, `${INSTANCE}${suffix}`), { recursive: true, force: true });
  rmSync(join(REPO_ROOT, ".neo4j", "import", INSTANCE), { recursive: true, force: true });
}

describe("bulk-import: the seed as admin CSV, through Neo4j's offline importer, into a fresh instance", () => {
  const dir = mkdtempSync(join(tmpdir(), "lianhe-bulk-"));
  const csv = join(dir, "seed");
  const seedGraph = testGraph();
  let seedDigest = "";
  let seedAnswers: unknown;
  let seedConstraints: string[] = [];

  beforeAll(async () => {
    await cleanUp();
    await resetToSeed(seedGraph);
    seedDigest = await fingerprint(seedGraph);
    const hub = await startTestHub(seedGraph);
    try {
      seedAnswers = (await gql(hub, ANSWERS)).data;
    } finally {
      await hub.close();
    }
    seedConstraints = await constraintNames(seedGraph);
    await writeExport(await readExport(seedGraph), "admin-csv", csv);
  }, JVM);

  afterAll(async () => {
    await seedGraph.close();
    await cleanUp();
    rmSync(dir, { recursive: true, force: true });
  }, JVM);

  it(
    "gives the seed's digest, the schema, and the hub's answers of the seed",
    async () => {
      const run = await bulkImport([csv]);
      expect(errorLines(run)).toEqual([]);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(
        /Neo4j \(t-bulk\): bulk-imported 734 nodes, 1835 relationships, \d+ properties/,
      );

      let local: LocalNeo4jHandle | undefined;
      let graph: Graph | undefined;
      let hub: Hub | undefined;
      try {
        local = await startLocalNeo4j({
          instance: INSTANCE,
          boltPort: Number(PORT),
          attached: true,
          readyTimeoutMs: JVM,
        });
        graph = Graph.connect({ uri: local.uri, username: local.username, password: local.password });
        expect(await fingerprint(graph)).toBe(seedDigest);
        expect(await constraintNames(graph)).toEqual(seedConstraints);
        // The uniqueness constraints hold: a second lab with an existing id is refused.
        const lab = (
          await graph.read("MATCH (l:JointLab) RETURN l.id AS id ORDER BY id LIMIT 1")
        ).records[0]!.get("id");
        await expect(graph.write("CREATE (:JointLab {id: $id})", { id: lab })).rejects.toThrow(
          /already exists/,
        );
        hub = await startTestHub(graph);
        const answers = await gql(hub, ANSWERS);
        expect(answers.errors).toBeUndefined();
        expect(answers.data).toEqual(seedAnswers);
        expect((answers.data as { jointLabs: { totalCount: number } }).jointLabs.totalCount).toBeGreaterThan(
          0,
        );
      } finally {
        await hub?.close();
        await graph?.close();
        await local?.stop();
      }
    },
    JVM,
  );

  it(
    "refuses a running instance, fails whole on a bad row, and refuses a database that holds nodes",
    async () => {
      const local = await startLocalNeo4j({
        instance: INSTANCE,
        boltPort: Number(PORT),
        attached: true,
        readyTimeoutMs: JVM,
      });
      try {
        const running = await bulkImport([csv, "--force"]);
        expect(running.code).toBe(1);
        expect(errorLines(running)).toHaveLength(1);
        expect(errorLines(running)[0]).toMatch(
          /^neo4j: bulk-import runs offline, but Neo4j instance "t-bulk" is running \(pid \d+/,
        );
      } finally {
        await local.stop();
      }

      // A relationship to a lab that does not exist: the importer fails; with --force, still nothing changes.
      const bad = join(dir, "bad");
      rmSync(bad, { recursive: true, force: true });
      await writeExport(await readExport(seedGraph), "admin-csv", bad);
      const ledBy = join(bad, "rels.LED_BY.JointLab.University.csv");
      writeFileSync(ledBy, `${readFileSync(ledBy, "utf8")}"lab-that-does-not-exist","uni-x",LED_BY\n`);
      const failed = await bulkImport([bad, "--force"]);
      expect(failed.code).toBe(1);
      expect(errorLines(failed)).toHaveLength(1);
      expect(errorLines(failed)[0]).toMatch(
        /^neo4j: bulk import failed: .+; the database is unchanged \(log: .+bulk-import\.log\)/,
      );
      expect(existsSync(join(REPO_ROOT, ".neo4j", "import", INSTANCE))).toBe(false);

      // The database is still the seed (its 734 nodes counted), and is not replaced without --force.
      const refused = await bulkImport([csv]);
      expect(refused.code).toBe(1);
      expect(errorLines(refused)).toEqual([
        'neo4j: the database of instance "t-bulk" holds 734 nodes; bulk-import loads an empty database only: pass --force to replace it',
      ]);
    },
    JVM,
  );

  it("refuses a folder that is not admin CSV, before any JVM starts", async () => {
    const plain = join(dir, "plain");
    await writeExport(await readExport(seedGraph), "csv", plain);
    const run = await bulkImport([plain]);
    expect(run.code).toBe(1);
    expect(errorLines(run)).toHaveLength(1);
    expect(run.stderr).toMatch(
      /^neo4j: bulk-import: .+\.csv has no :ID or :START_ID\/:END_ID column in its header/,
    );
  }, 120_000);
});

async function constraintNames(graph: Graph): Promise<string[]> {
  const result = await graph.read("SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name");
  return result.records.map((r) => r.get("name") as string);
}

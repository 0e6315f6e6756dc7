/**
 * Neo4j stopped under a write loop, then started again on the same data. The test runs its own
 * second local Neo4j (instance t-outage, NEO4J_OUTAGE_PORT, default 7781) and a hub on it:
 * - while Neo4j is down, a query answers SERVICE_UNAVAILABLE (never an internal error) and /healthz 503;
 *   a write fails SERVICE_UNAVAILABLE or COMMIT_UNKNOWN within seconds, never hangs;
 * - once Neo4j is back, the hub answers within 5 s of it;
 * - every acknowledged write is present with its audit record; the unacknowledged ones, retried with
 *   the same clientMutationId, are applied too; none is applied twice (one audit record per key).
 * Bounded: at most 60 writes, at most 6 while Neo4j is down; starting the JVM twice dominates (~1–2 min).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Graph } from "../../src/graph/graph.js";
import { startLocalNeo4j, type LocalNeo4jHandle } from "../../src/graph/local-neo4j.js";
import { applySchema } from "../../src/graph/migrate.js";
import type { Hub } from "../../src/server/http.js";
import { gql, startTestHub, type GqlResponse } from "../support/hub.js";

const INSTANCE = "t-outage";
const PORT = Number(process.env.NEO4J_OUTAGE_PORT ?? 7781);
const MAX_WRITES = 60;
const MAX_WRITES_DOWN = 6;

let local: LocalNeo4jHandle | undefined;
let graph: Graph;
let hub: Hub;

async function startNeo4j(): Promise<LocalNeo4jHandle> {
  return startLocalNeo4j({ instance: INSTANCE, boltPort: PORT, attached: true });
}

beforeAll(async () => {
  local = await startNeo4j();
  graph = Graph.connect({ uri: local.uri, username: local.username, password: local.password });
  await graph.autoCommit("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
  await applySchema(graph);
  hub = await startTestHub(graph);
}, 240_000);

afterAll(async () => {
  await hub?.close();
  await graph?.close();
  await local?.stop();
}, 120_000);

const CREATE = `mutation($id: ID!, $key: String) {
  createCity(input: { id: $id, name: "断电市" }, clientMutationId: $key) { city { id } userErrors { code message } }
}`;

interface Attempt {
  key: string;
  id: string;
  acknowledged: boolean;
  code?: string;
  ms: number;
}

async function write(i: number): Promise<Attempt> {
  const id = `city-outage-${i}`;
  const key = `outage-${i}`;
  const started = performance.now();
  let answer: GqlResponse | undefined;
  try {
    answer = await gql(hub, CREATE, { id, key });
  } catch {
    // no answer at all: unacknowledged
  }
  const ms = performance.now() - started;
  const payload = answer?.data?.createCity as
    { city: { id: string } | null; userErrors: unknown[] } | undefined;
  const acknowledged = !!payload?.city && payload.userErrors.length === 0 && !answer?.errors;
  return { key, id, acknowledged, code: answer?.errors?.[0]?.extensions?.code as string | undefined, ms };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("Neo4j stopped during a write loop", () => {
  it("answers SERVICE_UNAVAILABLE while down, recovers within 5 s, keeps every acknowledged write once", async () => {
    const attempts: Attempt[] = [];
    let down = false;
    let back = false;
    let writesWhileDown = 0;
    const loop = (async () => {
      for (let i = 0; i < MAX_WRITES && !back; i += 1) {
        if (down && (writesWhileDown += 1) > MAX_WRITES_DOWN) {
          await sleep(200);
          continue;
        }
        attempts.push(await write(i));
        await sleep(down ? 300 : 50);
      }
    })();

    // A few writes go through; then Neo4j stops under the loop.
    for (let t = 0; t < 200 && attempts.filter((a) => a.acknowledged).length < 8; t += 1) await sleep(50);
    expect(attempts.filter((a) => a.acknowledged).length).toBeGreaterThanOrEqual(8);
    const stopping = local!.stop();
    down = true;
    await stopping;
    local = undefined;

    // Down: a query answers SERVICE_UNAVAILABLE, /healthz 503, both within seconds.
    const query = await gql(hub, `{ cities(first: 3) { edges { node { id } } } }`);
    expect(query.errors?.map((e) => e.extensions?.code)).toEqual(["SERVICE_UNAVAILABLE"]);
    expect((await fetch(hub.url.replace(/\/graphql$/, "/healthz"))).status).toBe(503);
    expect((await fetch(hub.url.replace(/\/graphql$/, "/readyz"))).status).toBe(503);
    // Let the loop try some writes against the stopped database.
    for (let t = 0; t < 400 && writesWhileDown < 3; t += 1) await sleep(50);

    local = await startNeo4j();
    // Neo4j has returned when a connection of its own (a fresh driver) gets an answer: the JVM's
    // READY comes seconds before the database serves its first query on this shared machine.
    const probe = Graph.connect({ uri: local.uri, username: local.username, password: local.password });
    const until = performance.now() + 60_000;
    const firstAnswer = async (ask: () => Promise<boolean>): Promise<number> => {
      while (performance.now() < until) {
        if (await ask().catch(() => false)) return performance.now();
        await sleep(100);
      }
      return Number.POSITIVE_INFINITY;
    };
    const polls: string[] = [];
    const [returned, recovered] = await Promise.all([
      firstAnswer(async () => (await probe.read("RETURN 1")).records.length === 1),
      firstAnswer(async () => {
        const answer = await gql(hub, `{ cities(first: 1) { totalCount } }`);
        polls.push(String(answer.errors?.[0]?.extensions?.code ?? "ok"));
        return !!answer.data?.cities;
      }),
    ]);
    await probe.close();
    const recoveredMs = Math.max(0, recovered - returned);
    back = true;
    await loop;
    console.log(
      `[outage] ${attempts.length} writes (${attempts.filter((a) => !a.acknowledged).length} unacknowledged, slowest ${Math.round(Math.max(...attempts.map((a) => a.ms)))} ms); hub answered ${Math.round(recoveredMs)} ms after Neo4j did (${polls.length} polls: ${[...new Set(polls)].join(", ")})`,
    );
    expect(recoveredMs).toBeLessThan(5000);

    // Failed writes said what happened, and quickly (the driver's retry time is bounded).
    const failed = attempts.filter((a) => !a.acknowledged);
    expect(failed.length).toBeGreaterThan(0);
    for (const a of failed) {
      expect(["SERVICE_UNAVAILABLE", "COMMIT_UNKNOWN"]).toContain(a.code);
      expect(a.ms).toBeLessThan(15_000);
    }

    // Retry the unacknowledged writes with their keys: each now succeeds (applied, or its first outcome).
    for (const a of failed) {
      const retried = await gql(hub, CREATE, { id: a.id, key: a.key });
      expect(retried.errors).toBeUndefined();
      expect(retried.data!.createCity).toEqual({ city: { id: a.id }, userErrors: [] });
    }

    // Every write present once, with exactly one audit record of its key.
    const rows = await graph.read(
      `UNWIND $writes AS w
       RETURN w.id AS id, COUNT { MATCH (c:City {id: w.id}) } AS cities,
         COUNT { MATCH (r:Change {entityLabel: 'City', entityKey: w.id}) } AS changes,
         COUNT { MATCH (r:Change {entityKey: w.id, clientMutationId: w.key}) } AS keyed`,
      { writes: attempts.map((a) => ({ id: a.id, key: a.key })) },
    );
    for (const row of rows.records) {
      const id = String(row.get("id"));
      expect([id, Number(row.get("cities")), Number(row.get("changes")), Number(row.get("keyed"))]).toEqual([
        id,
        1,
        1,
        1,
      ]);
    }
    expect(rows.records).toHaveLength(attempts.length);
  }, 300_000);
});

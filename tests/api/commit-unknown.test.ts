/**
 * COMMIT_UNKNOWN on a real database: a TCP proxy in front of Neo4j (tests/support/bolt-proxy.ts)
 * forwards a write's COMMIT and cuts the connection before Neo4j's answer comes back. Neo4j has
 * committed; the hub cannot know it.
 * - Without a clientMutationId the hub must not retry (the write could be applied twice): it answers
 *   COMMIT_UNKNOWN, and the write is indeed in the graph, once, with its audit record.
 * - With one, the retry is safe: the hub's retry finds the first attempt's receipt and answers its
 *   outcome; the write is in the graph once, with one audit record of the key.
 */
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { Graph } from "../../src/graph/graph.js";
import type { Hub } from "../../src/server/http.js";
import { startBoltProxy, type BoltProxy } from "../support/bolt-proxy.js";
import { count, resetToSeed, testGraph } from "../support/graph.js";
import { gql, startTestHub } from "../support/hub.js";

let graph: Graph;
let proxy: BoltProxy;
let proxied: Graph;
let hub: Hub;

beforeAll(async () => {
  graph = testGraph();
  await resetToSeed(graph);
  const { uri, username, password, database } = inject("neo4j");
  const target = new URL(uri);
  proxy = await startBoltProxy(target.hostname, Number(target.port || 7687));
  proxied = Graph.connect({ uri: proxy.uri, username, password, database });
  hub = await startTestHub(proxied);
});

afterAll(async () => {
  await hub?.close();
  await proxied?.close();
  await proxy?.close();
  await graph?.close();
});

const CREATE = `mutation($id: ID!, $key: String) {
  createCity(input: { id: $id, name: "失联市" }, clientMutationId: $key) { city { id } userErrors { code } }
}`;

async function trail(id: string): Promise<{ cities: number; changes: number }> {
  return {
    cities: await count(graph, "MATCH (c:City {id: $id}) RETURN count(c)", { id }),
    changes: await count(
      graph,
      "MATCH (r:Change {entityLabel: 'City', entityKey: $id, action: 'CREATED'}) RETURN count(r)",
      { id },
    ),
  };
}

describe("a COMMIT sent whose answer is lost", () => {
  it("without a clientMutationId: COMMIT_UNKNOWN, and the write was in fact applied once", async () => {
    expect((await gql(hub, "{ cities(first: 1) { totalCount } }")).errors).toBeUndefined();
    const cut = proxy.loseNextCommitAnswer();
    const answer = await gql(hub, CREATE, { id: "city-commit-1", key: null });
    await cut;
    expect(proxy.lostCommits).toBe(1);
    expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(["COMMIT_UNKNOWN"]);
    expect(answer.errors![0]!.message).toMatch(/may or may not have been applied/);
    expect(answer.errors![0]!.message).not.toMatch(/Neo4j|Neo\.|at .+\.js/);
    expect(await trail("city-commit-1")).toEqual({ cities: 1, changes: 1 });
    // The hub answers on a fresh connection right after.
    expect((await gql(hub, '{ city(id: "city-commit-1") { id } }')).data).toEqual({
      city: { id: "city-commit-1" },
    });
  });

  it("with a clientMutationId: answered with the first attempt's outcome, applied once", async () => {
    const cut = proxy.loseNextCommitAnswer();
    const answer = await gql(hub, CREATE, { id: "city-commit-2", key: "commit-lost-2" });
    await cut;
    expect(proxy.lostCommits).toBe(2);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.createCity).toEqual({ city: { id: "city-commit-2" }, userErrors: [] });
    expect(await trail("city-commit-2")).toEqual({ cities: 1, changes: 1 });
    expect(await count(graph, "MATCH (r:Change {clientMutationId: 'commit-lost-2'}) RETURN count(r)")).toBe(
      1,
    );
    // The client's own retry with the key changes nothing either.
    const retried = await gql(hub, CREATE, { id: "city-commit-2", key: "commit-lost-2" });
    expect(retried.data!.createCity).toEqual({ city: { id: "city-commit-2" }, userErrors: [] });
    expect(await trail("city-commit-2")).toEqual({ cities: 1, changes: 1 });
  });
});

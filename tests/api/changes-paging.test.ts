/**
 * changes(after:) pages through the audit trail: following the last id of each page gives the very
 * records of one page, in the same order (the trail's deterministic order: at, seq, id), for the whole
 * trail and for one lab's; an unknown id is NOT_FOUND on after.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Graph } from "../../src/graph/graph.js";
import type { Hub } from "../../src/server/http.js";
import { resetToSeed, testGraph } from "../support/graph.js";
import { gql, startTestHub } from "../support/hub.js";

let graph: Graph;
let hub: Hub;
beforeAll(async () => {
  graph = testGraph();
  await resetToSeed(graph);
  hub = await startTestHub(graph);
  // a trail with writes of several records each, and records of one write sharing their instant
  for (const [id, fields] of [
    ["lab-page-a", '["BRAIN_SCIENCE", "DEEP_SEA"]'],
    ["lab-page-b", '["DEEP_SEA"]'],
  ] as const) {
    const res = await gql(
      hub,
      `mutation { submitApplication(input: { id: "${id}", name: "分页测试 ${id}", leadUniversityId: "univ-seu", leadDisciplineCode: "0809", focusFieldCodes: ${fields} }) { userErrors { code } } }`,
    );
    expect(res.data!.submitApplication.userErrors).toEqual([]);
  }
  await gql(hub, `mutation { startPlanReview(id: "lab-page-a") { userErrors { code } } }`);
});
afterAll(async () => {
  await hub?.close();
  await graph?.close();
});

const QUERY = `query($first: Int!, $after: ID, $entity: EntityRef) {
  changes(since: "2000-01-01T00:00:00Z", first: $first, after: $after, entity: $entity) { id at action } }`;

async function trail(first: number, after: string | null, entity: object | null = null) {
  const res = await gql(hub, QUERY, { first, after, entity });
  expect(res.errors).toBeUndefined();
  return res.data!.changes as { id: string; at: string; action: string }[];
}

async function paged(first: number, entity: object | null = null) {
  const all: { id: string }[] = [];
  let after: string | null = null;
  for (let i = 0; i < 200; i++) {
    const page = await trail(first, after, entity);
    all.push(...page);
    if (page.length < first) break;
    after = page.at(-1)!.id;
  }
  return all.map((c) => c.id);
}

describe("changes(after:)", () => {
  it("pages of 1, 2 and 3 give the whole trail of one page, in its order", async () => {
    const one = await trail(1000, null);
    expect(one.length).toBeGreaterThan(8);
    // several records share an instant: the order within it is the write's, not chance
    expect(new Set(one.map((c) => c.at)).size).toBeLessThan(one.length);
    for (const size of [1, 2, 3]) expect(await paged(size)).toEqual(one.map((c) => c.id));
  });

  it("pages one lab's trail the same way", async () => {
    const entity = { label: "JointLab", key: "lab-page-a" };
    const one = await trail(1000, null, entity);
    expect(one.map((c) => c.action)).toEqual([
      "CREATED",
      "LINKED",
      "LINKED",
      "LINKED",
      "LINKED",
      "STATUS_CHANGED",
    ]);
    expect(await paged(2, entity)).toEqual(one.map((c) => c.id));
  });

  it("after the last record: nothing; after an unknown id: NOT_FOUND on after", async () => {
    const one = await trail(1000, null);
    expect(await trail(5, one.at(-1)!.id)).toEqual([]);
    const res = await gql(hub, QUERY, { first: 5, after: "no-such-change", entity: null });
    expect(res.errors![0]!.extensions).toMatchObject({ code: "NOT_FOUND", field: "after", label: "Change" });
  });
});

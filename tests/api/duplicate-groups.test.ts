/**
 * duplicateGroups, the network's duplicate layouts as a connection, on the seed graph: paging through
 * all groups with `first`/`after` gives the very groups of one page, in the same order, with the same
 * totalCount on every page; the deprecated duplicateLayouts still answers the same groups; a cursor
 * survives a new group before it; a bad cursor is BAD_USER_INPUT.
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
});
afterAll(async () => {
  await hub?.close();
  await graph?.close();
});

const GROUP = "kind severity memberCount shared { key } members { key } reason";

interface Group {
  kind: string;
  severity: string;
  memberCount: number;
  shared: { key: string }[];
  members: { key: string }[];
  reason: string;
}
interface PageAnswer {
  totalCount: number;
  live: string[];
  edges: { cursor: string; node: Group }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

const PAGE = `query($first: Int!, $after: String, $kinds: [DuplicateKind!]) {
  duplicateGroups(first: $first, after: $after, kinds: $kinds) {
    totalCount live edges { cursor node { ${GROUP} } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  } }`;

async function page(
  first: number,
  after: string | null = null,
  kinds: string[] | null = null,
): Promise<PageAnswer> {
  const res = await gql(hub, PAGE, { first, after, kinds });
  expect(res.errors).toBeUndefined();
  return res.data!.duplicateGroups as PageAnswer;
}

/** Every page of `first`, following endCursor until hasNextPage is false. */
async function allPages(first: number, kinds: string[] | null = null): Promise<PageAnswer[]> {
  const pages: PageAnswer[] = [];
  let after: string | null = null;
  for (let i = 0; i < 500; i++) {
    const p = await page(first, after, kinds);
    pages.push(p);
    if (!p.pageInfo.hasNextPage) break;
    after = p.pageInfo.endCursor;
  }
  return pages;
}

const id = (g: Group) => `${g.kind}:${g.shared[0]!.key}`;

describe("duplicateGroups", () => {
  it("paged by 1, 2 or 5: the same groups in the same order as one page, the same total on each page", async () => {
    const one = await page(1000);
    expect(one.totalCount).toBeGreaterThan(5);
    expect(one.edges).toHaveLength(one.totalCount);
    expect(one.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
    expect(new Set(one.edges.map((e) => e.node.kind))).toEqual(new Set(["CONFLICT", "OVERLAP", "ADJACENT"]));
    const all = one.edges.map((e) => e.node);
    for (const size of [1, 2, 5]) {
      const pages = await allPages(size);
      expect(pages.length, `pages of ${size}`).toBe(Math.ceil(all.length / size));
      expect(pages.flatMap((p) => p.edges.map((e) => e.node))).toEqual(all);
      for (const [i, p] of pages.entries()) {
        expect(p.totalCount).toBe(one.totalCount);
        expect(p.live).toEqual(one.live);
        expect(p.edges.length).toBeLessThanOrEqual(size);
        expect(p.pageInfo.hasPreviousPage).toBe(i > 0);
        expect(p.pageInfo.hasNextPage).toBe(i < pages.length - 1);
        expect(p.pageInfo.startCursor).toBe(p.edges[0]!.cursor);
        expect(p.pageInfo.endCursor).toBe(p.edges.at(-1)!.cursor);
      }
    }
  });

  it("pages of one kind, across the boundary of kinds too", async () => {
    const overlaps = (await page(1000, null, ["OVERLAP"])).edges.map((e) => e.node);
    expect(overlaps.length).toBeGreaterThan(1);
    expect(overlaps.every((g) => g.kind === "OVERLAP")).toBe(true);
    const paged = (await allPages(1, ["OVERLAP"])).flatMap((p) => p.edges.map((e) => e.node));
    expect(paged).toEqual(overlaps);
    const two = (await page(1000, null, ["CONFLICT", "ADJACENT"])).edges.map((e) => e.node);
    expect((await allPages(3, ["CONFLICT", "ADJACENT"])).flatMap((p) => p.edges.map((e) => e.node))).toEqual(
      two,
    );
  });

  it("the deprecated duplicateLayouts answers the same groups, its shape unchanged", async () => {
    const res = await gql(hub, `{ duplicateLayouts(first: 1000) { totalCount live groups { ${GROUP} } } }`);
    expect(res.errors).toBeUndefined();
    const one = await page(1000);
    expect(res.data!.duplicateLayouts.totalCount).toBe(one.totalCount);
    expect(res.data!.duplicateLayouts.live).toEqual(one.live);
    expect(res.data!.duplicateLayouts.groups).toEqual(one.edges.map((e) => e.node));
    const first3 = await gql(hub, `{ duplicateLayouts(first: 3) { groups { kind shared { key } } } }`);
    expect(first3.data!.duplicateLayouts.groups.map(id)).toEqual(
      one.edges.slice(0, 3).map((e) => id(e.node)),
    );

    const schema = await gql(
      hub,
      `{ __type(name: "Query") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }`,
    );
    const field = schema.data!.__type.fields.find((f: { name: string }) => f.name === "duplicateLayouts");
    expect(field).toMatchObject({ isDeprecated: true });
    expect(field.deprecationReason).toMatch(/duplicateGroups/);
  });

  it("after the last group: no edges, the total still counted", async () => {
    const one = await page(1000);
    const past = await page(5, one.pageInfo.endCursor);
    expect(past.edges).toEqual([]);
    expect(past.totalCount).toBe(one.totalCount);
    expect(past.pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: true,
      startCursor: null,
      endCursor: null,
    });
  });

  it("a cursor is a position: a new CONFLICT before it does not shift the next page", async () => {
    const before = await page(1000);
    const firstOverlap = before.edges.findIndex((e) => e.node.kind === "OVERLAP");
    expect(firstOverlap).toBeGreaterThan(0);
    const cursor = before.edges[firstOverlap]!.cursor;
    const expected = before.edges.slice(firstOverlap + 1, firstOverlap + 4).map((e) => id(e.node));
    // a second live lab leading the first OVERLAP group's discipline makes it a CONFLICT as well
    const code = before.edges[firstOverlap]!.node.shared[0]!.key;
    const write = await gql(
      hub,
      `mutation($code: String!) { submitApplication(input: { id: "lab-cursor-test", name: "游标测试实验室", leadUniversityId: "univ-seu", leadDisciplineCode: $code, focusFieldCodes: ["BRAIN_SCIENCE"] }) { userErrors { code } } }`,
      { code },
    );
    expect(write.errors).toBeUndefined();
    expect(write.data!.submitApplication.userErrors).toEqual([]);
    const after = await page(1000);
    expect(after.totalCount).toBeGreaterThan(before.totalCount);
    expect(after.edges.map((e) => id(e.node))).toContain(`CONFLICT:${code}`);
    const next = await page(3, cursor);
    expect(next.edges.map((e) => id(e.node))).toEqual(expected);
  });

  it.each([
    ["not a cursor"],
    [Buffer.from(JSON.stringify(["BOGUS", "0809"])).toString("base64url")],
    ["x".repeat(3000)],
  ])("refuses the cursor %#: BAD_USER_INPUT on after", async (after) => {
    const res = await gql(hub, PAGE, { first: 2, after, kinds: null });
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
    expect(res.errors![0]!.message.length).toBeLessThan(200);
  });

  it("refuses first outside 1 to 1000", async () => {
    for (const first of [0, 1001]) {
      const res = await gql(hub, PAGE, { first, after: null, kinds: null });
      expect(res.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
    }
  });
});

/**
 * The read API over HTTP on the seed graph: the front-ends' contract query, Relay paging, filters
 * checked against the same question asked in Cypher, and the round trips a nested query costs.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Graph } from "../../src/graph/graph.js";
import type { Hub } from "../../src/server/http.js";
import { count, resetToSeed, testGraph } from "../support/graph.js";
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

const CONTRACT = `{
  jointLabs(first: 5) {
    totalCount
    edges { node { name leadUniversity { name } directions { name disciplines { code name } leadingEnterprises { name } } } }
  }
}`;

describe("the contract query of the front-ends", () => {
  it("returns five labs with their university, directions, disciplines and leading enterprises", async () => {
    const res = await gql(hub, CONTRACT);
    expect(res.errors).toBeUndefined();
    const labs = res.data!.jointLabs;
    expect(labs.totalCount).toBe(await count(graph, "MATCH (n:JointLab) RETURN count(n)"));
    expect(labs.edges).toHaveLength(5);
    const directions = labs.edges.flatMap((e: any) => e.node.directions);
    expect(directions.length).toBeGreaterThan(0);
    expect(directions.some((d: any) => d.disciplines.length > 0)).toBe(true);
    expect(directions.some((d: any) => d.leadingEnterprises.length > 0)).toBe(true);
    expect(labs.edges.some((e: any) => e.node.leadUniversity?.name)).toBe(true);
  });

  it("agrees with Cypher on every lab's directions and leading enterprises", async () => {
    const res = await gql(
      hub,
      `{ jointLabs(first: 100) { edges { node { id directions { id leadingEnterprises { id } } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const rows = await graph.read(
      `MATCH (l:JointLab)-[:HAS_DIRECTION]->(d:ResearchDirection)
       OPTIONAL MATCH (d)<-[:PARTICIPATES_IN]-(e:Enterprise {leading: true})
       RETURN l.id AS lab, d.id AS direction, collect(e.id) AS leads`,
    );
    const expected = new Map(
      rows.records.map((r) => [`${r.get("lab")}/${r.get("direction")}`, [...r.get("leads")].sort()]),
    );
    const actual = new Map<string, string[]>();
    for (const edge of res.data!.jointLabs.edges) {
      for (const d of edge.node.directions) {
        actual.set(`${edge.node.id}/${d.id}`, d.leadingEnterprises.map((e: any) => e.id).sort());
      }
    }
    expect(actual).toEqual(expected);
  });

  it("costs one Neo4j round trip, whatever the number of parents and levels", async () => {
    const res = await gql(hub, CONTRACT);
    // The page, its count and every relation field below it (universities, directions, disciplines, enterprises).
    expect(res.extensions?.neo4j?.roundTrips).toBe(1);
    const wide = await gql(hub, CONTRACT.replace("first: 5", "first: 100"));
    expect(wide.extensions?.neo4j?.roundTrips).toBe(1);
  });

  it("does not count when totalCount is not asked for, and counts through fragments when it is", async () => {
    const plain = await gql(hub, `{ jointLabs(first: 2) { edges { node { id } } } }`);
    expect(plain.data!.jointLabs.totalCount).toBeUndefined();
    const viaFragment = await gql(
      hub,
      `{ jointLabs(first: 2) { ...C } } fragment C on JointLabConnection { totalCount }`,
    );
    expect(viaFragment.data!.jointLabs.totalCount).toBe(
      await count(graph, "MATCH (n:JointLab) RETURN count(n)"),
    );
  });
});

describe("Relay paging", () => {
  it("walks every enterprise exactly once, page after page, in name order", async () => {
    const total = await count(graph, "MATCH (n:Enterprise) RETURN count(n)");
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const res: any = await gql(
        hub,
        `query($after: String) { enterprises(first: 17, after: $after) { totalCount pageInfo { hasNextPage endCursor hasPreviousPage } edges { cursor node { id name } } } }`,
        { after },
      );
      expect(res.errors).toBeUndefined();
      const conn = res.data.enterprises;
      expect(conn.totalCount).toBe(total);
      expect(conn.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...conn.edges.map((e: any) => e.node.id));
      pages += 1;
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(pages).toBe(Math.ceil(total / 17));
    const names = await graph.read("MATCH (n:Enterprise) RETURN n.id AS id ORDER BY n.name, n.id");
    expect(seen).toEqual(names.records.map((r) => r.get("id")));
  });

  it("sorts descending by key", async () => {
    const res = await gql(
      hub,
      `{ disciplines(first: 3, orderBy: { field: KEY, direction: DESC }) { edges { node { code } } } }`,
    );
    const top = await graph.read("MATCH (n:Discipline) RETURN n.code AS code ORDER BY n.code DESC LIMIT 3");
    expect(res.data!.disciplines.edges.map((e: any) => e.node.code)).toEqual(
      top.records.map((r) => r.get("code")),
    );
  });
});

describe("filters answer what Cypher answers", () => {
  const cases: [string, string, string][] = [
    [
      "covering labs",
      `jointLabs(first: 100, filter: { status: [APPROVED, CONSTRUCTING, OPERATING] })`,
      "MATCH (n:JointLab) WHERE n.status IN ['APPROVED','CONSTRUCTING','OPERATING'] RETURN count(n)",
    ],
    [
      "labs in IC",
      `jointLabs(first: 100, filter: { field: "INTEGRATED_CIRCUITS" })`,
      "MATCH (n:JointLab)-[:FOCUSES_ON]->(:Field {code: 'INTEGRATED_CIRCUITS'}) RETURN count(DISTINCT n)",
    ],
    [
      "labs in Nanjing",
      `jointLabs(first: 100, filter: { city: "city-nanjing" })`,
      "MATCH (n:JointLab)-[:LOCATED_IN*1..2]->(:City {id: 'city-nanjing'}) RETURN count(DISTINCT n)",
    ],
    [
      "labs in engineering (08)",
      `jointLabs(first: 100, filter: { discipline: "08" })`,
      "MATCH (n:JointLab) WHERE EXISTS { (n)-[:LEAD_DISCIPLINE]->(d) WHERE d.code STARTS WITH '08' } OR EXISTS { (n)-[:HAS_DIRECTION]->()-[:IN_DISCIPLINE]->(d) WHERE d.code STARTS WITH '08' } RETURN count(n)",
    ],
    [
      "leading enterprises",
      `enterprises(first: 500, filter: { leading: true })`,
      "MATCH (n:Enterprise {leading: true}) RETURN count(n)",
    ],
    [
      "provincial labs",
      `platforms(first: 100, filter: { kind: [PROVINCIAL_LAB] })`,
      "MATCH (n:Platform {kind: 'PROVINCIAL_LAB'}) RETURN count(n)",
    ],
    [
      "first-level engineering disciplines",
      `disciplines(first: 500, filter: { level: FIRST_LEVEL, codePrefix: "08" })`,
      "MATCH (n:Discipline {level: 'FIRST_LEVEL'}) WHERE n.code STARTS WITH '08' RETURN count(n)",
    ],
    [
      "directions lacking a leading enterprise (R10)",
      `researchDirections(first: 500, filter: { leading: false })`,
      "MATCH (n:ResearchDirection) WHERE NOT EXISTS { (n)<-[:PARTICIPATES_IN]-(:Enterprise {leading: true}) } RETURN count(n)",
    ],
    [
      "names containing 实验室",
      `platforms(first: 100, filter: { text: "实验室" })`,
      "MATCH (n:Platform) WHERE n.name CONTAINS '实验室' RETURN count(n)",
    ],
  ];
  for (const [title, field, cypher] of cases) {
    it(title, async () => {
      const res = await gql(hub, `{ result: ${field} { totalCount edges { node { __typename } } } }`);
      expect(res.errors).toBeUndefined();
      const expected = await count(graph, cypher);
      expect(expected).toBeGreaterThan(0);
      expect(res.data!.result.totalCount).toBe(expected);
      expect(res.data!.result.edges).toHaveLength(expected);
    });
  }
});

describe("lookups and relationship fields", () => {
  it("finds a node by key, and null for an unknown key", async () => {
    const any = await graph.read("MATCH (n:JointLab) RETURN n.id AS id, n.name AS name LIMIT 1");
    const id = any.records[0]!.get("id");
    const res = await gql(
      hub,
      `query($id: ID!) { jointLab(id: $id) { id name } nothing: jointLab(id: "lab-does-not-exist") { id } }`,
      { id },
    );
    expect(res.data!.jointLab).toEqual({ id, name: any.records[0]!.get("name") });
    expect(res.data!.nothing).toBeNull();
  });

  it("resolves a discipline's place in the catalogue both ways", async () => {
    const res = await gql(
      hub,
      `{ discipline(code: "0809") { name level parent { code level } } category: discipline(code: "08") { children { code } } }`,
    );
    expect(res.data!.discipline).toMatchObject({
      name: "电子科学与技术",
      level: "FIRST_LEVEL",
      parent: { code: "08", level: "CATEGORY" },
    });
    expect(res.data!.category.children.map((c: any) => c.code)).toContain("0809");
  });

  it("returns the organisations at polymorphic ends with their GraphQL type", async () => {
    const res = await gql(
      hub,
      `{ jointLabs(first: 100) { edges { node { coBuilders { investmentCny builder { __typename ... on Enterprise { id } ... on Government { id } ... on University { id } } } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const types = new Set(
      res.data!.jointLabs.edges.flatMap((e: any) => e.node.coBuilders.map((c: any) => c.builder.__typename)),
    );
    const expected = await graph.read(
      "MATCH (b)-[:CO_BUILDS]->(:JointLab) RETURN DISTINCT labels(b)[0] AS label",
    );
    expect([...types].sort()).toEqual(expected.records.map((r) => r.get("label")).sort());
  });
});

describe("bad input gets a clear error with a code", () => {
  it("rejects a page size beyond the limit", async () => {
    const res = await gql(hub, `{ jointLabs(first: 100000) { edges { cursor } } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.message).toMatch(/first must be between 1 and/);
  });

  it("rejects a forged cursor", async () => {
    const res = await gql(hub, `{ jointLabs(first: 2, after: "not-a-cursor") { edges { cursor } } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("rejects a discipline filter that is no catalogue code", async () => {
    const res = await gql(
      hub,
      `{ jointLabs(first: 2, filter: { discipline: "08') RETURN 1 //" }) { edges { cursor } } }`,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("treats text as data, not as Cypher", async () => {
    const res = await gql(hub, `{ jointLabs(first: 5, filter: { text: "' OR 1=1 //" }) { totalCount } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.jointLabs.totalCount).toBe(0);
  });

  it("answers an unknown field with a validation error, not a crash", async () => {
    const res = await gql(hub, `{ jointLabs(first: 1) { edges { node { salary } } } }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});

describe("the explorer", () => {
  it("serves GraphiQL from the hub itself, with no asset from another host", async () => {
    const page = await fetch(hub.url, { headers: { accept: "text/html" } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("GraphiQL");
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(sources.length).toBeGreaterThanOrEqual(4);
    for (const src of sources) {
      expect(src.startsWith("/")).toBe(true);
      const asset = await fetch(new URL(src, hub.url));
      expect(asset.status).toBe(200);
      expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
  });
});

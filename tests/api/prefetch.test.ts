/**
 * The prefetch of a root field's relation fields (src/modules/shared/prefetch.ts) against the batched
 * loader it stands in for: for every declared relation the same nodes in the same order, and over HTTP
 * the same answers as a hub that fetches level by level, in one round trip instead of one per level.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isObjectType, getNamedType } from "graphql";
import { keyOf } from "../../src/domain/model.js";
import { QueryStats, type Graph } from "../../src/graph/graph.js";
import { lookupWithRelations, MAX_SUBQUERIES } from "../../src/modules/shared/prefetch.js";
import {
  declaredRelations,
  RelationLoader,
  targetLabel,
  type Relation,
} from "../../src/modules/shared/relations.js";
import type { HubContext } from "../../src/server/context.js";
import type { Hub } from "../../src/server/http.js";
import { hubSchema } from "../../src/server/schema.js";
import { resetToSeed, testGraph } from "../support/graph.js";
import { gql, startTestHub } from "../support/hub.js";

let graph: Graph;
let hub: Hub;
let levelByLevel: Hub;

beforeAll(async () => {
  graph = testGraph();
  await resetToSeed(graph);
  hub = await startTestHub(graph);
  levelByLevel = await startTestHub(graph, { config: { prefetchDepth: 0 } });
});

afterAll(async () => {
  await hub?.close();
  await levelByLevel?.close();
  await graph?.close();
});

/** Up to `limit` keys of the relation's parents that have related nodes, and one that has none. */
async function sampleKeys(relation: Relation, limit: number): Promise<string[]> {
  const key = keyOf(relation.from);
  const rows = await graph.read(
    `MATCH (n:${relation.from}) WITH n, EXISTS { MATCH ${relation.pattern} } AS has ` +
      `WITH n, has ORDER BY has DESC, n.${key} WITH collect({k: n.${key}, has: has}) AS all ` +
      `RETURN [x IN all WHERE x.has][..$limit] + [x IN all WHERE NOT x.has][..1] AS keys`,
    { limit },
  );
  return (rows.records[0]?.get("keys") as { k: string }[] | undefined)?.map((x) => String(x.k)) ?? [];
}

describe("declared relations", () => {
  it("each answers a field of its type, and a link relation names the link's field that holds the node", async () => {
    const schema = await hubSchema();
    const relations = declaredRelations();
    expect(relations.length).toBeGreaterThan(60);
    for (const relation of relations) {
      const [typeName, fieldName] = relation.name.split(".") as [string, string];
      expect(typeName, relation.name).toBe(relation.from);
      const type = schema.getType(typeName);
      if (!isObjectType(type)) throw new Error(`${relation.name}: no object type ${typeName}`);
      const field = type.getFields()[fieldName];
      expect(field, relation.name).toBeDefined();
      const returned = getNamedType(field!.type);
      if (relation.node) {
        if (!isObjectType(returned))
          throw new Error(`${relation.name}: ${returned.name} is not a link object`);
        expect(
          returned.getFields()[relation.node],
          `${relation.name} → ${returned.name}.${relation.node}`,
        ).toBeDefined();
      } else if (targetLabel(relation)) {
        expect(returned.name, relation.name).toBe(targetLabel(relation));
      }
    }
  });

  it("fetched with its parent, each gives the loader's nodes, relationship properties and order, with no query of its own", async () => {
    let compared = 0;
    for (const relation of declaredRelations()) {
      const keys = await sampleKeys(relation, 4);
      for (const key of keys) {
        const expected = await new RelationLoader(graph).load(relation, key);
        const stats = new QueryStats();
        const ctx = { graph, stats, relations: new RelationLoader(graph, stats) } as unknown as HubContext;
        const all = { props: null, relations: [] };
        const parent = await lookupWithRelations(ctx, relation.from, key, {
          props: null,
          relations: [{ relation, select: all }],
        });
        expect(stats.roundTrips).toBe(1);
        const carried = await ctx.relations.load(relation, parent!);
        expect(stats.roundTrips, `${relation.name} ${key} was not carried`).toBe(1);
        expect(carried, `${relation.name} ${key}`).toEqual(expected);
        if (expected.length) compared += 1;
      }
    }
    // Most relations have related nodes somewhere in the seed: the comparison is not vacuous.
    expect(compared).toBeGreaterThan(150);
  });
});

const TWO_HOP = `query ($id: ID!) { jointLab(id: $id) {
  id name status
  leadUniversity { name city { name } labsLed { id } }
  leadDiscipline { code name }
  directions { name disciplines { code name } participations { role enterprise { name leading city { name } } } }
  focusFields { code name }
  park { name city { name } }
  coBuilders { investmentCny builder { ... on Enterprise { name } ... on Government { name } ... on University { name } } }
  members { feeCny lab { status legalForm } member { ... on Enterprise { name } ... on Investor { name } } }
  staff { role person { name expertise { code } } }
  ...more
} }
fragment more on JointLab { collaborations { topic partner { ... on JointLab { name } ... on Platform { name } } } evaluations { id } }`;

describe("over HTTP", () => {
  it("a lab's two-hop neighbourhood: the same answer as level by level, in one round trip", async () => {
    const ids = await graph.read("MATCH (l:JointLab) RETURN l.id AS id ORDER BY id");
    for (const record of ids.records) {
      const variables = { id: record.get("id") as string };
      const fast = await gql(hub, TWO_HOP, variables);
      const slow = await gql(levelByLevel, TWO_HOP, variables);
      expect(fast.errors).toBeUndefined();
      expect(fast.data).toEqual(slow.data);
      expect(fast.extensions?.neo4j?.roundTrips).toBe(1);
      expect(slow.extensions?.neo4j?.roundTrips).toBeGreaterThanOrEqual(3);
    }
  });

  it("a list with aliases and fragments: the same answer as level by level, in one round trip", async () => {
    const query = `{ jointLabs(first: 50, orderBy: {field: NAME, direction: DESC}) { edges { node {
      a: directions { name leadingEnterprises { name } }
      b: directions { id disciplines { code } }
      ... on JointLab { focusFields { code disciplines { code } } }
    } } } }`;
    const fast = await gql(hub, query);
    const slow = await gql(levelByLevel, query);
    expect(fast.errors).toBeUndefined();
    expect(fast.data).toEqual(slow.data);
    expect(fast.data!.jointLabs.edges.length).toBeGreaterThan(5);
    expect(fast.extensions?.neo4j?.roundTrips).toBe(1);
  });

  it("relation fields below a union fall back to the loader: the same answer, one more round trip", async () => {
    const query = `query ($id: ID!) { jointLab(id: $id) { name collaborations { topic partner {
      ... on JointLab { name directions { id } } ... on Platform { name kind } } } } }`;
    const labs = await graph.read(
      "MATCH (l:JointLab)-[:COLLABORATES_WITH]-(:JointLab) RETURN DISTINCT l.id AS id ORDER BY id LIMIT 3",
    );
    expect(labs.records.length).toBeGreaterThan(0);
    for (const record of labs.records) {
      const variables = { id: record.get("id") as string };
      const fast = await gql(hub, query, variables);
      const slow = await gql(levelByLevel, query, variables);
      expect(fast.errors).toBeUndefined();
      expect(fast.data).toEqual(slow.data);
      expect(fast.data!.jointLab.collaborations.some((c: any) => c.partner.directions?.length)).toBe(true);
      expect(fast.extensions?.neo4j?.roundTrips).toBe(2);
    }
  });

  it("a link object pointing back at its parent gets the parent whole, even where its relation is not prefetched", async () => {
    const query = `{ jointLabs(first: 30) { edges { node { name coBuilders { investmentCny lab { status legalForm } } } } } }`;
    const fast = await gql(hub, query);
    const slow = await gql(levelByLevel, query);
    expect(fast.errors).toBeUndefined();
    expect(slow.data).toEqual(fast.data);
    const links = slow.data!.jointLabs.edges.flatMap((e: any) => e.node.coBuilders);
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((link: any) => typeof link.lab.status === "string")).toBe(true);
  });

  it("a query wider than one statement's budget: the rest comes from the loader, the same answer", async () => {
    let subqueries = 0;
    // Every relation field of a lab, and every relation field of what they lead to.
    const select = (label: string, levels: number): string =>
      declaredRelations()
        .filter((relation) => relation.from === label)
        .map((relation) => {
          subqueries += 1;
          const target = targetLabel(relation);
          const inner = target
            ? levels > 0
              ? `${keyOf(target)} ${select(target, levels - 1)}`
              : keyOf(target)
            : "__typename";
          const field = relation.name.split(".")[1];
          return relation.node ? `${field} { ${relation.node} { ${inner} } }` : `${field} { ${inner} }`;
        })
        .join(" ");
    const query = `query ($id: ID!) { jointLab(id: $id) { id ${select("JointLab", 1)} } }`;
    expect(subqueries).toBeGreaterThan(MAX_SUBQUERIES);
    const variables = { id: "lab-wbg-semi" };
    const fast = await gql(hub, query, variables);
    const slow = await gql(levelByLevel, query, variables);
    expect(fast.errors).toBeUndefined();
    expect(fast.data).toEqual(slow.data);
    expect(fast.extensions?.neo4j?.roundTrips).toBeGreaterThan(1);
    expect(fast.extensions?.neo4j?.roundTrips).toBeLessThan(slow.extensions!.neo4j!.roundTrips);
  });

  it("an unknown key is null, as level by level", async () => {
    const fast = await gql(hub, TWO_HOP, { id: "no-such-lab" });
    expect(fast.errors).toBeUndefined();
    expect(fast.data!.jointLab).toBeNull();
  });
});

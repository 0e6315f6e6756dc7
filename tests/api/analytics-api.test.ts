/**
 * The planners' questions over HTTP on the seed graph: each analytic answers with explained, non-empty
 * results; bad input gets a coded error; the what-if writes nothing.
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

describe("analytics over GraphQL on the seed graph", () => {
  for (const dimension of ["FIELD", "DISCIPLINE", "CITY", "PARK", "DIRECTION"]) {
    it(`coverageGaps(${dimension}) explains each gap with its evidence`, async () => {
      const res = await gql(
        hub,
        `query($d: GapDimension!) { coverageGaps(dimension: $d) { dimension covering totalCount gaps { subjectKey subjectName severity reason rules evidence { role label key name node { __typename } } } } }`,
        { d: dimension },
      );
      expect(res.errors).toBeUndefined();
      const report = res.data!.coverageGaps;
      expect(report.covering).toEqual(["APPROVED", "CONSTRUCTING", "OPERATING"]);
      expect(report.gaps.length).toBeGreaterThan(0);
      expect(report.totalCount).toBe(report.gaps.length);
      for (const gap of report.gaps) {
        expect(gap.reason.length).toBeGreaterThan(10);
        expect(gap.rules.length).toBeGreaterThan(0);
        for (const e of gap.evidence)
          expect(e.node?.__typename).toBe(e.label === "Field" ? "Field" : e.label);
      }
    });
  }

  it("coverageGaps(FIELD) finds the focus field nothing serves", async () => {
    const res = await gql(hub, `{ coverageGaps(dimension: FIELD, severity: HIGH) { gaps { subjectKey } } }`);
    const keys = res.data!.coverageGaps.gaps.map((g: any) => g.subjectKey);
    const expected = await graph.read(
      "MATCH (f:Field {kind: 'FOCUS'}) WHERE NOT EXISTS { (f)<-[:FOCUSES_ON]-(l:JointLab) WHERE l.status IN ['APPROVED','CONSTRUCTING','OPERATING','APPLYING','UNDER_REVIEW'] } RETURN f.code AS code ORDER BY code",
    );
    expect(keys.sort()).toEqual(expected.records.map((r) => r.get("code")));
    expect(keys).toContain("BRAIN_SCIENCE");
  });

  it("labCompliance and JointLab.compliance agree, and a list of labs costs one compliance query", async () => {
    const one = await gql(
      hub,
      `{ labCompliance(id: "lab-wbg-semi") { labId status standing checks { rule status measured bound textZh } lab { name } } }`,
    );
    expect(one.errors).toBeUndefined();
    expect(one.data!.labCompliance.checks).toHaveLength(13);
    const all = await gql(
      hub,
      `{ jointLabs(first: 100) { edges { node { id compliance { status checks { rule status } } } } } }`,
    );
    expect(all.errors).toBeUndefined();
    expect(all.extensions?.neo4j?.roundTrips).toBe(2);
    const wbg = all.data!.jointLabs.edges.find((e: any) => e.node.id === "lab-wbg-semi").node.compliance;
    expect(wbg.checks.map((c: any) => c.status)).toEqual(
      one.data!.labCompliance.checks.map((c: any) => c.status),
    );
    const statuses = new Set(
      all.data!.jointLabs.edges.flatMap((e: any) => e.node.compliance.checks.map((c: any) => c.status)),
    );
    expect([...statuses].sort()).toEqual(["FAIL", "PASS", "UNKNOWN"]);
  });

  it("duplicateLayouts shows every kind with its proofs, and duplicatesFor checks one applicant", async () => {
    const res = await gql(
      hub,
      `{ duplicateLayouts { live totalCount groups { kind severity reason proofs memberCount members { key covering node { __typename } } shared { key } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.duplicateLayouts.totalCount).toBe(res.data!.duplicateLayouts.groups.length);
    const kinds = new Set(res.data!.duplicateLayouts.groups.map((g: any) => g.kind));
    expect([...kinds].sort()).toEqual(["ADJACENT", "CONFLICT", "OVERLAP"]);
    for (const group of res.data!.duplicateLayouts.groups) {
      for (const proof of group.proofs)
        expect(await count(graph, `MATCH p = ${proof} RETURN count(p)`), proof).toBe(1);
    }
    const conflict = res.data!.duplicateLayouts.groups.find((g: any) => g.kind === "CONFLICT");
    const applicant = conflict.members.find((m: any) => !m.covering).key;
    const mine = await gql(
      hub,
      `query($id: ID!) { duplicatesFor(id: $id, kinds: [CONFLICT]) { groups { members { key } } } }`,
      { id: applicant },
    );
    expect(mine.data!.duplicatesFor.groups).toHaveLength(1);
  });

  it("collaborationOpportunities ranks partners with a score equal to the sum of its components", async () => {
    const res = await gql(
      hub,
      `{ collaborationOpportunities(id: "lab-nano-materials", first: 5) { partnerKey partnerKind score partner { __typename } components { name value weight contribution evidence } } }`,
    );
    expect(res.errors).toBeUndefined();
    const list = res.data!.collaborationOpportunities;
    expect(list.length).toBe(5);
    for (let i = 1; i < list.length; i++) expect(list[i - 1].score).toBeGreaterThanOrEqual(list[i].score);
    // score and contributions are each rounded to 3 decimals (src/modules/shared/score.ts): their sum
    // agrees within half a thousandth for each number summed
    for (const o of list) {
      const sum = o.components.reduce((s: number, c: any) => s + c.contribution, 0);
      expect(Math.abs(o.score - sum)).toBeLessThanOrEqual(0.0005 * (o.components.length + 1) + 1e-9);
    }
    const linked = await graph.read(
      "MATCH (:JointLab {id: 'lab-nano-materials'})-[:COLLABORATES_WITH]-(x) RETURN x.id AS id",
    );
    for (const r of linked.records) expect(list.map((o: any) => o.partnerKey)).not.toContain(r.get("id"));
  });

  it("networkOpportunities pages through the covering labs, each with its best partner", async () => {
    const query = `query ($after: ID) { networkOpportunities(first: 3, after: $after, kinds: [PROVINCIAL_LAB, INNOVATION_CENTRE]) { labKey partnerKey partnerKind score } }`;
    const page = await gql(hub, query);
    expect(page.errors).toBeUndefined();
    const rows = page.data!.networkOpportunities;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThanOrEqual(3);
    const keys = rows.map((o: any) => o.labKey);
    expect(keys).toEqual([...new Set(keys)].sort());
    for (const o of rows) expect(["PROVINCIAL_LAB", "INNOVATION_CENTRE"]).toContain(o.partnerKind);
    // each row is that lab's first opportunity of those kinds
    for (const o of rows) {
      const mine = await gql(
        hub,
        `query ($id: ID!) { collaborationOpportunities(id: $id, first: 1, kinds: [PROVINCIAL_LAB, INNOVATION_CENTRE]) { partnerKey score } }`,
        { id: o.labKey },
      );
      expect(mine.data!.collaborationOpportunities[0]).toEqual({ partnerKey: o.partnerKey, score: o.score });
    }
    const next = await gql(hub, query, { after: keys.at(-1) });
    for (const o of next.data!.networkOpportunities) expect(o.labKey > keys.at(-1)).toBe(true);
  });

  it("simulateApproval closes gaps without writing anything", async () => {
    const before = await graph.read(
      "MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS n, count(r) AS r, collect(DISTINCT n.status) AS s",
    );
    const res = await gql(
      hub,
      `{ simulateApproval(ids: ["lab-deep-ocean", "lab-low-altitude"]) { approved closedGaps { dimension subjectKey } openedGaps { subjectKey } remainingGaps newDuplicates { kind } duplicatesOfApproved { kind } } }`,
    );
    expect(res.errors).toBeUndefined();
    const closed = res
      .data!.simulateApproval.closedGaps.filter((g: any) => g.dimension === "FIELD")
      .map((g: any) => g.subjectKey);
    expect(closed.sort()).toEqual(["AEROSPACE", "DEEP_SEA"]);
    const after = await graph.read(
      "MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS n, count(r) AS r, collect(DISTINCT n.status) AS s",
    );
    expect(after.records[0]!.toObject()).toEqual(before.records[0]!.toObject());
  });
});

describe("bad input to the analytics", () => {
  it("a known lab's analytic costs one round trip (only an empty answer checks that the lab exists)", async () => {
    const found = await gql(hub, `{ collaborationOpportunities(id: "lab-wbg-semi") { score } }`);
    expect(found.data!.collaborationOpportunities.length).toBeGreaterThan(0);
    expect(found.extensions?.neo4j?.roundTrips).toBe(1);
  });

  it("an unknown lab is NOT_FOUND", async () => {
    for (const query of [
      `{ labCompliance(id: "lab-nope") { status } }`,
      `{ duplicatesFor(id: "lab-nope") { totalCount } }`,
      `{ collaborationOpportunities(id: "lab-nope") { score } }`,
    ]) {
      const res = await gql(hub, query);
      expect(res.errors?.[0]?.extensions?.code, query).toBe("NOT_FOUND");
    }
  });

  it("simulateApproval refuses unknown labs (NOT_FOUND) and labs that are not applicants, naming them", async () => {
    const res = await gql(hub, `{ simulateApproval(ids: ["lab-wbg-semi", "lab-nope"]) { remainingGaps } }`);
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: "NOT_FOUND",
      field: "ids",
      keys: ["lab-nope"],
    });
    const covering = await gql(hub, `{ simulateApproval(ids: ["lab-wbg-semi"]) { remainingGaps } }`);
    expect(covering.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", ids: ["lab-wbg-semi"] });
    const none = await gql(hub, `{ simulateApproval(ids: []) { remainingGaps } }`);
    expect(none.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("an out-of-range `first` is BAD_USER_INPUT", async () => {
    const res = await gql(hub, `{ networkOpportunities(first: 0) { score } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    for (const [query, field] of [
      [`{ duplicateLayouts(first: 1001) { totalCount } }`, "first"],
      [`{ duplicateLayouts(membersPerGroup: 0) { totalCount } }`, "membersPerGroup"],
    ]) {
      const bad = await gql(hub, query!);
      expect(bad.errors?.[0]?.extensions, query).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
  });

  it("networkOpportunities for an unknown field is NOT_FOUND", async () => {
    const res = await gql(hub, `{ networkOpportunities(field: "NO_SUCH_FIELD") { score } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});

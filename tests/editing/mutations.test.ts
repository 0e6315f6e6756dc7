/**
 * Editing the network over HTTP on the seed graph: a write changes what it says and records its audit;
 * every refused write — invalid input, unknown key, duplicate key, dangling link, wrong shape — comes
 * back as a user error with a code and leaves the graph exactly as it was (read back and compared).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Graph } from "../../src/graph/graph.js";
import type { Hub } from "../../src/server/http.js";
import { fingerprint } from "../support/fingerprint.js";
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

const PAYLOAD = `userErrors { code field message }`;

describe("writes that succeed", () => {
  it("creates, updates and deletes an enterprise, one audit record each", async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    const created = await gql(
      hub,
      `mutation { createEnterprise(input: { id: "ent-test-new", name: "测试企业", leading: true, inJiangsu: true }) { enterprise { id name leading } ${PAYLOAD} } }`,
    );
    expect(created.data!.createEnterprise).toEqual({
      enterprise: { id: "ent-test-new", name: "测试企业", leading: true },
      userErrors: [],
    });
    const updated = await gql(
      hub,
      `mutation { updateEnterprise(id: "ent-test-new", patch: { name: "测试企业（改）", inJiangsu: null }) { enterprise { name inJiangsu } ${PAYLOAD} } }`,
    );
    expect(updated.data!.updateEnterprise).toEqual({
      enterprise: { name: "测试企业（改）", inJiangsu: null },
      userErrors: [],
    });
    const deleted = await gql(
      hub,
      `mutation { deleteEnterprise(id: "ent-test-new") { enterprise { id } ${PAYLOAD} } }`,
    );
    expect(deleted.data!.deleteEnterprise.userErrors).toEqual([]);
    expect(await count(graph, "MATCH (e:Enterprise {id: 'ent-test-new'}) RETURN count(e)")).toBe(0);

    const audit = await gql(
      hub,
      `query($since: DateTime!) { changes(since: $since, entity: { label: Enterprise, key: "ent-test-new" }) { action actor at before after } }`,
      { since },
    );
    const trail = audit.data!.changes;
    // three writes, one after the other: three instants (the realtime clock, to the nanosecond), in order
    expect(trail.map((c: any) => c.action)).toEqual(["CREATED", "UPDATED", "DELETED"]);
    const instants = trail.map((c: any) => c.at as string);
    expect(new Set(instants).size).toBe(3);
    const stored = await graph.read(
      "UNWIND $ats AS at RETURN [x IN collect(datetime(at)) | toString(x.epochSeconds * 1000000000 + x.nanosecond)] AS ns",
      { ats: instants },
    );
    const ns = (stored.records[0]!.get("ns") as string[]).map((n) => BigInt(n));
    expect(ns[0]! < ns[1]! && ns[1]! < ns[2]!).toBe(true);
    expect(trail.every((c: any) => c.actor === "local")).toBe(true);
    expect(JSON.parse(trail[1].before)).toEqual({ name: "测试企业", inJiangsu: true });
    expect(JSON.parse(trail[1].after)).toEqual({ name: "测试企业（改）", inJiangsu: null });
  });

  it("lists the records of one write at its one instant, in the order they were written", async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    const res = await gql(
      hub,
      `mutation { submitApplication(input: { id: "lab-audit-order", name: "审计顺序测试实验室", leadUniversityId: "univ-seu", leadDisciplineCode: "0809", focusFieldCodes: ["BRAIN_SCIENCE", "DEEP_SEA"] }) { userErrors { code } } }`,
    );
    expect(res.data!.submitApplication.userErrors).toEqual([]);
    const read = async () =>
      (
        await gql(
          hub,
          `query($since: DateTime!) { changes(since: $since, entity: { label: JointLab, key: "lab-audit-order" }) { id at action summary } }`,
          { since },
        )
      ).data!.changes as { id: string; at: string; action: string; summary: string }[];
    const trail = await read();
    expect(trail.length).toBeGreaterThanOrEqual(4); // the lab, then its university, discipline and two fields
    expect(new Set(trail.map((c) => c.at)).size).toBe(1); // one write, one instant
    expect(trail[0]!.action).toBe("CREATED");
    expect(trail.slice(1).every((c) => c.action === "LINKED")).toBe(true);
    // the order is the write's: each record's seq, 0, 1, 2… — not the random ids of a tie
    const seqs = await graph.read(
      "UNWIND $ids AS id MATCH (c:Change {id: id}) RETURN collect(toString(c.seq)) AS seq",
      {
        ids: trail.map((c) => c.id),
      },
    );
    expect((seqs.records[0]!.get("seq") as string[]).map(Number)).toEqual(trail.map((_, i) => i));
    expect((await read()).map((c) => c.id)).toEqual(trail.map((c) => c.id));
    const fields = trail.filter((c) => /FOCUSES_ON/.test(c.summary)).map((c) => c.summary);
    expect(fields).toHaveLength(2);
    expect(fields[0]).toMatch(/BRAIN_SCIENCE/); // written first (the input's order)
  });

  it("adds a research direction with its disciplines and leading enterprise in one write", async () => {
    const res = await gql(
      hub,
      `mutation { addResearchDirection(labId: "lab-wbg-semi", input: { id: "dir-test-gan", name: "氮化镓功率器件", disciplineCodes: ["0809", "1401"], leadEnterpriseIds: ["ent-crmicro"] }) { researchDirection { id lab { id } disciplines { code } leadingEnterprises { id } } ${PAYLOAD} } }`,
    );
    expect(res.data!.addResearchDirection).toEqual({
      researchDirection: {
        id: "dir-test-gan",
        lab: { id: "lab-wbg-semi" },
        disciplines: [{ code: "0809" }, { code: "1401" }],
        leadingEnterprises: [{ id: "ent-crmicro" }],
      },
      userErrors: [],
    });
  });

  it("records a collaboration and a co-builder's investment with link, and removes them with unlink", async () => {
    const collab = await gql(
      hub,
      `mutation { link(input: { type: COLLABORATES_WITH, from: { label: JointLab, key: "lab-nano-materials" }, to: { label: Platform, key: "plat-gusu" }, properties: { since: "2026-11-01", topic: "纳米材料中试" } }) { link { type to { ... on Platform { id } } properties { name value } } ${PAYLOAD} } }`,
    );
    expect(collab.data!.link.userErrors).toEqual([]);
    expect(collab.data!.link.link.properties).toEqual(
      expect.arrayContaining([{ name: "topic", value: "纳米材料中试" }]),
    );
    const opportunities = await gql(
      hub,
      `{ collaborationOpportunities(id: "lab-nano-materials", first: 50) { partnerKey } }`,
    );
    expect(opportunities.data!.collaborationOpportunities.map((o: any) => o.partnerKey)).not.toContain(
      "plat-gusu",
    );

    const cobuild = await gql(
      hub,
      `mutation { link(input: { type: CO_BUILDS, from: { label: Enterprise, key: "ent-hengtong" }, to: { label: JointLab, key: "lab-nano-materials" }, properties: { investmentCny: 20000000 } }) { ${PAYLOAD} } }`,
    );
    expect(cobuild.data!.link.userErrors).toEqual([]);
    expect(
      await count(
        graph,
        "MATCH (:Enterprise {id: 'ent-hengtong'})-[r:CO_BUILDS {investmentCny: 20000000}]->(:JointLab {id: 'lab-nano-materials'}) RETURN count(r)",
      ),
    ).toBe(1);
    const removed = await gql(
      hub,
      `mutation { unlink(input: { type: COLLABORATES_WITH, from: { label: Platform, key: "plat-gusu" }, to: { label: JointLab, key: "lab-nano-materials" } }) { ${PAYLOAD} } }`,
    );
    expect(removed.data!.unlink.userErrors).toEqual([]);
    expect(
      await count(
        graph,
        "MATCH (:JointLab {id: 'lab-nano-materials'})-[r:COLLABORATES_WITH]-(:Platform {id: 'plat-gusu'}) RETURN count(r)",
      ),
    ).toBe(0);
  });

  it("keeps two grants of different years as two FUNDS relationships", async () => {
    for (const year of [2027, 2028]) {
      const res = await gql(
        hub,
        `mutation { link(input: { type: FUNDS, from: { label: Government, key: "gov-jiangsu-kjt" }, to: { label: JointLab, key: "lab-wbg-semi" }, properties: { amountCny: 1000000, kind: "PERFORMANCE_SUBSIDY", year: ${year} } }) { ${PAYLOAD} } }`,
      );
      expect(res.data!.link.userErrors).toEqual([]);
    }
    expect(
      await count(
        graph,
        "MATCH (:Government {id: 'gov-jiangsu-kjt'})-[f:FUNDS {kind: 'PERFORMANCE_SUBSIDY'}]->(:JointLab {id: 'lab-wbg-semi'}) WHERE f.year IN [2027, 2028] RETURN count(f)",
      ),
    ).toBe(2);
  });
});

describe("writes that are refused leave the graph as it was", () => {
  const cases: [title: string, mutation: string, code: string, field: string | null][] = [
    [
      "an id with spaces",
      `createEnterprise(input: { id: "bad id!", name: "x" }) { ${PAYLOAD} }`,
      "VALIDATION",
      "input.id",
    ],
    [
      "an empty name",
      `createCity(input: { id: "city-x", name: "" }) { ${PAYLOAD} }`,
      "VALIDATION",
      "input.name",
    ],
    [
      "a duplicate key",
      `createEnterprise(input: { id: "ent-crmicro", name: "重复" }) { ${PAYLOAD} }`,
      "DUPLICATE_KEY",
      "id",
    ],
    [
      "a discipline code off the catalogue's shape",
      `createDiscipline(input: { code: "8x", name: "x", level: FIRST_LEVEL }) { ${PAYLOAD} }`,
      "VALIDATION",
      "input.code",
    ],
    [
      "a negative investment",
      `updateJointLab(id: "lab-wbg-semi", patch: { investmentCny: -5 }) { ${PAYLOAD} }`,
      "VALIDATION",
      "patch.investmentCny",
    ],
    [
      "a removed name",
      `updateJointLab(id: "lab-wbg-semi", patch: { name: null }) { ${PAYLOAD} }`,
      "VALIDATION",
      "patch.name",
    ],
    [
      "an English name over 300 characters",
      `updateCity(id: "city-nanjing", patch: { nameEn: "${"x".repeat(301)}" }) { ${PAYLOAD} }`,
      "VALIDATION",
      "patch.nameEn",
    ],
    [
      "an unknown id",
      `updateJointLab(id: "lab-nope", patch: { nameEn: "x" }) { ${PAYLOAD} }`,
      "NOT_FOUND",
      "id",
    ],
    ["deleting what does not exist", `deleteCity(id: "city-nope") { ${PAYLOAD} }`, "NOT_FOUND", "id"],
    [
      "a dangling link",
      `link(input: { type: FOCUSES_ON, from: { label: JointLab, key: "lab-wbg-semi" }, to: { label: Field, key: "NO_SUCH_FIELD" } }) { ${PAYLOAD} }`,
      "NOT_FOUND",
      "to",
    ],
    [
      "a link between labels the model does not join",
      `link(input: { type: LED_BY, from: { label: Enterprise, key: "ent-crmicro" }, to: { label: University, key: "univ-seu" } }) { ${PAYLOAD} }`,
      "NOT_ALLOWED",
      "type",
    ],
    [
      "a property the relationship does not carry",
      `link(input: { type: CO_BUILDS, from: { label: Enterprise, key: "ent-crmicro" }, to: { label: JointLab, key: "lab-wbg-semi" }, properties: { role: "LEAD" } }) { ${PAYLOAD} }`,
      "VALIDATION",
      "properties.role",
    ],
    [
      "a role the relationship does not know",
      `link(input: { type: WORKS_AT, from: { label: Person, key: "person-0001" }, to: { label: JointLab, key: "lab-wbg-semi" }, properties: { role: "KING" } }) { ${PAYLOAD} }`,
      "VALIDATION",
      "properties.role",
    ],
    [
      "funds without a year",
      `link(input: { type: FUNDS, from: { label: Government, key: "gov-jiangsu-kjt" }, to: { label: JointLab, key: "lab-wbg-semi" }, properties: { amountCny: 5, kind: "CONSTRUCTION" } }) { ${PAYLOAD} }`,
      "VALIDATION",
      "properties.year",
    ],
    [
      "a lead discipline that is a category",
      `link(input: { type: LEAD_DISCIPLINE, from: { label: JointLab, key: "lab-synthetic-biology" }, to: { label: Discipline, key: "08" } }) { ${PAYLOAD} }`,
      "VALIDATION",
      "to",
    ],
    [
      "a second lead university",
      `link(input: { type: LED_BY, from: { label: JointLab, key: "lab-wbg-semi" }, to: { label: University, key: "univ-nju" } }) { ${PAYLOAD} }`,
      "NOT_ALLOWED",
      "to",
    ],
    [
      "removing a link that does not exist",
      `unlink(input: { type: LED_BY, from: { label: JointLab, key: "lab-wbg-semi" }, to: { label: University, key: "univ-nju" } }) { ${PAYLOAD} }`,
      "NOT_FOUND",
      "type",
    ],
    [
      "a direction whose last discipline does not exist (nothing of it is written)",
      `addResearchDirection(labId: "lab-wbg-semi", input: { id: "dir-half", name: "半成品", disciplineCodes: ["0809", "0899"] }) { ${PAYLOAD} }`,
      "NOT_FOUND",
      "to",
    ],
    [
      "an application led by an unknown university (nothing of it is written)",
      `submitApplication(input: { id: "lab-half", name: "半成品", leadUniversityId: "univ-nope", leadDisciplineCode: "0809" }) { ${PAYLOAD} }`,
      "NOT_FOUND",
      "to",
    ],
    [
      "approving an application still APPLYING",
      `approveLab(id: "lab-deep-ocean") { ${PAYLOAD} }`,
      "ILLEGAL_TRANSITION",
      "id",
    ],
    [
      "a performance evaluation of an applicant",
      `recordEvaluation(labId: "lab-deep-ocean", input: { id: "eval-x", kind: PERFORMANCE, on: "2026-11-01", outcome: RETAIN }) { ${PAYLOAD} }`,
      "ILLEGAL_TRANSITION",
      "kind",
    ],
    [
      "a plan review with a performance outcome",
      `recordEvaluation(labId: "lab-mmwave-ic", input: { id: "eval-y", kind: PLAN_REVIEW, on: "2026-11-01", outcome: RETAIN }) { ${PAYLOAD} }`,
      "VALIDATION",
      "outcome",
    ],
  ];

  for (const [title, mutation, code, field] of cases) {
    it(title, async () => {
      const before = await fingerprint(graph, true);
      const res = await gql(hub, `mutation { result: ${mutation} }`);
      expect(res.errors).toBeUndefined();
      expect(res.data!.result.userErrors).toEqual([expect.objectContaining({ code, field })]);
      expect(await fingerprint(graph, true)).toBe(before);
    });
  }

  it("the one tricky case of the list checks what it says: a direction half-written would be visible", async () => {
    // dir-half's first discipline exists: had the write not been one transaction, the node would be there.
    expect(await count(graph, "MATCH (d:ResearchDirection {id: 'dir-half'}) RETURN count(d)")).toBe(0);
    expect(await count(graph, "MATCH (d:Discipline {code: '0809'}) RETURN count(d)")).toBe(1);
  });
});

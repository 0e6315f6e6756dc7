/**
 * Scores as the API shows them, on the seed graph: every opportunity score and every component's value,
 * weight and contribution has at most 3 decimals, is the unrounded score rounded, and the ranking is the
 * one computed on the unrounded values (same partners, same order). The seed has unrounded scores with
 * more decimals (Adamic–Adar: 1/ln k), so the rounding is seen to happen.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  collaborationOpportunities,
  networkOpportunities,
  type Opportunity,
} from "../../src/analytics/opportunities.js";
import { DEFAULT_OPPORTUNITY_WEIGHTS } from "../../src/domain/opportunity-weights.js";
import type { Graph } from "../../src/graph/graph.js";
import { roundScore } from "../../src/modules/shared/score.js";
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

/** At most 3 decimals, as JSON carries the number. */
const THREE_DECIMALS = /^-?\d+(\.\d{1,3})?$/;
const moreThanThree = (x: number) => !THREE_DECIMALS.test(String(x));

interface Shown {
  labKey: string;
  partnerKey: string;
  score: number;
  components: { name: string; value: number; weight: number; contribution: number }[];
}

const FIELDS = "labKey partnerKey score components { name value weight contribution }";

/** The numbers of one opportunity as shown, each checked against the unrounded one. */
function expectRounded(shown: Shown, raw: Opportunity): void {
  expect(shown.partnerKey).toBe(raw.partnerKey);
  expect(String(shown.score), `${shown.labKey} → ${shown.partnerKey}`).toMatch(THREE_DECIMALS);
  expect(shown.score).toBe(roundScore(raw.score));
  expect(shown.components.map((c) => c.name)).toEqual(raw.components.map((c) => c.name));
  shown.components.forEach((c, i) => {
    const r = raw.components[i]!;
    for (const key of ["value", "weight", "contribution"] as const) {
      expect(String(c[key]), `${shown.partnerKey} ${c.name}.${key}`).toMatch(THREE_DECIMALS);
      expect(c[key]).toBe(roundScore(r[key]));
    }
  });
}

describe("scores rounded where shown", () => {
  it("roundScore: 3 decimals, half away from zero, no -0, integers and non-finite numbers unchanged", () => {
    expect(roundScore(2 / Math.LN2)).toBe(2.885);
    expect(roundScore(1.0005)).toBe(1.001);
    expect(roundScore(-1.0005)).toBe(-1.001);
    expect(Object.is(roundScore(-0.0001), 0)).toBe(true);
    expect(roundScore(4)).toBe(4);
    expect(roundScore(Number.NaN)).toBeNaN();
  });

  it("collaborationOpportunities of every covering lab: rounded, in the unrounded ranking's order", async () => {
    const labs = await graph.read(
      "MATCH (l:JointLab) WHERE l.status IN ['APPROVED', 'CONSTRUCTING', 'OPERATING'] RETURN l.id AS id ORDER BY id",
    );
    const ids = labs.records.map((r) => r.get("id") as string);
    expect(ids.length).toBeGreaterThan(5);
    let rawWithMore = 0;
    let shownCount = 0;
    for (const id of ids) {
      const res = await gql(
        hub,
        `query($id: ID!) { collaborationOpportunities(id: $id, first: 50) { ${FIELDS} } }`,
        { id },
      );
      expect(res.errors, id).toBeUndefined();
      const shown = res.data!.collaborationOpportunities as Shown[];
      const raw = await collaborationOpportunities(graph, {
        lab: id,
        first: 50,
        weights: DEFAULT_OPPORTUNITY_WEIGHTS,
      });
      expect(
        shown.map((o) => o.partnerKey),
        id,
      ).toEqual(raw.map((o) => o.partnerKey));
      shown.forEach((o, i) => expectRounded(o, raw[i]!));
      // shown scores never rise down the list (rounding keeps a monotone order)
      for (let i = 1; i < shown.length; i++)
        expect(shown[i - 1]!.score).toBeGreaterThanOrEqual(shown[i]!.score);
      rawWithMore += raw.filter(
        (o) =>
          moreThanThree(o.score) ||
          o.components.some((c) => moreThanThree(c.value) || moreThanThree(c.contribution)),
      ).length;
      shownCount += shown.length;
    }
    expect(shownCount).toBeGreaterThan(20);
    expect(rawWithMore, "unrounded scores with more than 3 decimals in the seed").toBeGreaterThan(0);
  });

  it("networkOpportunities: every page rounded, the same rows and order as unrounded", async () => {
    const query = `query($after: ID) { networkOpportunities(first: 4, after: $after) { ${FIELDS} } }`;
    const shown: Shown[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const res = await gql(hub, query, { after });
      expect(res.errors).toBeUndefined();
      const rows = res.data!.networkOpportunities as Shown[];
      if (!rows.length) break;
      shown.push(...rows);
      after = rows.at(-1)!.labKey;
    }
    const raw = await networkOpportunities(graph, { first: 200, weights: DEFAULT_OPPORTUNITY_WEIGHTS });
    expect(shown.map((o) => `${o.labKey}→${o.partnerKey}`)).toEqual(
      raw.map((o) => `${o.labKey}→${o.partnerKey}`),
    );
    shown.forEach((o, i) => expectRounded(o, raw[i]!));
  });
});

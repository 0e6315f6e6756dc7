/**
 * Sentences in Chinese and English (src/domain/messages): every code has both; the English the API
 * writes is the Cypher files' own `reason`, byte for byte, on every row of the seed (and of a what-if);
 * the README's example answers as before; `language:` and Accept-Language choose the language.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allCoverageGaps } from "../../src/analytics/coverage-gaps.js";
import { duplicateLayouts, duplicatesFor } from "../../src/analytics/duplicates.js";
import { MESSAGE_CODES, render, TEMPLATES, type MessageCode } from "../../src/domain/messages/index.js";
import { RULES } from "../../src/domain/rules.js";
import type { Graph } from "../../src/graph/graph.js";
import type { Hub } from "../../src/server/http.js";
import { resetToSeed, testGraph } from "../support/graph.js";
import { gql, startTestHub } from "../support/hub.js";

const CJK = /[\u4e00-\u9fff]/;

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

describe("message templates", () => {
  it("every code has an English and a Chinese sentence, different, each naming its parameters", () => {
    const codes = Object.keys(MESSAGE_CODES).sort();
    expect(Object.keys(TEMPLATES.EN).sort()).toEqual(codes);
    expect(Object.keys(TEMPLATES.ZH).sort()).toEqual(codes);
    for (const code of codes as MessageCode[]) {
      const params = Object.fromEntries(MESSAGE_CODES[code].map((name, i) => [name, `〈${name}${i}〉`]));
      const en = render({ code, params }, "EN");
      const zh = render({ code, params }, "ZH");
      expect(zh, code).not.toBe(en);
      expect(zh.replace(/〈[^〉]*〉/g, ""), code).toMatch(CJK);
      expect(en.replace(/〈[^〉]*〉/g, ""), code).not.toMatch(CJK);
    }
  });
});

describe("the English sentence is the Cypher file's reason, on every row", () => {
  it("coverage gaps of every dimension, now and after a what-if approving every applicant", async () => {
    const applicants = await graph.read(
      "MATCH (l:JointLab) WHERE l.status IN ['APPLYING', 'UNDER_REVIEW'] RETURN l.id AS id",
    );
    const approve = applicants.records.map((r) => r.get("id") as string);
    expect(approve.length).toBeGreaterThan(1);
    const codes = new Set<string>();
    for (const gaps of [await allCoverageGaps(graph), await allCoverageGaps(graph, { approve })]) {
      expect(gaps.length).toBeGreaterThan(10);
      for (const gap of gaps) {
        codes.add(gap.reasonMessage.code);
        expect(render(gap.reasonMessage, "EN")).toBe(gap.reason);
        expect(render(gap.reasonMessage, "ZH")).toMatch(CJK);
      }
    }
    // the seed shows most gap sentences; the rest are covered by the template test above
    expect([...codes].filter((c) => c.startsWith("GAP_")).length).toBeGreaterThanOrEqual(5);
  });

  it("duplicate groups: the network view and every lab's pairs", async () => {
    const page = await duplicateLayouts(graph, { first: 500 });
    const labs = await graph.read("MATCH (l:JointLab) RETURN l.id AS id");
    const pairs = await duplicatesFor(
      graph,
      labs.records.map((r) => r.get("id") as string),
      { anchorsLive: true },
    );
    const groups = [...page.groups, ...pairs];
    const codes = new Set(groups.map((g) => g.reasonMessage.code));
    expect([...codes].sort()).toEqual([
      "DUPLICATE_ADJACENT",
      "DUPLICATE_ADJACENT_PAIR",
      "DUPLICATE_CONFLICT",
      "DUPLICATE_OVERLAP",
      "DUPLICATE_OVERLAP_PAIR",
    ]);
    for (const group of groups) {
      expect(render(group.reasonMessage, "EN")).toBe(group.reason);
      expect(render(group.reasonMessage, "ZH")).toMatch(CJK);
      // no model code in the Chinese (a focus field by its name: 深海科学, not DEEP_SEA 深海科学)
      expect(render(group.reasonMessage, "ZH")).not.toMatch(/[A-Z_]{3,}/);
    }
  });
});

/** The README's "One question": its query and its answer, as committed. */
function readmeExample(): { query: string; answer: unknown } {
  const readme = readFileSync("README.md", "utf8");
  const section = readme.slice(readme.indexOf("## One question"));
  const query = /```graphql\n([\s\S]*?)```/.exec(section)![1]!;
  const answer = /```json\n([\s\S]*?)```/.exec(section)![1]!;
  return { query, answer: JSON.parse(answer) };
}

describe("languages over GraphQL", () => {
  it("the README's example answers exactly as it says, without a language argument", async () => {
    const { query, answer } = readmeExample();
    const res = await gql(hub, query);
    expect(JSON.stringify({ data: res.data })).toBe(JSON.stringify(answer));
  });

  it("reason(language: ZH) is Chinese, with the code and parameters beside it", async () => {
    const res = await gql(
      hub,
      `{ coverageGaps(dimension: FIELD) { gaps { subjectName en: reason zh: reason(language: ZH) reasonCode reasonParams { name value } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const gaps = res.data!.coverageGaps.gaps;
    expect(gaps[0]).toEqual({
      subjectName: "脑科学",
      en: "No covering joint lab and no applicant serves the focus field 脑科学",
      zh: "重点领域“脑科学”尚无覆盖的联合实验室，也没有申请单位",
      reasonCode: "GAP_FIELD_UNSERVED",
      reasonParams: [{ name: "field", value: "脑科学" }],
    });
    expect(gaps[1].zh).toBe("重点领域“空天科技”尚无覆盖的联合实验室；1家申请中的联合实验室可填补");
  });

  it("Accept-Language: zh… makes ZH the default; the argument still wins; other languages get EN", async () => {
    const query = `{ duplicateLayouts(kinds: [CONFLICT]) { groups { reason en: reason(language: EN) reasonCode } } }`;
    const zh = await gql(hub, query, {}, { "accept-language": "zh-CN,zh;q=0.9,en;q=0.8" });
    expect(zh.errors).toBeUndefined();
    const group = zh.data!.duplicateLayouts.groups[0];
    expect(group.reasonCode).toBe("DUPLICATE_CONFLICT");
    expect(group.reason).toMatch(/^\d+家联合实验室（已覆盖或申请中）的主导学科同为一级学科/);
    expect(group.en).toMatch(/^\d+ live joint labs share the first-level lead discipline /);
    const en = await gql(hub, query, {}, { "accept-language": "en-GB,zh;q=0.5" });
    expect(en.data!.duplicateLayouts.groups[0].reason).toBe(group.en);
  });

  it("a rule check gives the rule's text in either language: ZH the draft's words, quoted in docs/policy.md", async () => {
    const res = await gql(
      hub,
      `{ labCompliance(id: "lab-wbg-semi") { checks { rule zh: text(language: ZH) en: text(language: EN) textZh title } } }`,
    );
    expect(res.errors).toBeUndefined();
    const policy = readFileSync("docs/policy.md", "utf8").replace(/\s+/g, "");
    for (const check of res.data!.labCompliance.checks) {
      const rule = RULES[check.rule as keyof typeof RULES];
      expect(check.zh).toBe(rule.textZh);
      expect(check.zh).toBe(check.textZh);
      expect(check.en).toBe(rule.title);
      expect(policy, check.rule).toContain(rule.textZh.replace(/\s+/g, ""));
    }
  });

  it("a rule check's measurement, bound and evidence read in Chinese; the English is as before", async () => {
    const res = await gql(
      hub,
      `{ labCompliance(id: "lab-wbg-semi") { checks { rule measured zh: measured(language: ZH) measuredCode measuredParams { name value } bound zhBound: bound(language: ZH) evidence zhEvidence: evidence(language: ZH) } } }`,
    );
    expect(res.errors).toBeUndefined();
    const checks = res.data!.labCompliance.checks as any[];
    for (const check of checks) {
      expect(check.zh, check.rule).toMatch(CJK);
      expect(check.measured, check.rule).not.toMatch(/^$/);
      expect(render({ code: check.measuredCode, params: paramsOf(check) }, "EN")).toBe(check.measured);
      expect(check.zhEvidence).toHaveLength(check.evidence.length);
    }
    const r7 = checks.find((c) => c.rule === "R7");
    expect(r7.bound).toBe("3–5 directions");
    expect(r7.zhBound).toBe("3–5 个研发方向");
    expect(r7.zh).toMatch(/^\d+个研发方向$/);
    // a focus field by its Chinese name, not its code (支撑重点领域集成电路, not …INTEGRATED_CIRCUITS)
    const r2 = checks.find((c) => c.rule === "R2");
    expect(r2.zh).toMatch(/^支撑重点领域[\u4e00-\u9fff]/);
    expect(r2.zh).not.toMatch(/[A-Z_]{3,}/);
  });

  it("score components and the what-if explain themselves in either language", async () => {
    const res = await gql(
      hub,
      `{ collaborationOpportunities(id: "lab-nano-materials", first: 3) { components { name value weight contribution label zhLabel: label(language: ZH) explanation zh: explanation(language: ZH) } }
         simulateApproval(ids: ["lab-deep-ocean", "lab-low-altitude"]) { closedGaps { subjectKey } summary zh: summary(language: ZH) summaryParams { name value } } }`,
    );
    expect(res.errors).toBeUndefined();
    const components = res.data!.collaborationOpportunities.flatMap((o: any) => o.components);
    expect(components.length).toBeGreaterThan(0);
    for (const c of components) {
      expect(c.label).toBe(c.name);
      expect(c.zhLabel).toMatch(CJK);
      expect(c.zh).toMatch(CJK);
      expect(c.explanation).toContain(`× ${c.weight} = ${Math.round(c.contribution * 100) / 100}`);
    }
    const whatIf = res.data!.simulateApproval;
    const closed = whatIf.closedGaps.length;
    expect(whatIf.summary).toMatch(
      new RegExp(`^Approving 2 applicant\\(s\\) would close ${closed} gap\\(s\\)`),
    );
    expect(whatIf.zh).toMatch(new RegExp(`^批准2家申请单位将填补${closed}个布局缺口`));
    expect(whatIf.summaryParams[0]).toEqual({ name: "approved", value: "2" });
  });

  it("a refused write says why in Chinese, with the code and parameters; the English is as before", async () => {
    const res = await gql(
      hub,
      `mutation { approveLab(id: "lab-deep-ocean") { userErrors { code field message zh: message(language: ZH) messageCode messageParams { name value } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const [error] = res.data!.approveLab.userErrors;
    expect(error).toEqual({
      code: "ILLEGAL_TRANSITION",
      field: "id",
      message: "approveLab needs a lab that is UNDER_REVIEW; lab-deep-ocean is APPLYING",
      zh: "批准建设要求实验室处于评审中状态；lab-deep-ocean当前为申请中",
      messageCode: "ERROR_ILLEGAL_TRANSITION",
      messageParams: [
        { name: "transition", value: "approveLab" },
        { name: "from", value: "UNDER_REVIEW" },
        { name: "lab", value: "lab-deep-ocean" },
        { name: "status", value: "APPLYING" },
      ],
    });
    // a message without a code of its own: the code's meaning first, then the English detail
    const invalid = await gql(
      hub,
      `mutation { createCity(input: { id: "city-x", name: "" }) { userErrors { code field message en: message(language: EN) messageCode } } }`,
      {},
      { "accept-language": "zh-CN" },
    );
    expect(invalid.errors).toBeUndefined();
    const [first] = invalid.data!.createCity.userErrors;
    expect(first).toMatchObject({ code: "VALIDATION", field: "input.name", messageCode: null });
    expect(first.message).toBe(`输入无效：${first.en}`);
  });
});

function paramsOf(check: { measuredParams: { name: string; value: string | null }[] }) {
  return Object.fromEntries(
    check.measuredParams.map((p) => [
      p.name,
      // a number as the template would take it; a code such as 0809 stays a string
      p.value !== null && /^-?(0|[1-9]\d*)(\.\d+)?$/.test(p.value) ? Number(p.value) : p.value,
    ]),
  );
}

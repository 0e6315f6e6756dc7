/**
 * The programme's construction rules (docs/policy.md, R1–R17) as data: number, the draft's
 * Chinese text, what kind of rule it is, and its bounds. The compliance check (src/analytics/
 * compliance.ts) evaluates these against measurements read from the graph; nothing else holds a bound.
 */

export type RuleId =
  | "R1"
  | "R2"
  | "R3"
  | "R4"
  | "R5"
  | "R6"
  | "R7"
  | "R8"
  | "R9"
  | "R10"
  | "R11"
  | "R12"
  | "R13"
  | "R14"
  | "R15"
  | "R16"
  | "R17";

/** REQUIREMENT: a construction condition; PRIORITY: raises an application's rank (R13); CEILING: a funding limit (R14). */
export type RuleKind = "REQUIREMENT" | "PRIORITY" | "CEILING";

export interface Rule {
  id: RuleId;
  kind: RuleKind;
  /** The rule in English, as docs/policy.md numbers it. */
  title: string;
  /** The draft work plan's own words (quoted in docs/policy.md). */
  textZh: string;
  /** Inclusive bounds where the rule has numbers. */
  min?: number;
  max?: number;
  unit?: string;
  /** The unit in Chinese (the bound in the planners' language). */
  unitZh?: string;
}

export const RULES: Record<RuleId, Rule> = {
  R1: {
    id: "R1",
    kind: "REQUIREMENT",
    title: "Led by a key Jiangsu university whose lead discipline is nationally first-class",
    textZh: "省联合实验室依托省内重点高校建设，申请建设的高校其相关学科应属国内一流",
  },
  R2: {
    id: "R2",
    kind: "REQUIREMENT",
    title: "The lead discipline is closely tied to Jiangsu's future or strategic emerging industries",
    textZh: "且与我省重点发展的未来产业或战略新兴产业高度关联",
  },
  R3: {
    id: "R3",
    kind: "REQUIREMENT",
    title: "The university has key labs or major platforms in the field",
    textZh: "在相关领域建有重点实验室等重大创新平台",
  },
  R4: {
    id: "R4",
    kind: "REQUIREMENT",
    title: "The lab has high-level discipline leaders",
    textZh: "拥有高水平学科领军人才",
    min: 1,
    unit: "leaders",
    unitZh: "名领军人才",
  },
  R5: {
    id: "R5",
    kind: "REQUIREMENT",
    title: "The same discipline field is not laid out twice",
    textZh: "同一学科领域不重复布局",
  },
  R6: {
    id: "R6",
    kind: "REQUIREMENT",
    title: "About 10 labs across the ten focus fields in 2021–2025",
    textZh:
      "“十四五”期间，聚焦前沿材料、集成电路、人工智能、生物工程、生命健康、空天科技、先进制造、能源科学、深海科学、脑科学等战略性新兴产业和前瞻技术领域，启动建设10家左右省联合实验室",
    min: 1,
    unit: "covering labs per focus field",
    unitZh: "家覆盖的联合实验室（每个重点领域）",
  },
  R7: {
    id: "R7",
    kind: "REQUIREMENT",
    title: "3–5 research directions",
    textZh: "省联合实验室一般研发方向为3-5个",
    min: 3,
    max: 5,
    unit: "directions",
    unitZh: "个研发方向",
  },
  R8: {
    id: "R8",
    kind: "REQUIREMENT",
    title: "New investment of 300–500 million CNY",
    textZh: "新增投入为3-5亿元",
    min: 300_000_000,
    max: 500_000_000,
    unit: "CNY",
    unitZh: "元",
  },
  R9: {
    id: "R9",
    kind: "REQUIREMENT",
    title: "Construction period of 3–5 years",
    textZh: "建设期3-5年",
    min: 3,
    max: 5,
    unit: "years",
    unitZh: "年",
  },
  R10: {
    id: "R10",
    kind: "REQUIREMENT",
    title: "Every research direction has an industry-leading enterprise",
    textZh: "实验室每个研发方向须由省内外行业龙头企业参与",
    max: 0,
    unit: "directions without a leading enterprise",
    unitZh: "个无行业龙头企业参与的研发方向",
  },
  R11: {
    id: "R11",
    kind: "REQUIREMENT",
    title: "At least 200 staff once built",
    textZh: "实验室建成后人员规模应不少于200人",
    min: 200,
    unit: "staff",
    unitZh: "人",
  },
  R12: {
    id: "R12",
    kind: "REQUIREMENT",
    title: "On campus an independent second-level unit; off campus an independent legal entity",
    textZh:
      "建在校内的应具备服务多个学科、学院、单位，独立建制的二级单位，建在校外的应为具有独立法人资格的新型研发机构",
  },
  R13: {
    id: "R13",
    kind: "PRIORITY",
    title:
      "Priority for local-government or leading-enterprise investment, or a provincial-or-higher high-tech zone",
    textZh: "优先支持由地方政府、龙头企业参与投入或建在省级以上高新区的联合实验室",
    min: 1,
    unit: "priority factor",
    unitZh: "项优先支持因素",
  },
  R14: {
    id: "R14",
    kind: "CEILING",
    title:
      "Up to 50 million CNY of provincial funding, construction funds and post-performance subsidy together",
    textZh: "最高给予5000万的财政经费（包括建设期经费和绩效后补助经费）支持",
    max: 50_000_000,
    unit: "CNY",
    unitZh: "元",
  },
  R15: {
    id: "R15",
    kind: "REQUIREMENT",
    title: "Governance: management committee decides, director responsible, technical committee advises",
    textZh: "支持实行管委会决策制、实验室主任负责制、技术委员会咨询制",
  },
  R16: {
    id: "R16",
    kind: "REQUIREMENT",
    title: "Performance evaluation after construction; dynamic adjustment",
    textZh: "健全优胜劣汰、有进有出的动态调整机制",
  },
  R17: {
    id: "R17",
    kind: "REQUIREMENT",
    title: "Collaborate with national labs, provincial labs and innovation centres",
    textZh:
      "鼓励省联合实验室与国家实验室，紫金山实验室、姑苏实验室、太湖实验室等江苏省实验室，以及国家级和省级技术创新中心、产业创新中心、制造业创新中心等的协同合作",
  },
};

/** The rules a lab's own data can be checked against (R5, R6 and R17 are network-wide analytics). */
export const LAB_RULES = [
  "R1",
  "R2",
  "R3",
  "R4",
  "R7",
  "R8",
  "R9",
  "R10",
  "R11",
  "R12",
  "R13",
  "R14",
  "R15",
] as const satisfies readonly RuleId[];
export type LabRuleId = (typeof LAB_RULES)[number];

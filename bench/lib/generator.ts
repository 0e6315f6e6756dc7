/**
 * Deterministic benchmark graphs with the model's shape (docs/model.md) at named
 * scales, with heavy-tailed degrees: a few enterprises take part in thousands of directions, most
 * in one or two; a few universities host most labs; big cities hold most parks and labs.
 *
 * Every attribute of node i is a pure function of (scale, table, i), so the tables stream: nothing
 * but a few small per-city and per-university arrays is held in memory, and the same scale always
 * yields the same graph. Every node gets `illustrative: true` and `bench: <scale>` from the loader.
 *
 * The real discipline catalogue (14 categories, 117 first-level disciplines) and the fields of
 * seeds/jiangsu/ are reused; second-level disciplines and everything else are invented.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import neo4j from "neo4j-driver";
import type { Label, RelType } from "../../src/domain/model.js";
import { SEEDS_DIR } from "../../src/graph/paths.js";
import { Rng, hash, hashString, paretoCount, unit, zipfIndex } from "./prng.js";

export const SCALE_NAMES = ["province", "nation"] as const;
export type ScaleName = (typeof SCALE_NAMES)[number];

export interface ScaleSpec {
  name: ScaleName;
  /** Bolt port of the scale's own local Neo4j instance (bench-<scale>). */
  boltPort: number;
  provinces: number;
  cities: number;
  parks: number;
  districtGovernments: number;
  universities: number;
  /** Invented second-level disciplines under each first-level discipline of 07, 08, 09, 10, 14. */
  secondLevelPerFirst: number;
  labs: number;
  enterprises: number;
  platforms: number;
  people: number;
  investors: number;
  standards: number;
  projects: number;
  evaluations: number;
}

export const SCALES: Record<ScaleName, ScaleSpec> = {
  province: {
    name: "province",
    boltPort: 7691,
    provinces: 1,
    cities: 13,
    parks: 60,
    districtGovernments: 20,
    universities: 170,
    secondLevelPerFirst: 2,
    labs: 400,
    enterprises: 3_000,
    platforms: 300,
    people: 4_000,
    investors: 60,
    standards: 300,
    projects: 500,
    evaluations: 400,
  },
  nation: {
    name: "nation",
    boltPort: 7692,
    provinces: 31,
    cities: 300,
    parks: 3_000,
    districtGovernments: 1_200,
    universities: 3_000,
    secondLevelPerFirst: 6,
    labs: 20_000,
    enterprises: 300_000,
    platforms: 20_000,
    people: 520_000,
    investors: 5_000,
    standards: 20_000,
    projects: 30_000,
    evaluations: 25_000,
  },
};

export function isScaleName(value: string): value is ScaleName {
  return (SCALE_NAMES as readonly string[]).includes(value);
}

export type Props = Record<string, unknown>;

/** A relationship row: endpoint labels, endpoint keys, properties. */
export interface RelRow {
  f: Label;
  t: Label;
  a: string;
  b: string;
  p?: Props;
}

export interface NodeTable {
  label: Label;
  count: number;
  rows(): Iterable<Props>;
}

export interface RelTable {
  /** What the table makes, e.g. "WORKS_AT (lab leaders)". */
  name: string;
  type: RelType;
  /** Rows before de-duplication (exact), for the progress bar. */
  estimate(): number;
  /**
   * Whether rows may repeat a relationship made by an earlier table (same type, same two nodes):
   * such a table is always merged, never created, so that both load paths build the same graph.
   */
  repeats: boolean;
  rows(): Iterable<RelRow>;
}

export interface BenchGraph {
  spec: ScaleSpec;
  nodes: NodeTable[];
  rels: RelTable[];
  /** Well-connected operating lab used by the benchmark's one-lab operations. */
  probeLab: string;
  /** Applicants for the what-if and duplicate checks. */
  probeApplicants: string[];
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

const PROVINCES = [
  "北京",
  "天津",
  "河北",
  "山西",
  "内蒙古",
  "辽宁",
  "吉林",
  "黑龙江",
  "上海",
  "江苏",
  "浙江",
  "安徽",
  "福建",
  "江西",
  "山东",
  "河南",
  "湖北",
  "湖南",
  "广东",
  "广西",
  "海南",
  "重庆",
  "四川",
  "贵州",
  "云南",
  "西藏",
  "陕西",
  "甘肃",
  "青海",
  "宁夏",
  "新疆",
];
const JIANGSU = PROVINCES.indexOf("江苏");
const JIANGSU_CITIES = [
  "南京",
  "无锡",
  "徐州",
  "常州",
  "苏州",
  "南通",
  "连云港",
  "淮安",
  "盐城",
  "扬州",
  "镇江",
  "泰州",
  "宿迁",
];
const PLACE_SYLLABLES = [
  "临",
  "安",
  "平",
  "宁",
  "阳",
  "昌",
  "德",
  "兴",
  "华",
  "泰",
  "嘉",
  "通",
  "丰",
  "云",
  "清",
  "金",
  "宝",
  "长",
  "永",
  "新",
  "东",
  "西",
  "南",
  "北",
  "江",
  "河",
  "山",
  "海",
  "湖",
  "川",
  "林",
  "溪",
  "峰",
  "源",
  "城",
  "远",
  "明",
  "光",
  "和",
  "顺",
];
const SURNAMES = [
  ..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤",
];
const GIVEN = [
  ..."伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红玲芬燕彬辉鹏宇浩凯晨博文轩然梓涵思雨欣怡航昊睿泽若亦衡",
];
const TITLES = ["教授", "研究员", "副教授", "高级工程师", "工程师", "副研究员", "博士"];
const LAB_MODIFIERS = ["智能", "先进", "绿色", "高端", "新型", "精密", "低碳", "数字", "融合", "关键"];
const DIRECTION_SUFFIXES = [
  "关键技术",
  "系统集成",
  "智能检测",
  "材料与器件",
  "工艺与装备",
  "仿真与设计",
  "测试与验证",
  "应用示范",
];
const UNIVERSITY_KINDS = ["理工", "科技", "工业", "师范", "医科", "农业", "交通", "信息工程", "海洋", "石油"];
const ENTERPRISE_WORDS = ["科技", "智造", "电子", "材料", "装备", "生物", "能源", "半导体", "信息", "医药"];
const ENTERPRISE_SUFFIXES = ["有限公司", "股份有限公司", "集团有限公司"];
const STANDARD_LEVELS = [
  "INTERNATIONAL",
  "NATIONAL",
  "NATIONAL",
  "INDUSTRY",
  "INDUSTRY",
  "GROUP",
  "GROUP",
  "GROUP",
];
const PROGRAMMES = [
  "国家重点研发计划",
  "省重点研发计划",
  "国家自然科学基金",
  "省科技成果转化专项",
  "省前沿技术研发计划",
];

const LAB_STATUSES: [string, number][] = [
  ["OPERATING", 0.44],
  ["CONSTRUCTING", 0.14],
  ["APPROVED", 0.08],
  ["APPLYING", 0.11],
  ["UNDER_REVIEW", 0.09],
  ["EXITED", 0.07],
  ["REJECTED", 0.07],
];
const COVERING = new Set(["APPROVED", "CONSTRUCTING", "OPERATING"]);
const APPLICANT = new Set(["APPLYING", "UNDER_REVIEW"]);
/** Focus fields no covering lab serves (only applicants): coverage gaps at every scale. */
const UNSERVED_FOCUS = new Set(["DEEP_SEA", "BRAIN_SCIENCE"]);

const PLATFORM_KINDS: [string, number][] = [
  ["NATIONAL_LAB", 0.003],
  ["PROVINCIAL_LAB", 0.02],
  ["TECH_INNOVATION_CENTRE", 0.03],
  ["INDUSTRIAL_INNOVATION_CENTRE", 0.03],
  ["MANUFACTURING_INNOVATION_CENTRE", 0.02],
  ["KEY_LAB", 0.6],
  ["NEW_RD_INSTITUTION", 0.297],
];

function weighted(table: [string, number][], u: number): string {
  let acc = 0;
  for (const [value, weight] of table) {
    acc += weight;
    if (u < acc) return value;
  }
  return table[table.length - 1]![0];
}

function neoDate(year: number, dayOfYear: number): InstanceType<typeof neo4j.types.Date> {
  const date = new Date(Date.UTC(year, 0, 1 + dayOfYear));
  return new neo4j.types.Date(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

const int = (value: number) => neo4j.int(Math.round(value));

// ---------------------------------------------------------------------------------------------
// The catalogue from the seed set

interface CatalogueDiscipline {
  code: string;
  name: string;
  nameEn?: string;
  level: string;
}
interface CatalogueField {
  code: string;
  name: string;
  nameEn?: string;
  kind: string;
}
interface SeedRel {
  fromLabel: string;
  from: string;
  toLabel: string;
  to: string;
}

function readSeed<T>(path: string): T[] {
  return JSON.parse(readFileSync(join(SEEDS_DIR, "jiangsu", path), "utf8")) as T[];
}

/** Categories whose first-level disciplines feed engineering labs, most popular first. */
const CATEGORY_ORDER = ["08", "07", "10", "14", "09", "12", "02", "04", "05", "06", "01", "03", "11", "13"];

// ---------------------------------------------------------------------------------------------

export function benchGraph(spec: ScaleSpec): BenchGraph {
  const scale = spec.name;
  const seed = hashString(`lianhe-bench-v1:${scale}`);
  const stream = (name: string) => hash(seed, hashString(name));
  const id = (prefix: string, i: number) => `${scale}-${prefix}-${i}`;

  // --- Disciplines: the real catalogue plus invented second-level disciplines -----------------
  const realDisciplines = readSeed<CatalogueDiscipline>("nodes/Discipline.json");
  const firstLevel = realDisciplines
    .filter((d) => d.level === "FIRST_LEVEL")
    .sort((a, b) => {
      const ca = CATEGORY_ORDER.indexOf(a.code.slice(0, 2));
      const cb = CATEGORY_ORDER.indexOf(b.code.slice(0, 2));
      return ca - cb || a.code.localeCompare(b.code);
    });
  const secondLevel: { code: string; name: string; parent: string }[] = [];
  for (const d of firstLevel) {
    if (!["07", "08", "09", "10", "14"].includes(d.code.slice(0, 2))) continue;
    for (let k = 1; k <= spec.secondLevelPerFirst; k++) {
      secondLevel.push({
        code: `${d.code}${String(k).padStart(2, "0")}`,
        name: `${d.name}（二级${k}）`,
        parent: d.code,
      });
    }
  }
  const childrenOf = new Map<string, string[]>();
  for (const s of secondLevel) childrenOf.set(s.parent, [...(childrenOf.get(s.parent) ?? []), s.code]);
  const firstCodes = firstLevel.map((d) => d.code);
  const allDisciplineCodes = [...firstCodes, ...secondLevel.map((s) => s.code)];
  const disciplineName = new Map<string, string>([
    ...realDisciplines.map((d) => [d.code, d.name] as const),
    ...secondLevel.map((s) => [s.code, s.name] as const),
  ]);

  // --- Fields and which disciplines support which fields ---------------------------------------
  const fields = readSeed<CatalogueField>("nodes/Field.json");
  const focusFields = fields.filter((f) => f.kind === "FOCUS").map((f) => f.code);
  const industryFields = fields.filter((f) => f.kind === "INDUSTRY").map((f) => f.code);
  const fieldName = new Map(fields.map((f) => [f.code, f.name]));
  const seedSupports = readSeed<SeedRel>("rels/SUPPORTS.json");
  const supports = new Map<string, string[]>();
  const addSupport = (d: string, f: string) => {
    const list = supports.get(d) ?? [];
    if (!list.includes(f)) list.push(f);
    supports.set(d, list);
  };
  for (const r of seedSupports) addSupport(r.from, r.to);
  {
    const s = stream("supports");
    firstCodes.forEach((code, i) => {
      if (!["07", "08", "09", "10", "14"].includes(code.slice(0, 2))) return;
      const n = 1 + Math.floor(unit(s, i, 0) * 2);
      for (let k = 0; k < n; k++)
        addSupport(code, industryFields[Math.floor(unit(s, i, k + 1) * industryFields.length)]!);
    });
  }
  const focusOf = (code: string) =>
    (supports.get(code.slice(0, 4)) ?? []).filter((f) => focusFields.includes(f));

  // --- Places ------------------------------------------------------------------------------------
  const cityName = (c: number): string => {
    if (scale === "province") return JIANGSU_CITIES[c % JIANGSU_CITIES.length]!;
    const n = PLACE_SYLLABLES.length;
    return `${PLACE_SYLLABLES[c % n]}${PLACE_SYLLABLES[(Math.floor(c / n) * 7 + c) % n]}${c >= n * n ? c : ""}`;
  };
  const provinceOf = (c: number) =>
    scale === "province" ? JIANGSU : Math.floor((c * spec.provinces) / spec.cities);
  const provinceName = (p: number) => PROVINCES[scale === "province" ? JIANGSU : p]!;

  const parkCityS = stream("park.city");
  const parkCity = Int32Array.from({ length: spec.parks }, (_, j) =>
    zipfIndex(spec.cities, 0.8, unit(parkCityS, j)),
  );
  const cityParks: number[][] = Array.from({ length: spec.cities }, () => []);
  parkCity.forEach((c, j) => cityParks[c]!.push(j));

  /** A place: a park of city c (with probability pPark, when c has parks) or c itself. */
  const placeIn = (c: number, pPark: number, u1: number, u2: number): { park: number; city: number } => {
    const parks = cityParks[c]!;
    if (parks.length > 0 && u1 < pPark) return { park: parks[zipfIndex(parks.length, 1, u2)]!, city: c };
    return { park: -1, city: c };
  };

  // --- Governments: province, city, district and park governments, in that index order --------
  const govProvince = (p: number) => (scale === "province" ? 0 : p);
  const govCity = (c: number) => spec.provinces + c;
  const govDistrict = (k: number) => spec.provinces + spec.cities + k;
  const govPark = (j: number) => spec.provinces + spec.cities + spec.districtGovernments + j;
  const governmentCount = spec.provinces + spec.cities + spec.districtGovernments + spec.parks;
  const districtCity = (k: number) => zipfIndex(spec.cities, 0.7, unit(stream("district.city"), k));

  // --- Universities ------------------------------------------------------------------------------
  const univS = stream("university");
  const univCity = Int32Array.from({ length: spec.universities }, (_, u) =>
    zipfIndex(spec.cities, 0.9, unit(univS, u, 1)),
  );
  const univDoubleFirstClass = (u: number) =>
    u < Math.max(2, spec.universities * 0.05) || unit(univS, u, 2) < 0.01;
  const cityUniversities: number[][] = Array.from({ length: spec.cities }, () => []);
  univCity.forEach((c, u) => cityUniversities[c]!.push(u));
  interface Holding {
    code: string;
    firstClass: boolean;
    grade: string;
  }
  const univDisciplines: Holding[][] = Array.from({ length: spec.universities }, (_, u) => {
    const rng = new Rng(stream("university.disciplines"), u);
    const dfc = univDoubleFirstClass(u);
    const n = dfc ? rng.between(30, 60) : paretoCount(5, 2.2, 40, rng.next());
    const seen = new Set<string>();
    const list: Holding[] = [];
    for (let k = 0; k < n * 2 && list.length < n; k++) {
      const code = firstCodes[rng.zipf(firstCodes.length, 0.9)]!;
      if (seen.has(code)) continue;
      seen.add(code);
      const firstClass = rng.chance(dfc ? 0.2 : 0.02);
      list.push({
        code,
        firstClass,
        grade: firstClass ? rng.pick(["A+", "A"]) : rng.pick(["A-", "B+", "B", "B-", "C"]),
      });
    }
    return list;
  });

  // --- Labs and their directions -----------------------------------------------------------------
  const labS = stream("lab");
  const labStatus = (i: number) => weighted(LAB_STATUSES, unit(labS, i, 1));
  const labCity = (i: number) => zipfIndex(spec.cities, 0.9, unit(labS, i, 2));
  const labPlace = (i: number) => placeIn(labCity(i), 0.7, unit(labS, i, 3), unit(labS, i, 4));
  const labUniversity = (i: number): number => {
    const local = cityUniversities[labCity(i)]!;
    if (local.length > 0 && unit(labS, i, 5) < 0.6)
      return local[zipfIndex(local.length, 1, unit(labS, i, 6))]!;
    return zipfIndex(spec.universities, 1, unit(labS, i, 7));
  };
  const labLeadDiscipline = (i: number): string | null => {
    const status = labStatus(i);
    if (APPLICANT.has(status) && unit(labS, i, 8) < 0.03) return null; // not filled in yet
    const holdings = univDisciplines[labUniversity(i)]!;
    const firstClass = holdings.filter((h) => h.firstClass);
    const u = unit(labS, i, 9);
    if (u < 0.75 && firstClass.length > 0)
      return firstClass[Math.floor(unit(labS, i, 10) * firstClass.length)]!.code;
    if (u < 0.9 && holdings.length > 0)
      return holdings[Math.floor(unit(labS, i, 10) * holdings.length)]!.code;
    return firstCodes[zipfIndex(firstCodes.length, 0.9, unit(labS, i, 10))]!;
  };
  const labFocus = (i: number): string[] => {
    const lead = labLeadDiscipline(i);
    const candidates = lead ? focusOf(lead) : [];
    let primary =
      candidates.length > 0 && unit(labS, i, 11) < 0.7
        ? candidates[Math.floor(unit(labS, i, 12) * candidates.length)]!
        : focusFields[zipfIndex(focusFields.length, 0.6, unit(labS, i, 12))]!;
    if (UNSERVED_FOCUS.has(primary) && !APPLICANT.has(labStatus(i))) {
      primary = focusFields.filter((f) => !UNSERVED_FOCUS.has(f))[
        Math.floor(unit(labS, i, 13) * (focusFields.length - UNSERVED_FOCUS.size))
      ]!;
    }
    const list = [primary];
    if (unit(labS, i, 14) < 0.3)
      list.push(industryFields[Math.floor(unit(labS, i, 15) * industryFields.length)]!);
    return list;
  };
  const labName = (i: number): string => {
    const lead = labLeadDiscipline(i);
    const topic = lead ? disciplineName.get(lead)! : fieldName.get(labFocus(i)[0]!)!;
    const where = scale === "province" ? "江苏省" : `${provinceName(provinceOf(labCity(i)))}省`;
    return `${where}${LAB_MODIFIERS[hash(labS, i, 16) % LAB_MODIFIERS.length]}${topic}工程技术联合实验室（示例${i}）`;
  };
  /** 3–5 directions, a few labs off the rule (R7). */
  const directionCount = (i: number): number => {
    const u = unit(labS, i, 17);
    if (u < 0.03) return 2;
    if (u < 0.06) return 6;
    return 3 + Math.floor(unit(labS, i, 18) * 3);
  };
  const directionStart = new Int32Array(spec.labs + 1);
  for (let i = 0; i < spec.labs; i++) directionStart[i + 1] = directionStart[i]! + directionCount(i);
  const directionCountTotal = directionStart[spec.labs]!;
  const directionLab = (d: number): number => {
    let lo = 0;
    let hi = spec.labs - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (directionStart[mid]! <= d) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const directionDisciplines = (d: number): string[] => {
    const rng = new Rng(stream("direction.disciplines"), d);
    const lead = labLeadDiscipline(directionLab(d));
    const n = rng.chance(0.1) ? 3 : rng.chance(0.45) ? 2 : 1;
    const list: string[] = [];
    for (let k = 0; k < n * 3 && list.length < n; k++) {
      let code: string;
      const u = rng.next();
      if (lead && u < 0.45) code = lead;
      else if (lead && u < 0.7 && (childrenOf.get(lead)?.length ?? 0) > 0)
        code = rng.pick(childrenOf.get(lead)!);
      else code = firstCodes[rng.zipf(firstCodes.length, 0.9)]!;
      if (!list.includes(code)) list.push(code);
    }
    return list;
  };

  // --- Enterprises -------------------------------------------------------------------------------
  const entS = stream("enterprise");
  const leadingCut = Math.max(5, Math.floor(spec.enterprises * 0.04));
  /** Industry-leading: mostly the most connected enterprises; a few unclassified (property absent). */
  const entLeading = (e: number): boolean | null => {
    const u = unit(entS, e, 1);
    if (e < leadingCut) return u < 0.04 ? null : true;
    return u < 0.01 ? true : u < 0.03 ? null : false;
  };
  const spinOffStart = Math.floor(spec.enterprises * 0.97);
  const entCity = (e: number) => zipfIndex(spec.cities, 0.9, unit(entS, e, 2));
  const leadingIndex = (u: number) => zipfIndex(leadingCut, 0.8, u);

  // --- Platforms ---------------------------------------------------------------------------------
  const platS = stream("platform");
  const platformKind = (p: number) => weighted(PLATFORM_KINDS, unit(platS, p, 1));
  const platformCity = (p: number) => zipfIndex(spec.cities, 0.9, unit(platS, p, 2));

  // ---------------------------------------------------------------------------------------------
  // Node tables

  const nodes: NodeTable[] = [];
  const table = (label: Label, count: number, row: (i: number) => Props): void => {
    nodes.push({
      label,
      count,
      *rows() {
        for (let i = 0; i < count; i++) yield row(i);
      },
    });
  };

  table("Discipline", realDisciplines.length + secondLevel.length, (i) => {
    if (i < realDisciplines.length) {
      const d = realDisciplines[i]!;
      return { code: d.code, name: d.name, nameEn: d.nameEn ?? null, level: d.level };
    }
    const s = secondLevel[i - realDisciplines.length]!;
    return { code: s.code, name: s.name, level: "SECOND_LEVEL" };
  });
  table("Field", fields.length, (i) => {
    const f = fields[i]!;
    return { code: f.code, name: f.name, nameEn: f.nameEn ?? null, kind: f.kind };
  });
  table("City", spec.cities, (c) => ({
    id: id("city", c),
    name: cityName(c),
    inJiangsu: provinceOf(c) === JIANGSU,
  }));
  table("Park", spec.parks, (j) => ({
    id: id("park", j),
    name: `${cityName(parkCity[j]!)}${j < spec.parks * 0.3 ? "高新技术产业开发区" : "产业园"}${j}`,
    level:
      j < spec.parks * 0.15
        ? "NATIONAL"
        : j < spec.parks * 0.3
          ? "PROVINCIAL"
          : unit(stream("park.level"), j) < 0.5
            ? null
            : "PROVINCIAL",
  }));
  table("Government", governmentCount, (g) => {
    if (g < spec.provinces)
      return { id: id("gov", g), name: `${provinceName(g)}省人民政府`, level: "PROVINCE" };
    if (g < govDistrict(0))
      return { id: id("gov", g), name: `${cityName(g - spec.provinces)}市人民政府`, level: "CITY" };
    if (g < govPark(0)) {
      const k = g - govDistrict(0);
      return { id: id("gov", g), name: `${cityName(districtCity(k))}第${k}区人民政府`, level: "DISTRICT" };
    }
    const j = g - govPark(0);
    return { id: id("gov", g), name: `${cityName(parkCity[j]!)}园区${j}管理委员会`, level: "PARK" };
  });
  table("University", spec.universities, (u) => ({
    id: id("univ", u),
    name: `${cityName(univCity[u]!)}${UNIVERSITY_KINDS[hash(univS, u, 3) % UNIVERSITY_KINDS.length]}大学${u < 10 ? "" : `（${u}）`}`,
    doubleFirstClass: univDoubleFirstClass(u),
  }));
  table("JointLab", spec.labs, (i) => {
    const status = labStatus(i);
    const appliedYear = 2019 + Math.floor(unit(labS, i, 20) * 7);
    const approved = COVERING.has(status) || status === "EXITED";
    const legalForm = unit(labS, i, 21) < 0.7 ? "ON_CAMPUS_UNIT" : "INDEPENDENT_LEGAL_ENTITY";
    const investment =
      unit(labS, i, 22) < 0.85
        ? 3e8 + Math.floor(unit(labS, i, 23) * 20) * 1e7
        : 5e7 + Math.floor(unit(labS, i, 23) * 25) * 1e7;
    const staffPlanned = 30 + Math.floor(unit(labS, i, 24) * 120);
    return {
      id: id("lab", i),
      name: labName(i),
      status,
      legalForm,
      onCampus: legalForm === "ON_CAMPUS_UNIT" ? unit(labS, i, 25) < 0.9 : unit(labS, i, 25) < 0.1,
      investmentCny: unit(labS, i, 26) < 0.05 ? null : int(investment),
      constructionYears:
        unit(labS, i, 27) < 0.05
          ? null
          : int(unit(labS, i, 28) < 0.9 ? 3 + Math.floor(unit(labS, i, 29) * 3) : 6),
      staffPlanned: int(staffPlanned),
      staffActual: COVERING.has(status) ? int(staffPlanned * (0.5 + unit(labS, i, 30) * 0.7)) : null,
      appliedOn: neoDate(appliedYear, Math.floor(unit(labS, i, 31) * 360)),
      approvedOn: approved ? neoDate(appliedYear + 1, Math.floor(unit(labS, i, 32) * 200)) : null,
    };
  });
  table("ResearchDirection", directionCountTotal, (d) => {
    const lab = directionLab(d);
    const first = directionDisciplines(d)[0]!;
    return {
      id: id("dir", d),
      name: `${disciplineName.get(first)}${DIRECTION_SUFFIXES[hash(labS, d, 40) % DIRECTION_SUFFIXES.length]}（示例${lab}-${d - directionStart[lab]! + 1}）`,
    };
  });
  table("Enterprise", spec.enterprises, (e) => {
    const leading = entLeading(e);
    const city = entCity(e);
    return {
      id: id("ent", e),
      name: `${cityName(city)}${PLACE_SYLLABLES[hash(entS, e, 3) % PLACE_SYLLABLES.length]}${PLACE_SYLLABLES[hash(entS, e, 4) % PLACE_SYLLABLES.length]}${ENTERPRISE_WORDS[hash(entS, e, 5) % ENTERPRISE_WORDS.length]}${ENTERPRISE_SUFFIXES[hash(entS, e, 6) % 3]}`,
      leading,
      inJiangsu: provinceOf(city) === JIANGSU,
      spinOff: e >= spinOffStart,
    };
  });
  table("Platform", spec.platforms, (p) => {
    const kind = platformKind(p);
    const topic = disciplineName.get(firstCodes[zipfIndex(firstCodes.length, 0.9, unit(platS, p, 3))]!)!;
    const city = cityName(platformCity(p));
    const name =
      kind === "NATIONAL_LAB"
        ? `${topic}国家实验室（${p}）`
        : kind === "PROVINCIAL_LAB"
          ? `${city}${topic}实验室（${p}）`
          : kind.endsWith("INNOVATION_CENTRE")
            ? `${topic}创新中心（${city}${p}）`
            : kind === "KEY_LAB"
              ? `${topic}重点实验室（${city}${p}）`
              : `${city}${topic}研究院（${p}）`;
    const national = kind === "NATIONAL_LAB" || (kind !== "PROVINCIAL_LAB" && unit(platS, p, 4) < 0.3);
    return { id: id("plat", p), name, kind, level: national ? "NATIONAL" : "PROVINCIAL" };
  });
  table("Person", spec.people, (n) => {
    const s = stream("person");
    const given = unit(s, n, 1) < 0.6 ? 2 : 1;
    let name = SURNAMES[hash(s, n, 2) % SURNAMES.length]!;
    for (let k = 0; k < given; k++) name += GIVEN[hash(s, n, 3 + k) % GIVEN.length]!;
    return { id: id("per", n), name, title: TITLES[hash(s, n, 6) % TITLES.length]! };
  });
  table("Investor", spec.investors, (v) => ({
    id: id("inv", v),
    name: `${PLACE_SYLLABLES[v % PLACE_SYLLABLES.length]}${PLACE_SYLLABLES[(v * 7 + 3) % PLACE_SYLLABLES.length]}创业投资基金（${v}）`,
    kind: unit(stream("investor"), v) < 0.7 ? "FINANCIAL" : "SOCIAL_CAPITAL",
  }));
  table("Standard", spec.standards, (k) => ({
    id: id("std", k),
    name: `${disciplineName.get(firstCodes[zipfIndex(firstCodes.length, 0.9, unit(stream("standard"), k, 1))]!)}技术规范（示例${k}）`,
    level: STANDARD_LEVELS[hash(stream("standard"), k, 2) % STANDARD_LEVELS.length],
  }));
  table("Project", spec.projects, (k) => ({
    id: id("proj", k),
    name: `${fieldName.get(focusFields[hash(stream("project"), k, 1) % focusFields.length]!)}攻关项目（示例${k}）`,
    programme: PROGRAMMES[hash(stream("project"), k, 2) % PROGRAMMES.length],
    amountCny:
      unit(stream("project"), k, 3) < 0.05
        ? null
        : int(1e6 * (1 + Math.floor(unit(stream("project"), k, 4) * 50))),
  }));
  const evalS = stream("evaluation");
  const evaluationLab = (k: number) => zipfIndex(spec.labs, 0.3, unit(evalS, k, 1));
  table("Evaluation", spec.evaluations, (k) => {
    const plan = unit(evalS, k, 2) < 0.5;
    const score = 55 + Math.floor(unit(evalS, k, 3) * 45);
    return {
      id: id("eval", k),
      kind: plan ? "PLAN_REVIEW" : "PERFORMANCE",
      on: neoDate(2020 + Math.floor(unit(evalS, k, 4) * 6), Math.floor(unit(evalS, k, 5) * 360)),
      score: int(score),
      outcome: plan
        ? score >= 75
          ? "PASS"
          : score >= 65
            ? "REVISE"
            : "FAIL"
        : score >= 70
          ? "RETAIN"
          : "EXIT",
    };
  });

  // ---------------------------------------------------------------------------------------------
  // Relationship tables

  const rels: RelTable[] = [];
  /**
   * A table that walks `count` sources; `degree(i)` is how many rows source i makes (exact, before
   * de-duplication) and `emit(i, rng, push)` makes them.
   */
  const relTable = (
    name: string,
    type: RelType,
    count: number,
    degree: (i: number) => number,
    emit: (i: number, rng: Rng, push: (row: RelRow) => void, n: number) => void,
    repeats = false,
  ): void => {
    const s = stream(`rel:${name}`);
    rels.push({
      name,
      type,
      repeats,
      estimate() {
        let total = 0;
        for (let i = 0; i < count; i++) total += degree(i);
        return total;
      },
      *rows() {
        const out: RelRow[] = [];
        const push = (row: RelRow) => out.push(row);
        for (let i = 0; i < count; i++) {
          const n = degree(i);
          if (n === 0) continue;
          emit(i, new Rng(s, i), push, n);
          yield* out;
          out.length = 0;
        }
      },
    });
  };
  const one = () => 1;
  /** n distinct picks from pick(), tried at most 3n times. */
  const distinct = (n: number, pick: () => number): number[] => {
    const seen = new Set<number>();
    for (let k = 0; k < n * 3 && seen.size < n; k++) seen.add(pick());
    return [...seen];
  };

  // Catalogue
  relTable(
    "PART_OF (disciplines)",
    "PART_OF",
    realDisciplines.length + secondLevel.length,
    (i) => (i < realDisciplines.length ? (realDisciplines[i]!.level === "FIRST_LEVEL" ? 1 : 0) : 1),
    (i, _rng, push) => {
      if (i < realDisciplines.length) {
        const code = realDisciplines[i]!.code;
        push({ f: "Discipline", t: "Discipline", a: code, b: code.slice(0, 2) });
      } else {
        const s = secondLevel[i - realDisciplines.length]!;
        push({ f: "Discipline", t: "Discipline", a: s.code, b: s.parent });
      }
    },
  );
  const seedFieldParts = readSeed<SeedRel>("rels/PART_OF.json").filter((r) => r.fromLabel === "Field");
  relTable("PART_OF (fields)", "PART_OF", seedFieldParts.length, one, (i, _rng, push) => {
    const r = seedFieldParts[i]!;
    push({ f: "Field", t: "Field", a: r.from, b: r.to });
  });
  const supportRows = [...supports.entries()].flatMap(([d, fs]) => fs.map((f) => [d, f] as const));
  relTable("SUPPORTS", "SUPPORTS", supportRows.length, one, (i, _rng, push) => {
    const [d, f] = supportRows[i]!;
    push({ f: "Discipline", t: "Field", a: d, b: f });
  });

  // Places and governments
  relTable("LOCATED_IN (parks)", "LOCATED_IN", spec.parks, one, (j, _rng, push) =>
    push({ f: "Park", t: "City", a: id("park", j), b: id("city", parkCity[j]!) }),
  );
  const provinceCities: number[][] = Array.from({ length: spec.provinces }, () => []);
  for (let c = 0; c < spec.cities; c++) provinceCities[scale === "province" ? 0 : provinceOf(c)]!.push(c);
  relTable(
    "GOVERNS",
    "GOVERNS",
    governmentCount,
    (g) => (g < spec.provinces ? provinceCities[g]!.length : 1),
    (g, _rng, push) => {
      const a = id("gov", g);
      if (g < spec.provinces) {
        for (const c of provinceCities[g]!) push({ f: "Government", t: "City", a, b: id("city", c) });
      } else if (g < govDistrict(0))
        push({ f: "Government", t: "City", a, b: id("city", g - spec.provinces) });
      else if (g < govPark(0))
        push({ f: "Government", t: "City", a, b: id("city", districtCity(g - govDistrict(0))) });
      else push({ f: "Government", t: "Park", a, b: id("park", g - govPark(0)) });
    },
  );

  // Universities
  relTable("LOCATED_IN (universities)", "LOCATED_IN", spec.universities, one, (u, rng, push) => {
    const place = placeIn(univCity[u]!, 0.2, rng.next(), rng.next());
    push(
      place.park >= 0
        ? { f: "University", t: "Park", a: id("univ", u), b: id("park", place.park) }
        : { f: "University", t: "City", a: id("univ", u), b: id("city", place.city) },
    );
  });
  relTable(
    "HAS_DISCIPLINE",
    "HAS_DISCIPLINE",
    spec.universities,
    (u) => univDisciplines[u]!.length,
    (u, _rng, push) => {
      for (const h of univDisciplines[u]!) {
        push({
          f: "University",
          t: "Discipline",
          a: id("univ", u),
          b: h.code,
          p: { firstClass: h.firstClass, grade: h.grade },
        });
      }
    },
  );

  // Labs
  relTable("LED_BY", "LED_BY", spec.labs, one, (i, _rng, push) =>
    push({ f: "JointLab", t: "University", a: id("lab", i), b: id("univ", labUniversity(i)) }),
  );
  relTable(
    "LEAD_DISCIPLINE",
    "LEAD_DISCIPLINE",
    spec.labs,
    (i) => (labLeadDiscipline(i) ? 1 : 0),
    (i, _rng, push) => push({ f: "JointLab", t: "Discipline", a: id("lab", i), b: labLeadDiscipline(i)! }),
  );
  relTable("HAS_DIRECTION", "HAS_DIRECTION", spec.labs, directionCount, (i, _rng, push, n) => {
    for (let k = 0; k < n; k++)
      push({ f: "JointLab", t: "ResearchDirection", a: id("lab", i), b: id("dir", directionStart[i]! + k) });
  });
  relTable(
    "IN_DISCIPLINE (directions)",
    "IN_DISCIPLINE",
    directionCountTotal,
    (d) => directionDisciplines(d).length,
    (d, _rng, push) => {
      for (const code of directionDisciplines(d))
        push({ f: "ResearchDirection", t: "Discipline", a: id("dir", d), b: code });
    },
  );
  relTable(
    "FOCUSES_ON (labs)",
    "FOCUSES_ON",
    spec.labs,
    (i) => labFocus(i).length,
    (i, _rng, push) => {
      for (const code of labFocus(i)) push({ f: "JointLab", t: "Field", a: id("lab", i), b: code });
    },
  );
  relTable("LOCATED_IN (labs)", "LOCATED_IN", spec.labs, one, (i, _rng, push) => {
    const place = labPlace(i);
    push(
      place.park >= 0
        ? { f: "JointLab", t: "Park", a: id("lab", i), b: id("park", place.park) }
        : { f: "JointLab", t: "City", a: id("lab", i), b: id("city", place.city) },
    );
  });
  /** Enterprises per direction: heavy-tailed; the first is the LEAD, industry-leading for most directions (R10). */
  const participants = (d: number) => paretoCount(2, 1.7, 80, unit(stream("participations"), d));
  relTable("PARTICIPATES_IN", "PARTICIPATES_IN", directionCountTotal, participants, (d, rng, push, n) => {
    const b = id("dir", d);
    const picked = new Set<number>();
    const lead = rng.chance(0.8) ? leadingIndex(rng.next()) : rng.zipf(spec.enterprises, 0.75);
    picked.add(lead);
    push({ f: "Enterprise", t: "ResearchDirection", a: id("ent", lead), b, p: { role: "LEAD" } });
    for (let k = 1; k < n * 3 && picked.size < n; k++) {
      const e = rng.chance(0.15) ? leadingIndex(rng.next()) : rng.zipf(spec.enterprises, 0.75);
      if (picked.has(e)) continue;
      picked.add(e);
      push({ f: "Enterprise", t: "ResearchDirection", a: id("ent", e), b, p: { role: "MEMBER" } });
    }
  });
  const coBuilderCount = (i: number) => 3 + Math.floor(unit(stream("cobuilders"), i) * 5);
  relTable("CO_BUILDS", "CO_BUILDS", spec.labs, coBuilderCount, (i, rng, push, n) => {
    const lab = id("lab", i);
    const money = () => int(1e7 * rng.between(1, 30));
    push({
      f: "University",
      t: "JointLab",
      a: id("univ", labUniversity(i)),
      b: lab,
      p: { investmentCny: money() },
    });
    const place = labPlace(i);
    push({
      f: "Government",
      t: "JointLab",
      a: id("gov", govCity(place.city)),
      b: lab,
      p: { investmentCny: money() },
    });
    let made = 2;
    if (place.park >= 0 && rng.chance(0.5)) {
      push({
        f: "Government",
        t: "JointLab",
        a: id("gov", govPark(place.park)),
        b: lab,
        p: { investmentCny: money() },
      });
      made++;
    }
    for (const e of distinct(n - made, () =>
      rng.chance(0.6) ? leadingIndex(rng.next()) : rng.zipf(spec.enterprises, 0.8),
    )) {
      push({
        f: "Enterprise",
        t: "JointLab",
        a: id("ent", e),
        b: lab,
        p: { investmentCny: rng.chance(0.05) ? null : money() },
      });
    }
  });
  const memberCount = (i: number) =>
    APPLICANT.has(labStatus(i)) ? 0 : paretoCount(3, 1.5, 400, unit(stream("members"), i));
  relTable("MEMBER_OF", "MEMBER_OF", spec.labs, memberCount, (i, rng, push, n) => {
    const lab = id("lab", i);
    const since = () => neoDate(2020 + rng.int(6), rng.int(360));
    const investors = Math.min(n, rng.chance(0.4) ? 1 + rng.int(3) : 0);
    for (const v of distinct(investors, () => rng.zipf(spec.investors, 1))) {
      push({
        f: "Investor",
        t: "JointLab",
        a: id("inv", v),
        b: lab,
        p: { since: since(), feeCny: int(1e5 * rng.between(1, 20)) },
      });
    }
    for (const e of distinct(n - investors, () => rng.zipf(spec.enterprises, 0.8))) {
      push({
        f: "Enterprise",
        t: "JointLab",
        a: id("ent", e),
        b: lab,
        p: { since: since(), feeCny: int(1e4 * rng.between(5, 100)) },
      });
    }
  });
  const fundCount = (i: number) =>
    COVERING.has(labStatus(i)) ? 1 + Math.floor(unit(stream("funds"), i) * 3) : 0;
  relTable("FUNDS", "FUNDS", spec.labs, fundCount, (i, rng, push, n) => {
    const lab = id("lab", i);
    const province = id("gov", govProvince(provinceOf(labCity(i))));
    push({
      f: "Government",
      t: "JointLab",
      a: province,
      b: lab,
      p: {
        kind: "CONSTRUCTION",
        year: int(2021 + rng.int(2)),
        amountCny: rng.chance(0.04) ? null : int(1e6 * rng.between(5, 30)),
      },
    });
    for (let k = 1; k < n; k++) {
      const funder = rng.chance(0.7) ? province : id("gov", govCity(labCity(i)));
      push({
        f: "Government",
        t: "JointLab",
        a: funder,
        b: lab,
        p: { kind: "PERFORMANCE_SUBSIDY", year: int(2022 + k), amountCny: int(1e6 * rng.between(1, 10)) },
      });
    }
  });
  relTable("INCUBATED", "INCUBATED", spec.enterprises - spinOffStart, one, (k, rng, push) =>
    push({
      f: "JointLab",
      t: "Enterprise",
      a: id("lab", rng.zipf(spec.labs, 0.9)),
      b: id("ent", spinOffStart + k),
    }),
  );
  relTable("DEVELOPED", "DEVELOPED", spec.standards, one, (k, rng, push) =>
    push({ f: "JointLab", t: "Standard", a: id("lab", rng.zipf(spec.labs, 0.9)), b: id("std", k) }),
  );
  relTable("UNDERTAKES", "UNDERTAKES", spec.projects, one, (k, rng, push) =>
    push({ f: "JointLab", t: "Project", a: id("lab", rng.zipf(spec.labs, 0.9)), b: id("proj", k) }),
  );
  relTable("EVALUATED_IN", "EVALUATED_IN", spec.evaluations, one, (k, _rng, push) =>
    push({ f: "JointLab", t: "Evaluation", a: id("lab", evaluationLab(k)), b: id("eval", k) }),
  );
  relTable(
    "REVIEWED",
    "REVIEWED",
    spec.evaluations,
    (k) => 3 + (hash(evalS, k, 9) % 5),
    (k, rng, push, n) => {
      for (const p of distinct(n, () => rng.zipf(spec.people, 0.7)))
        push({ f: "Person", t: "Evaluation", a: id("per", p), b: id("eval", k) });
    },
  );

  // People at labs: leaders (with expertise in the lead discipline, mostly: R4) and committees (R15)
  const leaderS = stream("leaders");
  const hasDirector = (i: number): boolean => {
    const status = labStatus(i);
    if (status === "REJECTED") return false;
    return unit(leaderS, i, 1) < (COVERING.has(status) ? 0.95 : 0.6);
  };
  const hasChiefScientist = (i: number) => labStatus(i) !== "REJECTED" && unit(leaderS, i, 2) < 0.7;
  const leaders = (i: number): { person: number; role: string }[] => {
    const list: { person: number; role: string }[] = [];
    if (hasDirector(i)) list.push({ person: hash(leaderS, i, 3) % spec.people, role: "DIRECTOR" });
    if (hasChiefScientist(i))
      list.push({ person: hash(leaderS, i, 4) % spec.people, role: "CHIEF_SCIENTIST" });
    return list;
  };
  const leaderCount = (i: number) => (hasDirector(i) ? 1 : 0) + (hasChiefScientist(i) ? 1 : 0);
  const staffCount = (i: number) =>
    leaderCount(i) + (COVERING.has(labStatus(i)) ? paretoCount(4, 1.6, 200, unit(leaderS, i, 5)) : 0);
  relTable(
    "WORKS_AT (lab staff)",
    "WORKS_AT",
    spec.labs,
    staffCount,
    (i, rng, push, n) => {
      const lab = id("lab", i);
      const since = () => neoDate(2020 + rng.int(6), rng.int(360));
      const own = leaders(i);
      const seen = new Set<number>();
      for (const { person, role } of own) {
        seen.add(person);
        push({ f: "Person", t: "JointLab", a: id("per", person), b: lab, p: { role, since: since() } });
      }
      for (let k = 0; k < (n - own.length) * 3 && seen.size < n; k++) {
        const person = rng.zipf(spec.people, 0.5);
        if (seen.has(person)) continue;
        seen.add(person);
        const role = rng.chance(0.25)
          ? "FLEXIBLE_HIRE"
          : rng.chance(0.2)
            ? "PROJECT_APPOINTEE"
            : rng.chance(0.2)
              ? "STUDENT"
              : "RESEARCHER";
        push({ f: "Person", t: "JointLab", a: id("per", person), b: lab, p: { role, since: since() } });
      }
    },
    true,
  );
  relTable(
    "EXPERT_IN (lab leaders)",
    "EXPERT_IN",
    spec.labs,
    (i) => (labLeadDiscipline(i) ? leaderCount(i) : 0),
    (i, rng, push) => {
      const lead = labLeadDiscipline(i)!;
      for (const { person } of leaders(i)) {
        const code = rng.chance(0.8)
          ? lead
          : rng.chance(0.5) && childrenOf.get(lead)?.length
            ? rng.pick(childrenOf.get(lead)!)
            : rng.pick(firstCodes);
        push({ f: "Person", t: "Discipline", a: id("per", person), b: code });
      }
    },
    true,
  );
  const committeeCount = (i: number) => {
    const status = labStatus(i);
    if (COVERING.has(status)) return 5 + (hash(leaderS, i, 6) % 11);
    if (APPLICANT.has(status)) return hash(leaderS, i, 6) % 4;
    return 0;
  };
  relTable("ON_COMMITTEE", "ON_COMMITTEE", spec.labs, committeeCount, (i, rng, push, n) => {
    for (const p of distinct(n, () => rng.zipf(spec.people, 0.6))) {
      const role = rng.chance(0.03) ? null : rng.chance(0.6) ? "TECHNICAL" : "MANAGEMENT";
      push({ f: "Person", t: "JointLab", a: id("per", p), b: id("lab", i), p: { role } });
    }
  });

  // Universities, enterprises and platforms
  relTable("LOCATED_IN (enterprises)", "LOCATED_IN", spec.enterprises, one, (e, rng, push) => {
    const place = placeIn(entCity(e), 0.4, rng.next(), rng.next());
    push(
      place.park >= 0
        ? { f: "Enterprise", t: "Park", a: id("ent", e), b: id("park", place.park) }
        : { f: "Enterprise", t: "City", a: id("ent", e), b: id("city", place.city) },
    );
  });
  const operatesCount = (e: number) => 1 + Math.floor(unit(stream("operates"), e) * 2.6);
  relTable("OPERATES_IN", "OPERATES_IN", spec.enterprises, operatesCount, (e, rng, push, n) => {
    const picks = new Set<string>();
    if (rng.chance(0.7)) picks.add(focusFields[rng.zipf(focusFields.length, 0.6)]!);
    for (let k = 0; k < n * 3 && picks.size < n; k++)
      picks.add(industryFields[rng.zipf(industryFields.length, 0.5)]!);
    for (const f of picks) push({ f: "Enterprise", t: "Field", a: id("ent", e), b: f });
  });
  relTable("LOCATED_IN (platforms)", "LOCATED_IN", spec.platforms, one, (p, rng, push) => {
    const place = placeIn(platformCity(p), 0.5, rng.next(), rng.next());
    push(
      place.park >= 0
        ? { f: "Platform", t: "Park", a: id("plat", p), b: id("park", place.park) }
        : { f: "Platform", t: "City", a: id("plat", p), b: id("city", place.city) },
    );
  });
  relTable(
    "IN_DISCIPLINE (platforms)",
    "IN_DISCIPLINE",
    spec.platforms,
    (p) => 1 + (hash(platS, p, 7) % 4),
    (p, rng, push, n) => {
      for (const k of distinct(n, () => rng.zipf(allDisciplineCodes.length, 0.8))) {
        push({ f: "Platform", t: "Discipline", a: id("plat", p), b: allDisciplineCodes[k]! });
      }
    },
  );
  relTable(
    "FOCUSES_ON (platforms)",
    "FOCUSES_ON",
    spec.platforms,
    (p) => 1 + (hash(platS, p, 8) % 2),
    (p, rng, push, n) => {
      for (const k of distinct(n, () => rng.zipf(focusFields.length, 0.6)))
        push({ f: "Platform", t: "Field", a: id("plat", p), b: focusFields[k]! });
    },
  );
  relTable("HOSTED_BY", "HOSTED_BY", spec.platforms, one, (p, rng, push) =>
    push(
      rng.chance(0.8)
        ? { f: "Platform", t: "University", a: id("plat", p), b: id("univ", rng.zipf(spec.universities, 1)) }
        : { f: "Platform", t: "Enterprise", a: id("plat", p), b: id("ent", leadingIndex(rng.next())) },
    ),
  );

  // Collaborations (R17), from each kind of organisation, to a heavy-tailed choice of partners
  const orgCount: Record<string, number> = {
    JointLab: spec.labs,
    Platform: spec.platforms,
    University: spec.universities,
    Enterprise: spec.enterprises,
  };
  const orgPrefix: Record<string, string> = {
    JointLab: "lab",
    Platform: "plat",
    University: "univ",
    Enterprise: "ent",
  };
  const collaborations = (
    from: "JointLab" | "Platform" | "University" | "Enterprise",
    degree: (i: number) => number,
  ) => {
    relTable(
      `COLLABORATES_WITH (${from})`,
      "COLLABORATES_WITH",
      orgCount[from]!,
      degree,
      (i, rng, push, n) => {
        const seen = new Set<string>();
        for (let k = 0; k < n * 3 && seen.size < n; k++) {
          const u = rng.next();
          const to = u < 0.3 ? "JointLab" : u < 0.55 ? "Platform" : u < 0.75 ? "University" : "Enterprise";
          const j =
            to === "Enterprise" && rng.chance(0.5) ? leadingIndex(rng.next()) : rng.zipf(orgCount[to]!, 0.9);
          if (to === from && j === i) continue;
          const key = `${to}:${j}`;
          if (seen.has(key)) continue;
          seen.add(key);
          push({
            f: from,
            t: to,
            a: id(orgPrefix[from]!, i),
            b: id(orgPrefix[to]!, j),
            p: { since: neoDate(2018 + rng.int(8), rng.int(360)), topic: rng.pick(DIRECTION_SUFFIXES) },
          });
        }
      },
    );
  };
  const collabS = stream("collaborations");
  collaborations("JointLab", (i) => paretoCount(1, 1.5, 300, unit(collabS, i, 1)));
  collaborations("Platform", (p) => paretoCount(1, 1.5, 300, unit(collabS, p, 2)));
  collaborations("University", (u) => paretoCount(5, 1.5, 1000, unit(collabS, u, 3)));
  collaborations("Enterprise", (e) =>
    unit(collabS, e, 4) < 0.35 ? paretoCount(1, 1.6, 100, unit(collabS, e, 5)) : 0,
  );

  // People: where they work and what they are expert in
  const personS = stream("person.rels");
  const positions = (n: number) => (unit(personS, n, 1) < 0.3 ? 2 : 1) + (unit(personS, n, 2) < 0.05 ? 1 : 0);
  relTable("WORKS_AT (people)", "WORKS_AT", spec.people, positions, (n, rng, push, k) => {
    const a = id("per", n);
    const seen = new Set<string>();
    for (let m = 0; m < k; m++) {
      const u = rng.next();
      const to = u < 0.5 ? "University" : u < 0.85 ? "Enterprise" : u < 0.93 ? "Platform" : "JointLab";
      const j = rng.zipf(orgCount[to]!, 0.9);
      const key = `${to}:${j}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const role =
        m > 0 ? "FLEXIBLE_HIRE" : to === "University" && rng.chance(0.3) ? "STUDENT" : "RESEARCHER";
      push({
        f: "Person",
        t: to as Label,
        a,
        b: id(orgPrefix[to]!, j),
        p: { role, since: neoDate(2010 + rng.int(16), rng.int(360)) },
      });
    }
  });
  const expertise = (n: number) => paretoCount(1, 1.05, 10, unit(personS, n, 3));
  relTable("EXPERT_IN (people)", "EXPERT_IN", spec.people, expertise, (n, rng, push, k) => {
    const home = firstCodes[rng.zipf(firstCodes.length, 0.9)]!;
    const codes = new Set<string>([home]);
    for (let m = 0; m < k * 3 && codes.size < k; m++) {
      const u = rng.next();
      const children = childrenOf.get(home) ?? [];
      codes.add(
        u < 0.6 && children.length > 0 ? rng.pick(children) : firstCodes[rng.zipf(firstCodes.length, 0.9)]!,
      );
    }
    for (const code of codes) push({ f: "Person", t: "Discipline", a: id("per", n), b: code });
  });

  // The probe lab: an operating lab among the best-connected 1 %, with a lead discipline.
  let probe = Math.floor(spec.labs * 0.01);
  while (probe < spec.labs - 1 && (labStatus(probe) !== "OPERATING" || !labLeadDiscipline(probe))) probe++;
  const applicants: string[] = [];
  for (let i = Math.floor(spec.labs * 0.02); i < spec.labs && applicants.length < 2; i++) {
    if (APPLICANT.has(labStatus(i)) && labLeadDiscipline(i)) applicants.push(id("lab", i));
  }

  return { spec, nodes, rels, probeLab: id("lab", probe), probeApplicants: applicants };
}

/** Sizes of a scale without loading it: nodes per label and relationship rows per table. */
export function describeScale(spec: ScaleSpec): {
  nodes: number;
  rels: number;
  byLabel: Record<string, number>;
} {
  const graph = benchGraph(spec);
  const byLabel: Record<string, number> = {};
  for (const t of graph.nodes) byLabel[t.label] = t.count;
  return {
    nodes: graph.nodes.reduce((n, t) => n + t.count, 0),
    rels: graph.rels.reduce((n, t) => n + t.estimate(), 0),
    byLabel,
  };
}

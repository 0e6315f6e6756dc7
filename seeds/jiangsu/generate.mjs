// Generates the Jiangsu seed set: nodes/<Label>.json and rels/<TYPE>.json beside this file.
// Deterministic (fixed PRNG seed, fixed tables): running it twice writes identical files.
// Real-world rows come from the project's domain facts (section numbers in README.md) and carry
// `fact`; everything hypothetical carries `illustrative: true`. Usage: node seeds/jiangsu/generate.mjs
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const HERE = dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------------------------------------
// Output buffers and helpers
// ---------------------------------------------------------------------------------------------
const NODES = new Map(); // label -> rows
const RELS = new Map(); // type -> rows
const KEYS = new Map(); // label -> Set of keys

function keyOf(label) {
  return label === "Discipline" || label === "Field" ? "code" : "id";
}

function node(label, row) {
  const key = row[keyOf(label)];
  if (!KEYS.has(label)) KEYS.set(label, new Set());
  if (KEYS.get(label).has(key)) throw new Error(`duplicate ${label} ${key}`);
  KEYS.get(label).add(key);
  if (!NODES.has(label)) NODES.set(label, []);
  NODES.get(label).push(clean(row));
  return key;
}

const REL_SEEN = new Set();
function rel(type, fromLabel, from, toLabel, to, props) {
  // The loader MERGEs one relationship per (type, pair) except FUNDS (kind, year): keep them unique.
  const identity = type === "FUNDS" ? `|${props.kind}|${props.year}` : "";
  const sig = `${type}|${fromLabel}:${from}|${toLabel}:${to}${identity}`;
  if (REL_SEEN.has(sig)) throw new Error(`duplicate relationship ${sig}`);
  REL_SEEN.add(sig);
  if (!RELS.has(type)) RELS.set(type, []);
  const row = { fromLabel, from, toLabel, to };
  const p = clean(props ?? {});
  if (Object.keys(p).length) row.props = p;
  RELS.get(type).push(row);
}

/** Drops undefined values so that absent data stays absent (never null). */
function clean(obj) {
  const out = {};
  for (const [k, v] of Object.entries(obj)) if (v !== undefined) out[k] = v;
  return out;
}

// Provenance shorthands for relationship props.
const F = (marker, extra = {}) => ({ fact: marker, ...extra });
const ILL = (extra = {}) => ({ ...extra, illustrative: true });
const MOD = (extra = {}) => ({ basis: "modelled", ...extra });

// A small deterministic PRNG (32-bit state), so that every run picks the same values.
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = prng(20210528);
const pick = (arr) => arr[Math.floor(rand() * arr.length)];

// ---------------------------------------------------------------------------------------------
// Disciplines (facts §1a, §1b): 14 categories and the 117 first-level disciplines of 2022
// (0834 and 1010 are treated as absent, as §1b's reconciliation explains).
// ---------------------------------------------------------------------------------------------
const CATEGORIES = [
  ["01", "哲学", "Philosophy"],
  ["02", "经济学", "Economics"],
  ["03", "法学", "Law"],
  ["04", "教育学", "Education"],
  ["05", "文学", "Literature"],
  ["06", "历史学", "History"],
  ["07", "理学", "Science"],
  ["08", "工学", "Engineering"],
  ["09", "农学", "Agriculture"],
  ["10", "医学", "Medicine"],
  ["11", "军事学", "Military Science"],
  ["12", "管理学", "Management"],
  ["13", "艺术学", "Art"],
  ["14", "交叉学科", "Interdisciplinary Studies"],
];

const FIRST_LEVEL = [
  ["0101", "哲学", "Philosophy"],
  ["0201", "理论经济学", "Theoretical Economics"],
  ["0202", "应用经济学", "Applied Economics"],
  ["0301", "法学", "Law"],
  ["0302", "政治学", "Political Science"],
  ["0303", "社会学", "Sociology"],
  ["0304", "民族学", "Ethnology"],
  ["0305", "马克思主义理论", "Marxist Theory"],
  ["0306", "公安学", "Public Security Studies"],
  ["0307", "中共党史党建学", "CPC History and Party Building", "new in 2022"],
  ["0308", "纪检监察学", "Discipline Inspection and Supervision", "new in 2022"],
  ["0401", "教育学", "Education"],
  ["0402", "心理学", "Psychology"],
  ["0403", "体育学", "Physical Education and Sport Science"],
  ["0501", "中国语言文学", "Chinese Language and Literature"],
  ["0502", "外国语言文学", "Foreign Languages and Literatures"],
  ["0503", "新闻传播学", "Journalism and Communication"],
  ["0601", "考古学", "Archaeology"],
  ["0602", "中国史", "Chinese History"],
  ["0603", "世界史", "World History"],
  ["0701", "数学", "Mathematics"],
  ["0702", "物理学", "Physics"],
  ["0703", "化学", "Chemistry"],
  ["0704", "天文学", "Astronomy"],
  ["0705", "地理学", "Geography"],
  ["0706", "大气科学", "Atmospheric Sciences"],
  ["0707", "海洋科学", "Marine Sciences"],
  ["0708", "地球物理学", "Geophysics"],
  ["0709", "地质学", "Geology"],
  ["0710", "生物学", "Biology"],
  ["0711", "系统科学", "Systems Science"],
  ["0712", "科学技术史", "History of Science and Technology"],
  ["0713", "生态学", "Ecology"],
  ["0714", "统计学", "Statistics"],
  ["0801", "力学", "Mechanics"],
  ["0802", "机械工程", "Mechanical Engineering"],
  ["0803", "光学工程", "Optical Engineering"],
  ["0804", "仪器科学与技术", "Instrument Science and Technology"],
  ["0805", "材料科学与工程", "Materials Science and Engineering"],
  ["0806", "冶金工程", "Metallurgical Engineering"],
  ["0807", "动力工程及工程热物理", "Power Engineering and Engineering Thermophysics"],
  ["0808", "电气工程", "Electrical Engineering"],
  ["0809", "电子科学与技术", "Electronic Science and Technology"],
  ["0810", "信息与通信工程", "Information and Communication Engineering"],
  ["0811", "控制科学与工程", "Control Science and Engineering"],
  ["0812", "计算机科学与技术", "Computer Science and Technology"],
  ["0813", "建筑学", "Architecture"],
  ["0814", "土木工程", "Civil Engineering"],
  ["0815", "水利工程", "Hydraulic Engineering"],
  ["0816", "测绘科学与技术", "Surveying and Mapping Science and Technology"],
  ["0817", "化学工程与技术", "Chemical Engineering and Technology"],
  ["0818", "地质资源与地质工程", "Geological Resources and Geological Engineering"],
  ["0819", "矿业工程", "Mining Engineering"],
  ["0820", "石油与天然气工程", "Petroleum and Natural Gas Engineering"],
  ["0821", "纺织科学与工程", "Textile Science and Engineering"],
  ["0822", "轻工技术与工程", "Light Industry Technology and Engineering"],
  ["0823", "交通运输工程", "Transportation Engineering"],
  ["0824", "船舶与海洋工程", "Naval Architecture and Ocean Engineering"],
  ["0825", "航空宇航科学与技术", "Aeronautical and Astronautical Science and Technology"],
  ["0826", "兵器科学与技术", "Armament Science and Technology"],
  ["0827", "核科学与技术", "Nuclear Science and Technology"],
  ["0828", "农业工程", "Agricultural Engineering"],
  ["0829", "林业工程", "Forestry Engineering"],
  ["0830", "环境科学与工程", "Environmental Science and Engineering"],
  ["0831", "生物医学工程", "Biomedical Engineering"],
  ["0832", "食品科学与工程", "Food Science and Engineering"],
  ["0833", "城乡规划学", "Urban and Rural Planning"],
  ["0835", "软件工程", "Software Engineering"],
  ["0836", "生物工程", "Bioengineering"],
  ["0837", "安全科学与工程", "Safety Science and Engineering"],
  ["0838", "公安技术", "Public Security Technology"],
  ["0839", "网络空间安全", "Cyberspace Security"],
  ["0901", "作物学", "Crop Science"],
  ["0902", "园艺学", "Horticulture"],
  ["0903", "农业资源与环境", "Agricultural Resources and Environment"],
  ["0904", "植物保护", "Plant Protection"],
  ["0905", "畜牧学", "Animal Science"],
  ["0906", "兽医学", "Veterinary Medicine"],
  ["0907", "林学", "Forestry"],
  ["0908", "水产", "Fisheries"],
  ["0909", "草学", "Grassland Science"],
  ["0910", "水土保持与荒漠化防治学", "Soil and Water Conservation and Desertification Control"],
  ["1001", "基础医学", "Basic Medicine"],
  ["1002", "临床医学", "Clinical Medicine"],
  ["1003", "口腔医学", "Stomatology"],
  ["1004", "公共卫生与预防医学", "Public Health and Preventive Medicine"],
  ["1005", "中医学", "Chinese Medicine"],
  ["1006", "中西医结合", "Integrated Traditional Chinese and Western Medicine"],
  ["1007", "药学", "Pharmacy"],
  ["1008", "中药学", "Chinese Materia Medica"],
  ["1009", "特种医学", "Special Medicine"],
  ["1011", "护理学", "Nursing"],
  ["1012", "法医学", "Forensic Medicine", "new in 2022"],
  ["1101", "军事思想与军事历史", "Military Thought and Military History"],
  ["1102", "战略学", "Strategy"],
  ["1103", "联合作战学", "Joint Operations"],
  ["1104", "军兵种作战学", "Service and Arms Operations"],
  ["1105", "军队指挥学", "Military Command"],
  ["1106", "军队政治工作学", "Military Political Work"],
  ["1107", "军事后勤学", "Military Logistics"],
  ["1108", "军事装备学", "Military Equipment"],
  ["1109", "军事管理学", "Military Management"],
  ["1110", "军事训练学", "Military Training"],
  ["1111", "军事智能", "Military Intelligent Technology"],
  ["1201", "管理科学与工程", "Management Science and Engineering"],
  ["1202", "工商管理学", "Business Administration"],
  ["1203", "农林经济管理", "Agricultural and Forestry Economic Management"],
  ["1204", "公共管理学", "Public Administration"],
  ["1205", "信息资源管理", "Information Resources Management", "renamed from 图书情报与档案管理"],
  ["1301", "艺术学", "Art", "2022 merged the former 1301–1305"],
  ["1401", "集成电路科学与工程", "Integrated Circuit Science and Engineering"],
  ["1402", "国家安全学", "National Security Studies"],
  ["1403", "设计学", "Design"],
  ["1404", "遥感科学与技术", "Remote Sensing Science and Technology"],
  ["1405", "智能科学与技术", "Intelligent Science and Technology"],
  ["1406", "纳米科学与工程", "Nanoscience and Engineering"],
  ["1407", "区域国别学", "Area Studies"],
];

for (const [code, name, nameEn] of CATEGORIES) {
  node("Discipline", { code, name, nameEn, level: "CATEGORY", fact: "V" });
}
for (const [code, name, nameEn, note] of FIRST_LEVEL) {
  node("Discipline", { code, name, nameEn, level: "FIRST_LEVEL", note, fact: "V" });
  rel("PART_OF", "Discipline", code, "Discipline", code.slice(0, 2), F("V"));
}

// ---------------------------------------------------------------------------------------------
// Fields: the ten focus fields of R6 (policy draft 四.1) and industry fields (facts §5 taxonomies)
// ---------------------------------------------------------------------------------------------
const FOCUS = [
  ["FRONTIER_MATERIALS", "前沿材料", "Frontier materials"],
  ["INTEGRATED_CIRCUITS", "集成电路", "Integrated circuits"],
  ["ARTIFICIAL_INTELLIGENCE", "人工智能", "Artificial intelligence"],
  ["BIOENGINEERING", "生物工程", "Bioengineering"],
  ["LIFE_HEALTH", "生命健康", "Life and health"],
  ["AEROSPACE", "空天科技", "Aerospace science and technology"],
  ["ADVANCED_MANUFACTURING", "先进制造", "Advanced manufacturing"],
  ["ENERGY_SCIENCE", "能源科学", "Energy science"],
  ["DEEP_SEA", "深海科学", "Deep-sea science"],
  ["BRAIN_SCIENCE", "脑科学", "Brain science"],
];
for (const [code, name, nameEn] of FOCUS) {
  node("Field", { code, name, nameEn, kind: "FOCUS", source: "policy draft 四.1 (R6, docs/policy.md)" });
}

// [code, name, nameEn, taxonomy, focus fields it is PART_OF (modelled)]
const CLUSTER13 = "13 重点先进制造业集群 (2018)";
const FUTURE = "10+X 未来产业 (苏政发〔2023〕104号)";
const FUTURE_X = "10+X 未来产业, X fields (苏政发〔2023〕104号)";
const INDUSTRY = [
  [
    "IND_NEW_POWER_EQUIPMENT",
    "新型电力(新能源)装备",
    "New power (new energy) equipment",
    CLUSTER13,
    ["ENERGY_SCIENCE"],
  ],
  ["IND_ENGINEERING_MACHINERY", "工程机械", "Engineering machinery", CLUSTER13, ["ADVANCED_MANUFACTURING"]],
  ["IND_IOT", "物联网", "Internet of Things", CLUSTER13, []],
  [
    "IND_FRONTIER_NEW_MATERIALS",
    "前沿新材料",
    "Frontier new materials",
    `${CLUSTER13}; ${FUTURE}`,
    ["FRONTIER_MATERIALS"],
  ],
  [
    "IND_BIOMEDICINE_DEVICES",
    "生物医药和新型医疗器械",
    "Biomedicine and new medical devices",
    CLUSTER13,
    ["LIFE_HEALTH"],
  ],
  ["IND_TEXTILES", "纺织服装", "Textiles and apparel", CLUSTER13, []],
  [
    "IND_INTEGRATED_CIRCUITS",
    "集成电路",
    "Integrated circuits (industry)",
    CLUSTER13,
    ["INTEGRATED_CIRCUITS"],
  ],
  [
    "IND_OFFSHORE_SHIPS",
    "海工装备和高技术船舶",
    "Offshore equipment and high-tech ships",
    CLUSTER13,
    ["DEEP_SEA"],
  ],
  ["IND_HIGH_END_EQUIPMENT", "高端装备", "High-end equipment", CLUSTER13, ["ADVANCED_MANUFACTURING"]],
  ["IND_ENERGY_SAVING", "节能环保", "Energy saving and environmental protection", CLUSTER13, []],
  ["IND_CORE_IT", "核心信息技术", "Core information technology", CLUSTER13, []],
  ["IND_AUTOMOTIVE", "汽车及零部件", "Automobiles and parts", CLUSTER13, []],
  ["IND_NEW_DISPLAY", "新型显示", "New displays", CLUSTER13, []],
  [
    "IND_THIRD_GEN_SEMICONDUCTORS",
    "第三代半导体",
    "Third-generation semiconductors",
    FUTURE,
    ["INTEGRATED_CIRCUITS"],
  ],
  ["IND_FUTURE_NETWORKS", "未来网络", "Future networks", FUTURE, []],
  ["IND_HYDROGEN", "氢能", "Hydrogen energy", FUTURE, ["ENERGY_SCIENCE"]],
  ["IND_NEW_ENERGY_STORAGE", "新型储能", "New energy storage", FUTURE, ["ENERGY_SCIENCE"]],
  ["IND_CELL_GENE", "细胞和基因技术", "Cell and gene technology", FUTURE, ["BIOENGINEERING"]],
  ["IND_SYNTHETIC_BIOLOGY", "合成生物", "Synthetic biology", FUTURE, ["BIOENGINEERING"]],
  ["IND_GENERAL_AI", "通用智能", "General intelligence", FUTURE, ["ARTIFICIAL_INTELLIGENCE"]],
  ["IND_VIRTUAL_REALITY", "虚拟现实", "Virtual reality", FUTURE, []],
  ["IND_ZERO_CARBON", "零碳负碳", "Zero- and negative-carbon", FUTURE, []],
  ["IND_QUANTUM", "量子科技", "Quantum technology", FUTURE_X, []],
  [
    "IND_DEEP_SEA_EARTH_SPACE",
    "深海深地空天",
    "Deep sea, deep earth, aerospace",
    FUTURE_X,
    ["DEEP_SEA", "AEROSPACE"],
  ],
  ["IND_HUMANOID_ROBOTS", "类人机器人", "Humanoid robots", FUTURE_X, ["ADVANCED_MANUFACTURING"]],
  ["IND_ADVANCED_NUCLEAR", "先进核能", "Advanced nuclear energy", FUTURE_X, ["ENERGY_SCIENCE"]],
  ["IND_LOW_ALTITUDE", "低空", "Low-altitude economy", "未来产业 pilot sites (省发改委)", ["AEROSPACE"]],
];
for (const [code, name, nameEn, taxonomy, partOf] of INDUSTRY) {
  node("Field", { code, name, nameEn, kind: "INDUSTRY", taxonomy, fact: "V" });
  for (const f of partOf) rel("PART_OF", "Field", code, "Field", f, MOD());
}

// SUPPORTS (modelled judgment): first-level discipline -> focus fields it feeds (R2).
const SUPPORTS = {
  FRONTIER_MATERIALS: ["0805", "1406", "0703", "0817", "0806", "0821"],
  INTEGRATED_CIRCUITS: ["1401", "0809", "0702"],
  ARTIFICIAL_INTELLIGENCE: ["0812", "0811", "1405", "0835", "0810"],
  BIOENGINEERING: ["0836", "0710", "0822", "0832"],
  LIFE_HEALTH: ["1001", "1002", "1004", "1005", "1006", "1007", "1008", "0831"],
  AEROSPACE: ["0825", "0801", "1404"],
  ADVANCED_MANUFACTURING: ["0802", "0811", "0801", "0804"],
  ENERGY_SCIENCE: ["0807", "0808", "0827", "0817"],
  DEEP_SEA: ["0824", "0707", "0815"],
  BRAIN_SCIENCE: ["0710", "0831", "0402", "1001"],
};
for (const [field, codes] of Object.entries(SUPPORTS)) {
  for (const code of codes) rel("SUPPORTS", "Discipline", code, "Field", field, MOD());
}

// ---------------------------------------------------------------------------------------------
// Cities: the 13 prefecture-level cities of Jiangsu, and three outside it named in the facts.
// ---------------------------------------------------------------------------------------------
const CITIES = [
  ["nanjing", "南京", "Nanjing"],
  ["wuxi", "无锡", "Wuxi"],
  ["xuzhou", "徐州", "Xuzhou"],
  ["changzhou", "常州", "Changzhou"],
  ["suzhou", "苏州", "Suzhou"],
  ["nantong", "南通", "Nantong"],
  ["lianyungang", "连云港", "Lianyungang"],
  ["huaian", "淮安", "Huai'an"],
  ["yancheng", "盐城", "Yancheng"],
  ["yangzhou", "扬州", "Yangzhou"],
  ["zhenjiang", "镇江", "Zhenjiang"],
  ["taizhou", "泰州", "Taizhou"],
  ["suqian", "宿迁", "Suqian"],
];
const CITY_NAME = new Map(CITIES.map(([k, n]) => [k, n]));
const CITY_EN = new Map(CITIES.map(([k, , e]) => [k, e]));
for (const [key, name, nameEn] of CITIES) {
  node("City", { id: `city-${key}`, name, nameEn, inJiangsu: true, prefectureLevel: true, fact: "V" });
}
// Outside Jiangsu: 上海 (§4, 张江), 深圳 (§4, the third-generation-semiconductor centre), 北京 (§2).
for (const [key, name, nameEn] of [
  ["shanghai", "上海", "Shanghai"],
  ["shenzhen", "深圳", "Shenzhen"],
  ["beijing", "北京", "Beijing"],
]) {
  node("City", { id: `city-${key}`, name, nameEn, inJiangsu: false, fact: "V" });
  CITY_NAME.set(key, name);
  CITY_EN.set(key, nameEn);
}

// ---------------------------------------------------------------------------------------------
// Parks (facts §6, plus zones named in §3–§5). kind is an extension: HIGH_TECH_ZONE,
// DEVELOPMENT_ZONE, NEW_AREA, INDUSTRIAL_PARK. Level or city left out where the facts give none.
// ---------------------------------------------------------------------------------------------
const PARKS = [
  // [key, name, nameEn, level, city, fact, kind, locality]
  ["sip", "苏州工业园区", "Suzhou Industrial Park", "NATIONAL", "suzhou", "V", "HIGH_TECH_ZONE"],
  ["nanjing-htz", "南京高新区", "Nanjing High-tech Zone", "NATIONAL", "nanjing", "V", "HIGH_TECH_ZONE"],
  ["wuxi-htz", "无锡高新区", "Wuxi High-tech Zone", "NATIONAL", "wuxi", "V", "HIGH_TECH_ZONE"],
  ["suzhou-htz", "苏州高新区", "Suzhou High-tech Zone", "NATIONAL", "suzhou", "V", "HIGH_TECH_ZONE"],
  ["changzhou-htz", "常州高新区", "Changzhou High-tech Zone", "NATIONAL", "changzhou", "V", "HIGH_TECH_ZONE"],
  [
    "kunshan-htz",
    "昆山高新区",
    "Kunshan High-tech Zone",
    "NATIONAL",
    "suzhou",
    "V",
    "HIGH_TECH_ZONE",
    "昆山",
  ],
  ["wujin-htz", "武进高新区", "Wujin High-tech Zone", "NATIONAL", "changzhou", "V", "HIGH_TECH_ZONE"],
  [
    "jiangyin-htz",
    "江阴高新区",
    "Jiangyin High-tech Zone",
    "NATIONAL",
    "wuxi",
    "V",
    "HIGH_TECH_ZONE",
    "江阴",
  ],
  ["nantong-htz", "南通高新区", "Nantong High-tech Zone", "NATIONAL", "nantong", "V", "HIGH_TECH_ZONE"],
  [
    "taizhou-med-htz",
    "泰州医药高新区",
    "Taizhou Medical High-tech Zone",
    "NATIONAL",
    "taizhou",
    "V",
    "HIGH_TECH_ZONE",
  ],
  ["xuzhou-htz", "徐州高新区", "Xuzhou High-tech Zone", "NATIONAL", "xuzhou", "V", "HIGH_TECH_ZONE"],
  ["yancheng-htz", "盐城高新区", "Yancheng High-tech Zone", "NATIONAL", "yancheng", "V", "HIGH_TECH_ZONE"],
  [
    "lianyungang-htz",
    "连云港高新区",
    "Lianyungang High-tech Zone",
    "NATIONAL",
    "lianyungang",
    "V",
    "HIGH_TECH_ZONE",
  ],
  ["suqian-htz", "宿迁高新区", "Suqian High-tech Zone", "NATIONAL", "suqian", "V", "HIGH_TECH_ZONE"],
  [
    "changshu-htz",
    "常熟高新区",
    "Changshu High-tech Zone",
    "NATIONAL",
    "suzhou",
    "V",
    "HIGH_TECH_ZONE",
    "常熟",
  ],
  ["zhenjiang-htz", "镇江高新区", "Zhenjiang High-tech Zone", "NATIONAL", "zhenjiang", "R", "HIGH_TECH_ZONE"],
  ["yangzhou-htz", "扬州高新区", "Yangzhou High-tech Zone", "NATIONAL", "yangzhou", "R", "HIGH_TECH_ZONE"],
  ["huaian-htz", "淮安高新区", "Huai'an High-tech Zone", "NATIONAL", "huaian", "R", "HIGH_TECH_ZONE"],
  // Provincial zones approved in 2025 to begin construction (§6). The facts name no city for most:
  // only 南通市北 (by its name) and 武进西太湖 (武进 is in 常州 per the national-zone table) get one.
  ["donghai-htz", "东海高新区", "Donghai High-tech Zone", "PROVINCIAL", undefined, "V", "HIGH_TECH_ZONE"],
  ["yangzhong-htz", "扬中高新区", "Yangzhong High-tech Zone", "PROVINCIAL", undefined, "V", "HIGH_TECH_ZONE"],
  ["jianhu-htz", "建湖高新区", "Jianhu High-tech Zone", "PROVINCIAL", undefined, "V", "HIGH_TECH_ZONE"],
  [
    "zhangjiagang-htz",
    "张家港高新区",
    "Zhangjiagang High-tech Zone",
    "PROVINCIAL",
    undefined,
    "V",
    "HIGH_TECH_ZONE",
  ],
  ["yannan-htz", "盐南高新区", "Yannan High-tech Zone", "PROVINCIAL", undefined, "V", "HIGH_TECH_ZONE"],
  ["wuzhong-htz", "吴中高新区", "Wuzhong High-tech Zone", "PROVINCIAL", undefined, "V", "HIGH_TECH_ZONE"],
  [
    "nantong-shibei-htz",
    "南通市北高新区",
    "Nantong Shibei High-tech Zone",
    "PROVINCIAL",
    "nantong",
    "V",
    "HIGH_TECH_ZONE",
  ],
  [
    "wujin-xitaihu-htz",
    "武进西太湖高新区",
    "Wujin West Taihu High-tech Zone",
    "PROVINCIAL",
    "changzhou",
    "V",
    "HIGH_TECH_ZONE",
  ],
  // Zones named in §3–§5 whose level the facts do not give.
  ["jiangning", "江宁开发区", "Jiangning Development Zone", undefined, "nanjing", "V", "DEVELOPMENT_ZONE"],
  ["jiangbei", "南京江北新区", "Nanjing Jiangbei New Area", undefined, "nanjing", "V", "NEW_AREA"],
  [
    "zhenjiang-aero",
    "镇江航空航天产业园",
    "Zhenjiang Aerospace Industrial Park",
    undefined,
    "zhenjiang",
    "V",
    "INDUSTRIAL_PARK",
  ],
];
for (const [key, name, nameEn, level, city, fact, kind, locality] of PARKS) {
  const approvedYear = level === "PROVINCIAL" ? 2025 : undefined;
  node("Park", { id: `park-${key}`, name, nameEn, level, kind, locality, approvedYear, fact });
  if (city) rel("LOCATED_IN", "Park", `park-${key}`, "City", `city-${city}`, F(fact));
}

// ---------------------------------------------------------------------------------------------
// Governments. Real bodies of real places: fact "R" (the facts name the province, cities and
// parks, not these bodies' exact names). Park committees' names are normalised "<park>管理委员会".
// ---------------------------------------------------------------------------------------------
node("Government", {
  id: "gov-jiangsu",
  name: "江苏省人民政府",
  nameEn: "People's Government of Jiangsu Province",
  level: "PROVINCE",
  fact: "R",
});
node("Government", {
  id: "gov-jiangsu-kjt",
  name: "江苏省科学技术厅",
  nameEn: "Department of Science and Technology of Jiangsu Province",
  level: "PROVINCE",
  fact: "R",
});
for (const [key, name, nameEn] of CITIES) {
  node("Government", {
    id: `gov-${key}`,
    name: `${name}市人民政府`,
    nameEn: `${nameEn} Municipal People's Government`,
    level: "CITY",
    fact: "R",
  });
  rel("GOVERNS", "Government", `gov-${key}`, "City", `city-${key}`, F("R"));
  rel("GOVERNS", "Government", "gov-jiangsu", "City", `city-${key}`, F("R"));
}
const PARK_GOVS = [
  ["sip", "苏州工业园区管理委员会", "Suzhou Industrial Park Administrative Committee"],
  ["nanjing-htz", "南京高新区管理委员会", "Nanjing High-tech Zone Administrative Committee"],
  ["jiangning", "江宁开发区管理委员会", "Jiangning Development Zone Administrative Committee"],
  ["xuzhou-htz", "徐州高新区管理委员会", "Xuzhou High-tech Zone Administrative Committee"],
  ["wujin-htz", "武进高新区管理委员会", "Wujin High-tech Zone Administrative Committee"],
  ["suzhou-htz", "苏州高新区管理委员会", "Suzhou High-tech Zone Administrative Committee"],
  ["taizhou-med-htz", "泰州医药高新区管理委员会", "Taizhou Medical High-tech Zone Administrative Committee"],
  [
    "zhenjiang-aero",
    "镇江航空航天产业园管理委员会",
    "Zhenjiang Aerospace Industrial Park Administrative Committee",
  ],
];
for (const [park, name, nameEn] of PARK_GOVS) {
  node("Government", { id: `gov-${park}-admin`, name, nameEn, level: "PARK", fact: "R" });
  rel("GOVERNS", "Government", `gov-${park}-admin`, "Park", `park-${park}`, F("R"));
}

// ---------------------------------------------------------------------------------------------
// Universities (facts §2) and their first-class disciplines. University `fact` = the strongest
// marker of its row; each HAS_DISCIPLINE carries its own marker.
// ---------------------------------------------------------------------------------------------
const UNIVERSITIES = [
  {
    id: "univ-nju",
    name: "南京大学",
    nameEn: "Nanjing University",
    city: "nanjing",
    fact: "V",
    disc: [
      ["0101", "V"],
      ["0501", "V"],
      ["0502", "V"],
      ["0702", "V"],
      ["0703", "V"],
      ["0704", "V"],
      ["0706", "V"],
      ["0709", "V"],
      ["0710", "V"],
      ["0805", "V"],
      ["0812", "V"],
      ["0817", "V"],
      ["0819", "V"],
      ["0830", "V"],
      ["1205", "V", "图书情报与档案管理"],
    ],
  },
  {
    id: "univ-seu",
    name: "东南大学",
    nameEn: "Southeast University",
    city: "nanjing",
    fact: "V",
    disc: [
      ["0805", "V"],
      ["0809", "V"],
      ["0810", "V"],
      ["0811", "V"],
      ["0812", "V"],
      ["0813", "V"],
      ["0814", "V"],
      ["0823", "V"],
      ["0831", "R"],
      ["1301", "R", "艺术学理论"],
      // 风景园林学 [R] is not seeded: 0834 is treated as absent from the 2022 catalogue (§1b).
    ],
  },
  {
    id: "univ-nuaa",
    name: "南京航空航天大学",
    nameEn: "Nanjing University of Aeronautics and Astronautics",
    city: "nanjing",
    fact: "R",
    disc: [
      ["0801", "R"],
      ["0811", "?", undefined, "second round (reported)"],
      ["0825", "?", undefined, "second round (reported)"],
    ],
  },
  {
    id: "univ-njust",
    name: "南京理工大学",
    nameEn: "Nanjing University of Science and Technology",
    city: "nanjing",
    fact: "R",
    disc: [["0826", "R"]],
  },
  {
    id: "univ-hhu",
    name: "河海大学",
    nameEn: "Hohai University",
    city: "nanjing",
    fact: "R",
    locality: "南京 (also a 常州 campus)",
    disc: [
      ["0815", "R"],
      ["0830", "R"],
    ],
  },
  {
    id: "univ-jiangnan",
    name: "江南大学",
    nameEn: "Jiangnan University",
    city: "wuxi",
    fact: "V",
    disc: [
      ["0822", "R"],
      ["0832", "R"],
    ],
  },
  {
    id: "univ-cumt",
    name: "中国矿业大学",
    nameEn: "China University of Mining and Technology",
    city: "xuzhou",
    fact: "R",
    disc: [
      ["0837", "R"],
      ["0819", "R"],
    ],
  },
  {
    id: "univ-njau",
    name: "南京农业大学",
    nameEn: "Nanjing Agricultural University",
    city: "nanjing",
    fact: "V",
    disc: [
      ["0901", "R"],
      ["0903", "R"],
    ],
  },
  {
    id: "univ-cpu",
    name: "中国药科大学",
    nameEn: "China Pharmaceutical University",
    city: "nanjing",
    fact: "R",
    disc: [["1008", "R"]],
  },
  {
    id: "univ-njnu",
    name: "南京师范大学",
    nameEn: "Nanjing Normal University",
    city: "nanjing",
    fact: "R",
    disc: [["0705", "R"]],
  },
  {
    id: "univ-suda",
    name: "苏州大学",
    nameEn: "Soochow University",
    city: "suzhou",
    fact: "V",
    disc: [["0805", "V", undefined, "2017 (自定)"]],
  },
  {
    id: "univ-nuist",
    name: "南京信息工程大学",
    nameEn: "Nanjing University of Information Science and Technology",
    city: "nanjing",
    fact: "R",
    disc: [["0706", "R"]],
  },
  {
    id: "univ-njupt",
    name: "南京邮电大学",
    nameEn: "Nanjing University of Posts and Telecommunications",
    city: "nanjing",
    fact: "R",
    disc: [["0809", "R"]],
  },
  {
    id: "univ-njmu",
    name: "南京医科大学",
    nameEn: "Nanjing Medical University",
    city: "nanjing",
    fact: "V",
    disc: [["1004", "R", undefined, "second round (new)"]],
  },
  {
    id: "univ-njfu",
    name: "南京林业大学",
    nameEn: "Nanjing Forestry University",
    city: "nanjing",
    fact: "R",
    disc: [["0829", "R"]],
  },
  {
    id: "univ-njucm",
    name: "南京中医药大学",
    nameEn: "Nanjing University of Chinese Medicine",
    city: "nanjing",
    fact: "R",
    disc: [["1008", "R"]],
  },
];
// Notes on facts §2: 江南大学's 食品科学与工程 ranking is [V], hence the row's strongest marker V;
// 南京农业大学 is [V] as a co-founder of 钟山实验室 (§3).
for (const u of UNIVERSITIES) {
  node("University", {
    id: u.id,
    name: u.name,
    nameEn: u.nameEn,
    doubleFirstClass: true,
    locality: u.locality,
    fact: u.fact,
  });
  rel("LOCATED_IN", "University", u.id, "City", `city-${u.city}`, F(u.fact === "V" ? "V" : "R"));
  for (const [code, marker, listedAs, list] of u.disc) {
    rel("HAS_DISCIPLINE", "University", u.id, "Discipline", code, {
      firstClass: true,
      list: list ?? "2017",
      listedAs,
      fact: marker,
    });
  }
}
// 扬州大学: co-founder of 钟山实验室 (§3); not among the 16 双一流 universities of §2; city not given.
node("University", {
  id: "univ-yzu",
  name: "扬州大学",
  nameEn: "Yangzhou University",
  doubleFirstClass: false,
  fact: "V",
});
const FIRST_CLASS = new Map(UNIVERSITIES.map((u) => [u.id, new Set(u.disc.map((d) => d[0]))]));

// ---------------------------------------------------------------------------------------------
// Enterprises of facts §5 (single firms; clusters skipped). All rows of §5 are "leading".
// ---------------------------------------------------------------------------------------------
// [id, name, nameEn, industry (facts), fact, loc ["City"|"Park", key, marker], locality, focus fields, industry fields]
const REAL_ENTERPRISES = [
  [
    "ent-jcet",
    "长电科技",
    "JCET",
    "IC",
    "V",
    ["City", "wuxi", "R"],
    "江阴",
    ["INTEGRATED_CIRCUITS"],
    ["IND_INTEGRATED_CIRCUITS"],
  ],
  [
    "ent-crmicro",
    "华润微电子",
    "China Resources Microelectronics",
    "IC",
    "V",
    ["Park", "wuxi-htz", "V"],
    undefined,
    ["INTEGRATED_CIRCUITS"],
    ["IND_INTEGRATED_CIRCUITS"],
  ],
  [
    "ent-ncap",
    "华进半导体",
    "Huajin Semiconductor",
    "IC",
    "V",
    ["City", "wuxi", "V"],
    undefined,
    ["INTEGRATED_CIRCUITS"],
    ["IND_INTEGRATED_CIRCUITS"],
  ],
  [
    "ent-tongfu",
    "通富微电",
    "Tongfu Microelectronics",
    "IC",
    "R",
    ["City", "nantong", "R"],
    undefined,
    ["INTEGRATED_CIRCUITS"],
    ["IND_INTEGRATED_CIRCUITS"],
  ],
  [
    "ent-jingfang",
    "苏州晶方",
    "Suzhou Jingfang Semiconductor",
    "IC",
    "V",
    ["City", "suzhou", "V"],
    undefined,
    ["INTEGRATED_CIRCUITS"],
    ["IND_INTEGRATED_CIRCUITS"],
  ],
  [
    "ent-xinjieneng",
    "新洁能",
    "Xinjieneng (NCE Power)",
    "IC",
    "V",
    ["City", "wuxi", "V"],
    undefined,
    ["INTEGRATED_CIRCUITS"],
    ["IND_INTEGRATED_CIRCUITS"],
  ],
  [
    "ent-xinpengwei",
    "芯朋微",
    "Xinpengwei (Chipown)",
    "IC",
    "V",
    ["City", "wuxi", "V"],
    undefined,
    ["INTEGRATED_CIRCUITS"],
    ["IND_INTEGRATED_CIRCUITS"],
  ],
  [
    "ent-sk-hynix-wuxi",
    "SK海力士（无锡）",
    "SK hynix (Wuxi fab)",
    "IC (foreign fab)",
    "R",
    ["City", "wuxi", "R"],
    undefined,
    ["INTEGRATED_CIRCUITS"],
    ["IND_INTEGRATED_CIRCUITS"],
  ],
  [
    "ent-hengli",
    "恒力集团",
    "Hengli Group",
    "materials / textiles",
    "V",
    ["City", "suzhou", "V"],
    "吴江",
    ["FRONTIER_MATERIALS"],
    ["IND_TEXTILES"],
  ],
  [
    "ent-shenghong",
    "盛虹集团",
    "Shenghong Group",
    "materials / textiles",
    "V",
    ["City", "suzhou", "V"],
    "吴江",
    ["FRONTIER_MATERIALS"],
    ["IND_TEXTILES"],
  ],
  [
    "ent-hailan",
    "海澜集团",
    "Hailan Group",
    "materials / textiles",
    "V",
    ["City", "wuxi", "V"],
    "江阴",
    ["FRONTIER_MATERIALS"],
    ["IND_TEXTILES"],
  ],
  [
    "ent-hengtong",
    "亨通集团",
    "Hengtong Group",
    "materials / optical fibre",
    "V",
    ["City", "suzhou", "V"],
    "吴江",
    ["FRONTIER_MATERIALS"],
    [],
  ],
  [
    "ent-zhongtian",
    "中天科技",
    "Zhongtian Technology",
    "materials / optical fibre",
    "R",
    ["City", "nantong", "R"],
    undefined,
    ["FRONTIER_MATERIALS"],
    [],
  ],
  // 张家港: the facts do not say which city it belongs to, so no LOCATED_IN.
  [
    "ent-shagang",
    "沙钢集团",
    "Shagang Group",
    "materials / steel",
    "R",
    undefined,
    "张家港",
    ["FRONTIER_MATERIALS"],
    [],
  ],
  [
    "ent-innovent",
    "信达生物",
    "Innovent Biologics",
    "biomedicine",
    "V",
    ["Park", "sip", "V"],
    undefined,
    ["LIFE_HEALTH", "BIOENGINEERING"],
    ["IND_BIOMEDICINE_DEVICES"],
  ],
  [
    "ent-legend",
    "传奇生物",
    "Legend Biotech",
    "biomedicine (CAR-T)",
    "V",
    ["City", "nanjing", "V"],
    undefined,
    ["LIFE_HEALTH", "BIOENGINEERING"],
    ["IND_CELL_GENE"],
  ],
  [
    "ent-hengrui",
    "恒瑞医药",
    "Hengrui Medicine",
    "biomedicine",
    "R",
    ["City", "lianyungang", "R"],
    undefined,
    ["LIFE_HEALTH"],
    ["IND_BIOMEDICINE_DEVICES"],
  ],
  [
    "ent-cttq",
    "正大天晴",
    "Chia Tai Tianqing",
    "biomedicine",
    "R",
    ["City", "lianyungang", "R"],
    undefined,
    ["LIFE_HEALTH"],
    ["IND_BIOMEDICINE_DEVICES"],
  ],
  [
    "ent-hansoh",
    "豪森药业",
    "Hansoh Pharma",
    "biomedicine",
    "R",
    ["City", "lianyungang", "R"],
    undefined,
    ["LIFE_HEALTH"],
    ["IND_BIOMEDICINE_DEVICES"],
  ],
  [
    "ent-yangtze-river-pharma",
    "扬子江药业",
    "Yangtze River Pharmaceutical",
    "biomedicine",
    "R",
    ["City", "taizhou", "R"],
    undefined,
    ["LIFE_HEALTH"],
    ["IND_BIOMEDICINE_DEVICES"],
  ],
  [
    "ent-simcere",
    "先声药业",
    "Simcere",
    "biomedicine",
    "R",
    ["City", "nanjing", "R"],
    undefined,
    ["LIFE_HEALTH"],
    ["IND_BIOMEDICINE_DEVICES"],
  ],
  [
    "ent-genscript",
    "金斯瑞",
    "GenScript",
    "biomedicine",
    "R",
    ["City", "nanjing", "R"],
    undefined,
    ["LIFE_HEALTH"],
    ["IND_BIOMEDICINE_DEVICES"],
  ],
  [
    "ent-nari",
    "国电南瑞",
    "NARI Technology",
    "energy (smart grid)",
    "R",
    ["City", "nanjing", "R"],
    undefined,
    ["ENERGY_SCIENCE"],
    ["IND_NEW_POWER_EQUIPMENT"],
  ],
  [
    "ent-trina",
    "天合光能",
    "Trina Solar",
    "energy",
    "R",
    ["City", "changzhou", "R"],
    undefined,
    ["ENERGY_SCIENCE"],
    [],
  ],
  [
    "ent-canadian-solar",
    "阿特斯",
    "Canadian Solar",
    "energy",
    "R",
    ["City", "suzhou", "R"],
    undefined,
    ["ENERGY_SCIENCE"],
    [],
  ],
  ["ent-gcl", "协鑫", "GCL", "energy", "R", ["City", "suzhou", "R"], undefined, ["ENERGY_SCIENCE"], []],
  [
    "ent-calb",
    "中创新航",
    "CALB",
    "energy (batteries)",
    "R",
    ["City", "changzhou", "R"],
    undefined,
    ["ENERGY_SCIENCE"],
    ["IND_NEW_ENERGY_STORAGE"],
  ],
  [
    "ent-envision",
    "远景",
    "Envision",
    "energy",
    "?",
    ["City", "wuxi", "?"],
    "江阴 (founded in)",
    ["ENERGY_SCIENCE"],
    [],
  ],
  [
    "ent-xcmg",
    "徐工集团",
    "XCMG",
    "advanced manufacturing",
    "V",
    ["City", "xuzhou", "V"],
    undefined,
    ["ADVANCED_MANUFACTURING"],
    ["IND_ENGINEERING_MACHINERY"],
  ],
  [
    "ent-lead-intelligent",
    "先导智能",
    "Lead Intelligent Equipment",
    "advanced manufacturing",
    "V",
    ["City", "wuxi", "V"],
    undefined,
    ["ADVANCED_MANUFACTURING"],
    ["IND_HIGH_END_EQUIPMENT"],
  ],
  [
    "ent-dreame",
    "追觅科技",
    "Dreame Technology",
    "advanced manufacturing",
    "V",
    ["City", "suzhou", "V"],
    undefined,
    ["ADVANCED_MANUFACTURING"],
    [],
  ],
  [
    "ent-estun",
    "埃斯顿",
    "Estun",
    "advanced manufacturing (robots)",
    "R",
    ["City", "nanjing", "R"],
    undefined,
    ["ADVANCED_MANUFACTURING"],
    ["IND_HIGH_END_EQUIPMENT"],
  ],
  [
    "ent-ecovacs",
    "科沃斯",
    "Ecovacs",
    "advanced manufacturing",
    "R",
    ["City", "suzhou", "R"],
    undefined,
    ["ADVANCED_MANUFACTURING"],
    [],
  ],
  [
    "ent-cssc-702",
    "中国船舶七〇二所",
    "China Ship Scientific Research Center (CSSC 702)",
    "marine / deep-sea",
    "V",
    ["City", "wuxi", "V"],
    undefined,
    ["DEEP_SEA"],
    [],
  ],
  [
    "ent-yzj-shipbuilding",
    "扬子江船业",
    "Yangzijiang Shipbuilding",
    "marine / deep-sea",
    "R",
    ["City", "taizhou", "R"],
    "靖江",
    ["DEEP_SEA"],
    ["IND_OFFSHORE_SHIPS"],
  ],
  [
    "ent-cmhi-jiangsu",
    "招商局重工(江苏)",
    "China Merchants Heavy Industry (Jiangsu)",
    "marine / deep-sea",
    "R",
    ["City", "nantong", "R"],
    "海门",
    ["DEEP_SEA"],
    ["IND_OFFSHORE_SHIPS"],
  ],
  [
    "ent-cssc-chengxi",
    "中船澄西",
    "CSSC Chengxi Shipyard",
    "marine / deep-sea",
    "R",
    ["City", "wuxi", "R"],
    "江阴",
    ["DEEP_SEA"],
    ["IND_OFFSHORE_SHIPS"],
  ],
  [
    "ent-aispeech",
    "思必驰",
    "AISpeech",
    "AI / ICT (speech AI)",
    "V",
    ["Park", "sip", "V"],
    undefined,
    ["ARTIFICIAL_INTELLIGENCE"],
    [],
  ],
  [
    "ent-huawei-nanjing",
    "华为南京研究所",
    "Huawei Nanjing Research Institute",
    "AI / ICT",
    "R",
    ["City", "nanjing", "R"],
    undefined,
    ["ARTIFICIAL_INTELLIGENCE"],
    ["IND_CORE_IT"],
  ],
  [
    "ent-zte-nanjing",
    "中兴通讯南京研发中心",
    "ZTE Nanjing R&D Center",
    "AI / ICT",
    "R",
    ["City", "nanjing", "R"],
    undefined,
    ["ARTIFICIAL_INTELLIGENCE"],
    ["IND_CORE_IT"],
  ],
  [
    "ent-avic-jincheng-uas",
    "中航金城无人系统",
    "AVIC Jincheng Unmanned Systems",
    "aerospace",
    "V",
    ["City", "nanjing", "V"],
    undefined,
    ["AEROSPACE"],
    ["IND_LOW_ALTITUDE"],
  ],
  [
    "ent-xinyang-materials",
    "江苏新扬新材料",
    "Jiangsu Xinyang New Materials",
    "aerospace",
    "V",
    ["City", "yangzhou", "V"],
    undefined,
    ["AEROSPACE"],
    [],
  ],
];
const ENT_LEADING = new Map(); // id -> true | false | undefined
for (const [id, name, nameEn, industry, fact, loc, locality, focus, ind] of REAL_ENTERPRISES) {
  node("Enterprise", {
    id,
    name,
    nameEn,
    leading: true,
    inJiangsu: true,
    spinOff: false,
    industry,
    locality,
    fact,
  });
  ENT_LEADING.set(id, true);
  if (loc) {
    const [label, key, marker] = loc;
    rel("LOCATED_IN", "Enterprise", id, label, `${label === "City" ? "city" : "park"}-${key}`, F(marker));
  }
  for (const f of focus) rel("OPERATES_IN", "Enterprise", id, "Field", f, MOD({ industry }));
  for (const f of ind) rel("OPERATES_IN", "Enterprise", id, "Field", f, MOD({ industry }));
}

// ---------------------------------------------------------------------------------------------
// Platforms (facts §3, §4, and two from §5). Kinds restricted to the model's enum: the applied-
// mathematics centre, the two supercomputing centres and CENI have no fitting kind, so they are
// left out unless INCLUDE_UNCLASSIFIED_PLATFORMS is set (README explains).
// ---------------------------------------------------------------------------------------------
const INCLUDE_UNCLASSIFIED_PLATFORMS = false;
const PLATFORMS = [
  {
    id: "plat-zijinshan",
    name: "网络通信与安全紫金山实验室",
    nameEn: "Purple Mountain Laboratories (Network Communication and Security)",
    kind: "PROVINCIAL_LAB",
    level: "PROVINCIAL",
    fact: "V",
    since: "2018-08-28",
    sinceEvent: "unveiled",
    topic: "network communications and security: future networks, 6G, mm-wave chips, endogenous security",
    loc: [["City", "city-nanjing", "V", "江宁区"]],
    focus: ["INTEGRATED_CIRCUITS", "IND_FUTURE_NETWORKS"],
    disc: ["0810", "0839", "0809"],
  },
  {
    id: "plat-gusu",
    name: "材料科学姑苏实验室",
    nameEn: "Gusu Laboratory of Materials",
    kind: "PROVINCIAL_LAB",
    level: "PROVINCIAL",
    fact: "V",
    since: "2020-06-30",
    sinceEvent: "unveiled as 江苏省实验室",
    plannedInvestmentCny: 20000000000,
    topic: "materials science",
    loc: [["Park", "park-sip", "V"]],
    focus: ["FRONTIER_MATERIALS", "IND_FRONTIER_NEW_MATERIALS"],
    disc: ["0805", "1406", "0703"],
  },
  {
    id: "plat-taihu",
    name: "深海技术科学太湖实验室",
    nameEn: "Taihu Laboratory of Deep-sea Technological Science",
    kind: "PROVINCIAL_LAB",
    level: "PROVINCIAL",
    fact: "V",
    since: "2020-12-30",
    sinceEvent: "unveiled",
    topic: "deep-sea technology (深潜/深网/深探)",
    loc: [["City", "city-wuxi", "V"]],
    focus: ["DEEP_SEA", "IND_DEEP_SEA_EARTH_SPACE"],
    disc: ["0824", "0707"],
    hostedBy: [
      [
        "Enterprise",
        "ent-cssc-702",
        "V",
        "built on 中国船舶七〇二所, jointly with CSSC, the province and Wuxi",
      ],
    ],
  },
  {
    // Crop biobreeding is none of the ten focus fields: no FOCUSES_ON (modelling judgment).
    id: "plat-zhongshan",
    name: "生物育种钟山实验室",
    nameEn: "Zhongshan Laboratory of Biobreeding",
    kind: "PROVINCIAL_LAB",
    level: "PROVINCIAL",
    fact: "V",
    since: "2022-11-27",
    sinceEvent: "unveiled",
    topic: "crop biobreeding / seed industry",
    loc: [["City", "city-nanjing", "V", "玄武区"]],
    focus: [],
    disc: ["0901", "0710"],
    hostedBy: [
      ["University", "univ-njau", "V", "co-founder"],
      ["University", "univ-yzu", "V", "co-founder"],
    ],
  },
  {
    id: "plat-suzhou-lab",
    name: "苏州实验室",
    nameEn: "Suzhou Laboratory",
    kind: "NATIONAL_LAB",
    level: "NATIONAL",
    fact: "V",
    topic: "materials; leads the 江苏省实验室联盟 (2023-08)",
    loc: [["City", "city-suzhou", "V"]],
    focus: ["FRONTIER_MATERIALS"],
    disc: ["0805", "0702"],
  },
  {
    id: "plat-nc-biologics",
    name: "国家生物药技术创新中心",
    nameEn: "National Biologics Technology Innovation Center",
    kind: "TECH_INNOVATION_CENTRE",
    level: "NATIONAL",
    fact: "V",
    approvedYearMonth: "2021-03",
    plannedInvestmentMinCny: 50000000000,
    topic: "biologics: antibodies, vaccines, proteins",
    loc: [["Park", "park-sip", "V"]],
    focus: ["BIOENGINEERING", "LIFE_HEALTH"],
    disc: ["0836", "1007", "0710"],
  },
  {
    id: "plat-nc-3rd-gen-semi",
    name: "国家第三代半导体技术创新中心",
    nameEn: "National Third-Generation Semiconductor Technology Innovation Center",
    kind: "TECH_INNOVATION_CENTRE",
    level: "NATIONAL",
    fact: "V",
    approvedYear: 2021,
    topic:
      "wide-bandgap semiconductors; Jiangsu platform 江苏第三代半导体研究院 at 苏州工业园区; Nanjing node at 江宁开发区 (unveiled 2021-06-21)",
    loc: [
      ["Park", "park-sip", "V", "Jiangsu platform"],
      ["Park", "park-jiangning", "V", "Nanjing node"],
    ],
    focus: ["INTEGRATED_CIRCUITS", "IND_THIRD_GEN_SEMICONDUCTORS"],
    disc: ["0809", "0805"],
  },
  {
    id: "plat-nc-eda",
    name: "国家集成电路设计自动化技术创新中心",
    nameEn: "National Technology Innovation Center for EDA",
    kind: "TECH_INNOVATION_CENTRE",
    level: "NATIONAL",
    fact: "V",
    approvedOn: "2022-12-30",
    topic: "EDA; converted from 国家专用集成电路系统工程技术研究中心",
    loc: [["Park", "park-jiangbei", "V"]],
    focus: ["INTEGRATED_CIRCUITS"],
    disc: ["1401", "0809", "0812"],
    hostedBy: [["University", "univ-seu", "V", "lead"]],
  },
  {
    id: "plat-yrd-tic",
    name: "长三角国家技术创新中心",
    nameEn: "Yangtze River Delta National Technology Innovation Center",
    kind: "TECH_INNOVATION_CENTRE",
    level: "NATIONAL",
    fact: "V",
    topic: "comprehensive, cross-sector; jointly built by 三省一市",
    loc: [["City", "city-shanghai", "V", "张江"]],
    focus: [],
    disc: [],
  },
  {
    id: "plat-mic-ic-packaging",
    name: "国家集成电路特色工艺及封装测试创新中心",
    nameEn: "National Innovation Center for IC Specialty Process and Packaging & Testing",
    kind: "MANUFACTURING_INNOVATION_CENTRE",
    level: "NATIONAL",
    fact: "V",
    approvedYearMonth: "2020-05",
    topic:
      "IC specialty process and advanced packaging; shareholders include 长电科技, 通富微电, 天水华天, 深南电路, 苏州晶方, 中科院微电子所",
    loc: [["City", "city-wuxi", "V"]],
    focus: ["INTEGRATED_CIRCUITS"],
    disc: ["1401", "0809"],
    hostedBy: [["Enterprise", "ent-ncap", "V", "based on 华进半导体"]],
  },
  {
    id: "plat-mic-functional-fibres",
    name: "国家先进功能纤维创新中心",
    nameEn: "National Advanced Functional Fiber Innovation Center",
    kind: "MANUFACTURING_INNOVATION_CENTRE",
    level: "NATIONAL",
    fact: "V",
    approvedYearNote: "~2019 [R]",
    topic: "advanced functional fibres; linked to 盛虹集团 and 东华大学",
    loc: [["City", "city-suzhou", "V", "吴江"]],
    focus: ["FRONTIER_MATERIALS", "IND_TEXTILES"],
    disc: ["0821", "0805"],
  },
  {
    // §5: 徐工集团 leads 高端工程机械智能制造全国重点实验室; the facts give no location.
    id: "plat-skl-xcmg",
    name: "高端工程机械智能制造全国重点实验室",
    nameEn: "State Key Laboratory of Intelligent Manufacturing of High-end Construction Machinery",
    kind: "KEY_LAB",
    level: "NATIONAL",
    fact: "V",
    topic: "high-end engineering machinery, intelligent manufacturing",
    loc: [],
    focus: ["ADVANCED_MANUFACTURING", "IND_ENGINEERING_MACHINERY"],
    disc: ["0802", "0811"],
    hostedBy: [["Enterprise", "ent-xcmg", "V", "leads"]],
  },
  {
    // §5 lists it among aerospace "enterprises"; it is a research institute, seeded as a platform.
    id: "plat-sadri-yangzhou",
    name: "沈阳飞机设计研究所扬州协同创新研究院",
    nameEn: "Yangzhou Collaborative Innovation Institute of the Shenyang Aircraft Design Institute",
    kind: "NEW_RD_INSTITUTION",
    fact: "V",
    topic: "aerospace",
    loc: [["City", "city-yangzhou", "V"]],
    focus: ["AEROSPACE"],
    disc: ["0825"],
  },
];
if (INCLUDE_UNCLASSIFIED_PLATFORMS) {
  PLATFORMS.push(
    {
      id: "plat-nam-jiangsu",
      name: "江苏国家应用数学中心",
      nameEn: "Jiangsu National Center for Applied Mathematics",
      category: "NATIONAL_APPLIED_MATH_CENTRE",
      level: "NATIONAL",
      fact: "V",
      loc: [["City", "city-nanjing", "V"]],
      focus: [],
      disc: ["0701"],
      hostedBy: [
        ["University", "univ-nju", "V"],
        ["University", "univ-seu", "V"],
      ],
    },
    {
      id: "plat-nsc-kunshan",
      name: "国家超级计算昆山中心",
      nameEn: "National Supercomputing Center in Kunshan",
      category: "NATIONAL_SUPERCOMPUTING_CENTRE",
      level: "NATIONAL",
      fact: "V",
      loc: [["City", "city-suzhou", "V", "昆山"]],
      focus: [],
      disc: ["0812"],
    },
    {
      id: "plat-nsc-wuxi",
      name: "国家超级计算无锡中心",
      nameEn: "National Supercomputing Center in Wuxi",
      category: "NATIONAL_SUPERCOMPUTING_CENTRE",
      level: "NATIONAL",
      fact: "V",
      loc: [["City", "city-wuxi", "V"]],
      focus: [],
      disc: ["0812"],
    },
    {
      id: "plat-ceni",
      name: "未来网络试验设施",
      nameEn: "China Environment for Network Innovations (CENI)",
      category: "MAJOR_SCIENCE_INFRASTRUCTURE",
      level: "NATIONAL",
      fact: "V",
      loc: [["City", "city-nanjing", "V"]],
      focus: ["IND_FUTURE_NETWORKS"],
      disc: ["0810"],
    },
  );
}
const PLATFORM_FOCUS = new Map();
for (const p of PLATFORMS) {
  const { loc, focus, disc, hostedBy, ...props } = p;
  node("Platform", props);
  for (const [label, to, marker, role] of loc)
    rel("LOCATED_IN", "Platform", p.id, label, to, F(marker, { role }));
  for (const f of focus) rel("FOCUSES_ON", "Platform", p.id, "Field", f, MOD());
  for (const d of disc) rel("IN_DISCIPLINE", "Platform", p.id, "Discipline", d, MOD());
  for (const [label, to, marker, role] of hostedBy ?? [])
    rel("HOSTED_BY", "Platform", p.id, label, to, F(marker, { role }));
  PLATFORM_FOCUS.set(p.id, focus);
}
// "linked to 盛虹集团" (§4): a link, not a host.
rel(
  "COLLABORATES_WITH",
  "Platform",
  "plat-mic-functional-fibres",
  "Enterprise",
  "ent-shenghong",
  F("V", { topic: "先进功能纤维 (facts: linked to)" }),
);

// ---------------------------------------------------------------------------------------------
// Illustrative enterprises: named fillers with a role in the scenario, spin-offs, and generated
// members. Every name carries 示例 ("example").
// ---------------------------------------------------------------------------------------------
function illEnterprise({ id, name, nameEn, leading, inJiangsu = true, spinOff = false, city, park, focus }) {
  node("Enterprise", { id, name, nameEn, leading, inJiangsu, spinOff, illustrative: true });
  ENT_LEADING.set(id, leading);
  if (park) {
    rel("LOCATED_IN", "Enterprise", id, "Park", park, ILL());
  } else {
    rel("LOCATED_IN", "Enterprise", id, "City", `city-${city}`, ILL());
  }
  for (const f of focus) rel("OPERATES_IN", "Enterprise", id, "Field", f, ILL());
}

const NAMED_FILLERS = [
  {
    id: "ent-demo-sz-rf",
    name: "深圳示例射频芯片有限公司",
    nameEn: "Shenzhen Demo RF Chips Co., Ltd.",
    leading: true,
    inJiangsu: false,
    city: "shenzhen",
    focus: ["INTEGRATED_CIRCUITS"],
  },
  {
    id: "ent-demo-bj-ai",
    name: "北京示例通用智能科技有限公司",
    nameEn: "Beijing Demo General Intelligence Technology Co., Ltd.",
    leading: true,
    inJiangsu: false,
    city: "beijing",
    focus: ["ARTIFICIAL_INTELLIGENCE", "IND_GENERAL_AI"],
  },
  {
    id: "ent-demo-sz-uav",
    name: "深圳示例低空飞行器有限公司",
    nameEn: "Shenzhen Demo Low-altitude Aircraft Co., Ltd.",
    leading: true,
    inJiangsu: false,
    city: "shenzhen",
    focus: ["AEROSPACE", "IND_LOW_ALTITUDE"],
  },
  {
    id: "ent-demo-sh-control",
    name: "上海示例工业控制系统有限公司",
    nameEn: "Shanghai Demo Industrial Control Systems Co., Ltd.",
    leading: true,
    inJiangsu: false,
    city: "shanghai",
    focus: ["ADVANCED_MANUFACTURING"],
  },
  {
    id: "ent-demo-sh-healthdata",
    name: "上海示例健康数据科技有限公司",
    nameEn: "Shanghai Demo Health Data Technology Co., Ltd.",
    leading: true,
    inJiangsu: false,
    city: "shanghai",
    focus: ["LIFE_HEALTH"],
  },
  {
    id: "ent-demo-sz-vision",
    name: "深圳示例视觉感知有限公司",
    nameEn: "Shenzhen Demo Visual Perception Co., Ltd.",
    leading: true,
    inJiangsu: false,
    city: "shenzhen",
    focus: ["ARTIFICIAL_INTELLIGENCE"],
  },
  {
    id: "ent-demo-xz-electric",
    name: "徐州示例电动工程装备有限公司",
    nameEn: "Xuzhou Demo Electric Construction Equipment Co., Ltd.",
    leading: true,
    city: "xuzhou",
    focus: ["ADVANCED_MANUFACTURING", "IND_ENGINEERING_MACHINERY"],
  },
  {
    id: "ent-demo-zj-aeroparts",
    name: "镇江示例航空结构件有限公司",
    nameEn: "Zhenjiang Demo Aerostructures Co., Ltd.",
    leading: true,
    park: "park-zhenjiang-aero",
    focus: ["AEROSPACE"],
  },
  // leading left out on purpose: whether it is industry-leading is unknown (R10 UNKNOWN case).
  {
    id: "ent-demo-nj-lowalt-comm",
    name: "南京示例低空通信科技有限公司",
    nameEn: "Nanjing Demo Low-altitude Communications Technology Co., Ltd.",
    leading: undefined,
    park: "park-jiangbei",
    focus: ["AEROSPACE", "IND_LOW_ALTITUDE"],
  },
  {
    id: "ent-demo-nj-mmwave",
    name: "南京示例毫米波科技有限公司",
    nameEn: "Nanjing Demo Millimetre-wave Technology Co., Ltd.",
    leading: false,
    city: "nanjing",
    focus: ["INTEGRATED_CIRCUITS"],
  },
  {
    id: "ent-demo-nj-uav-parts",
    name: "南京示例无人机部件有限公司",
    nameEn: "Nanjing Demo UAV Components Co., Ltd.",
    leading: false,
    park: "park-jiangbei",
    focus: ["AEROSPACE"],
  },
  {
    id: "ent-demo-wx-synbio",
    name: "无锡示例合成生物科技有限公司",
    nameEn: "Wuxi Demo Synthetic Biology Technology Co., Ltd.",
    leading: false,
    city: "wuxi",
    focus: ["BIOENGINEERING", "IND_SYNTHETIC_BIOLOGY"],
  },
];
for (const e of NAMED_FILLERS) illEnterprise(e);

const SPIN_OFFS = [
  {
    id: "ent-spin-sic-devices",
    lab: "lab-wbg-semi",
    name: "南京示例碳化硅器件科技有限公司",
    nameEn: "Nanjing Demo SiC Devices Technology Co., Ltd.",
    park: "park-jiangning",
    focus: ["INTEGRATED_CIRCUITS", "IND_THIRD_GEN_SEMICONDUCTORS"],
  },
  {
    id: "ent-spin-gan-rf",
    lab: "lab-wbg-semi",
    name: "南京示例氮化镓射频科技有限公司",
    nameEn: "Nanjing Demo GaN RF Technology Co., Ltd.",
    park: "park-jiangning",
    focus: ["INTEGRATED_CIRCUITS"],
  },
  {
    id: "ent-spin-solid-battery",
    lab: "lab-energy-storage",
    name: "常州示例固态电池科技有限公司",
    nameEn: "Changzhou Demo Solid-state Battery Technology Co., Ltd.",
    park: "park-wujin-htz",
    focus: ["ENERGY_SCIENCE", "IND_NEW_ENERGY_STORAGE"],
  },
  {
    id: "ent-spin-hydrogen",
    lab: "lab-energy-storage",
    name: "常州示例氢能装备科技有限公司",
    nameEn: "Changzhou Demo Hydrogen Equipment Technology Co., Ltd.",
    park: "park-wujin-htz",
    focus: ["ENERGY_SCIENCE", "IND_HYDROGEN"],
  },
  {
    id: "ent-spin-antibody",
    lab: "lab-biologics",
    name: "苏州示例抗体工程科技有限公司",
    nameEn: "Suzhou Demo Antibody Engineering Technology Co., Ltd.",
    park: "park-sip",
    focus: ["BIOENGINEERING", "LIFE_HEALTH"],
  },
  {
    id: "ent-spin-cohort-data",
    lab: "lab-precision-health",
    name: "南京示例队列数据科技有限公司",
    nameEn: "Nanjing Demo Cohort Data Technology Co., Ltd.",
    city: "nanjing",
    focus: ["LIFE_HEALTH"],
  },
  {
    id: "ent-spin-nanofilm",
    lab: "lab-nano-materials",
    name: "苏州示例纳米薄膜材料有限公司",
    nameEn: "Suzhou Demo Nano-film Materials Co., Ltd.",
    park: "park-sip",
    focus: ["FRONTIER_MATERIALS"],
  },
  {
    id: "ent-spin-edge-vision",
    lab: "lab-intelligent-perception",
    name: "南京示例边缘视觉科技有限公司",
    nameEn: "Nanjing Demo Edge Vision Technology Co., Ltd.",
    city: "nanjing",
    focus: ["ARTIFICIAL_INTELLIGENCE"],
  },
];
for (const s of SPIN_OFFS) illEnterprise({ ...s, leading: false, spinOff: true });

// Generated members: per focus field, one firm per business word, in a plausible city.
const FILLER_WORDS = {
  INTEGRATED_CIRCUITS: [
    ["芯片设计", "chip-design", "Chip Design"],
    ["功率器件", "power-devices", "Power Devices"],
    ["封测设备", "packaging-equipment", "Packaging Equipment"],
    ["射频模组", "rf-modules", "RF Modules"],
    ["半导体材料", "semi-materials", "Semiconductor Materials"],
    ["晶圆检测", "wafer-inspection", "Wafer Inspection"],
  ],
  FRONTIER_MATERIALS: [
    ["纳米材料", "nanomaterials", "Nanomaterials"],
    ["碳材料", "carbon-materials", "Carbon Materials"],
    ["特种纤维", "specialty-fibres", "Specialty Fibres"],
    ["光电材料", "optoelectronic-materials", "Optoelectronic Materials"],
    ["合金材料", "alloys", "Alloys"],
    ["材料检测", "materials-testing", "Materials Testing"],
  ],
  ARTIFICIAL_INTELLIGENCE: [
    ["智能软件", "ai-software", "AI Software"],
    ["视觉算法", "vision-algorithms", "Vision Algorithms"],
    ["数据智能", "data-intelligence", "Data Intelligence"],
    ["语音交互", "voice-interaction", "Voice Interaction"],
    ["智能芯片", "ai-chips", "AI Chips"],
  ],
  BIOENGINEERING: [
    ["生物制剂", "biologics", "Biologics"],
    ["细胞技术", "cell-technology", "Cell Technology"],
    ["酶工程", "enzyme-engineering", "Enzyme Engineering"],
    ["生物工艺装备", "bioprocess-equipment", "Bioprocess Equipment"],
    ["发酵工程", "fermentation", "Fermentation"],
  ],
  LIFE_HEALTH: [
    ["医疗器械", "medical-devices", "Medical Devices"],
    ["健康数据", "health-data", "Health Data"],
    ["创新药", "innovative-drugs", "Innovative Drugs"],
    ["检测试剂", "diagnostics", "Diagnostics"],
    ["中药饮片", "tcm-pieces", "TCM Decoction Pieces"],
  ],
  ADVANCED_MANUFACTURING: [
    ["精密机械", "precision-machinery", "Precision Machinery"],
    ["智能装备", "smart-equipment", "Smart Equipment"],
    ["机器人部件", "robot-components", "Robot Components"],
    ["传感器", "sensors", "Sensors"],
    ["工业软件", "industrial-software", "Industrial Software"],
    ["液压件", "hydraulics", "Hydraulics"],
  ],
  ENERGY_SCIENCE: [
    ["储能装备", "storage-equipment", "Energy Storage Equipment"],
    ["氢能材料", "hydrogen-materials", "Hydrogen Materials"],
    ["光伏组件", "pv-modules", "PV Modules"],
    ["电池材料", "battery-materials", "Battery Materials"],
    ["电力电子", "power-electronics", "Power Electronics"],
  ],
  DEEP_SEA: [
    ["海洋装备", "marine-equipment", "Marine Equipment"],
    ["水下机器人", "underwater-robots", "Underwater Robots"],
    ["海工配套", "offshore-supplies", "Offshore Supplies"],
  ],
  AEROSPACE: [
    ["无人机", "uav", "UAV"],
    ["航空部件", "aero-components", "Aero Components"],
    ["卫星应用", "satellite-applications", "Satellite Applications"],
  ],
};
const FILLER_CITIES = {
  INTEGRATED_CIRCUITS: ["wuxi", "nanjing", "suzhou", "changzhou", "nantong", "huaian"],
  FRONTIER_MATERIALS: ["suzhou", "changzhou", "nantong", "zhenjiang", "wuxi", "yangzhou"],
  ARTIFICIAL_INTELLIGENCE: ["nanjing", "suzhou", "wuxi", "xuzhou", "suqian"],
  BIOENGINEERING: ["suzhou", "taizhou", "nanjing", "lianyungang", "wuxi"],
  LIFE_HEALTH: ["nanjing", "suzhou", "lianyungang", "taizhou", "yancheng"],
  ADVANCED_MANUFACTURING: ["xuzhou", "changzhou", "suzhou", "nanjing", "huaian", "yancheng"],
  ENERGY_SCIENCE: ["changzhou", "yancheng", "suzhou", "nanjing", "huaian"],
  DEEP_SEA: ["nantong", "taizhou", "yangzhou"],
  AEROSPACE: ["zhenjiang", "yangzhou", "nanjing"],
};
const FILLERS_BY_FIELD = new Map();
for (const [field, words] of Object.entries(FILLER_WORDS)) {
  const ids = [];
  words.forEach(([word, key, wordEn], i) => {
    const city = FILLER_CITIES[field][i % FILLER_CITIES[field].length];
    const id = `ent-demo-${city}-${key}`;
    illEnterprise({
      id,
      name: `${CITY_NAME.get(city)}示例${word}科技有限公司`,
      nameEn: `${CITY_EN.get(city)} Demo ${wordEn} Technology Co., Ltd.`,
      leading: false,
      city,
      focus: [field],
    });
    ids.push(id);
  });
  FILLERS_BY_FIELD.set(field, ids);
}

// ---------------------------------------------------------------------------------------------
// Investors (illustrative)
// ---------------------------------------------------------------------------------------------
const INVESTORS = [
  ["inv-js-transfer-fund", "江苏示例科技成果转化基金（有限合伙）", "FINANCIAL"],
  ["inv-nj-industry-fund", "南京示例产业投资基金（有限合伙）", "FINANCIAL"],
  ["inv-sz-angel-fund", "苏州示例天使投资基金（有限合伙）", "FINANCIAL"],
  ["inv-cz-energy-vc", "常州示例新能源创业投资合伙企业（有限合伙）", "FINANCIAL"],
  ["inv-xz-equipment-fund", "徐州示例高端装备产业基金（有限合伙）", "FINANCIAL"],
  ["inv-alumni-foundation", "示例校友科创基金会", "SOCIAL_CAPITAL"],
  ["inv-health-foundation", "示例健康公益基金会", "SOCIAL_CAPITAL"],
];
for (const [id, name, kind] of INVESTORS) node("Investor", { id, name, kind, illustrative: true });

// ---------------------------------------------------------------------------------------------
// People: deterministic invented names (surname × two given-name pools, pinyin in nameEn).
// ---------------------------------------------------------------------------------------------
const SURNAMES = [
  ["王", "Wang"],
  ["李", "Li"],
  ["张", "Zhang"],
  ["刘", "Liu"],
  ["陈", "Chen"],
  ["杨", "Yang"],
  ["黄", "Huang"],
  ["赵", "Zhao"],
  ["吴", "Wu"],
  ["周", "Zhou"],
  ["徐", "Xu"],
  ["孙", "Sun"],
  ["马", "Ma"],
  ["朱", "Zhu"],
  ["胡", "Hu"],
  ["郭", "Guo"],
  ["何", "He"],
  ["林", "Lin"],
  ["罗", "Luo"],
  ["高", "Gao"],
  ["郑", "Zheng"],
  ["梁", "Liang"],
  ["谢", "Xie"],
  ["宋", "Song"],
  ["唐", "Tang"],
  ["韩", "Han"],
  ["冯", "Feng"],
  ["邓", "Deng"],
  ["曹", "Cao"],
  ["彭", "Peng"],
  ["曾", "Zeng"],
  ["肖", "Xiao"],
  ["田", "Tian"],
  ["董", "Dong"],
  ["袁", "Yuan"],
  ["潘", "Pan"],
  ["蒋", "Jiang"],
  ["蔡", "Cai"],
  ["余", "Yu"],
  ["杜", "Du"],
  ["叶", "Ye"],
  ["程", "Cheng"],
  ["魏", "Wei"],
  ["苏", "Su"],
  ["丁", "Ding"],
  ["任", "Ren"],
  ["沈", "Shen"],
  ["姚", "Yao"],
  ["钟", "Zhong"],
  ["崔", "Cui"],
  ["谭", "Tan"],
  ["陆", "Lu"],
  ["范", "Fan"],
  ["廖", "Liao"],
  ["石", "Shi"],
  ["金", "Jin"],
  ["夏", "Xia"],
  ["方", "Fang"],
  ["邹", "Zou"],
  ["熊", "Xiong"],
  ["白", "Bai"],
  ["孟", "Meng"],
  ["秦", "Qin"],
  ["邱", "Qiu"],
  ["侯", "Hou"],
  ["尹", "Yin"],
  ["薛", "Xue"],
  ["段", "Duan"],
  ["雷", "Lei"],
  ["史", "Shi"],
  ["陶", "Tao"],
  ["顾", "Gu"],
  ["龚", "Gong"],
  ["邵", "Shao"],
  ["钱", "Qian"],
  ["严", "Yan"],
  ["戴", "Dai"],
  ["孔", "Kong"],
  ["汤", "Tang"],
  ["葛", "Ge"],
];
const GIVEN_A = [
  ["子", "Zi"],
  ["亦", "Yi"],
  ["若", "Ruo"],
  ["思", "Si"],
  ["沐", "Mu"],
  ["知", "Zhi"],
  ["承", "Cheng"],
  ["景", "Jing"],
  ["书", "Shu"],
  ["安", "An"],
  ["清", "Qing"],
  ["语", "Yu"],
  ["启", "Qi"],
  ["怀", "Huai"],
  ["乐", "Le"],
  ["星", "Xing"],
];
const GIVEN_B = [
  ["远", "yuan"],
  ["川", "chuan"],
  ["岚", "lan"],
  ["舟", "zhou"],
  ["言", "yan"],
  ["衡", "heng"],
  ["澄", "cheng"],
  ["宁", "ning"],
  ["朗", "lang"],
  ["屿", "yu"],
  ["禾", "he"],
  ["野", "ye"],
  ["航", "hang"],
  ["然", "ran"],
  ["曦", "xi"],
  ["墨", "mo"],
];
const USED_NAMES = new Set();
let personSeq = 0;
const PERSON_EXPERTISE = new Map(); // id -> Set of codes

function newPerson(title) {
  let name;
  let nameEn;
  for (;;) {
    const s = pick(SURNAMES);
    const a = pick(GIVEN_A);
    const b = pick(GIVEN_B);
    if (a[0] === b[0]) continue;
    name = s[0] + a[0] + b[0];
    nameEn = `${s[1]} ${a[1]}${b[1]}`;
    if (!USED_NAMES.has(name)) break;
  }
  USED_NAMES.add(name);
  personSeq += 1;
  const id = `person-${String(personSeq).padStart(4, "0")}`;
  node("Person", { id, name, nameEn, title, illustrative: true });
  PERSON_EXPERTISE.set(id, new Set());
  return id;
}
function expertIn(person, codes) {
  for (const c of codes) {
    if (PERSON_EXPERTISE.get(person).has(c)) continue;
    PERSON_EXPERTISE.get(person).add(c);
    rel("EXPERT_IN", "Person", person, "Discipline", c, ILL());
  }
}
function worksAt(person, label, org, role, since) {
  rel("WORKS_AT", "Person", person, label, org, ILL({ role, since }));
}

// ---------------------------------------------------------------------------------------------
// Joint labs (all illustrative). Each spec: node props, lead, directions, co-builders, funds,
// members, staffing, outputs, evaluations. The README lists the deliberate cases by lab id.
// ---------------------------------------------------------------------------------------------
const LABS = [
  {
    id: "lab-wbg-semi",
    name: "江苏省宽禁带半导体工程技术联合实验室（示例）",
    nameEn: "Jiangsu Joint Lab of Wide-Bandgap Semiconductor Engineering (illustrative)",
    status: "OPERATING",
    legalForm: "INDEPENDENT_LEGAL_ENTITY",
    onCampus: false,
    investmentCny: 420000000,
    constructionYears: 3,
    staffPlanned: 260,
    staffActual: 236,
    appliedOn: "2021-08-16",
    approvedOn: "2021-12-20",
    univ: "univ-seu",
    lead: "0809",
    focus: ["INTEGRATED_CIRCUITS", "IND_THIRD_GEN_SEMICONDUCTORS"],
    loc: ["Park", "park-jiangning"],
    dirs: [
      ["碳化硅功率器件与模块", "SiC power devices and modules", ["0809"], "ent-xinjieneng"],
      ["氮化镓射频与功率器件", "GaN RF and power devices", ["0809", "0810"], "ent-crmicro"],
      [
        "宽禁带外延与衬底工程化",
        "Wide-bandgap epitaxy and substrate engineering",
        ["0809"],
        "ent-xinpengwei",
      ],
      ["先进封装与可靠性", "Advanced packaging and reliability", ["1401"], "ent-jcet"],
    ],
    coBuild: [
      ["Government", "gov-nanjing", 120000000],
      ["Government", "gov-jiangning-admin", 80000000],
      ["University", "univ-seu", 60000000],
      ["Enterprise", "ent-crmicro", 80000000],
      ["Enterprise", "ent-xinjieneng", 80000000],
    ],
    funds: [
      ["gov-jiangsu-kjt", "CONSTRUCTION", 2022, 30000000],
      ["gov-jiangsu-kjt", "PERFORMANCE_SUBSIDY", 2025, 15000000],
      ["gov-nanjing", "CONSTRUCTION", 2022, 20000000],
    ],
    members: [
      ["Investor", "inv-js-transfer-fund", "2022-06-01", 1000000],
      ["Investor", "inv-nj-industry-fund", "2022-09-15", 800000],
      ["Enterprise", "ent-jingfang", "2023-03-01", 500000],
      ["Enterprise", "ent-spin-sic-devices", "2024-01-10", 200000],
    ],
    staff: { chiefs: 2, researchers: 8, flex: 2, appointees: 2, students: 5, tech: 5, mgmt: true },
    collab: [["Platform", "plat-nc-3rd-gen-semi", "2022-03-01", "碳化硅/氮化镓器件工程化"]],
    projects: [
      ["车规级碳化硅功率模块工程化（示例）", "国家重点研发计划", 12000000],
      ["氮化镓射频前端芯片中试验证（示例）", "江苏省重点研发计划", 5000000],
    ],
    standards: [
      ["碳化硅MOSFET动态可靠性试验方法（示例）", "GROUP"],
      ["氮化镓功率器件术语与定义（示例）", "INDUSTRY"],
    ],
    evals: [
      ["PLAN_REVIEW", "2021-11-25", 88, "PASS"],
      ["PERFORMANCE", "2025-03-18", 91, "RETAIN"],
    ],
  },
  {
    id: "lab-mmwave-ic",
    name: "江苏省毫米波与太赫兹集成电路工程技术联合实验室（示例）",
    nameEn: "Jiangsu Joint Lab of Millimetre-wave and Terahertz IC Engineering (illustrative)",
    status: "UNDER_REVIEW",
    legalForm: "ON_CAMPUS_UNIT",
    onCampus: true,
    investmentCny: 120000000,
    constructionYears: 4,
    staffPlanned: 210,
    appliedOn: "2025-03-18",
    univ: "univ-njupt",
    lead: "0809",
    focus: ["INTEGRATED_CIRCUITS"],
    loc: ["City", "city-nanjing"],
    dirs: [
      ["毫米波芯片与射频前端", "Millimetre-wave chips and RF front ends", ["0809", "0810"], "ent-demo-sz-rf"],
      ["太赫兹通信集成电路", "Terahertz communication ICs", ["0810", "1401"], "ent-zte-nanjing"],
    ],
    coBuild: [
      ["University", "univ-njupt", 70000000],
      ["Enterprise", "ent-demo-nj-mmwave", 50000000],
    ],
    funds: [],
    members: [],
    staff: { chiefs: 1, researchers: 3, flex: 0, appointees: 0, students: 0, tech: 5, mgmt: true },
    evals: [["PLAN_REVIEW", "2025-10-15", 68, "REVISE"]],
  },
  {
    id: "lab-nano-materials",
    name: "江苏省纳米与先进功能材料工程技术联合实验室（示例）",
    nameEn: "Jiangsu Joint Lab of Nano and Advanced Functional Materials Engineering (illustrative)",
    status: "CONSTRUCTING",
    legalForm: "INDEPENDENT_LEGAL_ENTITY",
    onCampus: false,
    investmentCny: 360000000,
    constructionYears: 5,
    staffPlanned: 240,
    appliedOn: "2023-03-06",
    approvedOn: "2023-09-12",
    univ: "univ-suda",
    lead: "0805",
    focus: ["FRONTIER_MATERIALS"],
    loc: ["Park", "park-sip"],
    dirs: [
      ["纳米功能材料", "Nano functional materials", ["1406", "0805"], "ent-zhongtian"],
      ["光纤与光电功能材料", "Optical-fibre and optoelectronic materials", ["0805"], "ent-hengtong"],
      ["高性能纤维材料", "High-performance fibre materials", ["0805", "0821"], "ent-shenghong"],
      ["先进碳材料", "Advanced carbon materials", ["0805", "0703"], "ent-hengli"],
      ["特种合金材料", "Special alloys", ["0805", "0806"], "ent-shagang"],
      ["材料表征与检测服务", "Materials characterisation and testing services", ["0805"], null],
    ],
    coBuild: [
      ["Government", "gov-sip-admin", 120000000],
      ["Government", "gov-suzhou", 60000000],
      ["University", "univ-suda", 60000000],
      ["Enterprise", "ent-hengtong", 60000000],
      ["Enterprise", "ent-shenghong", 60000000],
    ],
    // 2024 construction funds granted, amount not recorded: R14 UNKNOWN.
    funds: [
      ["gov-jiangsu-kjt", "CONSTRUCTION", 2023, 15000000],
      ["gov-jiangsu-kjt", "CONSTRUCTION", 2024, undefined],
    ],
    members: [
      ["Investor", "inv-sz-angel-fund", "2024-02-20", 500000],
      ["Enterprise", "ent-spin-nanofilm", "2025-01-08", 200000],
    ],
    staff: { chiefs: 2, researchers: 6, flex: 2, appointees: 1, students: 4, tech: 5, mgmt: true },
    collab: [["Platform", "plat-suzhou-lab", "2024-01-08", "先进材料中试验证"]],
    projects: [["柔性光电功能薄膜中试（示例）", "江苏省前沿技术研发计划", 8000000]],
    standards: [["纳米功能薄膜厚度均匀性测试方法（示例）", "GROUP"]],
    evals: [["PLAN_REVIEW", "2023-08-15", 84, "PASS"]],
  },
  {
    id: "lab-intelligent-computing",
    name: "江苏省智能计算与通用智能工程技术联合实验室（示例）",
    nameEn: "Jiangsu Joint Lab of Intelligent Computing and General Intelligence (illustrative)",
    status: "APPROVED",
    legalForm: "INDEPENDENT_LEGAL_ENTITY",
    onCampus: false,
    investmentCny: 320000000,
    constructionYears: 4,
    staffPlanned: 220,
    appliedOn: "2024-11-05",
    approvedOn: "2025-06-18",
    univ: "univ-nju",
    lead: "0812",
    focus: ["ARTIFICIAL_INTELLIGENCE", "IND_GENERAL_AI"],
    loc: ["Park", "park-nanjing-htz"],
    dirs: [
      ["大模型与通用智能", "Large models and general intelligence", ["0812", "1405"], "ent-demo-bj-ai"],
      ["智能计算系统", "Intelligent computing systems", ["0812"], "ent-huawei-nanjing"],
      ["智能控制与自主系统", "Intelligent control and autonomous systems", ["0811"], "ent-estun"],
      ["智能语音与多模态交互", "Speech and multimodal interaction", ["0812", "0835"], "ent-aispeech"],
    ],
    coBuild: [
      ["University", "univ-nju", 100000000],
      ["Government", "gov-nanjing-htz-admin", 80000000],
      ["Enterprise", "ent-huawei-nanjing", 60000000],
      ["Enterprise", "ent-aispeech", 80000000],
    ],
    funds: [["gov-jiangsu-kjt", "CONSTRUCTION", 2025, 10000000]],
    members: [["Investor", "inv-alumni-foundation", "2025-08-01", 300000]],
    staff: { chiefs: 2, researchers: 6, flex: 2, appointees: 1, students: 4, tech: 5, mgmt: true },
    projects: [["面向工业场景的大模型工程化平台（示例）", "江苏省前沿技术研发计划", 6000000]],
    evals: [["PLAN_REVIEW", "2025-05-20", 83, "PASS"]],
  },
  {
    id: "lab-biologics",
    name: "江苏省生物药工程化工程技术联合实验室（示例）",
    nameEn: "Jiangsu Joint Lab of Biologics Engineering (illustrative)",
    status: "CONSTRUCTING",
    legalForm: "INDEPENDENT_LEGAL_ENTITY",
    onCampus: false,
    investmentCny: 480000000,
    constructionYears: 4,
    staffPlanned: 280,
    appliedOn: "2022-05-09",
    approvedOn: "2022-10-08",
    univ: "univ-cpu",
    lead: "1007",
    focus: ["BIOENGINEERING", "LIFE_HEALTH"],
    loc: ["Park", "park-sip"],
    dirs: [
      ["抗体药物工程化", "Antibody drug engineering", ["1007", "0836"], "ent-innovent"],
      ["细胞与基因治疗工艺", "Cell and gene therapy processes", ["0836"], "ent-legend"],
      [
        "中药活性多肽与蛋白",
        "Bioactive peptides and proteins from Chinese materia medica",
        ["1008", "1007"],
        "ent-yangtze-river-pharma",
      ],
      ["生物药连续制造工艺", "Continuous manufacturing of biologics", ["0836"], "ent-genscript"],
    ],
    coBuild: [
      ["Government", "gov-sip-admin", 150000000],
      ["University", "univ-cpu", 80000000],
      ["Enterprise", "ent-innovent", 100000000],
      ["Enterprise", "ent-legend", 50000000],
      ["Enterprise", "ent-genscript", 100000000],
    ],
    funds: [
      ["gov-jiangsu-kjt", "CONSTRUCTION", 2022, 20000000],
      ["gov-jiangsu-kjt", "CONSTRUCTION", 2024, 10000000],
    ],
    members: [
      ["Investor", "inv-sz-angel-fund", "2023-05-12", 800000],
      ["Enterprise", "ent-spin-antibody", "2024-06-30", 200000],
    ],
    // No technical committee: R15 FAIL.
    staff: { chiefs: 2, researchers: 6, flex: 2, appointees: 1, students: 4, tech: 0, mgmt: true },
    collab: [["Platform", "plat-nc-biologics", "2022-11-15", "双特异性抗体中试工艺"]],
    projects: [["双特异性抗体连续制造关键技术（示例）", "国家重点研发计划", 15000000]],
    standards: [["双特异性抗体工艺表征指南（示例）", "GROUP"]],
    evals: [["PLAN_REVIEW", "2022-09-06", 87, "PASS"]],
  },
  {
    id: "lab-modern-tcm",
    name: "江苏省现代中药工程技术联合实验室（示例）",
    nameEn: "Jiangsu Joint Lab of Modern Chinese Medicine Engineering (illustrative)",
    // Claims ON_CAMPUS_UNIT while located off campus in 泰州: R12 FAIL. 8-year period: R9 FAIL.
    status: "APPLYING",
    legalForm: "ON_CAMPUS_UNIT",
    onCampus: false,
    investmentCny: 300000000,
    constructionYears: 8,
    staffPlanned: 200,
    appliedOn: "2025-08-12",
    univ: "univ-njucm",
    lead: "1008",
    focus: ["LIFE_HEALTH"],
    loc: ["Park", "park-taizhou-med-htz"],
    dirs: [
      [
        "中药质量标志物与质控",
        "Quality markers and quality control of Chinese medicines",
        ["1008"],
        "ent-yangtze-river-pharma",
      ],
      ["中药智能制造", "Intelligent manufacturing of Chinese medicines", ["1008"], "ent-hansoh"],
      ["经典名方二次开发", "Redevelopment of classical formulas", ["1008", "1005"], "ent-cttq"],
    ],
    coBuild: [
      ["University", "univ-njucm", 100000000],
      ["Enterprise", "ent-yangtze-river-pharma", 120000000],
      ["Government", "gov-taizhou", 80000000],
    ],
    funds: [],
    members: [],
    // Director without recorded expertise and no chief scientist: R4 UNKNOWN.
    staff: {
      chiefs: 0,
      researchers: 3,
      flex: 0,
      appointees: 0,
      students: 0,
      tech: 4,
      mgmt: true,
      directorExpertise: [],
    },
  },
  {
    id: "lab-precision-health",
    name: "江苏省精准预防与健康工程技术联合实验室（示例）",
    nameEn: "Jiangsu Joint Lab of Precision Prevention and Health Engineering (illustrative)",
    // staffPlanned 150: R11 FAIL. Committee seats recorded without role: R15 UNKNOWN.
    status: "OPERATING",
    legalForm: "ON_CAMPUS_UNIT",
    onCampus: true,
    investmentCny: 310000000,
    constructionYears: 3,
    staffPlanned: 150,
    staffActual: 168,
    appliedOn: "2021-09-10",
    approvedOn: "2022-01-18",
    univ: "univ-njmu",
    lead: "1004",
    focus: ["LIFE_HEALTH"],
    loc: ["City", "city-nanjing"],
    dirs: [
      ["精准预防与分子流行病学", "Precision prevention and molecular epidemiology", ["1004"], "ent-simcere"],
      ["疫苗评价与工程化", "Vaccine evaluation and engineering", ["1004", "1001"], "ent-genscript"],
      ["健康医疗大数据", "Health and medical big data", ["1004", "0714"], "ent-demo-sh-healthdata"],
    ],
    coBuild: [
      ["University", "univ-njmu", 150000000],
      ["Government", "gov-nanjing", 100000000],
      ["Enterprise", "ent-simcere", 60000000],
    ],
    funds: [
      ["gov-jiangsu-kjt", "CONSTRUCTION", 2022, 20000000],
      ["gov-jiangsu-kjt", "PERFORMANCE_SUBSIDY", 2025, 10000000],
    ],
    members: [
      ["Enterprise", "ent-innovent", "2023-04-01", 500000],
      ["Investor", "inv-health-foundation", "2022-08-01", 300000],
      ["Enterprise", "ent-spin-cohort-data", "2024-03-15", 100000],
    ],
    staff: {
      chiefs: 1,
      researchers: 6,
      flex: 2,
      appointees: 1,
      students: 4,
      tech: 5,
      mgmt: true,
      committeeRoleMissing: true,
    },
    collab: [["Platform", "plat-nc-biologics", "2023-04-20", "疫苗免疫原性评价"]],
    projects: [["区域自然人群队列与风险预测（示例）", "国家重点研发计划", 9000000]],
    standards: [["区域健康队列数据元规范（示例）", "GROUP"]],
    evals: [
      ["PLAN_REVIEW", "2021-12-20", 82, "PASS"],
      ["PERFORMANCE", "2025-04-22", 78, "RETAIN"],
    ],
  },
  {
    id: "lab-mining-equipment",
    name: "江苏省智能矿山与工程机械工程技术联合实验室（示例）",
    nameEn: "Jiangsu Joint Lab of Intelligent Mining and Engineering Machinery (illustrative)",
    // Lead discipline 0819 supports no focus field: R2 FAIL. Leaders' expertise outside 0819: R4 FAIL.
    status: "CONSTRUCTING",
    legalForm: "INDEPENDENT_LEGAL_ENTITY",
    onCampus: false,
    investmentCny: 350000000,
    constructionYears: 4,
    staffPlanned: 230,
    appliedOn: "2022-09-14",
    approvedOn: "2023-03-02",
    univ: "univ-cumt",
    lead: "0819",
    focus: ["ADVANCED_MANUFACTURING", "IND_ENGINEERING_MACHINERY"],
    loc: ["Park", "park-xuzhou-htz"],
    dirs: [
      ["智能矿山装备", "Intelligent mining equipment", ["0819", "0802"], "ent-xcmg"],
      [
        "工程机械电动化",
        "Electrification of engineering machinery",
        ["0802", "0808"],
        "ent-demo-xz-electric",
      ],
      ["装备智能感知与远程操控", "Equipment perception and remote operation", ["0802", "0804"], "ent-xcmg"],
      ["矿山安全监测预警", "Mine safety monitoring and early warning", ["0837"], null],
    ],
    coBuild: [
      ["Government", "gov-xuzhou", 100000000],
      ["Government", "gov-xuzhou-htz-admin", 50000000],
      ["Enterprise", "ent-xcmg", 120000000],
      ["University", "univ-cumt", 80000000],
    ],
    funds: [["gov-jiangsu-kjt", "CONSTRUCTION", 2023, 25000000]],
    members: [["Investor", "inv-xz-equipment-fund", "2023-07-01", 600000]],
    staff: {
      chiefs: 1,
      researchers: 6,
      flex: 2,
      appointees: 1,
      students: 4,
      tech: 5,
      mgmt: true,
      directorExpertise: ["0802", "0811"],
      chiefExpertise: ["0837"],
    },
    collab: [["Platform", "plat-skl-xcmg", "2023-05-10", "工程机械智能化共性技术"]],
    projects: [["矿用重型装备远程操控系统（示例）", "江苏省重点研发计划", 6000000]],
    standards: [["智能矿用装备远程操控通用要求（示例）", "INDUSTRY"]],
    evals: [
      ["PLAN_REVIEW", "2023-01-12", 72, "REVISE"],
      ["PLAN_REVIEW", "2023-02-20", 81, "PASS"],
    ],
  },
  {
    id: "lab-energy-storage",
    name: "江苏省新型储能与氢能工程技术联合实验室（示例）",
    nameEn: "Jiangsu Joint Lab of New Energy Storage and Hydrogen Engineering (illustrative)",
    // Provincial funds 35M + 20M = 55M > 50M ceiling: R14 FAIL. No energy platform linked to NJU: R3 FAIL.
    status: "OPERATING",
    legalForm: "INDEPENDENT_LEGAL_ENTITY",
    onCampus: false,
    investmentCny: 400000000,
    constructionYears: 3,
    staffPlanned: 220,
    staffActual: 214,
    appliedOn: "2021-07-05",
    approvedOn: "2021-11-30",
    univ: "univ-nju",
    lead: "0817",
    focus: ["ENERGY_SCIENCE", "IND_HYDROGEN", "IND_NEW_ENERGY_STORAGE"],
    loc: ["Park", "park-wujin-htz"],
    dirs: [
      ["固态电池与新型储能", "Solid-state batteries and new energy storage", ["0817", "0703"], "ent-calb"],
      ["氢能制取与储运", "Hydrogen production, storage and transport", ["0817", "0807"], "ent-gcl"],
      [
        "光伏材料与器件工程化",
        "Photovoltaic materials and device engineering",
        ["0817", "0808"],
        "ent-trina",
      ],
      [
        "储能装备智能制造",
        "Intelligent manufacturing of storage equipment",
        ["0802"],
        "ent-lead-intelligent",
      ],
    ],
    coBuild: [
      ["Government", "gov-changzhou", 100000000],
      ["Government", "gov-wujin-htz-admin", 60000000],
      ["Enterprise", "ent-trina", 80000000],
      ["Enterprise", "ent-calb", 80000000],
      ["University", "univ-nju", 80000000],
    ],
    funds: [
      ["gov-jiangsu-kjt", "CONSTRUCTION", 2022, 35000000],
      ["gov-jiangsu-kjt", "PERFORMANCE_SUBSIDY", 2025, 20000000],
    ],
    members: [
      ["Investor", "inv-cz-energy-vc", "2022-05-20", 1000000],
      ["Investor", "inv-js-transfer-fund", "2022-07-01", 800000],
      ["Enterprise", "ent-spin-solid-battery", "2023-11-01", 200000],
    ],
    staff: { chiefs: 2, researchers: 6, flex: 2, appointees: 1, students: 4, tech: 5, mgmt: true },
    collab: [["Platform", "plat-yrd-tic", "2022-06-16", "氢能储运技术联合攻关"]],
    projects: [
      ["高安全固态锂电池工程化（示例）", "国家重点研发计划", 14000000],
      ["质子交换膜电解水制氢装备（示例）", "江苏省重点研发计划", 6000000],
    ],
    standards: [
      ["固态锂电池安全性能测试规范（示例）", "GROUP"],
      ["高压储氢容器定期检验规程（示例）", "INDUSTRY"],
      ["电化学储能系统热失控预警技术要求（示例）", "NATIONAL"],
    ],
    evals: [
      ["PLAN_REVIEW", "2021-10-28", 85, "PASS"],
      ["PERFORMANCE", "2025-01-16", 86, "RETAIN"],
    ],
  },
  {
    id: "lab-intelligent-perception",
    name: "江苏省智能感知工程技术联合实验室（示例）",
    nameEn: "Jiangsu Joint Lab of Intelligent Perception Engineering (illustrative)",
    // Exited after its performance evaluation; shares lead discipline 0812 with lab-intelligent-computing
    // but must not count as a duplicate (EXITED counts for nothing).
    status: "EXITED",
    legalForm: "ON_CAMPUS_UNIT",
    onCampus: true,
    investmentCny: 300000000,
    constructionYears: 3,
    staffPlanned: 200,
    staffActual: 121,
    appliedOn: "2021-03-15",
    approvedOn: "2021-06-28",
    univ: "univ-seu",
    lead: "0812",
    focus: ["ARTIFICIAL_INTELLIGENCE"],
    loc: ["City", "city-nanjing"],
    dirs: [
      ["多源智能感知", "Multi-source intelligent perception", ["0812"], "ent-huawei-nanjing"],
      ["视觉计算与理解", "Visual computing and understanding", ["0812", "0810"], "ent-demo-sz-vision"],
      ["边缘智能系统", "Edge intelligence systems", ["0812"], "ent-zte-nanjing"],
    ],
    coBuild: [
      ["University", "univ-seu", 150000000],
      ["Government", "gov-nanjing", 100000000],
      ["Enterprise", "ent-zte-nanjing", 50000000],
    ],
    funds: [["gov-jiangsu-kjt", "CONSTRUCTION", 2021, 20000000]],
    members: [],
    staff: { chiefs: 1, researchers: 4, flex: 0, appointees: 0, students: 2, tech: 4, mgmt: true },
    collab: [["Platform", "plat-zijinshan", "2021-10-12", "网络边缘智能感知"]],
    projects: [["城市级多源感知数据融合（示例）", "江苏省重点研发计划", 4000000]],
    standards: [["边缘智能视觉终端接口规范（示例）", "GROUP"]],
    evals: [
      ["PLAN_REVIEW", "2021-05-30", 80, "PASS"],
      ["PERFORMANCE", "2024-09-20", 58, "EXIT"],
    ],
  },
  {
    id: "lab-deep-ocean",
    name: "江苏省深远海工程装备工程技术联合实验室（示例）",
    nameEn: "Jiangsu Joint Lab of Deep and Far-sea Engineering Equipment (illustrative)",
    // No investmentCny yet: R8 UNKNOWN. The only applicant in DEEP_SEA; adjacent to 太湖实验室.
    status: "APPLYING",
    legalForm: "INDEPENDENT_LEGAL_ENTITY",
    onCampus: false,
    constructionYears: 5,
    staffPlanned: 220,
    appliedOn: "2025-06-30",
    univ: "univ-hhu",
    lead: "0815",
    focus: ["DEEP_SEA", "IND_OFFSHORE_SHIPS"],
    loc: ["City", "city-wuxi"],
    dirs: [
      ["深远海浮式结构物", "Deep and far-sea floating structures", ["0815", "0824"], "ent-cmhi-jiangsu"],
      [
        "水下探测与通信装备",
        "Underwater detection and communication equipment",
        ["0824", "0810"],
        "ent-cssc-702",
      ],
      ["海洋岩土与基础工程", "Marine geotechnics and foundations", ["0815", "0814"], "ent-cssc-chengxi"],
    ],
    coBuild: [
      ["University", "univ-hhu", undefined],
      ["Government", "gov-wuxi", undefined],
      ["Enterprise", "ent-cssc-702", undefined],
    ],
    funds: [],
    members: [],
    staff: { chiefs: 0, researchers: 3, flex: 0, appointees: 0, students: 0, tech: 4, mgmt: true },
  },
  {
    id: "lab-aero-composites",
    name: "江苏省航空复合材料结构工程技术联合实验室（示例）",
    nameEn: "Jiangsu Joint Lab of Aeronautical Composite Structures (illustrative)",
    status: "REJECTED",
    legalForm: "INDEPENDENT_LEGAL_ENTITY",
    onCampus: false,
    investmentCny: 330000000,
    constructionYears: 4,
    staffPlanned: 200,
    appliedOn: "2023-02-20",
    univ: "univ-nuaa",
    lead: "0825",
    focus: ["AEROSPACE"],
    loc: ["Park", "park-zhenjiang-aero"],
    dirs: [
      ["航空复合材料构件", "Aeronautical composite components", ["0825", "0805"], "ent-xinyang-materials"],
      [
        "飞行器结构健康监测",
        "Aircraft structural health monitoring",
        ["0825", "0801"],
        "ent-avic-jincheng-uas",
      ],
      ["航空精密制造", "Aeronautical precision manufacturing", ["0802", "0825"], "ent-demo-zj-aeroparts"],
    ],
    coBuild: [
      ["University", "univ-nuaa", 130000000],
      ["Government", "gov-zhenjiang", 100000000],
      ["Enterprise", "ent-xinyang-materials", 100000000],
    ],
    funds: [],
    members: [],
    staff: { chiefs: 1, researchers: 2, flex: 0, appointees: 0, students: 0, tech: 0, mgmt: false },
    evals: [["PLAN_REVIEW", "2023-06-08", 61, "FAIL"]],
  },
  {
    id: "lab-synthetic-biology",
    name: "江苏省合成生物制造工程技术联合实验室（示例）",
    nameEn: "Jiangsu Joint Lab of Synthetic Biomanufacturing (illustrative)",
    // Early applicant: no directions, no focus field declared, no plan figures, no people yet.
    status: "APPLYING",
    appliedOn: "2025-11-03",
    univ: "univ-jiangnan",
    lead: "0822",
    focus: [],
    loc: ["City", "city-wuxi"],
    dirs: [],
    coBuild: [
      ["University", "univ-jiangnan", undefined],
      ["Government", "gov-wuxi", undefined],
    ],
    funds: [],
    members: [],
    staff: null,
  },
  {
    id: "lab-low-altitude",
    name: "江苏省低空智能飞行器工程技术联合实验室（示例）",
    nameEn: "Jiangsu Joint Lab of Low-altitude Intelligent Aircraft (illustrative)",
    // No lead discipline recorded yet: R1/R2/R4/R5 UNKNOWN. onCampus not recorded: R12 UNKNOWN.
    // Park level unknown and no government / leading co-builder: R13 UNKNOWN.
    status: "UNDER_REVIEW",
    legalForm: "INDEPENDENT_LEGAL_ENTITY",
    investmentCny: 380000000,
    constructionYears: 4,
    staffPlanned: 210,
    appliedOn: "2025-04-22",
    univ: "univ-nuaa",
    lead: null,
    focus: ["AEROSPACE", "IND_LOW_ALTITUDE"],
    loc: ["Park", "park-jiangbei"],
    dirs: [
      ["低空飞行器系统集成", "Low-altitude aircraft system integration", ["0825"], "ent-avic-jincheng-uas"],
      ["低空交通运行管理", "Low-altitude traffic management", ["0823"], "ent-demo-sz-uav"],
      ["低空感知与通信", "Low-altitude sensing and communication", ["0810"], "ent-demo-nj-lowalt-comm"],
    ],
    coBuild: [
      ["University", "univ-nuaa", 180000000],
      ["Enterprise", "ent-demo-nj-uav-parts", 100000000],
      ["Enterprise", "ent-demo-nj-lowalt-comm", 100000000],
    ],
    funds: [],
    members: [],
    staff: {
      chiefs: 1,
      researchers: 3,
      flex: 0,
      appointees: 0,
      students: 0,
      tech: 4,
      mgmt: true,
      directorExpertise: ["0825"],
    },
    evals: [["PLAN_REVIEW", "2025-12-10", 70, "REVISE"]],
  },
  {
    id: "lab-embodied-robotics",
    name: "江苏省具身智能机器人工程技术联合实验室（示例）",
    nameEn: "Jiangsu Joint Lab of Embodied Intelligent Robotics (illustrative)",
    status: "APPROVED",
    legalForm: "INDEPENDENT_LEGAL_ENTITY",
    onCampus: false,
    investmentCny: 450000000,
    constructionYears: 5,
    staffPlanned: 250,
    appliedOn: "2024-12-02",
    approvedOn: "2025-09-26",
    univ: "univ-seu",
    lead: "0811",
    focus: ["ADVANCED_MANUFACTURING", "ARTIFICIAL_INTELLIGENCE", "IND_HUMANOID_ROBOTS"],
    loc: ["Park", "park-suzhou-htz"],
    dirs: [
      ["具身智能机器人", "Embodied intelligent robots", ["0811", "1405"], "ent-estun"],
      ["服务机器人", "Service robots", ["0811", "0802"], "ent-ecovacs"],
      ["智能清洁装备", "Intelligent cleaning equipment", ["0802"], "ent-dreame"],
      ["工业智能控制", "Industrial intelligent control", ["0811"], "ent-demo-sh-control"],
      ["机器人核心部件", "Robot core components", ["0802", "0804"], null],
    ],
    coBuild: [
      ["University", "univ-seu", 120000000],
      ["Government", "gov-suzhou-htz-admin", 100000000],
      ["Enterprise", "ent-estun", 80000000],
      ["Enterprise", "ent-ecovacs", 80000000],
      ["Enterprise", "ent-dreame", 70000000],
    ],
    funds: [["gov-jiangsu-kjt", "CONSTRUCTION", 2025, 15000000]],
    members: [
      ["Enterprise", "ent-lead-intelligent", "2025-10-10", 500000],
      ["Investor", "inv-sz-angel-fund", "2025-11-01", 500000],
    ],
    staff: { chiefs: 2, researchers: 6, flex: 2, appointees: 1, students: 4, tech: 5, mgmt: true },
    collab: [["JointLab", "lab-intelligent-computing", "2025-10-20", "具身智能大模型"]],
    projects: [["人形机器人关节模组工程化（示例）", "江苏省重点研发计划", 7000000]],
    evals: [["PLAN_REVIEW", "2025-09-02", 85, "PASS"]],
  },
];

// Lab nodes, lead, directions, participation, co-builders, funds, members, outputs, evaluations.
const LAB_DISCS = new Map(); // lab id -> Set of discipline codes (lead + directions)
const EVALS = []; // [evalId, labId]
let projectSeq = 0;
let standardSeq = 0;

for (const lab of LABS) {
  const short = lab.id.replace(/^lab-/, "");
  node("JointLab", {
    id: lab.id,
    name: lab.name,
    nameEn: lab.nameEn,
    status: lab.status,
    legalForm: lab.legalForm,
    onCampus: lab.onCampus,
    investmentCny: lab.investmentCny,
    constructionYears: lab.constructionYears,
    staffPlanned: lab.staffPlanned,
    staffActual: lab.staffActual,
    appliedOn: lab.appliedOn,
    approvedOn: lab.approvedOn,
    illustrative: true,
  });
  rel("LED_BY", "JointLab", lab.id, "University", lab.univ, ILL());
  if (lab.lead) rel("LEAD_DISCIPLINE", "JointLab", lab.id, "Discipline", lab.lead, ILL());
  for (const f of lab.focus) rel("FOCUSES_ON", "JointLab", lab.id, "Field", f, ILL());
  rel("LOCATED_IN", "JointLab", lab.id, lab.loc[0], lab.loc[1], ILL());

  const discs = new Set(lab.lead ? [lab.lead] : []);
  const fillerField = lab.focus.find((f) => FILLERS_BY_FIELD.has(f));
  const pool = fillerField ? FILLERS_BY_FIELD.get(fillerField) : [];
  const participants = [];
  lab.dirs.forEach(([name, nameEn, dcodes, leadEnt], i) => {
    const dir = `dir-${short}-${i + 1}`;
    node("ResearchDirection", { id: dir, name, nameEn, illustrative: true });
    rel("HAS_DIRECTION", "JointLab", lab.id, "ResearchDirection", dir, ILL());
    for (const d of dcodes) {
      rel("IN_DISCIPLINE", "ResearchDirection", dir, "Discipline", d, ILL());
      discs.add(d);
    }
    if (leadEnt)
      rel("PARTICIPATES_IN", "Enterprise", leadEnt, "ResearchDirection", dir, ILL({ role: "LEAD" }));
    // One or two non-leading member firms of the lab's field.
    const n = leadEnt ? 1 + Math.floor(rand() * 2) : 2;
    const chosen = new Set();
    while (chosen.size < Math.min(n, pool.length)) chosen.add(pick(pool));
    for (const e of chosen) {
      rel("PARTICIPATES_IN", "Enterprise", e, "ResearchDirection", dir, ILL({ role: "MEMBER" }));
      participants.push(e);
    }
  });
  LAB_DISCS.set(lab.id, discs);

  for (const [label, who, amount] of lab.coBuild)
    rel("CO_BUILDS", label, who, "JointLab", lab.id, ILL({ investmentCny: amount }));
  for (const [gov, kind, year, amount] of lab.funds)
    rel("FUNDS", "Government", gov, "JointLab", lab.id, ILL({ amountCny: amount, kind, year }));

  // Membership: explicit members plus the first two member firms of the directions (covering / exited labs).
  const members = [...lab.members];
  if (lab.approvedOn) {
    const since =
      lab.approvedOn.slice(0, 4) === "2025"
        ? "2025-12-01"
        : `${Number(lab.approvedOn.slice(0, 4)) + 1}-01-15`;
    for (const e of [...new Set(participants)].slice(0, 2)) members.push(["Enterprise", e, since, 200000]);
  }
  for (const [label, who, since, fee] of members)
    rel("MEMBER_OF", label, who, "JointLab", lab.id, ILL({ since, feeCny: fee }));

  for (const [label, to, since, topic] of lab.collab ?? [])
    rel("COLLABORATES_WITH", "JointLab", lab.id, label, to, ILL({ since, topic }));

  for (const [name, programme, amountCny] of lab.projects ?? []) {
    projectSeq += 1;
    const id = `proj-${String(projectSeq).padStart(3, "0")}`;
    node("Project", { id, name, programme, amountCny, illustrative: true });
    rel("UNDERTAKES", "JointLab", lab.id, "Project", id, ILL());
  }
  for (const [name, level] of lab.standards ?? []) {
    standardSeq += 1;
    const id = `std-${String(standardSeq).padStart(3, "0")}`;
    node("Standard", { id, name, level, illustrative: true });
    rel("DEVELOPED", "JointLab", lab.id, "Standard", id, ILL());
  }
  (lab.evals ?? []).forEach(([kind, on, score, outcome], i) => {
    const id = `eval-${short}-${kind === "PLAN_REVIEW" ? "plan" : "perf"}${lab.evals.filter((e) => e[0] === kind).length > 1 && i > 0 ? "-2" : ""}`;
    node("Evaluation", { id, kind, on, score, outcome, illustrative: true });
    rel("EVALUATED_IN", "JointLab", lab.id, "Evaluation", id, ILL());
    EVALS.push([id, lab.id, kind]);
  });
}
for (const s of SPIN_OFFS) rel("INCUBATED", "JointLab", s.lab, "Enterprise", s.id, ILL());

// University-level platform links (R3): illustrative, except HOSTED_BY facts above.
const UNIV_COLLAB = [
  ["univ-njupt", "plat-zijinshan", "2019-09-01", "毫米波芯片与无线通信"],
  ["univ-suda", "plat-suzhou-lab", "2022-03-01", "先进材料"],
  ["univ-cpu", "plat-nc-biologics", "2021-09-01", "生物药工艺"],
  ["univ-njmu", "plat-nc-biologics", "2022-01-01", "疫苗评价"],
  ["univ-njucm", "plat-nc-biologics", "2023-06-01", "中药来源生物药"],
  ["univ-cumt", "plat-skl-xcmg", "2021-05-01", "矿山与工程机械"],
  ["univ-seu", "plat-skl-xcmg", "2022-04-01", "工程机械智能控制"],
  ["univ-hhu", "plat-taihu", "2021-06-01", "深海结构与海洋工程"],
  ["univ-nuaa", "plat-sadri-yangzhou", "2021-10-01", "航空结构"],
];
for (const [u, p, since, topic] of UNIV_COLLAB)
  rel("COLLABORATES_WITH", "University", u, "Platform", p, ILL({ since, topic }));

// ---------------------------------------------------------------------------------------------
// Staffing, committees, expert pool and reviews
// ---------------------------------------------------------------------------------------------
const PROF_TITLES = ["教授", "研究员"];
const RESEARCHER_TITLES = ["研究员", "副教授", "副研究员", "高级工程师", "讲师"];
const EXPERT_TITLES = ["教授", "研究员", "正高级工程师"];

// External experts: technical-committee members and reviewers. One or two per discipline in use,
// homed at a university first-class in it, else a platform working in it, else a rotating university.
const EXPERT_DISCS = [
  ...new Set([
    ...[...LAB_DISCS.values()].flatMap((s) => [...s]),
    "0825",
    "0801",
    "0710",
    "0831",
    "0702",
    "1201",
  ]),
].sort();
const PLATFORM_DISC = new Map();
for (const p of PLATFORMS) for (const d of p.disc) if (!PLATFORM_DISC.has(d)) PLATFORM_DISC.set(d, p.id);
const EXPERTS = []; // {id, discs, home}
const univIds = UNIVERSITIES.map((u) => u.id);
EXPERT_DISCS.forEach((d, i) => {
  const copies = i % 3 === 0 ? 2 : 1;
  for (let c = 0; c < copies; c++) {
    const fc = univIds.filter((u) => FIRST_CLASS.get(u).has(d));
    let home;
    if (fc.length) home = ["University", fc[c % fc.length]];
    else if (PLATFORM_DISC.has(d) && c === 0) home = ["Platform", PLATFORM_DISC.get(d)];
    else home = ["University", univIds[(i + c * 5) % univIds.length]];
    const id = newPerson(pick(EXPERT_TITLES));
    const second = EXPERT_DISCS[(i + 7) % EXPERT_DISCS.length];
    expertIn(id, c === 0 ? [d] : [d, second]);
    worksAt(id, home[0], home[1], "RESEARCHER", `${2005 + ((i * 3 + c) % 15)}-09-01`);
    EXPERTS.push({ id, discs: PERSON_EXPERTISE.get(id), home: home[1] });
  }
});
// Management experts (for plan reviews: "technical and management experts").
const MGMT_EXPERTS = [];
for (let i = 0; i < 6; i++) {
  const id = newPerson(i % 2 ? "研究员" : "正高级经济师");
  expertIn(id, ["1201"]);
  worksAt(id, "University", univIds[(i * 3) % univIds.length], "RESEARCHER", `${2008 + i}-03-01`);
  MGMT_EXPERTS.push(id);
}

const COMMITTEE = new Map(); // lab -> Set of person ids
const LAB_STAFF = new Map(); // lab -> Set of person ids
LABS.forEach((lab, li) => {
  COMMITTEE.set(lab.id, new Set());
  LAB_STAFF.set(lab.id, new Set());
  const s = lab.staff;
  if (!s) return;
  const since = lab.approvedOn ?? lab.appliedOn;
  const dirDiscs = [...LAB_DISCS.get(lab.id)];
  const hire = (role, title, codes) => {
    const p = newPerson(title);
    worksAt(p, "JointLab", lab.id, role, since);
    if (codes?.length) expertIn(p, codes);
    LAB_STAFF.get(lab.id).add(p);
    return p;
  };
  const leadCodes = lab.lead ? [lab.lead] : [];
  const director = hire("DIRECTOR", "教授", s.directorExpertise ?? leadCodes);
  worksAt(director, "University", lab.univ, "RESEARCHER", "2010-09-01");
  for (let i = 0; i < s.chiefs; i++) {
    const codes = s.chiefExpertise ?? [...leadCodes, dirDiscs[(i + 1) % dirDiscs.length]];
    const c = hire("CHIEF_SCIENTIST", pick(PROF_TITLES), codes);
    worksAt(c, "University", lab.univ, "RESEARCHER", `${2008 + i}-09-01`);
  }
  for (let i = 0; i < s.researchers; i++)
    hire("RESEARCHER", pick(RESEARCHER_TITLES), [dirDiscs[i % dirDiscs.length]]);
  for (let i = 0; i < s.flex; i++) {
    const p = hire("FLEXIBLE_HIRE", pick(PROF_TITLES), [dirDiscs[(i + 2) % dirDiscs.length]]);
    worksAt(p, "University", univIds[(li + i * 4 + 1) % univIds.length], "RESEARCHER", "2015-09-01");
  }
  // Project appointees come from the first co-building enterprise (项目聘任制).
  const coEnt = lab.coBuild.find(([label]) => label === "Enterprise");
  for (let i = 0; i < s.appointees; i++) {
    const p = hire("PROJECT_APPOINTEE", "高级工程师", [dirDiscs[(i + 1) % dirDiscs.length]]);
    if (coEnt) worksAt(p, "Enterprise", coEnt[1], "RESEARCHER", "2018-07-01");
  }
  for (let i = 0; i < s.students; i++) hire("STUDENT", i % 2 ? "硕士研究生" : "博士研究生", []);

  // Technical committee: external experts sharing the lab's disciplines, not from the lead university.
  const roleProps = (role) => (s.committeeRoleMissing ? ILL() : ILL({ role }));
  if (s.tech > 0) {
    const match = EXPERTS.filter(
      (e) => e.home !== lab.univ && [...e.discs].some((d) => LAB_DISCS.get(lab.id).has(d)),
    );
    const rest = EXPERTS.filter((e) => e.home !== lab.univ && !match.includes(e));
    const ordered = [
      ...match.slice(li % Math.max(match.length, 1)),
      ...match.slice(0, li % Math.max(match.length, 1)),
      ...rest,
    ];
    for (const e of ordered.slice(0, s.tech)) {
      rel("ON_COMMITTEE", "Person", e.id, "JointLab", lab.id, roleProps("TECHNICAL"));
      COMMITTEE.get(lab.id).add(e.id);
    }
  }
  // Management committee: the director, a co-building enterprise's representative, a management expert.
  if (s.mgmt) {
    rel("ON_COMMITTEE", "Person", director, "JointLab", lab.id, roleProps("MANAGEMENT"));
    COMMITTEE.get(lab.id).add(director);
    if (coEnt) {
      const rep = newPerson("正高级工程师");
      worksAt(rep, "Enterprise", coEnt[1], "RESEARCHER", "2012-03-01");
      rel("ON_COMMITTEE", "Person", rep, "JointLab", lab.id, roleProps("MANAGEMENT"));
      COMMITTEE.get(lab.id).add(rep);
    }
    const m = MGMT_EXPERTS[li % MGMT_EXPERTS.length];
    rel("ON_COMMITTEE", "Person", m, "JointLab", lab.id, roleProps("MANAGEMENT"));
    COMMITTEE.get(lab.id).add(m);
  }
});

// Shared people: the same person at two labs, or at a lab and a platform (R17 signals).
const SHARED = [
  // [title, expertise, [label, org, role, since]...]
  [
    "研究员",
    ["1406", "0805"],
    [
      ["JointLab", "lab-nano-materials", "FLEXIBLE_HIRE", "2023-10-01"],
      ["Platform", "plat-gusu", "RESEARCHER", "2021-03-01"],
    ],
  ],
  [
    "研究员",
    ["0810", "0812"],
    [
      ["JointLab", "lab-intelligent-computing", "RESEARCHER", "2025-07-01"],
      ["Platform", "plat-zijinshan", "FLEXIBLE_HIRE", "2020-05-01"],
    ],
  ],
  [
    "教授",
    ["1004", "1007"],
    [
      ["JointLab", "lab-biologics", "RESEARCHER", "2022-11-01"],
      ["JointLab", "lab-precision-health", "FLEXIBLE_HIRE", "2023-02-01"],
    ],
  ],
  [
    "研究员",
    ["0815", "0824"],
    [
      ["JointLab", "lab-deep-ocean", "CHIEF_SCIENTIST", "2025-06-30"],
      ["Platform", "plat-taihu", "RESEARCHER", "2021-04-01"],
    ],
  ],
  [
    "高级工程师",
    ["0802"],
    [
      ["JointLab", "lab-energy-storage", "PROJECT_APPOINTEE", "2023-03-01"],
      ["JointLab", "lab-embodied-robotics", "PROJECT_APPOINTEE", "2025-10-01"],
      ["Enterprise", "ent-lead-intelligent", "RESEARCHER", "2016-07-01"],
    ],
  ],
  [
    "副研究员",
    ["0809", "0810"],
    [
      ["JointLab", "lab-mmwave-ic", "FLEXIBLE_HIRE", "2025-03-18"],
      ["Platform", "plat-zijinshan", "RESEARCHER", "2019-07-01"],
    ],
  ],
];
for (const [title, codes, jobs] of SHARED) {
  const p = newPerson(title);
  expertIn(p, codes);
  for (const [label, org, role, since] of jobs) {
    worksAt(p, label, org, role, since);
    if (label === "JointLab") LAB_STAFF.get(org).add(p);
  }
}

// Reviewers: technical experts of matching disciplines plus one management expert, never the lab's
// own staff or committee members.
EVALS.forEach(([evalId, labId, kind], ei) => {
  const excluded = new Set([...COMMITTEE.get(labId), ...LAB_STAFF.get(labId)]);
  const discs = LAB_DISCS.get(labId);
  const match = EXPERTS.filter((e) => !excluded.has(e.id) && [...e.discs].some((d) => discs.has(d)));
  const rest = EXPERTS.filter((e) => !excluded.has(e.id) && !match.includes(e));
  const rot = (arr, k) =>
    arr.length ? [...arr.slice(k % arr.length), ...arr.slice(0, k % arr.length)] : arr;
  const reviewers = [...rot(match, ei * 2), ...rot(rest, ei)]
    .slice(0, kind === "PERFORMANCE" ? 5 : 4)
    .map((e) => e.id);
  const mgmt = MGMT_EXPERTS.find((m) => !excluded.has(m) && !reviewers.includes(m)) ?? null;
  if (mgmt) reviewers.push(mgmt);
  for (const r of reviewers) rel("REVIEWED", "Person", r, "Evaluation", evalId, ILL());
});

// A few more people so that the talent pool exceeds 200: students and engineers of the spin-offs.
for (const s of SPIN_OFFS) {
  const p = newPerson("工程师");
  worksAt(p, "Enterprise", s.id, "RESEARCHER", "2024-01-01");
  const q = newPerson("博士研究生");
  worksAt(q, "JointLab", s.lab, "STUDENT", "2023-09-01");
  LAB_STAFF.get(s.lab).add(q);
}

// ---------------------------------------------------------------------------------------------
// Write
// ---------------------------------------------------------------------------------------------
// `--out DIR` writes elsewhere (the seed check regenerates into a temporary folder and compares).
const outAt = process.argv.indexOf("--out");
const OUT = outAt > 0 && process.argv[outAt + 1] ? process.argv[outAt + 1] : HERE;
for (const dir of ["nodes", "rels"]) {
  rmSync(join(OUT, dir), { recursive: true, force: true });
  mkdirSync(join(OUT, dir), { recursive: true });
}
for (const [label, rows] of NODES)
  writeFileSync(join(OUT, "nodes", `${label}.json`), JSON.stringify(rows, null, 2) + "\n");
for (const [type, rows] of RELS)
  writeFileSync(join(OUT, "rels", `${type}.json`), JSON.stringify(rows, null, 2) + "\n");
const counts = [...NODES].map(([l, r]) => `${l} ${r.length}`).join(", ");
console.log(`nodes: ${counts}`);
console.log(`rels: ${[...RELS].map(([t, r]) => `${t} ${r.length}`).join(", ")}`);

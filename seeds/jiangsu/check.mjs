// Checks the Jiangsu seed set: keys, endpoints, enums, provenance, counts; then evaluates the
// scenario (coverage gaps, rules R1–R15, duplicate layouts R5, collaboration signals R17) with a
// plain reference reading of the rules, and fails when a deliberate case is missing.
// Usage: node seeds/jiangsu/check.mjs [--verbose]
//        node seeds/jiangsu/check.mjs --matrix   (only the rule matrix, as JSON: { lab: { R1: "PASS", … } })
import { readFileSync, readdirSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const HERE = dirname(fileURLToPath(import.meta.url));
const VERBOSE = process.argv.includes("--verbose");
const MATRIX_ONLY = process.argv.includes("--matrix");
const errors = [];
const fail = (msg) => errors.push(msg);

// ---------------------------------------------------------------------------------------------
// The contract (graph model plus its documented extensions)
// ---------------------------------------------------------------------------------------------
const LABELS = [
  "JointLab",
  "ResearchDirection",
  "Discipline",
  "Field",
  "University",
  "Enterprise",
  "Platform",
  "Park",
  "City",
  "Government",
  "Person",
  "Investor",
  "Standard",
  "Project",
  "Evaluation",
];
const ID_PREFIX = {
  JointLab: "lab-",
  ResearchDirection: "dir-",
  University: "univ-",
  Enterprise: "ent-",
  Platform: "plat-",
  Park: "park-",
  City: "city-",
  Government: "gov-",
  Person: "person-",
  Investor: "inv-",
  Standard: "std-",
  Project: "proj-",
  Evaluation: "eval-",
};
const ENUMS = {
  JointLab: {
    status: ["APPLYING", "UNDER_REVIEW", "APPROVED", "CONSTRUCTING", "OPERATING", "EXITED", "REJECTED"],
    legalForm: ["ON_CAMPUS_UNIT", "INDEPENDENT_LEGAL_ENTITY"],
  },
  Discipline: { level: ["CATEGORY", "FIRST_LEVEL", "SECOND_LEVEL"] },
  Field: { kind: ["FOCUS", "INDUSTRY"] },
  Platform: {
    kind: [
      "NATIONAL_LAB",
      "PROVINCIAL_LAB",
      "TECH_INNOVATION_CENTRE",
      "INDUSTRIAL_INNOVATION_CENTRE",
      "MANUFACTURING_INNOVATION_CENTRE",
      "KEY_LAB",
      "NEW_RD_INSTITUTION",
    ],
    level: ["NATIONAL", "PROVINCIAL"],
  },
  Park: { level: ["NATIONAL", "PROVINCIAL"] },
  Government: { level: ["PROVINCE", "CITY", "DISTRICT", "PARK"] },
  Investor: { kind: ["FINANCIAL", "SOCIAL_CAPITAL"] },
  Standard: { level: ["INTERNATIONAL", "NATIONAL", "INDUSTRY", "GROUP"] },
  Evaluation: { kind: ["PLAN_REVIEW", "PERFORMANCE"], outcome: ["PASS", "REVISE", "FAIL", "RETAIN", "EXIT"] },
};
const REQUIRED = {
  JointLab: ["name", "status"],
  Discipline: ["name", "level"],
  Field: ["name", "kind"],
  Platform: ["name", "kind"],
  Evaluation: ["kind"],
};
const REL_ENUMS = {
  PARTICIPATES_IN: { role: ["LEAD", "MEMBER"] },
  FUNDS: { kind: ["CONSTRUCTION", "PERFORMANCE_SUBSIDY"] },
  WORKS_AT: {
    role: ["DIRECTOR", "CHIEF_SCIENTIST", "RESEARCHER", "FLEXIBLE_HIRE", "PROJECT_APPOINTEE", "STUDENT"],
  },
  ON_COMMITTEE: { role: ["TECHNICAL", "MANAGEMENT"] },
};
const RELATIONSHIPS = {
  LED_BY: [["JointLab"], ["University"]],
  LEAD_DISCIPLINE: [["JointLab"], ["Discipline"]],
  HAS_DIRECTION: [["JointLab"], ["ResearchDirection"]],
  IN_DISCIPLINE: [["ResearchDirection", "Platform"], ["Discipline"]],
  PARTICIPATES_IN: [["Enterprise"], ["ResearchDirection"]],
  CO_BUILDS: [["Enterprise", "Government", "University"], ["JointLab"]],
  MEMBER_OF: [["Enterprise", "Investor"], ["JointLab"]],
  INCUBATED: [["JointLab"], ["Enterprise"]],
  DEVELOPED: [["JointLab"], ["Standard"]],
  UNDERTAKES: [["JointLab"], ["Project"]],
  FUNDS: [["Government"], ["JointLab"]],
  EVALUATED_IN: [["JointLab"], ["Evaluation"]],
  REVIEWED: [["Person"], ["Evaluation"]],
  FOCUSES_ON: [["JointLab", "Platform"], ["Field"]],
  SUPPORTS: [["Discipline"], ["Field"]],
  PART_OF: [
    ["Discipline", "Field"],
    ["Discipline", "Field"],
  ],
  HAS_DISCIPLINE: [["University"], ["Discipline"]],
  OPERATES_IN: [["Enterprise"], ["Field"]],
  LOCATED_IN: [
    ["JointLab", "University", "Enterprise", "Platform", "Park"],
    ["Park", "City"],
  ],
  COLLABORATES_WITH: [
    ["JointLab", "Platform", "University", "Enterprise"],
    ["JointLab", "Platform", "University", "Enterprise"],
  ],
  WORKS_AT: [["Person"], ["JointLab", "Platform", "University", "Enterprise"]],
  ON_COMMITTEE: [["Person"], ["JointLab"]],
  EXPERT_IN: [["Person"], ["Discipline"]],
  HOSTED_BY: [["Platform"], ["University", "Enterprise"]],
  GOVERNS: [["Government"], ["City", "Park"]],
};
const DATE_PROPS = new Set(["appliedOn", "approvedOn", "on", "since"]);
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const ID_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const FOCUS_CODES = [
  "FRONTIER_MATERIALS",
  "INTEGRATED_CIRCUITS",
  "ARTIFICIAL_INTELLIGENCE",
  "BIOENGINEERING",
  "LIFE_HEALTH",
  "AEROSPACE",
  "ADVANCED_MANUFACTURING",
  "ENERGY_SCIENCE",
  "DEEP_SEA",
  "BRAIN_SCIENCE",
];
const COVERING = new Set(["APPROVED", "CONSTRUCTING", "OPERATING"]);
const APPLICANT = new Set(["APPLYING", "UNDER_REVIEW"]);
const LIVE = new Set([...COVERING, ...APPLICANT]);

// ---------------------------------------------------------------------------------------------
// Load
// ---------------------------------------------------------------------------------------------
const keyOf = (label) => (label === "Discipline" || label === "Field" ? "code" : "id");
const nodes = new Map(); // label -> Map key -> row
for (const file of readdirSync(join(HERE, "nodes"))
  .filter((f) => f.endsWith(".json"))
  .sort()) {
  const label = basename(file, ".json");
  if (!LABELS.includes(label)) fail(`nodes/${file}: unknown label`);
  const rows = JSON.parse(readFileSync(join(HERE, "nodes", file), "utf8"));
  const map = new Map();
  for (const row of rows) {
    const key = row[keyOf(label)];
    if (typeof key !== "string" || !key) fail(`${label}: row without ${keyOf(label)}`);
    if (map.has(key)) fail(`${label}: duplicate key ${key}`);
    map.set(key, row);
    if (label !== "Discipline" && label !== "Field") {
      if (!ID_RE.test(key) || !key.startsWith(ID_PREFIX[label])) fail(`${label}: bad id ${key}`);
    }
    for (const p of REQUIRED[label] ?? []) if (row[p] === undefined) fail(`${label} ${key}: missing ${p}`);
    for (const [p, values] of Object.entries(ENUMS[label] ?? {})) {
      if (row[p] !== undefined && !values.includes(row[p]))
        fail(`${label} ${key}: ${p}=${row[p]} not in enum`);
    }
    for (const [p, v] of Object.entries(row)) {
      if (v === null) fail(`${label} ${key}: ${p} is null`);
      if (typeof v === "object" && !Array.isArray(v)) fail(`${label} ${key}: ${p} is a map`);
      if (DATE_PROPS.has(p) && !DATE_RE.test(v)) fail(`${label} ${key}: ${p}=${v} not YYYY-MM-DD`);
      if (/Cny$/.test(p) && !Number.isSafeInteger(v)) fail(`${label} ${key}: ${p} not an integer`);
    }
    const provenance =
      row.fact !== undefined || row.illustrative === true || (label === "Field" && row.kind === "FOCUS");
    if (!provenance) fail(`${label} ${key}: neither fact nor illustrative`);
    if (row.fact !== undefined && !["V", "R", "?"].includes(row.fact))
      fail(`${label} ${key}: fact=${row.fact}`);
    if (row.fact !== undefined && row.illustrative) fail(`${label} ${key}: both fact and illustrative`);
  }
  nodes.set(label, map);
}
const rels = new Map(); // type -> rows
for (const file of readdirSync(join(HERE, "rels"))
  .filter((f) => f.endsWith(".json"))
  .sort()) {
  const type = basename(file, ".json");
  const allowed = RELATIONSHIPS[type];
  if (!allowed) fail(`rels/${file}: unknown type`);
  const rows = JSON.parse(readFileSync(join(HERE, "rels", file), "utf8"));
  const seen = new Set();
  for (const r of rows) {
    const tag = `${type} ${r.fromLabel}:${r.from} -> ${r.toLabel}:${r.to}`;
    if (allowed && !allowed[0].includes(r.fromLabel)) fail(`${tag}: fromLabel not allowed`);
    if (allowed && !allowed[1].includes(r.toLabel)) fail(`${tag}: toLabel not allowed`);
    if (!nodes.get(r.fromLabel)?.has(r.from)) fail(`${tag}: from does not exist`);
    if (!nodes.get(r.toLabel)?.has(r.to)) fail(`${tag}: to does not exist`);
    const p = r.props ?? {};
    // The loader MERGEs one relationship per (type, pair), FUNDS per (kind, year) too.
    const sig = `${tag}${type === "FUNDS" ? `|${p.kind}|${p.year}` : ""}`;
    if (seen.has(sig)) fail(`${tag}: duplicate (would be merged by the loader)`);
    seen.add(sig);
    for (const [k, v] of Object.entries(p)) {
      if (v === null || (typeof v === "object" && !Array.isArray(v))) fail(`${tag}: prop ${k} null or map`);
      if (DATE_PROPS.has(k) && !DATE_RE.test(v)) fail(`${tag}: ${k}=${v} not YYYY-MM-DD`);
      if (/Cny$/.test(k) && !Number.isSafeInteger(v)) fail(`${tag}: ${k} not an integer`);
    }
    for (const [k, values] of Object.entries(REL_ENUMS[type] ?? {})) {
      if (p[k] !== undefined && !values.includes(p[k])) fail(`${tag}: ${k}=${p[k]} not in enum`);
    }
    if (p.fact === undefined && p.illustrative !== true && p.basis !== "modelled")
      fail(`${tag}: no provenance (fact / illustrative / basis)`);
    // Anything touching an illustrative node is illustrative (or modelled).
    const ill =
      nodes.get(r.fromLabel)?.get(r.from)?.illustrative || nodes.get(r.toLabel)?.get(r.to)?.illustrative;
    if (ill && p.illustrative !== true) fail(`${tag}: touches an illustrative node but is not illustrative`);
  }
  rels.set(type, rows);
}
const R = (type) => rels.get(type) ?? [];
const N = (label) => nodes.get(label) ?? new Map();

// ---------------------------------------------------------------------------------------------
// Counts and catalogue shape
// ---------------------------------------------------------------------------------------------
const countBy = (label, pred) => [...N(label).values()].filter(pred).length;
const need = (what, actual, min) => (actual < min ? fail(`count: ${what} = ${actual} < ${min}`) : null);
need(
  "Discipline CATEGORY",
  countBy("Discipline", (d) => d.level === "CATEGORY"),
  14,
);
need(
  "Discipline FIRST_LEVEL",
  countBy("Discipline", (d) => d.level === "FIRST_LEVEL"),
  117,
);
need(
  "Field FOCUS",
  countBy("Field", (f) => f.kind === "FOCUS"),
  10,
);
for (const c of FOCUS_CODES) if (!N("Field").has(c)) fail(`missing focus field ${c}`);
need(
  "City in Jiangsu",
  countBy("City", (c) => c.inJiangsu === true),
  13,
);
need("Enterprise", N("Enterprise").size, 100);
need("JointLab", N("JointLab").size, 12);
need("ResearchDirection", N("ResearchDirection").size, 45);
need("Person", N("Person").size, 200);
for (const d of N("Discipline").values()) {
  if (
    d.level === "FIRST_LEVEL" &&
    !R("PART_OF").some((r) => r.from === d.code && r.toLabel === "Discipline" && r.to === d.code.slice(0, 2))
  )
    fail(`discipline ${d.code} not PART_OF its category`);
}
for (const code of ["0834", "1010"])
  if (N("Discipline").has(code)) fail(`discipline ${code} should be absent`);
for (const lab of N("JointLab").values()) {
  if (lab.illustrative !== true) fail(`lab ${lab.id} not illustrative`);
  const led = R("LED_BY").filter((r) => r.from === lab.id).length;
  if (led !== 1) fail(`lab ${lab.id}: ${led} LED_BY`);
}

// ---------------------------------------------------------------------------------------------
// The scenario, read with a plain reference implementation of the rules
// ---------------------------------------------------------------------------------------------
const out = (type, fromLabel, from) => R(type).filter((r) => r.fromLabel === fromLabel && r.from === from);
const inc = (type, toLabel, to) => R(type).filter((r) => r.toLabel === toLabel && r.to === to);
const labs = [...N("JointLab").values()];
const ent = (id) => N("Enterprise").get(id);
const focusOfLab = (id) =>
  out("FOCUSES_ON", "JointLab", id)
    .map((r) => r.to)
    .filter((c) => N("Field").get(c).kind === "FOCUS");
const focusOfPlatform = (id) => out("FOCUSES_ON", "Platform", id).map((r) => r.to);
const leadOf = (id) => out("LEAD_DISCIPLINE", "JointLab", id)[0]?.to;
const univOf = (id) => out("LED_BY", "JointLab", id)[0]?.to;
const dirsOf = (id) => out("HAS_DIRECTION", "JointLab", id).map((r) => r.to);
const dirDiscs = (id) =>
  new Set(dirsOf(id).flatMap((d) => out("IN_DISCIPLINE", "ResearchDirection", d).map((r) => r.to)));
const supports = (code) =>
  out("SUPPORTS", "Discipline", code)
    .map((r) => r.to)
    .filter((c) => N("Field").get(c).kind === "FOCUS");
const placeOf = (id) => out("LOCATED_IN", "JointLab", id)[0];
const cityOfPlace = (p) =>
  p.toLabel === "City" ? p.to : R("LOCATED_IN").find((r) => r.fromLabel === "Park" && r.from === p.to)?.to;
const staff = (id, roles) =>
  inc("WORKS_AT", "JointLab", id)
    .filter((r) => roles.includes(r.props?.role))
    .map((r) => r.from);
const expertise = (pid) => out("EXPERT_IN", "Person", pid).map((r) => r.to);
const collaborators = (label, id) => [
  ...out("COLLABORATES_WITH", label, id).map((r) => [r.toLabel, r.to]),
  ...inc("COLLABORATES_WITH", label, id).map((r) => [r.fromLabel, r.from]),
];

function rules(lab) {
  const res = {};
  const lead = leadOf(lab.id);
  const univ = univOf(lab.id);
  const focus = focusOfLab(lab.id);
  // R1
  if (!lead || !univ) res.R1 = "UNKNOWN";
  else
    res.R1 = R("HAS_DISCIPLINE").some((r) => r.from === univ && r.to === lead && r.props?.firstClass === true)
      ? "PASS"
      : "FAIL";
  // R2
  res.R2 = !lead ? "UNKNOWN" : supports(lead).length ? "PASS" : "FAIL";
  // R3: lead university hosts or collaborates with a platform focusing on one of the lab's focus fields.
  if (!univ || !focus.length) res.R3 = "UNKNOWN";
  else {
    const plats = [
      ...R("HOSTED_BY")
        .filter((r) => r.to === univ)
        .map((r) => r.from),
      ...collaborators("University", univ)
        .filter(([l]) => l === "Platform")
        .map(([, p]) => p),
    ];
    res.R3 = plats.some((p) => focusOfPlatform(p).some((f) => focus.includes(f))) ? "PASS" : "FAIL";
  }
  // R4: a DIRECTOR or CHIEF_SCIENTIST expert in the lead discipline; UNKNOWN when no lead discipline,
  // when a leader's expertise is not recorded, or when an applicant has no leader yet (people are
  // appointed at launch, as R15 reads governance); FAIL for a launched lab without one.
  const leaders = staff(lab.id, ["DIRECTOR", "CHIEF_SCIENTIST"]);
  const applicant = APPLICANT.has(lab.status);
  if (!lead) res.R4 = "UNKNOWN";
  else if (leaders.some((p) => expertise(p).includes(lead))) res.R4 = "PASS";
  else if (leaders.some((p) => expertise(p).length === 0)) res.R4 = "UNKNOWN";
  else if (!leaders.length) res.R4 = applicant ? "UNKNOWN" : "FAIL";
  else res.R4 = "FAIL";
  // R7
  const nd = dirsOf(lab.id).length;
  res.R7 = nd === 0 ? "UNKNOWN" : nd >= 3 && nd <= 5 ? "PASS" : "FAIL";
  // R8, R9, R11
  const range = (v, lo, hi) => (v === undefined ? "UNKNOWN" : v >= lo && v <= hi ? "PASS" : "FAIL");
  res.R8 = range(lab.investmentCny, 3e8, 5e8);
  res.R9 = range(lab.constructionYears, 3, 5);
  // Actual staff when recorded, else the planned figure, whatever the status.
  const st = lab.staffActual ?? lab.staffPlanned;
  res.R11 = st === undefined ? "UNKNOWN" : st >= 200 ? "PASS" : "FAIL";
  // R10: each direction has a participant with leading = true; unknown when none and some has no `leading`.
  if (!nd) res.R10 = "UNKNOWN";
  else {
    const per = dirsOf(lab.id).map((d) => {
      const ps = inc("PARTICIPATES_IN", "ResearchDirection", d).map((r) => ent(r.from));
      if (ps.some((e) => e.leading === true)) return "PASS";
      return ps.some((e) => e.leading === undefined) ? "UNKNOWN" : "FAIL";
    });
    res.R10 = per.includes("FAIL") ? "FAIL" : per.includes("UNKNOWN") ? "UNKNOWN" : "PASS";
  }
  // R12
  if (lab.legalForm === undefined || lab.onCampus === undefined) res.R12 = "UNKNOWN";
  else res.R12 = (lab.legalForm === "ON_CAMPUS_UNIT") === lab.onCampus ? "PASS" : "FAIL";
  // R13: any priority flag true -> PASS; else a flag unknown -> UNKNOWN; else FAIL.
  const builders = inc("CO_BUILDS", "JointLab", lab.id);
  const govFlag = builders.some((r) => r.fromLabel === "Government");
  const entFlags = builders.filter((r) => r.fromLabel === "Enterprise").map((r) => ent(r.from).leading);
  const place = placeOf(lab.id);
  const parkLevel = place?.toLabel === "Park" ? N("Park").get(place.to).level : null;
  const parkFlag = place?.toLabel !== "Park" ? false : parkLevel === undefined ? undefined : true;
  if (govFlag || entFlags.includes(true) || parkFlag === true) res.R13 = "PASS";
  else if (parkFlag === undefined || entFlags.includes(undefined)) res.R13 = "UNKNOWN";
  else res.R13 = "FAIL";
  // R14: provincial FUNDS only.
  const funds = inc("FUNDS", "JointLab", lab.id).filter(
    (r) => N("Government").get(r.from).level === "PROVINCE",
  );
  if (funds.some((r) => r.props?.amountCny === undefined)) res.R14 = "UNKNOWN";
  else res.R14 = funds.reduce((s, r) => s + r.props.amountCny, 0) <= 5e7 ? "PASS" : "FAIL";
  // R15: a director and a TECHNICAL committee; an applicant's governance is set up at launch (UNKNOWN).
  const seats = inc("ON_COMMITTEE", "JointLab", lab.id);
  const hasDirector = staff(lab.id, ["DIRECTOR"]).length > 0;
  if (hasDirector && seats.some((r) => r.props?.role === "TECHNICAL")) res.R15 = "PASS";
  else if (hasDirector && seats.some((r) => r.props?.role === undefined)) res.R15 = "UNKNOWN";
  else res.R15 = applicant ? "UNKNOWN" : "FAIL";
  return res;
}

const RULES = ["R1", "R2", "R3", "R4", "R7", "R8", "R9", "R10", "R11", "R12", "R13", "R14", "R15"];
const liveLabs = labs.filter((l) => LIVE.has(l.status));
const matrix = new Map(labs.map((l) => [l.id, rules(l)]));
if (MATRIX_ONLY) {
  console.log(JSON.stringify(Object.fromEntries(matrix)));
  process.exit(errors.length ? 1 : 0);
}
const pad = (s, n) => String(s).padEnd(n);
console.log("\nRule matrix (P pass, F fail, ? unknown; live labs first):");
console.log(pad("lab", 28) + pad("status", 13) + RULES.map((r) => pad(r, 4)).join(""));
for (const l of [...liveLabs, ...labs.filter((x) => !LIVE.has(x.status))]) {
  const m = matrix.get(l.id);
  console.log(
    pad(l.id, 28) +
      pad(l.status, 13) +
      RULES.map((r) => pad({ PASS: "P", FAIL: "F", UNKNOWN: "?" }[m[r]], 4)).join(""),
  );
}
for (const r of RULES) {
  const vals = liveLabs.map((l) => matrix.get(l.id)[r]);
  if (!vals.includes("FAIL")) fail(`scenario: no live lab FAILS ${r}`);
  if (!vals.includes("UNKNOWN")) fail(`scenario: no live lab is UNKNOWN on ${r}`);
  if (vals.filter((v) => v === "PASS").length < liveLabs.length / 2)
    fail(`scenario: fewer than half of live labs pass ${r}`);
}
if (!labs.some((l) => dirsOf(l.id).length === 0 && APPLICANT.has(l.status)))
  fail("scenario: no applicant without directions");
const statuses = new Set(labs.map((l) => l.status));
for (const s of ENUMS.JointLab.status) if (!statuses.has(s)) fail(`scenario: no lab with status ${s}`);

// Coverage gaps (R6).
const covering = labs.filter((l) => COVERING.has(l.status));
const applicants = labs.filter((l) => APPLICANT.has(l.status));
console.log("\nFocus fields: covering labs / applicants");
const uncovered = [];
for (const f of FOCUS_CODES) {
  const c = covering.filter((l) => focusOfLab(l.id).includes(f)).map((l) => l.id);
  const a = applicants.filter((l) => focusOfLab(l.id).includes(f)).map((l) => l.id);
  console.log(`  ${pad(f, 24)} ${c.length ? c.join(", ") : "-"}  /  ${a.length ? a.join(", ") : "-"}`);
  if (!c.length) uncovered.push([f, a.length]);
}
if (!uncovered.some(([, a]) => a > 0)) fail("scenario: no uncovered field with only an applicant");
if (!uncovered.some(([, a]) => a === 0)) fail("scenario: no field with nothing at all");

// First-class disciplines that support a focus field but no covering lab leads or works in.
const coveredDiscs = new Set(covering.flatMap((l) => [leadOf(l.id), ...dirDiscs(l.id)].filter(Boolean)));
const discGaps = R("HAS_DISCIPLINE")
  .filter((r) => r.props?.firstClass && supports(r.to).length && !coveredDiscs.has(r.to))
  .map(
    (r) =>
      `${r.to} ${N("Discipline").get(r.to).name} (${r.from}, fact ${r.props.fact}) -> ${supports(r.to).join("/")}`,
  );
console.log("\nFirst-class disciplines supporting a focus field, with no covering lab:");
for (const g of discGaps) console.log(`  ${g}`);
if (discGaps.length < 2) fail("scenario: too few discipline gaps");

// Cities and parks with leading enterprises or platforms of a focus field, but no covering lab.
const labCities = new Set(covering.map((l) => cityOfPlace(placeOf(l.id))));
const labParks = new Set(
  covering
    .map((l) => placeOf(l.id))
    .filter((p) => p.toLabel === "Park")
    .map((p) => p.to),
);
const placeSignals = new Map();
const addSignal = (key, what) => placeSignals.set(key, [...(placeSignals.get(key) ?? []), what]);
for (const r of R("LOCATED_IN").filter((x) => x.fromLabel === "Enterprise" && ent(x.from).leading === true)) {
  const fields = out("OPERATES_IN", "Enterprise", r.from)
    .map((x) => x.to)
    .filter((c) => FOCUS_CODES.includes(c));
  if (!fields.length) continue;
  const city = r.toLabel === "City" ? r.to : cityOfPlace(r);
  if (city) addSignal(city, `${r.from}`);
  if (r.toLabel === "Park") addSignal(r.to, `${r.from}`);
}
for (const r of R("LOCATED_IN").filter((x) => x.fromLabel === "Platform")) {
  if (!focusOfPlatform(r.from).some((c) => FOCUS_CODES.includes(c))) continue;
  const city = cityOfPlace(r);
  if (city) addSignal(city, r.from);
  if (r.toLabel === "Park") addSignal(r.to, r.from);
}
const cityGaps = [...placeSignals].filter(
  ([k]) => k.startsWith("city-") && N("City").get(k).inJiangsu && !labCities.has(k),
);
const parkGaps = [...placeSignals].filter(([k]) => k.startsWith("park-") && !labParks.has(k));
console.log("\nCities with leading enterprises / platforms of a focus field but no covering lab:");
for (const [k, v] of cityGaps) console.log(`  ${k}: ${v.join(", ")}`);
console.log("Parks with leading enterprises / platforms of a focus field but no covering lab:");
for (const [k, v] of parkGaps) console.log(`  ${k}: ${v.join(", ")}`);
if (cityGaps.length < 2) fail("scenario: fewer than 2 city gaps");
if (parkGaps.length < 1) fail("scenario: no park gap");

// Directions without a leading enterprise (R10), live labs.
const noLead = liveLabs.flatMap((l) =>
  dirsOf(l.id)
    .filter(
      (d) =>
        !inc("PARTICIPATES_IN", "ResearchDirection", d).some(
          (r) => ent(r.from).leading === true && r.props?.role === "LEAD",
        ),
    )
    .map((d) => `${l.id}/${d}`),
);
console.log(`\nLive directions without a leading LEAD enterprise: ${noLead.join(", ")}`);
if (noLead.length < 3) fail("scenario: fewer than 3 directions without a LEAD enterprise");

// Duplicate layouts (R5) among live labs.
const dup = [];
for (const a of liveLabs) {
  for (const b of liveLabs) {
    if (a.id === b.id) continue;
    const la = leadOf(a.id);
    const lb = leadOf(b.id);
    if (!la) continue;
    if (la === lb) {
      if (a.id < b.id) dup.push(["CONFLICT", a.id, b.id, `same lead discipline ${la}`]);
    } else if (dirDiscs(b.id).has(la)) {
      dup.push(["OVERLAP", a.id, b.id, `${la} (lead of ${a.id}) is a direction discipline of ${b.id}`]);
    }
  }
}
const provLabs = [...N("Platform").values()].filter((p) =>
  ["PROVINCIAL_LAB", "NATIONAL_LAB"].includes(p.kind),
);
for (const l of liveLabs) {
  for (const p of provLabs) {
    const shared = focusOfLab(l.id).filter((f) => focusOfPlatform(p.id).includes(f));
    if (shared.length) dup.push(["ADJACENT", l.id, p.id, shared.join(",")]);
  }
}
console.log("\nDuplicate layouts (R5), live labs:");
for (const d of dup) console.log(`  ${d.join("  ")}`);
for (const kind of ["CONFLICT", "OVERLAP", "ADJACENT"])
  if (!dup.some((d) => d[0] === kind)) fail(`scenario: no ${kind}`);
const exited = labs.filter((l) => l.status === "EXITED");
if (!exited.some((e) => liveLabs.some((l) => leadOf(l.id) && leadOf(l.id) === leadOf(e.id))))
  fail("scenario: no EXITED lab sharing a live lab's lead discipline");

// Collaboration signals (R17): covering labs and applicants vs platforms, not yet linked.
console.log("\nCollaboration signals (R17), live lab -> platform not linked:");
let opportunities = 0;
for (const l of liveLabs) {
  const linked = new Set(collaborators("JointLab", l.id).map(([, id]) => id));
  const ld = new Set([leadOf(l.id), ...dirDiscs(l.id)].filter(Boolean));
  const lCity = cityOfPlace(placeOf(l.id));
  const lPark = placeOf(l.id).toLabel === "Park" ? placeOf(l.id).to : null;
  const labEnts = new Set([
    ...dirsOf(l.id).flatMap((d) => inc("PARTICIPATES_IN", "ResearchDirection", d).map((r) => r.from)),
    ...inc("CO_BUILDS", "JointLab", l.id)
      .filter((r) => r.fromLabel === "Enterprise")
      .map((r) => r.from),
    ...inc("MEMBER_OF", "JointLab", l.id)
      .filter((r) => r.fromLabel === "Enterprise")
      .map((r) => r.from),
  ]);
  const labPeople = new Set(inc("WORKS_AT", "JointLab", l.id).map((r) => r.from));
  for (const p of N("Platform").values()) {
    if (linked.has(p.id)) continue;
    const why = [];
    const pd = out("IN_DISCIPLINE", "Platform", p.id)
      .map((r) => r.to)
      .filter((d) => ld.has(d));
    if (pd.length) why.push(`shared disciplines ${pd.join(",")}`);
    const pf = focusOfPlatform(p.id).filter((f) => focusOfLab(l.id).includes(f));
    if (pf.length) why.push(`same field ${pf.join(",")}`);
    const pl = out("LOCATED_IN", "Platform", p.id);
    if (lPark && pl.some((r) => r.to === lPark)) why.push(`same park ${lPark}`);
    else if (pl.some((r) => cityOfPlace(r) === lCity)) why.push(`same city ${lCity}`);
    const hosts = out("HOSTED_BY", "Platform", p.id).map((r) => r.to);
    const common = hosts.filter((h) => labEnts.has(h));
    if (common.length) why.push(`common partner ${common.join(",")}`);
    const people = inc("WORKS_AT", "Platform", p.id)
      .map((r) => r.from)
      .filter((x) => labPeople.has(x));
    if (people.length) why.push(`shared people ${people.join(",")}`);
    if (why.length >= 2) {
      opportunities += 1;
      console.log(`  ${pad(l.id, 28)} ${pad(p.id, 24)} ${why.join("; ")}`);
    }
  }
}
if (opportunities < 3) fail("scenario: fewer than 3 collaboration opportunities");
const existing = R("COLLABORATES_WITH").filter((r) => r.fromLabel === "JointLab" || r.toLabel === "JointLab");
if (existing.length < 3) fail("scenario: fewer than 3 existing lab collaborations");

// Lab <-> lab signals: common partner enterprises (participation, co-building, membership) and
// shared people, for live labs not yet linked.
const partnersOf = (id) =>
  new Set([
    ...dirsOf(id).flatMap((d) => inc("PARTICIPATES_IN", "ResearchDirection", d).map((r) => r.from)),
    ...inc("CO_BUILDS", "JointLab", id)
      .filter((r) => r.fromLabel === "Enterprise")
      .map((r) => r.from),
    ...inc("MEMBER_OF", "JointLab", id)
      .filter((r) => r.fromLabel === "Enterprise")
      .map((r) => r.from),
  ]);
console.log("\nCollaboration signals (R17), live lab <-> live lab not linked:");
for (const a of liveLabs) {
  for (const b of liveLabs) {
    if (a.id >= b.id) continue;
    if (collaborators("JointLab", a.id).some(([, x]) => x === b.id)) continue;
    const pb = partnersOf(b.id);
    const common = [...partnersOf(a.id)].filter((e) => pb.has(e));
    const peopleB = new Set(inc("WORKS_AT", "JointLab", b.id).map((r) => r.from));
    const people = inc("WORKS_AT", "JointLab", a.id)
      .map((r) => r.from)
      .filter((x) => peopleB.has(x));
    const why = [];
    if (common.length) why.push(`common partners ${common.join(",")}`);
    if (people.length) why.push(`shared people ${people.join(",")}`);
    if (why.length) console.log(`  ${pad(a.id, 28)} ${pad(b.id, 28)} ${why.join("; ")}`);
  }
}

// People shared between two labs.
const byPerson = new Map();
for (const r of R("WORKS_AT").filter((x) => x.toLabel === "JointLab"))
  byPerson.set(r.from, [...(byPerson.get(r.from) ?? []), r.to]);
const sharedLab = [...byPerson].filter(([, ls]) => ls.length > 1);
console.log(
  `\nPeople at two or more labs: ${sharedLab.map(([p, ls]) => `${p} (${ls.join(", ")})`).join("; ")}`,
);
if (!sharedLab.length) fail("scenario: nobody works at two labs");

// Evaluations.
const evals = [...N("Evaluation").values()];
for (const e of evals)
  if (!inc("REVIEWED", "Evaluation", e.id).length) fail(`evaluation ${e.id} has no reviewer`);
if (!evals.some((e) => e.outcome === "EXIT")) fail("scenario: no EXIT evaluation");
if (!evals.some((e) => e.outcome === "RETAIN")) fail("scenario: no RETAIN evaluation");

// ---------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------
console.log("\nNodes per label:");
for (const [label, map] of nodes) console.log(`  ${pad(label, 18)} ${map.size}`);
console.log("Relationships per type:");
for (const [type, rows] of rels) console.log(`  ${pad(type, 18)} ${rows.length}`);
const totalN = [...nodes.values()].reduce((s, m) => s + m.size, 0);
const totalR = [...rels.values()].reduce((s, r) => s + r.length, 0);
console.log(`Total: ${totalN} nodes, ${totalR} relationships`);
if (VERBOSE) console.log(JSON.stringify(Object.fromEntries(matrix), null, 1));

if (errors.length) {
  console.error(`\n${errors.length} problem(s):`);
  for (const e of errors) console.error(`  - ${e}`);
  process.exit(1);
}
console.log("\nOK");

/** The Chinese sentences, one per code (codes.ts): what a planner reads first. */
import type { Label } from "../model.js";
import { LABEL_ZH } from "../../transfer/names-zh.js";
import type { ParamValue, Templates } from "./codes.js";

const s = (v: ParamValue | undefined): string => (v === null || v === undefined ? "" : String(v));
const one = (v: ParamValue | undefined): boolean => Number(v) === 1;

/** The life-cycle statuses (docs/model.md) in Chinese. */
export const LAB_STATUS_ZH: Readonly<Record<string, string>> = {
  APPLYING: "申请中",
  UNDER_REVIEW: "评审中",
  APPROVED: "已批准",
  CONSTRUCTING: "建设中",
  OPERATING: "运行中",
  EXITED: "已退出",
  REJECTED: "未获批准",
};
const status = (v: ParamValue | undefined): string => LAB_STATUS_ZH[s(v)] ?? s(v);
const named = (names: Readonly<Record<string, string>>, v: ParamValue | undefined): string =>
  names[s(v)] ?? s(v);
const list = (
  names: Readonly<Record<string, string>>,
  v: ParamValue | undefined,
  separator: string,
): string =>
  s(v)
    .split(",")
    .filter(Boolean)
    .map((x) => names[x] ?? x)
    .join(separator);
const amount = (v: ParamValue | undefined): string =>
  typeof v === "number" ? v.toLocaleString("en-US") : s(v);
/** R12's legal forms (docs/policy.md). */
export const LEGAL_FORM_ZH: Readonly<Record<string, string>> = {
  ON_CAMPUS_UNIT: "校内独立建制的二级单位",
  INDEPENDENT_LEGAL_ENTITY: "具有独立法人资格的新型研发机构",
};
const MISSING: Readonly<Record<string, string>> = {
  DIRECTOR: "实验室主任",
  TECHNICAL_COMMITTEE: "技术委员会",
  BOTH: "实验室主任和技术委员会",
};

export const ZH: Templates = {
  GAP_FIELD_UNSERVED: (p) => `重点领域“${s(p.field)}”尚无覆盖的联合实验室，也没有申请单位`,
  GAP_FIELD_APPLICANTS_ONLY: (p) =>
    `重点领域“${s(p.field)}”尚无覆盖的联合实验室；${s(p.applicants)}家申请中的联合实验室可填补`,
  GAP_DISCIPLINE: (p) =>
    `一流学科${s(p.code)} ${s(p.name)}（${s(p.universities)}所高校）支撑${s(p.fields)}个重点领域，` +
    `但尚无覆盖的联合实验室以其为主导学科或在其中设有研究方向` +
    (Number(p.openFields) > 0 ? `；其中${s(p.openFields)}个领域尚无覆盖的联合实验室` : ""),
  GAP_PLACE_FIELD: (p) =>
    `${s(p.place)}有${s(p.count)}家“${s(p.field)}”领域的龙头企业或创新平台，但尚无该领域覆盖的联合实验室`,
  GAP_PLACE_NO_LAB: (p) =>
    `${s(p.place)}有${s(p.count)}家“${s(p.field)}”领域的龙头企业或创新平台，但尚无该领域覆盖的联合实验室，且当地尚无任何覆盖的联合实验室`,
  GAP_DIRECTION: (p) => `${s(p.lab)}（${status(p.status)}）的研究方向“${s(p.direction)}”尚无行业龙头企业参与`,
  GAP_DIRECTION_UNCLASSIFIED: (p) =>
    `${s(p.lab)}（${status(p.status)}）的研究方向“${s(p.direction)}”尚无已知的行业龙头企业参与（有参与企业未标明是否为龙头企业）`,
  DUPLICATE_CONFLICT: (p) =>
    `${s(p.count)}家联合实验室（已覆盖或申请中）的主导学科同为一级学科${s(p.code)} ${s(p.name)}`,
  DUPLICATE_OVERLAP: (p) =>
    (one(p.leaders) ? s(p.leader) : `${s(p.leaders)}家联合实验室`) +
    `的主导学科${s(p.code)} ${s(p.name)}是` +
    (one(p.others) ? s(p.other) : `另外${s(p.others)}家联合实验室`) +
    "的研究方向所属学科",
  DUPLICATE_ADJACENT: (p) =>
    (one(p.labs) ? s(p.lab) : `${s(p.labs)}家联合实验室`) +
    "聚焦" +
    (one(p.platforms) ? s(p.platform) : `${s(p.platforms)}家省级或国家级实验室`) +
    // a focus field by its name only (its code, e.g. DEEP_SEA, is the model's, not the planners')
    `所在的领域“${s(p.name)}”：可作为合作对象（R17），不属于重复布局`,
  DUPLICATE_OVERLAP_PAIR: (p) => `${s(p.lab)}的主导学科（${s(p.codes)}）是${s(p.other)}的研究方向所属学科`,
  DUPLICATE_ADJACENT_PAIR: (p) =>
    `${s(p.lab)}聚焦${s(p.platform)}所在的领域：可作为合作对象（R17），不属于重复布局`,

  R1_NOT_RECORDED: () => "未记录牵头高校或主导学科",
  R1_FIRST_CLASS: (p) => `${s(p.university)}的${s(p.code)} ${s(p.name)}：国内一流学科`,
  R1_NOT_FIRST_CLASS: (p) => `${s(p.university)}的${s(p.code)} ${s(p.name)}：不是该校的一流学科`,
  NO_LEAD_DISCIPLINE: () => "未记录主导学科",
  R2_SUPPORTS: (p) => `支撑重点领域${s(p.names ?? p.fields)}`,
  R2_SUPPORTS_NONE: (p) => `${s(p.code)}不支撑任何重点领域`,
  NO_LEAD_UNIVERSITY: () => "未记录牵头高校",
  R3_NO_FIELD: () => "未记录实验室的服务领域",
  R3_PLATFORMS: (p) => `${s(p.university)}在实验室所属领域有${s(p.count)}个相关创新平台`,
  R3_NO_PLATFORM: (p) => `实验室所属领域没有依托${s(p.university)}或与其合作的创新平台`,
  R4_LEADERS: (p) => `${s(p.count)}名主导学科领域的领军人才`,
  R4_EXPERTISE_NOT_RECORDED: (p) => `${s(p.count)}名主任或首席科学家的专业领域未记录`,
  R4_NOT_APPOINTED_YET: () => "尚未记录主任或首席科学家（启动建设时任命）",
  R4_NO_LEADER: () => "未记录主任或首席科学家",
  R4_NO_EXPERT: () => "主任和首席科学家均不是主导学科领域的专家",
  R7_NO_DIRECTION_YET: () => "尚未记录研发方向",
  R7_DIRECTIONS: (p) => `${s(p.count)}个研发方向`,
  R8_NOT_RECORDED: () => "未记录新增投入",
  R8_INVESTMENT: (p) => `${amount(p.amount)}元`,
  R9_NOT_RECORDED: () => "未记录建设期",
  R9_YEARS: (p) => `${s(p.years)}年`,
  R10_NO_DIRECTION: () => "未记录研发方向",
  R10_WITHOUT_LEAD: (p) => `${s(p.count)}个研发方向中有${s(p.missing)}个没有行业龙头企业参与`,
  R10_UNCLASSIFIED: (p) => `${s(p.count)}个研发方向的参与企业未标明是否为行业龙头企业`,
  R10_ALL_LED: (p) => `全部${s(p.count)}个研发方向均有行业龙头企业参与`,
  R11_NOT_RECORDED: () => "未记录实际或计划人员规模",
  R11_STAFF_ACTUAL: (p) => `${s(p.staff)}人（实际）`,
  R11_STAFF_PLANNED: (p) => `${s(p.staff)}人（计划）`,
  R12_NOT_RECORDED: () => "未记录组织形式或建在校内还是校外",
  R12_ON_CAMPUS: (p) => `${LEGAL_FORM_ZH[s(p.form)] ?? s(p.form)}，建在校内`,
  R12_OFF_CAMPUS: (p) => `${LEGAL_FORM_ZH[s(p.form)] ?? s(p.form)}，建在校外`,
  R13_FACTORS: (p) => `${s(p.count)}项优先支持因素`,
  R13_PARK_LEVEL_NOT_RECORDED: () => "所在园区的级别未记录",
  R13_NO_FACTOR: () => "没有优先支持因素",
  R14_NOT_RECORDED: () => "未记录省级财政经费",
  R14_FUNDS: (p) => `省级财政经费${amount(p.amount)}元`,
  R14_AMOUNT_MISSING: (p) => `已记录${amount(p.amount)}元，但有一笔省级财政经费未记录金额`,
  R15_GOVERNED: (p) => `设有实验室主任和${s(p.committee)}人的技术委员会`,
  R15_SEATS_WITHOUT_COMMITTEE: () => "记录了委员会席位，但未说明属于哪个委员会",
  R15_MISSING_BEFORE_LAUNCH: (p) =>
    `缺少${MISSING[s(p.missing)] ?? s(p.missing)}（治理结构在启动建设时建立）`,
  R15_MISSING: (p) => `缺少${MISSING[s(p.missing)] ?? s(p.missing)}`,
  EVIDENCE_GOVERNMENT_INVESTS: (p) => `地方政府参与投入：${s(p.name)}`,
  EVIDENCE_LEADING_ENTERPRISE_INVESTS: (p) => `龙头企业参与投入：${s(p.name)}`,
  EVIDENCE_HIGH_TECH_ZONE: (p) => `建在省级以上高新区：${s(p.name)}`,
  EVIDENCE_DIRECTOR: (p) => `实验室主任：${s(p.name)}`,
  EVIDENCE_TECHNICAL_COMMITTEE: (p) => `技术委员会委员：${s(p.name)}`,
  SCORE_SHARED_DISCIPLINES: (p) => `双方共同涉及${s(p.value)}个学科，× ${s(p.weight)} = ${s(p.contribution)}`,
  SCORE_COMPLEMENTARY_DISCIPLINES: (p) =>
    `${s(p.value)}组学科与领域互补（一方的学科支撑另一方的领域），× ${s(p.weight)} = ${s(p.contribution)}`,
  SCORE_COMMON_PARTNERS: (p) =>
    `共同合作伙伴，Adamic–Adar 指数${s(p.value)}（合作面越窄的伙伴权重越高），× ${s(p.weight)} = ${s(p.contribution)}`,
  SCORE_SHARED_TALENT: (p) => `${s(p.value)}名人员同时在双方任职，× ${s(p.weight)} = ${s(p.contribution)}`,
  SCORE_SAME_CITY: (p) => `位于同一城市，× ${s(p.weight)} = ${s(p.contribution)}`,
  SCORE_SAME_PARK: (p) => `位于同一园区，× ${s(p.weight)} = ${s(p.contribution)}`,
  WHAT_IF_SUMMARY: (p) =>
    `批准${s(p.approved)}家申请单位将填补${s(p.closed)}个布局缺口、新增${s(p.opened)}个缺口，` +
    `并形成${s(p.newDuplicates)}组新的重复布局；获批单位共涉及${s(p.duplicatesOfApproved)}组重复布局`,
  ERROR_NOT_FOUND: (p) => `${LABEL_ZH[s(p.label) as Label] ?? s(p.label)} ${s(p.key)} 不存在`,
  ERROR_PLACE_NOT_FOUND: (p) => `园区或城市 ${s(p.key)} 不存在`,
  ERROR_DUPLICATE_KEY: (p) => `${LABEL_ZH[s(p.label) as Label] ?? s(p.label)} ${s(p.key)} 已存在`,
  ERROR_ILLEGAL_TRANSITION: (p) =>
    `${named(TRANSITION_ZH, p.transition)}要求实验室处于${list(LAB_STATUS_ZH, p.from, "或")}状态；${s(p.lab)}当前为${status(p.status)}`,
  ERROR_EVALUATION_NOT_NOW: (p) =>
    `${named(EVALUATION_KIND_ZH, p.kind)}仅在实验室处于${list(LAB_STATUS_ZH, p.during, "或")}状态时进行；${s(p.lab)}当前为${status(p.status)}`,
  ERROR_EVALUATION_REQUIRED: (p) =>
    `${named(TRANSITION_ZH, p.transition)}要求最近一次${named(EVALUATION_KIND_ZH, p.kind)}的结论为${list(OUTCOME_ZH, p.outcomes, "或")}；` +
    (p.outcome === null || p.outcome === undefined
      ? "尚无该评估记录"
      : `当前为${named(OUTCOME_ZH, p.outcome)}`),
  ERROR_EVALUATION_OUTCOME: (p) =>
    `${named(EVALUATION_KIND_ZH, p.kind)}的结论只能是${list(OUTCOME_ZH, p.outcomes, "、")}`,
  ERROR_OVERRIDE_FORBIDDEN: () => "只有管理员（ADMIN）可以越过重复布局检查批准",
  ERROR_OVERRIDE_NEEDS_REASON: () => "越过检查批准须说明理由",
  ERROR_DUPLICATE_LAYOUT: (p) =>
    `批准被拒绝（R5，同一学科领域不重复布局）：${s(p.count)}家联合实验室（已覆盖或申请中）的主导学科同为一级学科${s(p.code)} ${s(p.name)}`,
};

/** The life-cycle mutations (src/domain/life-cycle.ts). */
export const TRANSITION_ZH: Readonly<Record<string, string>> = {
  startPlanReview: "启动建设方案评审",
  approveLab: "批准建设",
  rejectApplication: "驳回申请",
  startConstruction: "启动建设",
  retainLab: "绩效评估后保留",
  exitLab: "退出",
};
export const EVALUATION_KIND_ZH: Readonly<Record<string, string>> = {
  PLAN_REVIEW: "建设方案评审",
  PERFORMANCE: "绩效评估",
};
export const OUTCOME_ZH: Readonly<Record<string, string>> = {
  PASS: "通过",
  REVISE: "修改后再审",
  FAIL: "不通过",
  RETAIN: "保留",
  EXIT: "退出",
};

/** Why a write was refused, by UserError code: the Chinese lead of a message that has no code of its own. */
export const USER_ERROR_ZH: Readonly<Record<string, string>> = {
  VALIDATION: "输入无效",
  NOT_FOUND: "未找到",
  DUPLICATE_KEY: "编号已存在",
  NOT_ALLOWED: "不允许的操作",
  ILLEGAL_TRANSITION: "实验室当前状态不允许此操作",
  EVALUATION_REQUIRED: "须先完成相应评估",
  DUPLICATE_LAYOUT: "重复布局（R5），批准被拒绝",
  OVERRIDE_FORBIDDEN: "无权越过检查",
  USE_LIFE_CYCLE: "须通过相应的生命周期操作完成",
  CLIENT_MUTATION_ID_REUSED: "clientMutationId 已用于另一次操作",
};

/** The score components' names (ScoreComponent.label). */
export const SCORE_COMPONENT_ZH: Readonly<Record<string, string>> = {
  sharedDisciplines: "共同学科",
  complementaryDisciplines: "学科互补",
  commonPartners: "共同合作伙伴",
  sharedTalent: "共享人才",
  sameCity: "同一城市",
  samePark: "同一园区",
};

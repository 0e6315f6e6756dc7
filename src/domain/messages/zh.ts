/** The Chinese sentences, one per code (codes.ts): what a planner reads first. */
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
    `所在的领域${s(p.code)} ${s(p.name)}：可作为合作对象（R17），不属于重复布局`,
  DUPLICATE_OVERLAP_PAIR: (p) => `${s(p.lab)}的主导学科（${s(p.codes)}）是${s(p.other)}的研究方向所属学科`,
  DUPLICATE_ADJACENT_PAIR: (p) =>
    `${s(p.lab)}聚焦${s(p.platform)}所在的领域：可作为合作对象（R17），不属于重复布局`,
};

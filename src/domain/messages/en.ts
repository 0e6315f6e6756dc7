/**
 * The English sentences, one per code (codes.ts). They are the words the Cypher files write in their
 * `reason` column for analysts, byte for byte (tests/api/messages.test.ts compares every row of the seed).
 */
import type { ParamValue, Templates } from "./codes.js";

const s = (v: ParamValue | undefined): string => (v === null || v === undefined ? "" : String(v));
const one = (v: ParamValue | undefined): boolean => Number(v) === 1;

export const EN: Templates = {
  GAP_FIELD_UNSERVED: (p) => `No covering joint lab and no applicant serves the focus field ${s(p.field)}`,
  GAP_FIELD_APPLICANTS_ONLY: (p) =>
    `No covering joint lab serves the focus field ${s(p.field)}; ${s(p.applicants)} applicant(s) would`,
  GAP_DISCIPLINE: (p) =>
    `First-class discipline ${s(p.code)} ${s(p.name)} (${s(p.universities)} university/ies) supports ` +
    `${s(p.fields)} focus field(s) but no covering joint lab leads or works in it` +
    (Number(p.openFields) > 0 ? `; ${s(p.openFields)} of those fields has no covering lab` : ""),
  GAP_PLACE_FIELD: (p) =>
    `${s(p.place)} has ${s(p.count)} leading enterprise(s) or platform(s) in ${s(p.field)} but no covering joint lab of that field`,
  GAP_PLACE_NO_LAB: (p) =>
    `${s(p.place)} has ${s(p.count)} leading enterprise(s) or platform(s) in ${s(p.field)} but no covering joint lab of that field, and no covering joint lab at all`,
  GAP_DIRECTION: (p) =>
    `Direction ${s(p.direction)} of ${s(p.lab)} (${s(p.status)}) has no industry-leading enterprise`,
  GAP_DIRECTION_UNCLASSIFIED: (p) =>
    `Direction ${s(p.direction)} of ${s(p.lab)} (${s(p.status)}) has no industry-leading enterprise known (a participant is not classified)`,
  DUPLICATE_CONFLICT: (p) =>
    `${s(p.count)} live joint labs share the first-level lead discipline ${s(p.code)} ${s(p.name)}`,
  DUPLICATE_OVERLAP: (p) =>
    `The lead discipline ${s(p.code)} ${s(p.name)} of ` +
    (one(p.leaders) ? s(p.leader) : `${s(p.leaders)} live joint labs`) +
    " is a direction discipline of " +
    (one(p.others) ? s(p.other) : `${s(p.others)} other live joint labs`),
  DUPLICATE_ADJACENT: (p) =>
    (one(p.labs) ? `${s(p.lab)} focuses` : `${s(p.labs)} live joint labs focus`) +
    ` on the field ${s(p.code)} ${s(p.name)} of ` +
    (one(p.platforms) ? s(p.platform) : `${s(p.platforms)} provincial or national labs`) +
    (one(p.labs)
      ? ": a collaboration candidate (R17), not a conflict"
      : ": collaboration candidates (R17), not conflicts"),
  DUPLICATE_OVERLAP_PAIR: (p) =>
    `The lead discipline of ${s(p.lab)} (${s(p.codes)}) is a direction discipline of ${s(p.other)}`,
  DUPLICATE_ADJACENT_PAIR: (p) =>
    `${s(p.lab)} focuses on the field of ${s(p.platform)}: a collaboration candidate (R17), not a conflict`,
};

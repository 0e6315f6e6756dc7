/**
 * The codes of every sentence the hub writes for a reader (gap and duplicate reasons, layout alerts),
 * with the names of their parameters. A sentence is a code and its parameters; en.ts and zh.ts turn it
 * into words (messages/index.ts). A front-end may compose its own text from the same code and parameters.
 */
export const MESSAGE_CODES = {
  /** FIELD gap: no covering lab and no applicant serves the focus field. Params: field. */
  GAP_FIELD_UNSERVED: ["field"],
  /** FIELD gap: no covering lab; applicants would serve it. Params: field, applicants. */
  GAP_FIELD_APPLICANTS_ONLY: ["field", "applicants"],
  /** DISCIPLINE gap. Params: code, name, universities, fields, openFields (0: none of them open). */
  GAP_DISCIPLINE: ["code", "name", "universities", "fields", "openFields"],
  /** CITY or PARK gap where covering labs of other fields are. Params: place, count, field. */
  GAP_PLACE_FIELD: ["place", "count", "field"],
  /** CITY or PARK gap with no covering lab at all. Params: place, count, field. */
  GAP_PLACE_NO_LAB: ["place", "count", "field"],
  /** DIRECTION gap (R10). Params: direction, lab, status (a LabStatus). */
  GAP_DIRECTION: ["direction", "lab", "status"],
  /** DIRECTION gap where a participant is not classified as leading or not. Params: direction, lab, status. */
  GAP_DIRECTION_UNCLASSIFIED: ["direction", "lab", "status"],
  /** CONFLICT group (R5). Params: count, code, name. */
  DUPLICATE_CONFLICT: ["count", "code", "name"],
  /**
   * OVERLAP group of the network view. Params: code, name, leaders (count), leader (the name when
   * leaders is 1, else empty), others (count), other (the name when others is 1, else empty).
   */
  DUPLICATE_OVERLAP: ["code", "name", "leaders", "leader", "others", "other"],
  /**
   * ADJACENT group of the network view (R17). Params: labs (count), lab (the name when labs is 1),
   * code, name, platforms (count), platform (the name when platforms is 1).
   */
  DUPLICATE_ADJACENT: ["labs", "lab", "code", "name", "platforms", "platform"],
  /** OVERLAP pair (duplicatesFor, approvals). Params: lab, codes (comma-separated), other. */
  DUPLICATE_OVERLAP_PAIR: ["lab", "codes", "other"],
  /** ADJACENT pair (duplicatesFor). Params: lab, platform. */
  DUPLICATE_ADJACENT_PAIR: ["lab", "platform"],
} as const satisfies Record<string, readonly string[]>;

export type MessageCode = keyof typeof MESSAGE_CODES;
export type ParamValue = string | number | null;
export type MessageParams = Readonly<Record<string, ParamValue>>;

/** A sentence before it is put into words. Plain data: it crosses the event bus (Redis) unchanged. */
export interface Message {
  code: MessageCode;
  params: MessageParams;
}

export type Templates = { readonly [C in MessageCode]: (p: MessageParams) => string };

export function isMessageCode(value: unknown): value is MessageCode {
  return typeof value === "string" && Object.hasOwn(MESSAGE_CODES, value);
}

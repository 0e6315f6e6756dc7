/**
 * Enums for the output fields that were strings with a closed set of values: a user error's code, the
 * audit trail's action and role, a status event's from/to, a layout alert's kind and severity. Each
 * enum's values are the lists the writers are typed by (src/editing/user-error.ts, src/editing/audit.ts,
 * src/events/types.ts, src/domain/roles.ts, src/domain/enums.ts), so a writer cannot produce a value the
 * enum lacks; each value is described "中文 — English". They serialise as the same strings as before.
 */
import { registerEnumType } from "type-graphql";
import { Role } from "../../domain/roles.js";
import { CHANGE_ACTIONS, type ChangeAction } from "../../editing/audit.js";
import { USER_ERROR_CODES, type UserErrorCode } from "../../editing/user-error.js";
import { LAYOUT_ALERT_KINDS, type LayoutAlertKind } from "../../events/types.js";

export type Described<V extends string> = Readonly<Record<V, string>>;

/** `{ V: "V" }` for each value: the object type-graphql registers as an enum. */
export function enumObject<V extends string>(values: readonly V[]): { [K in V]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in V]: K };
}

/** The values' descriptions in type-graphql's shape. */
export function valuesConfig<V extends string>(described: Described<V>): Record<V, { description: string }> {
  return Object.fromEntries(Object.entries(described).map(([v, d]) => [v, { description: d }])) as Record<
    V,
    { description: string }
  >;
}

export const USER_ERROR_CODE_DESCRIPTIONS: Described<UserErrorCode> = {
  VALIDATION: "输入无效 — an input value is invalid (the field names it)",
  NOT_FOUND: "未找到 — a key names nothing in the graph (the ends of a link included)",
  DUPLICATE_KEY: "编号已存在 — the key is already taken",
  NOT_ALLOWED: "不允许的操作 — the write is not allowed (e.g. a link the model does not have)",
  ILLEGAL_TRANSITION: "实验室当前状态不允许此操作 — the lab's status does not allow this step",
  EVALUATION_REQUIRED: "须先完成相应评估 — the step needs an evaluation with another outcome first",
  DUPLICATE_LAYOUT:
    "重复布局（R5），批准被拒绝 — approval refused: the lab duplicates a live lab's layout (R5)",
  OVERRIDE_FORBIDDEN: "无权越过检查 — only an ADMIN may override the checks",
  USE_LIFE_CYCLE:
    "须通过相应的生命周期操作完成 — one life-cycle mutation performs this step; the message names it",
  CLIENT_MUTATION_ID_REUSED:
    "clientMutationId 已用于另一次操作 — the clientMutationId was used for another mutation",
};
export const UserErrorCodeEnum = enumObject(USER_ERROR_CODES);
registerEnumType(UserErrorCodeEnum, {
  name: "UserErrorCode",
  description: "用户错误的类别 — Why a write was refused, as a code for a front-end's own text",
  valuesConfig: valuesConfig(USER_ERROR_CODE_DESCRIPTIONS),
});

export const CHANGE_ACTION_DESCRIPTIONS: Described<ChangeAction> = {
  CREATED: "新建 — a node was created",
  UPDATED: "修改 — properties of a node were changed",
  DELETED: "删除 — a node was deleted",
  LINKED: "建立关联 — a relationship was created or its properties changed",
  UNLINKED: "解除关联 — a relationship was removed",
  STATUS_CHANGED: "状态变更 — a joint lab's life-cycle status changed",
  EVALUATED:
    "记录评估 — an evaluation recorded (an action of the audit record's type; recordEvaluation records CREATED and LINKED today)",
};
export const ChangeActionEnum = enumObject(CHANGE_ACTIONS);
registerEnumType(ChangeActionEnum, {
  name: "ChangeAction",
  description: "审计记录的操作类型 — What a write did, as the audit trail records it",
  valuesConfig: valuesConfig(CHANGE_ACTION_DESCRIPTIONS),
});

export const ROLE_DESCRIPTIONS: Described<Role> = {
  VIEWER: "查看 — reads the graph and the audit trail",
  PLANNER: "规划 — also asks the analytics",
  EDITOR: "编辑 — also writes",
  ADMIN: "管理员 — also deletes and overrides the checks",
};
registerEnumType(Role, {
  name: "Role",
  description: "用户角色，每个角色包含其前面的角色 — A user's role; each includes the ones before it",
  valuesConfig: valuesConfig(ROLE_DESCRIPTIONS),
});

export const LAYOUT_ALERT_KIND_DESCRIPTIONS: Described<LayoutAlertKind> = {
  DUPLICATE_CREATED: "出现重复布局 — the write created a duplicate layout (R5)",
  GAP_OPENED: "新增缺口 — the write opened a coverage gap",
  GAP_CLOSED: "缺口补上 — the write closed a coverage gap",
};
export const LayoutAlertKindEnum = enumObject(LAYOUT_ALERT_KINDS);
registerEnumType(LayoutAlertKindEnum, {
  name: "LayoutAlertKind",
  description: "布局提醒的类别 — What a layout alert says a write did",
  valuesConfig: valuesConfig(LAYOUT_ALERT_KIND_DESCRIPTIONS),
});

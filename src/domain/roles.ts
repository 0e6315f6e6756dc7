/**
 * Roles, each including the ones before it: VIEWER reads, PLANNER asks the analytics, EDITOR writes,
 * ADMIN deletes and overrides (e.g. approving a lab despite a CONFLICT duplicate).
 */
export enum Role {
  VIEWER = "VIEWER",
  PLANNER = "PLANNER",
  EDITOR = "EDITOR",
  ADMIN = "ADMIN",
}

export const ROLE_ORDER: readonly Role[] = [Role.VIEWER, Role.PLANNER, Role.EDITOR, Role.ADMIN];

/** Whether a user holding `held` may do what needs `needed`. */
export function grants(held: Role, needed: Role): boolean {
  return ROLE_ORDER.indexOf(held) >= ROLE_ORDER.indexOf(needed);
}

/** Who did a write: recorded in the audit trail and on every event. */
export interface HubUser {
  /** Subject of the token, or "local" when no auth is configured. */
  id: string;
  role: Role;
}

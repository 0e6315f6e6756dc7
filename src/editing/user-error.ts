/**
 * A write refused for a reason the user can fix: returned in the payload's `userErrors` with a code,
 * never raised as an internal error. Thrown inside a write transaction, it rolls the transaction back.
 */
export type UserErrorCode =
  | "VALIDATION"
  | "NOT_FOUND"
  | "DUPLICATE_KEY"
  | "NOT_ALLOWED"
  | "ILLEGAL_TRANSITION"
  | "EVALUATION_REQUIRED"
  | "DUPLICATE_LAYOUT"
  | "OVERRIDE_FORBIDDEN"
  /** A generic write refused because one mutation alone performs that step of the policy (src/domain/policy-paths.ts). */
  | "USE_LIFE_CYCLE";

export class UserError extends Error {
  constructor(
    readonly code: UserErrorCode,
    message: string,
    readonly field: string | null = null,
  ) {
    super(message);
  }
}

export interface UserErrorOut {
  code: string;
  field: string | null;
  message: string;
}

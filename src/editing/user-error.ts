/**
 * A write refused for a reason the user can fix: returned in the payload's `userErrors` with a code,
 * never raised as an internal error. Thrown inside a write transaction, it rolls the transaction back.
 */
import { render, type Message } from "../domain/messages/index.js";
/** Every code a user error can carry (the GraphQL enum UserErrorCode lists these, src/modules/shared/output-enums.ts). */
export const USER_ERROR_CODES = [
  "VALIDATION",
  "NOT_FOUND",
  "DUPLICATE_KEY",
  "NOT_ALLOWED",
  "ILLEGAL_TRANSITION",
  "EVALUATION_REQUIRED",
  "DUPLICATE_LAYOUT",
  "OVERRIDE_FORBIDDEN",
  /** A generic write refused because one mutation alone performs that step of the policy (src/domain/policy-paths.ts). */
  "USE_LIFE_CYCLE",
  /** A clientMutationId sent again with another mutation (src/editing/write.ts, replay). */
  "CLIENT_MUTATION_ID_REUSED",
] as const;
export type UserErrorCode = (typeof USER_ERROR_CODES)[number];

export class UserError extends Error {
  /** The message as a code and parameters (src/domain/messages), when it has one: then in either language. */
  readonly sentence: Message | null;

  constructor(
    readonly code: UserErrorCode,
    message: string | Message,
    readonly field: string | null = null,
  ) {
    super(typeof message === "string" ? message : render(message, "EN"));
    this.sentence = typeof message === "string" ? null : message;
  }
}

export interface UserErrorOut {
  code: UserErrorCode;
  field: string | null;
  /** In English. */
  message: string;
  /** The message as a code and parameters; absent: Chinese readers get the code's lead and the English. */
  sentence?: Message | null;
}

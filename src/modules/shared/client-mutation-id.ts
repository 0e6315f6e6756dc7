/**
 * `clientMutationId`: the optional idempotency key every mutation takes (the GitHub and Relay name).
 * A retry with the same key by the same user returns the first outcome and applies nothing
 * (editing/idempotency.ts). One argument on every mutation, whichever shape its other arguments have.
 */
import { Arg } from "type-graphql";
import { CLIENT_MUTATION_ID_MAX, type Idempotency } from "../../editing/idempotency.js";
import type { UserErrorOut } from "../../editing/user-error.js";

export const ClientMutationIdArg = () =>
  Arg("clientMutationId", () => String, {
    nullable: true,
    description: `An idempotency key of the client's choosing (1 to ${CLIENT_MUTATION_ID_MAX} characters, unique per write): a retry with the same key returns the first outcome without applying the write twice`,
  });

/** The key of a write, or the user error of an unusable one. */
export function idempotency(
  clientMutationId: string | null | undefined,
  mutation: string,
): { key?: Idempotency; userErrors: UserErrorOut[] } {
  if (clientMutationId === null || clientMutationId === undefined) return { userErrors: [] };
  if (clientMutationId.length < 1 || clientMutationId.length > CLIENT_MUTATION_ID_MAX) {
    return {
      userErrors: [
        {
          code: "VALIDATION",
          field: "clientMutationId",
          message: `clientMutationId must be 1 to ${CLIENT_MUTATION_ID_MAX} characters`,
        },
      ],
    };
  }
  return { key: { clientMutationId, mutation }, userErrors: [] };
}

/**
 * The guard of src/domain/policy-paths.ts: the refusal (USE_LIFE_CYCLE, naming the path to use) of a
 * generic write that would stand in for a step of the policy. The write functions (nodes.ts, links.ts)
 * call it on every write, so that no caller can skip it; resolvers call it too, to answer before any
 * other check or read.
 */
import {
  CREATED_ONLY_BY,
  DELETED_ONLY_WITH_LAB,
  LIFE_CYCLE_PROPERTIES,
  LIFE_CYCLE_RELATIONSHIPS,
  type PolicyPath,
} from "../domain/policy-paths.js";
import type { Label, RelType } from "../domain/model.js";
import { UserError } from "./user-error.js";

/** Creating a node of `label` other than through the one mutation that creates it. */
export function creationRefusal(label: Label, path?: PolicyPath): UserError | null {
  const only = CREATED_ONLY_BY[label];
  if (!only || only === path) return null;
  return new UserError("USE_LIFE_CYCLE", `a ${label} is created only by ${only}`, "input");
}

/** A patch of properties that only the life-cycle mutations write. */
export function patchRefusal(label: Label, names: readonly string[]): UserError | null {
  const guarded = LIFE_CYCLE_PROPERTIES[label];
  const hit = guarded ? names.filter((n) => guarded.properties.includes(n)) : [];
  if (!guarded || !hit.length) return null;
  return new UserError(
    "USE_LIFE_CYCLE",
    `${hit.join(", ")} of a ${label} change only through ${guarded.path}`,
    `patch.${hit[0]}`,
  );
}

/** Linking (with `path`: from that mutation) or unlinking (no path ever) a life-cycle relationship. */
export function linkRefusal(
  type: RelType,
  operation: "link" | "unlink",
  path?: PolicyPath,
): UserError | null {
  const guarded = LIFE_CYCLE_RELATIONSHIPS[type];
  if (!guarded) return null;
  if (operation === "link" && guarded.writtenBy === path) return null;
  return new UserError(
    "USE_LIFE_CYCLE",
    operation === "link"
      ? `${type} is written only by ${guarded.writtenBy}`
      : `${type} is not unlinked: ${guarded.removal}`,
    "type",
  );
}

/** Deleting a node that is part of its lab's record (`labKey`: the lab it belongs to, if any). */
export function deletionRefusal(label: Label, labKey: string | null): UserError | null {
  if (!DELETED_ONLY_WITH_LAB.has(label) || labKey === null) return null;
  return new UserError(
    "USE_LIFE_CYCLE",
    `a ${label} of a lab (${labKey}) is part of its record and goes only with the lab (deleteJointLab); to correct it, record a newer one with recordEvaluation`,
    "id",
  );
}

export function refuse(error: UserError | null): void {
  if (error) throw error;
}

/**
 * Link and unlink any relationship of the model, validated against the model as data: the labels
 * allowed at each end, the properties each type carries and their types, and that both ends exist.
 * The relationships a step of the policy writes (policy-paths.ts) are linked only by that step's
 * mutation, which names itself (`path`), and never unlinked.
 */
import {
  IDENTITY_PROPERTIES,
  RELATIONSHIP_PROPERTIES,
  RELATIONSHIPS,
  keyOf,
  type Label,
  type RelType,
} from "../domain/model.js";
import type { PolicyPath } from "../domain/policy-paths.js";
import type { GraphNode } from "../modules/shared/node.js";
import { snapshot } from "./audit.js";
import { labOf, requireNode } from "./nodes.js";
import { linkRefusal, refuse } from "./policy-paths.js";
import { UserError } from "./user-error.js";
import { toParams } from "./values.js";
import type { WriteScope } from "./write.js";

export interface LinkSpec {
  type: RelType;
  fromLabel: Label;
  fromKey: string;
  toLabel: Label;
  toKey: string;
  properties?: Record<string, unknown>;
}

/** A lab has one lead university and one lead discipline (R1, R5). */
export const SINGLE_PER_SOURCE: ReadonlySet<RelType> = new Set(["LED_BY", "LEAD_DISCIPLINE"]);
/** Read as undirected: an existing link either way is the same link. */
const UNDIRECTED: ReadonlySet<RelType> = new Set(["COLLABORATES_WITH"]);

export function checkShape(spec: LinkSpec): Record<string, unknown> {
  const allowed = RELATIONSHIPS[spec.type] as { from: readonly string[]; to: readonly string[] };
  if (!allowed.from.includes(spec.fromLabel) || !allowed.to.includes(spec.toLabel)) {
    throw new UserError(
      "NOT_ALLOWED",
      `${spec.type} goes from ${allowed.from.join("|")} to ${allowed.to.join("|")}, not from ${spec.fromLabel} to ${spec.toLabel}`,
      "type",
    );
  }
  if (spec.fromLabel === spec.toLabel && spec.fromKey === spec.toKey)
    throw new UserError("NOT_ALLOWED", "a node cannot be linked to itself", "to");
  const types = RELATIONSHIP_PROPERTIES[spec.type];
  const props: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(spec.properties ?? {})) {
    if (value === undefined || value === null) continue;
    const type = types[name];
    if (!type)
      throw new UserError("VALIDATION", `${spec.type} has no property ${name}`, `properties.${name}`);
    if (Array.isArray(type) && !type.includes(String(value))) {
      throw new UserError("VALIDATION", `${name} must be one of ${type.join(", ")}`, `properties.${name}`);
    }
    if (type === "integer" && (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0)) {
      throw new UserError("VALIDATION", `${name} must be an integer ≥ 0`, `properties.${name}`);
    }
    if (type === "boolean" && typeof value !== "boolean")
      throw new UserError("VALIDATION", `${name} must be true or false`, `properties.${name}`);
    if (type === "string" && (typeof value !== "string" || value.length > 500)) {
      throw new UserError(
        "VALIDATION",
        `${name} must be text of at most 500 characters`,
        `properties.${name}`,
      );
    }
    props[name] = value;
  }
  for (const name of IDENTITY_PROPERTIES[spec.type] ?? []) {
    if (props[name] === undefined)
      throw new UserError("VALIDATION", `${spec.type} needs ${name}`, `properties.${name}`);
  }
  return props;
}

function pattern(spec: LinkSpec, identity: string): string {
  const arrow = UNDIRECTED.has(spec.type) ? "-" : "->";
  return `(a:${spec.fromLabel} {${keyOf(spec.fromLabel)}: $fromKey})-[r:${spec.type}${identity}]${arrow}(b:${spec.toLabel} {${keyOf(spec.toLabel)}: $toKey})`;
}

function identityOf(
  spec: LinkSpec,
  props: Record<string, unknown>,
): { text: string; params: Record<string, unknown> } {
  const names = IDENTITY_PROPERTIES[spec.type] ?? [];
  const params = toParams(Object.fromEntries(names.map((n) => [n, props[n]])));
  return { text: names.length ? ` {${names.map((n) => `${n}: $identity.${n}`).join(", ")}}` : "", params };
}

async function labOfLink(scope: WriteScope, spec: LinkSpec): Promise<string | null> {
  return (await labOf(scope, spec.fromLabel, spec.fromKey)) ?? (await labOf(scope, spec.toLabel, spec.toKey));
}

export async function link(
  scope: WriteScope,
  spec: LinkSpec,
  path?: PolicyPath,
): Promise<{ from: GraphNode; to: GraphNode; properties: Record<string, unknown> }> {
  refuse(linkRefusal(spec.type, "link", path));
  const props = checkShape(spec);
  // an end that does not exist: NOT_FOUND, naming it (like every write that names an unknown node)
  const from = await requireNode(scope, spec.fromLabel, spec.fromKey, "from");
  const to = await requireNode(scope, spec.toLabel, spec.toKey, "to");
  if (spec.type === "LEAD_DISCIPLINE" && to.level !== "FIRST_LEVEL") {
    throw new UserError(
      "VALIDATION",
      `a lead discipline is first-level (R5); ${spec.toKey} is ${String(to.level)}`,
      "to",
    );
  }
  if (SINGLE_PER_SOURCE.has(spec.type)) {
    const other = await scope.tx.run(
      `MATCH (a:${spec.fromLabel} {${keyOf(spec.fromLabel)}: $fromKey})-[:${spec.type}]->(b) WHERE coalesce(b.id, b.code) <> $toKey RETURN coalesce(b.id, b.code) AS key`,
      { fromKey: spec.fromKey, toKey: spec.toKey },
    );
    if (other.records.length) {
      throw new UserError(
        "NOT_ALLOWED",
        `${spec.fromKey} already has ${spec.type} ${String(other.records[0]!.get("key"))}; unlink it first`,
        "to",
      );
    }
  }
  const identity = identityOf(spec, props);
  const params = {
    fromKey: spec.fromKey,
    toKey: spec.toKey,
    identity: identity.params,
    props: toParams(props),
  };
  const existing = await scope.tx.run(
    `MATCH ${pattern(spec, identity.text)} RETURN properties(r) AS p LIMIT 1`,
    params,
  );
  const before = existing.records[0] ? snapshot(existing.records[0].get("p")) : null;
  const written = before
    ? await scope.tx.run(
        `MATCH ${pattern(spec, identity.text)} WITH r LIMIT 1 SET r += $props RETURN properties(r) AS p`,
        params,
      )
    : await scope.tx.run(
        `MATCH (a:${spec.fromLabel} {${keyOf(spec.fromLabel)}: $fromKey}), (b:${spec.toLabel} {${keyOf(spec.toLabel)}: $toKey})
         CREATE (a)-[r:${spec.type}]->(b) SET r = $props RETURN properties(r) AS p`,
        params,
      );
  const after = snapshot(written.records[0]!.get("p"));
  await scope.record({
    action: "LINKED",
    entityLabel: spec.fromLabel,
    entityKey: spec.fromKey,
    labKey: await labOfLink(scope, spec),
    summary: `${before ? "updated" : "linked"} (${spec.fromLabel} ${spec.fromKey})-[:${spec.type}]->(${spec.toLabel} ${spec.toKey})`,
    before: before ? { type: spec.type, to: spec.toKey, ...before } : null,
    after: { type: spec.type, to: spec.toKey, ...after },
  });
  return { from, to, properties: after };
}

/** A direction belongs to a discipline (addResearchDirection needs one): its last one is not unlinked. */
async function keepOneDiscipline(scope: WriteScope, spec: LinkSpec): Promise<void> {
  const result = await scope.tx.run(
    `MATCH (:ResearchDirection {id: $fromKey})-[:IN_DISCIPLINE]->(d:Discipline)
     RETURN count(d) AS n, sum(CASE d.code WHEN $toKey THEN 1 ELSE 0 END) AS hit`,
    { fromKey: spec.fromKey, toKey: spec.toKey },
  );
  const record = result.records[0]!;
  if (Number(record.get("hit")) > 0 && Number(record.get("n")) <= 1) {
    throw new UserError(
      "NOT_ALLOWED",
      `${spec.toKey} is the last discipline of ${spec.fromKey}; link another one first`,
      "to",
    );
  }
}

export async function unlink(scope: WriteScope, spec: LinkSpec): Promise<void> {
  refuse(linkRefusal(spec.type, "unlink"));
  const props = checkShape(spec);
  if (spec.type === "IN_DISCIPLINE" && spec.fromLabel === "ResearchDirection")
    await keepOneDiscipline(scope, spec);
  const identity = identityOf(spec, props);
  const params = { fromKey: spec.fromKey, toKey: spec.toKey, identity: identity.params };
  const labKey = await labOfLink(scope, spec);
  const removed = await scope.tx.run(
    `MATCH ${pattern(spec, identity.text)} WITH r, properties(r) AS p LIMIT 1 DELETE r RETURN p`,
    params,
  );
  if (!removed.records.length) {
    throw new UserError(
      "NOT_FOUND",
      `no ${spec.type} from ${spec.fromLabel} ${spec.fromKey} to ${spec.toLabel} ${spec.toKey}`,
      "type",
    );
  }
  await scope.record({
    action: "UNLINKED",
    entityLabel: spec.fromLabel,
    entityKey: spec.fromKey,
    labKey,
    summary: `unlinked (${spec.fromLabel} ${spec.fromKey})-[:${spec.type}]->(${spec.toLabel} ${spec.toKey})`,
    before: { type: spec.type, to: spec.toKey, ...snapshot(removed.records[0]!.get("p")) },
    after: null,
  });
}

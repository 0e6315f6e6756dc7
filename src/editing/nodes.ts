/** Create, update and delete a node of any label of the model, inside a write scope, with its audit record. */
import { keyOf, type Label } from "../domain/model.js";
import type { PolicyPath } from "../domain/policy-paths.js";
import { asNode, type GraphNode } from "../modules/shared/node.js";
import { snapshot } from "./audit.js";
import { creationRefusal, deletionRefusal, patchRefusal, refuse } from "./policy-paths.js";
import { UserError } from "./user-error.js";
import { toParams } from "./values.js";
import type { WriteScope } from "./write.js";

/** Nodes that belong to another and go with it: a lab's directions and evaluations. */
const OWNED: Partial<Record<Label, string>> = {
  JointLab: "OPTIONAL MATCH (n)-[:HAS_DIRECTION|EVALUATED_IN]->(owned) WITH n, collect(owned) AS owned",
};

/** The joint lab a node belongs to, for the audit record and live updates. */
export async function labOf(scope: WriteScope, label: Label, key: string): Promise<string | null> {
  if (label === "JointLab") return key;
  if (label !== "ResearchDirection" && label !== "Evaluation") return null;
  const result = await scope.tx.run(
    `MATCH (l:JointLab)-[:HAS_DIRECTION|EVALUATED_IN]->(n:${label} {id: $key}) RETURN l.id AS lab LIMIT 1`,
    { key },
  );
  return (result.records[0]?.get("lab") as string | undefined) ?? null;
}

export async function requireNode(
  scope: WriteScope,
  label: Label,
  key: string,
  field: string,
): Promise<GraphNode> {
  const result = await scope.tx.run(`MATCH (n:${label} {${keyOf(label)}: $key}) RETURN properties(n) AS p`, {
    key,
  });
  const record = result.records[0];
  if (!record) throw new UserError("NOT_FOUND", { code: "ERROR_NOT_FOUND", params: { label, key } }, field);
  return asNode(label, snapshot(record.get("p")));
}

export interface CreateOptions {
  /** The lab the node belongs to, for the audit record (default: the node itself if a lab, else none). */
  labKey?: string | null;
  /** The mutation creating it: required for the labels only one mutation creates (policy-paths.ts). */
  path?: PolicyPath;
}

export async function createNode(
  scope: WriteScope,
  label: Label,
  props: Record<string, unknown>,
  { labKey, path }: CreateOptions = {},
): Promise<GraphNode> {
  refuse(creationRefusal(label, path));
  const keyName = keyOf(label);
  const key = String(props[keyName] ?? "");
  const exists = await scope.tx.run(`MATCH (n:${label} {${keyName}: $key}) RETURN count(n) AS n`, { key });
  if (Number(exists.records[0]!.get("n")) > 0)
    throw new UserError("DUPLICATE_KEY", { code: "ERROR_DUPLICATE_KEY", params: { label, key } }, keyName);
  const result = await scope.tx.run(`CREATE (n:${label}) SET n = $props RETURN properties(n) AS p`, {
    props: Object.fromEntries(Object.entries(toParams(props)).filter(([, v]) => v !== null)),
  });
  const after = snapshot(result.records[0]!.get("p"));
  await scope.record({
    action: "CREATED",
    entityLabel: label,
    entityKey: key,
    labKey: labKey === undefined ? (label === "JointLab" ? key : null) : labKey,
    summary: `created ${label} ${key}`,
    before: null,
    after,
  });
  return asNode(label, after);
}

export async function updateNode(
  scope: WriteScope,
  label: Label,
  key: string,
  patch: Record<string, unknown>,
): Promise<GraphNode> {
  refuse(patchRefusal(label, Object.keys(patch)));
  const current = await requireNode(scope, label, key, keyOf(label));
  const { __label: _label, ...before } = current;
  const result = await scope.tx.run(
    `MATCH (n:${label} {${keyOf(label)}: $key}) SET n += $patch RETURN properties(n) AS p`,
    {
      key,
      patch: toParams(patch),
    },
  );
  const after = snapshot(result.records[0]!.get("p"));
  const changed = Object.keys({ ...before, ...after }).filter(
    (k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]),
  );
  if (changed.length) {
    await scope.record({
      action: "UPDATED",
      entityLabel: label,
      entityKey: key,
      labKey: await labOf(scope, label, key),
      summary: `updated ${changed.join(", ")} of ${label} ${key}`,
      before: Object.fromEntries(changed.map((k) => [k, before[k] ?? null])),
      after: Object.fromEntries(changed.map((k) => [k, after[k] ?? null])),
    });
  }
  return asNode(label, after);
}

export async function deleteNode(scope: WriteScope, label: Label, key: string): Promise<GraphNode> {
  const current = await requireNode(scope, label, key, keyOf(label));
  const labKey = await labOf(scope, label, key);
  refuse(deletionRefusal(label, labKey));
  const links = await scope.tx.run(
    `MATCH (n:${label} {${keyOf(label)}: $key})-[r]-(m) RETURN type(r) AS type, coalesce(m.id, m.code) AS other ORDER BY type, other`,
    { key },
  );
  const { __label: _label, ...before } = current;
  const owned = OWNED[label];
  await scope.tx.run(
    owned
      ? `MATCH (n:${label} {${keyOf(label)}: $key}) ${owned} FOREACH (o IN owned | DETACH DELETE o) DETACH DELETE n`
      : `MATCH (n:${label} {${keyOf(label)}: $key}) DETACH DELETE n`,
    { key },
  );
  await scope.record({
    action: "DELETED",
    entityLabel: label,
    entityKey: key,
    labKey,
    summary: `deleted ${label} ${key} and its ${links.records.length} relationship(s)`,
    before: {
      ...before,
      links: links.records.map((r) => `${String(r.get("type"))} ${String(r.get("other"))}`),
    },
    after: null,
  });
  return current;
}

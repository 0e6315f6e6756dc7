/**
 * A root field's whole tree of relation fields in its own statement. The selection under a root field
 * (`jointLabs { edges { node { directions { disciplines { … } } } } }`) is compiled into nested COLLECT
 * subqueries, one per relation field, built from the declared relations (relations.ts) — never from
 * input: only the shape of the query chooses which constant patterns are nested. The answer primes the
 * request's RelationLoader, so the field resolvers below find their nodes without another round trip:
 * a nested query costs one statement instead of one per level, and Neo4j plans it once per shape.
 *
 * What cannot be compiled (a field below a union whose member is not known in advance, a relation
 * field nested deeper than HUB_PREFETCH_DEPTH levels) is simply not primed: its resolver falls back to the batched
 * loader, so answers never depend on this optimisation.
 */
import {
  isAbstractType,
  isObjectType,
  type FieldNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from "graphql";
import { keyOf, type Label } from "../../domain/model.js";
import { toProps, type NodeProps } from "../../graph/values.js";
import type { HubContext } from "../../server/context.js";
import { asNode, type GraphNode } from "./node.js";
import {
  byKey,
  DEFAULT_ORDER,
  relationOfField,
  targetLabel,
  toRelated,
  type Relation,
  type RelatedRow,
  type RelationLoader,
} from "./relations.js";

/** One relation field to fetch under a node, with the relation fields to fetch under its nodes. */
export interface PrefetchPlan {
  relation: Relation;
  children: PrefetchPlan[];
}

/** The selection sets of a path of plain (non-relation) fields, e.g. ["edges", "node"] under a connection. */
export function selectionsAt(info: GraphQLResolveInfo, sets: readonly SelectionSetNode[], path: readonly string[]): SelectionSetNode[] {
  let current = [...sets];
  for (const name of path) {
    current = fieldsNamed(info, current, name, null).flatMap((field) => (field.selectionSet ? [field.selectionSet] : []));
  }
  return current;
}

/** The selection sets directly under the resolved root field. */
export function rootSelections(info: GraphQLResolveInfo): SelectionSetNode[] {
  return info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
}

/** The relation fields selected on nodes of `label`, and theirs, as a plan. */
export function planSelections(
  info: GraphQLResolveInfo,
  label: Label,
  sets: readonly SelectionSetNode[],
  maxDepth: number,
  depth = 0,
): PrefetchPlan[] {
  if (depth >= maxDepth || !sets.length) return [];
  const byRelation = new Map<Relation, SelectionSetNode[]>();
  for (const field of allFields(info, sets, label)) {
    const relation = relationOfField(label, field.name.value);
    if (!relation) continue;
    const childSets = byRelation.get(relation) ?? [];
    if (field.selectionSet) {
      childSets.push(...(relation.node ? selectionsAt(info, [field.selectionSet], [relation.node]) : [field.selectionSet]));
    }
    byRelation.set(relation, childSets);
  }
  return [...byRelation].map(([relation, childSets]) => {
    const child = targetLabel(relation);
    return { relation, children: child ? planSelections(info, child, childSets, maxDepth, depth + 1) : [] };
  });
}

/** The Cypher map `{c0: COLLECT {…}, …}` of a plan's relation fields under the node bound to `parent`. */
export function projection(plans: readonly PrefetchPlan[], parent: string, depth = 0): string {
  return `{${plans.map((plan, i) => `c${i}: ${collectOf(plan, parent, depth)}`).join(", ")}}`;
}

function collectOf(plan: PrefetchPlan, parent: string, depth: number): string {
  const { relation } = plan;
  const m = `m${depth}`;
  const r = `r${depth}`;
  const names = { n: parent, m, r };
  const pattern = rename(relation.pattern!, names);
  const rel = relation.withRel ? `properties(${r})` : "{}";
  const order = rename(relation.order ?? DEFAULT_ORDER, names);
  const labels = targetLabel(relation) ? "" : `, l: labels(${m})`;
  const children = plan.children.length ? `, c: ${projection(plan.children, m, depth + 1)}` : "";
  return (
    `COLLECT { MATCH ${pattern} WITH DISTINCT ${m}, ${rel} AS ${r} ORDER BY ${order} ` +
    `RETURN {p: properties(${m}), r: ${r}${labels}${children}} }`
  );
}

/** Renames the variables n, m and r of a relation's constant pattern or order expression. */
function rename(text: string, names: Record<"n" | "m" | "r", string>): string {
  return text.replace(/(?<![\w.:$'"])\b([nmr])\b(?![\w'"])/g, (variable: string) => names[variable as "n" | "m" | "r"]);
}

/** A node by its key with the relation fields of `plans` below it, in one statement; the loader is primed with all of it. */
export async function lookupWithRelations(ctx: HubContext, label: Label, key: string, plans: readonly PrefetchPlan[]): Promise<GraphNode | null> {
  const cypher = `MATCH (n:${label} {${keyOf(label)}: $key}) RETURN properties(n) AS p, ${projection(plans, "n")} AS c LIMIT 1`;
  const record = (await ctx.graph.read(cypher, { key }, ctx.stats)).records[0];
  const node = record ? asNode(label, toProps(record.get("p"))) : null;
  ctx.relations.prime(byKey(label), key, node ? [{ node, rel: {} }] : []);
  if (node) primeFrom(ctx.relations, plans, key, record!.get("c"));
  return node;
}

/** Primes the loader with what `projection` fetched under the node whose key is `key`. */
export function primeFrom(loader: RelationLoader, plans: readonly PrefetchPlan[], key: string, fetched: unknown): void {
  const map = (fetched ?? {}) as Record<string, (RelatedRow & { c?: unknown })[]>;
  plans.forEach((plan, i) => {
    const rows = map[`c${i}`] ?? [];
    const items = rows.flatMap((row) => toRelated(plan.relation, row) ?? []);
    loader.prime(plan.relation, key, items);
    if (!plan.children.length) return;
    rows.forEach((row, j) => {
      const node = items[j]?.node;
      if (node) primeFrom(loader, plan.children, keyValue(node), row.c);
    });
  });
}

export function keyValue(node: NodeProps & { __label: Label }): string {
  return String(node[keyOf(node.__label)]);
}

/** Fields selected on an object of `typeName`, through inline fragments and fragment spreads. */
function allFields(info: GraphQLResolveInfo, sets: readonly SelectionSetNode[], typeName: string): FieldNode[] {
  return fieldsNamed(info, sets, null, typeName);
}

function fieldsNamed(info: GraphQLResolveInfo, sets: readonly SelectionSetNode[], name: string | null, typeName: string | null): FieldNode[] {
  const out: FieldNode[] = [];
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode): void => {
    for (const selection of set.selections) {
      if (selection.kind === "Field") {
        if (name === null || selection.name.value === name) out.push(selection);
      } else if (selection.kind === "InlineFragment") {
        if (applies(info, selection.typeCondition?.name.value, typeName)) visit(selection.selectionSet);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = info.fragments[selection.name.value];
        if (fragment && applies(info, fragment.typeCondition.name.value, typeName)) visit(fragment.selectionSet);
      }
    }
  };
  sets.forEach(visit);
  return out;
}

/** Whether a fragment on `condition` applies to an object of `typeName` (unknown type: yes). */
function applies(info: GraphQLResolveInfo, condition: string | undefined, typeName: string | null): boolean {
  if (!condition || !typeName || condition === typeName) return true;
  const conditionType = info.schema.getType(condition);
  const objectType = info.schema.getType(typeName);
  return Boolean(conditionType && isAbstractType(conditionType) && isObjectType(objectType) && info.schema.isSubType(conditionType, objectType));
}

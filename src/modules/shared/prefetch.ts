/**
 * A root field's whole tree of relation fields in its own statement. The selection under a root field
 * (`jointLabs { edges { node { directions { disciplines { … } } } } }`) is compiled into nested COLLECT
 * subqueries, one per relation field, built from the declared relations (relations.ts) — never from
 * input: the validated query's shape only chooses which constant patterns are nested and which of the
 * schema's property names are projected. Each node comes back with the properties its selection reads
 * and carries the relation fields fetched below it (node.ts, PREFETCHED), so the field resolvers below
 * find their nodes without another round trip: a nested query costs one statement instead of one per
 * level, and Neo4j plans it once per shape.
 *
 * What cannot be compiled (a field below a union whose member is not known in advance, a relation
 * field nested deeper than HUB_PREFETCH_DEPTH levels) is simply not carried: its resolver falls back to
 * the batched loader with the node's key, so answers never depend on this optimisation.
 */
import {
  getNamedType,
  isAbstractType,
  isCompositeType,
  isObjectType,
  type FieldNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from "graphql";
import { keyOf, type Label } from "../../domain/model.js";
import { ownProps, toPlain, type NodeProps, type Plain } from "../../graph/values.js";
import type { HubContext } from "../../server/context.js";
import { modelLabel, ownNode, PREFETCHED, type GraphNode } from "./node.js";
import {
  DEFAULT_ORDER,
  NO_PROPS,
  relatedRows,
  relationOfField,
  targetLabel,
  type Related,
  type Relation,
} from "./relations.js";

/** What to fetch of the nodes of one label: the properties the selection reads, and relation fields below. */
export interface NodeSelection {
  /** Property names to project; null: all of them (`properties(m)`). */
  props: string[] | null;
  relations: PrefetchPlan[];
}

/** One relation field to fetch under a node, and what to fetch of its nodes. */
export interface PrefetchPlan {
  relation: Relation;
  select: NodeSelection;
}

/** Every property and no relation field: what to fetch of a node whose type the schema does not tell. */
const ALL: NodeSelection = { props: null, relations: [] };

/** The selection sets of a path of plain (non-relation) fields, e.g. ["edges", "node"] under a connection. */
export function selectionsAt(
  info: GraphQLResolveInfo,
  sets: readonly SelectionSetNode[],
  path: readonly string[],
): SelectionSetNode[] {
  let current = [...sets];
  for (const name of path) {
    current = fieldsOf(info, current, null).flatMap((field) =>
      field.name.value === name && field.selectionSet ? [field.selectionSet] : [],
    );
  }
  return current;
}

/** The selection sets directly under the resolved root field. */
export function rootSelections(info: GraphQLResolveInfo): SelectionSetNode[] {
  return info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
}

/** Bounds of one statement: levels of relation fields, and COLLECT subqueries in all (a wide query's text stays small). */
export interface PrefetchBudget {
  depth: number;
  subqueries: number;
}

/** Subqueries one statement may hold; relation fields beyond them are left to the loader. */
export const MAX_SUBQUERIES = 64;

export function prefetchBudget(depth: number): PrefetchBudget {
  return { depth, subqueries: MAX_SUBQUERIES };
}

/**
 * What the selection sets read of nodes of `label`: the selected fields that are properties, the key
 * (relation fields below are found by it), and the relation fields with theirs, within the budget
 * (spent as it goes: depth first).
 */
export function selectionOf(
  info: GraphQLResolveInfo,
  label: Label,
  sets: readonly SelectionSetNode[],
  budget: PrefetchBudget,
  depth = 0,
): NodeSelection {
  const type = info.schema.getType(label);
  if (!isObjectType(type)) return ALL;
  const schemaFields = type.getFields();
  const props = new Set<string>([keyOf(label)]);
  const byRelation = new Map<Relation, SelectionSetNode[]>();
  let everyProperty = false;
  for (const field of fieldsOf(info, sets, label)) {
    const name = field.name.value;
    const relation = relationOfField(label, name);
    if (!relation) {
      if (name in schemaFields) props.add(name);
      continue;
    }
    // A link object's other node fields (CoBuilding.lab) hand back this very node, fetched here or not: keep all of it.
    if (relation.node && field.selectionSet && pointsBack(info, relation, label, field.selectionSet))
      everyProperty = true;
    const known = byRelation.get(relation);
    if (!known && (depth >= budget.depth || budget.subqueries <= 0)) continue;
    if (!known) budget.subqueries -= 1;
    const childSets = known ?? [];
    if (field.selectionSet) {
      childSets.push(
        ...(relation.node ? selectionsAt(info, [field.selectionSet], [relation.node]) : [field.selectionSet]),
      );
    }
    byRelation.set(relation, childSets);
  }
  return {
    props: everyProperty ? null : [...props].sort(),
    relations: [...byRelation].map(([relation, childSets]) => {
      const child = targetLabel(relation);
      return {
        relation,
        select: child
          ? selectionOf(info, child, childSets, budget, depth + 1)
          : memberSelection(info, relation, childSets),
      };
    }),
  };
}

/**
 * What to fetch of nodes whose label is known only when they arrive (a union such as a co-builder):
 * the properties any member's fragment selects, with every member's key. Relation fields below them
 * are left to the loader.
 */
function memberSelection(
  info: GraphQLResolveInfo,
  relation: Relation,
  sets: readonly SelectionSetNode[],
): NodeSelection {
  const [typeName, fieldName] = relation.name.split(".") as [string, string];
  const owner = info.schema.getType(typeName);
  if (!isObjectType(owner)) return ALL;
  let type = getNamedType(owner.getFields()[fieldName]!.type);
  if (relation.node && isObjectType(type)) type = getNamedType(type.getFields()[relation.node]!.type);
  if (!isAbstractType(type)) return ALL;
  const props = new Set<string>();
  for (const member of info.schema.getPossibleTypes(type)) {
    props.add(keyOf(member.name as Label));
    const memberFields = member.getFields();
    for (const field of fieldsOf(info, sets, member.name)) {
      const name = field.name.value;
      if (name in memberFields && !relationOfField(member.name, name)) props.add(name);
    }
  }
  return { props: [...props].sort(), relations: [] };
}

function pointsBack(
  info: GraphQLResolveInfo,
  relation: Relation,
  label: Label,
  set: SelectionSetNode,
): boolean {
  const fieldType = info.schema.getType(label);
  if (!isObjectType(fieldType)) return true;
  const link = getNamedType(fieldType.getFields()[relation.name.split(".")[1]!]!.type);
  if (!isObjectType(link)) return true;
  const linkFields = link.getFields();
  return fieldsOf(info, [set], link.name).some((field) => {
    const name = field.name.value;
    return (
      name !== relation.node && name in linkFields && isCompositeType(getNamedType(linkFields[name]!.type))
    );
  });
}

/**
 * The Cypher list `[properties, children, relationship, labels]` of what `select` fetches of the node
 * bound to `variable`: properties as a list in `select.props` order (or the whole map), children as a
 * list of one COLLECT per relation field (or null). Lists, not maps: the driver decodes no key names,
 * which takes a third of its time on a page of nested nodes.
 */
export function nodeProjection(
  variable: string,
  select: NodeSelection,
  depth = 0,
  rel: string | null = null,
  labels: string | null = null,
): string {
  const props = select.props
    ? `[${select.props.map((p) => `${variable}.${p}`).join(", ")}]`
    : `properties(${variable})`;
  const children = select.relations.length
    ? `[${select.relations.map((plan) => collectOf(plan, variable, depth)).join(", ")}]`
    : "null";
  return `[${props}, ${children}, ${rel ?? "null"}, ${labels ?? "null"}]`;
}

function collectOf(plan: PrefetchPlan, parent: string, depth: number): string {
  const { relation, select } = plan;
  const m = `m${depth}`;
  const r = `r${depth}`;
  const names = { n: parent, m, r };
  const pattern = rename(relation.pattern!, names);
  const rows = relatedRows(relation, m, r, rename(relation.order ?? DEFAULT_ORDER, names));
  return `COLLECT { MATCH ${pattern} ${rows.clause} RETURN ${nodeProjection(m, select, depth + 1, rows.rel, rows.labels)} }`;
}

/** Renames the variables n, m and r of a relation's constant pattern or order expression. */
function rename(text: string, names: Record<"n" | "m" | "r", string>): string {
  return text.replace(
    /(?<![\w.:$'"])\b([nmr])\b(?![\w'"])/g,
    (variable: string) => names[variable as "n" | "m" | "r"],
  );
}

/** What nodeProjection returns, as the driver decodes it. */
export type Fetched = [props: unknown, children: unknown[][] | null, rel: unknown, labels: Plain];

function propsOf(select: NodeSelection, fetched: unknown): NodeProps {
  if (!select.props) return ownProps(fetched);
  const values = fetched as unknown[];
  const props: NodeProps = {};
  select.props.forEach((name, i) => {
    const value = values[i];
    props[name] =
      value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean"
        ? value
        : toPlain(value);
  });
  return props;
}

/** A node of `label` from what `nodeProjection` fetched, carrying the relation fields fetched below it. */
export function fetchedNode(label: Label, select: NodeSelection, fetched: Fetched): GraphNode {
  const node = ownNode(label, propsOf(select, fetched[0]));
  attach(node, select, fetched[1]);
  return node;
}

function attach(node: GraphNode, select: NodeSelection, children: unknown[][] | null): void {
  if (!select.relations.length) return;
  const carried = new Map<string, Related[]>();
  select.relations.forEach((plan, i) => {
    const label = targetLabel(plan.relation);
    const items = ((children?.[i] ?? []) as Fetched[]).flatMap((row) => {
      const nodeLabel = label ?? modelLabel(row[3]);
      if (!nodeLabel) return [];
      const related = ownNode(nodeLabel, propsOf(plan.select, row[0]));
      attach(related, plan.select, row[1]);
      return [{ node: related, rel: row[2] ? ownProps(row[2]) : NO_PROPS }];
    });
    carried.set(plan.relation.name, items);
  });
  node[PREFETCHED] = carried;
}

/** A node by its key with what `select` asks below it, in one statement. */
export async function lookupWithRelations(
  ctx: HubContext,
  label: Label,
  key: string,
  select: NodeSelection,
): Promise<GraphNode | null> {
  const cypher = `MATCH (n:${label} {${keyOf(label)}: $key}) RETURN ${nodeProjection("n", select)} AS node LIMIT 1`;
  const record = (await ctx.graph.read(cypher, { key }, ctx.stats)).records[0];
  return record ? fetchedNode(label, select, record.get("node") as Fetched) : null;
}

/** Fields selected on an object of `typeName` (null: any), through inline fragments and fragment spreads. */
function fieldsOf(
  info: GraphQLResolveInfo,
  sets: readonly SelectionSetNode[],
  typeName: string | null,
): FieldNode[] {
  const out: FieldNode[] = [];
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode): void => {
    for (const selection of set.selections) {
      if (selection.kind === "Field") {
        out.push(selection);
      } else if (selection.kind === "InlineFragment") {
        if (applies(info, selection.typeCondition?.name.value, typeName)) visit(selection.selectionSet);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = info.fragments[selection.name.value];
        if (fragment && applies(info, fragment.typeCondition.name.value, typeName))
          visit(fragment.selectionSet);
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
  return Boolean(
    conditionType &&
    isAbstractType(conditionType) &&
    isObjectType(objectType) &&
    info.schema.isSubType(conditionType, objectType),
  );
}

/**
 * Related nodes, fetched for a whole nesting level at once. Every relation field of every parent
 * asked for in the same tick is answered by ONE Cypher query (one UNION ALL branch per relation),
 * so a nested GraphQL query costs one Neo4j round trip per level, never one per parent. Root fields
 * go further and fetch their whole tree of relation fields in their own statement (prefetch.ts) and
 * attach it to the nodes: a field resolver asking for a node's relation finds it there, with no query.
 */
import DataLoader from "dataloader";
import { keyOf, type Label } from "../../domain/model.js";
import type { Graph, QueryStats } from "../../graph/graph.js";
import { ownProps, type NodeProps, type Plain } from "../../graph/values.js";
import { modelLabel, ownNode, PREFETCHED, type GraphNode } from "./node.js";

/** One relation field, as data. The Cypher parts are constants of the code, never user input. */
export interface Relation {
  /** Unique name, the GraphQL type and field it answers, e.g. "JointLab.directions". */
  readonly name: string;
  /** For a field answering link objects (e.g. CoBuilding), the link's field that holds the node ("builder"). */
  readonly node?: string;
  /** Label of the parent node `n`, looked up by its key. */
  readonly from: Label;
  /** Pattern from `(n)` to the related node `(m)`; binds `r` when the relationship has properties to return. Omitted: `m` is `n` (lookup by key). */
  readonly pattern?: string;
  /** Whether `r` is bound to one relationship whose properties are returned. */
  readonly withRel?: boolean;
  /** Order of the related nodes (a Cypher expression); default by name then key. */
  readonly order?: string;
}

const relationFields = new Map<string, Relation>();

/** Declares a module's relation fields (each named "Type.field") so that root fields can prefetch them. */
export function defineRelations<T extends Record<string, Relation>>(relations: T): T {
  for (const relation of Object.values(relations)) {
    const known = relationFields.get(relation.name);
    if (known && known !== relation) throw new Error(`two relations named ${relation.name}`);
    relationFields.set(relation.name, relation);
  }
  return relations;
}

/** The relation answering a GraphQL field, if that field is a declared relation field. */
export function relationOfField(typeName: string, fieldName: string): Relation | undefined {
  return relationFields.get(`${typeName}.${fieldName}`);
}

/** Every declared relation field. */
export function declaredRelations(): Relation[] {
  return [...relationFields.values()];
}

/** The label of the related nodes when the pattern fixes it (`(m:Label …)`), else null. */
export function targetLabel(relation: Relation): Label | null {
  if (!relation.pattern) return relation.from;
  const match = /\(m:(\w+)/.exec(relation.pattern);
  return match ? (match[1] as Label) : null;
}

/** Default order of related nodes. */
export const DEFAULT_ORDER = "m.name, coalesce(m.id, m.code)";

/** A related item as a statement returns it: properties, the relationship's, labels when not fixed. */
export interface RelatedRow {
  p: unknown;
  /** Absent when the relation returns no relationship properties. */
  r?: unknown;
  l?: Plain;
}

/** The (empty, shared, never written) relationship properties of a relation that returns none. */
export const NO_PROPS: NodeProps = Object.freeze({}) as NodeProps;

export function toRelated(relation: Relation, row: RelatedRow): Related | null {
  const label = targetLabel(relation) ?? modelLabel(row.l ?? null);
  return label
    ? { node: ownNode(label, ownProps(row.p)), rel: row.r === undefined ? NO_PROPS : ownProps(row.r) }
    : null;
}

const byKeyRelations = new Map<Label, Relation>();

/** The lookup of a node by its key, as a relation (so lookups batch with everything else). */
export function byKey(label: Label): Relation {
  let relation = byKeyRelations.get(label);
  if (!relation) {
    relation = { name: `${label}.byKey`, from: label };
    byKeyRelations.set(label, relation);
  }
  return relation;
}

export interface Related {
  node: GraphNode;
  rel: NodeProps;
}

/**
 * The rows of a relation's related nodes, in order, with the names `m` and `r` given: one row per
 * match, except through a variable-length pattern (a city reached directly and through a park), which
 * is made distinct. Both the loader and the prefetch use it, so both answer alike.
 */
export function relatedRows(
  relation: Relation,
  m: string,
  r: string,
  order: string,
  carry = "",
): { clause: string; rel: string | null; labels: string | null } {
  const distinct = relation.pattern?.includes("*") ? "DISTINCT " : "";
  return {
    clause: `WITH ${distinct}${carry}${m}${relation.withRel ? `, properties(${r}) AS ${r}` : ""} ORDER BY ${order}`,
    rel: relation.withRel ? r : null,
    labels: targetLabel(relation) ? null : `labels(${m})`,
  };
}

function branch(relation: Relation, param: string, q: number): string {
  const match = relation.pattern
    ? `MATCH (n:${relation.from} {${keyOf(relation.from)}: key}) MATCH ${relation.pattern}`
    : `MATCH (m:${relation.from} {${keyOf(relation.from)}: key})`;
  const rows = relatedRows(relation, "m", "r", relation.order ?? DEFAULT_ORDER, "key, ");
  const item = `{p: properties(m)${rows.rel ? `, r: ${rows.rel}` : ""}${rows.labels ? `, l: ${rows.labels}` : ""}}`;
  return `UNWIND $${param} AS key ${match} ${rows.clause} RETURN ${q} AS q, key, collect(${item}) AS items`;
}

export class RelationLoader {
  private readonly relations = new Map<string, Relation>();
  private readonly loader: DataLoader<string, Related[]>;

  constructor(
    private readonly graph: Graph,
    private readonly stats?: QueryStats,
  ) {
    this.loader = new DataLoader((keys) => this.batch(keys), {
      // Wait for the whole level: every sibling field of every parent enqueues before dispatch.
      batchScheduleFn: (callback) => setImmediate(callback),
    });
  }

  /** The related items of a parent, given as its node (what it carries, else a query) or its key. */
  load(relation: Relation, parent: GraphNode | string): Promise<Related[]> {
    const carried = typeof parent === "string" ? undefined : parent[PREFETCHED]?.get(relation.name);
    return carried ? Promise.resolve(carried) : this.fetch(relation, parent);
  }

  // The two below answer carried items synchronously: a thousand relation fields of a page then cost
  // GraphQL no promise each.
  nodes(relation: Relation, parent: string): Promise<GraphNode[]>;
  nodes(relation: Relation, parent: GraphNode): GraphNode[] | Promise<GraphNode[]>;
  nodes(relation: Relation, parent: GraphNode | string): GraphNode[] | Promise<GraphNode[]> {
    const carried = typeof parent === "string" ? undefined : parent[PREFETCHED]?.get(relation.name);
    if (carried) return carried.map((item) => item.node);
    return this.fetch(relation, parent).then((items) => items.map((item) => item.node));
  }

  node(relation: Relation, parent: string): Promise<GraphNode | null>;
  node(relation: Relation, parent: GraphNode): GraphNode | null | Promise<GraphNode | null>;
  node(relation: Relation, parent: GraphNode | string): GraphNode | null | Promise<GraphNode | null> {
    const carried = typeof parent === "string" ? undefined : parent[PREFETCHED]?.get(relation.name);
    if (carried) return carried[0]?.node ?? null;
    return this.fetch(relation, parent).then((items) => items[0]?.node ?? null);
  }

  private fetch(relation: Relation, parent: GraphNode | string): Promise<Related[]> {
    const key = typeof parent === "string" ? parent : String(parent[keyOf(relation.from)]);
    const known = this.relations.get(relation.name);
    if (known && known !== relation) throw new Error(`two relations named ${relation.name}`);
    this.relations.set(relation.name, relation);
    return this.loader.load(`${relation.name}\u0000${key}`);
  }

  private async batch(keys: readonly string[]): Promise<Related[][]> {
    const groups = new Map<string, string[]>();
    for (const composite of keys) {
      const [name, key] = composite.split("\u0000") as [string, string];
      const group = groups.get(name) ?? [];
      group.push(key);
      groups.set(name, group);
    }
    const names = [...groups.keys()];
    const params: Record<string, string[]> = {};
    const branches = names.map((name, q) => {
      params[`k${q}`] = [...new Set(groups.get(name))];
      return branch(this.relations.get(name)!, `k${q}`, q);
    });
    const result = await this.graph.read(branches.join("\nUNION ALL\n"), params, this.stats);
    const found = new Map<string, Related[]>();
    for (const record of result.records) {
      const name = names[Number(record.get("q"))]!;
      const relation = this.relations.get(name)!;
      const items = (record.get("items") as RelatedRow[]).flatMap((item) => toRelated(relation, item) ?? []);
      found.set(`${name}\u0000${String(record.get("key"))}`, items);
    }
    return keys.map((k) => found.get(k) ?? []);
  }
}

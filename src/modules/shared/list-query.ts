/**
 * One list query per connection: filters as Cypher predicates with parameters, keyset paging on
 * (sort value, key), `LIMIT first + 1` to learn whether a next page exists, and the count in the
 * same round trip, only when `totalCount` is selected. No whole list is collected before limiting.
 */
import neo4j from "neo4j-driver";
import { keyOf, type Label } from "../../domain/model.js";
import type { Graph, QueryStats } from "../../graph/graph.js";
import { decodeCursor, encodeCursor, type Page } from "./connection.js";
import { badInput } from "./errors.js";
import type { GraphNode } from "./node.js";
import { OrderDirection } from "./order.js";
import { fetchedNode, nodeProjection, type Fetched, type NodeSelection } from "./prefetch.js";

export interface ListSpec<F extends object> {
  label: Label;
  /** Predicate per filter property, on `n`, using the parameter named after the property. */
  filters: { [K in keyof F]-?: string };
  /** Sort name → a string-valued Cypher expression on `n` (nulls sort as ""). */
  sorts: Record<string, string>;
}

export interface ListArgs<F extends object> {
  first: number;
  after?: string | null;
  filter?: F | null;
  orderBy?: { field: string; direction: OrderDirection } | null;
}

const RESERVED = new Set(["limit", "cv", "ck"]);

export async function listNodes<F extends object>(
  graph: Graph,
  spec: ListSpec<F>,
  args: ListArgs<F>,
  options: {
    withCount: boolean;
    maxPageSize: number;
    stats?: QueryStats;
    /** What the request reads of each node (its properties and the relation fields below), fetched in the same statement. */
    select?: NodeSelection;
  },
): Promise<Page<GraphNode>> {
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > options.maxPageSize) {
    throw badInput(`first must be between 1 and ${options.maxPageSize}`, "first");
  }
  const key = `n.${keyOf(spec.label)}`;
  const predicates: string[] = [];
  const params: Record<string, unknown> = { limit: neo4j.int(args.first + 1) };
  for (const [name, value] of Object.entries(args.filter ?? {})) {
    if (value === undefined || value === null) continue;
    if (RESERVED.has(name) || !(name in spec.filters)) throw badInput(`unknown filter ${name}`, "filter");
    predicates.push(`(${spec.filters[name as keyof F]})`);
    params[name] = value;
  }
  const sortName = args.orderBy?.field ?? "NAME";
  const sortExpr = spec.sorts[sortName];
  if (!sortExpr) throw badInput(`cannot sort ${spec.label} by ${sortName}`, "orderBy");
  const descending = args.orderBy?.direction === OrderDirection.DESC;
  const dir = descending ? "DESC" : "ASC";
  const cmp = descending ? "<" : ">";
  let cursorPredicate = "";
  if (args.after) {
    const [cv, ck] = decodeCursor(args.after);
    params.cv = cv;
    params.ck = ck;
    cursorPredicate = `WHERE s ${cmp} $cv OR (s = $cv AND ${key} ${cmp} $ck)`;
  }
  // Sorting on a property itself (n.name, n.id) lets the range index deliver the order, so LIMIT stops
  // early; a node without that property is not listed (names and keys are required). Computed sort
  // values (dates as text) put missing values first instead.
  const plainProperty = /^n\.[A-Za-z_]+$/.test(sortExpr);
  if (plainProperty) predicates.push(`${sortExpr} IS NOT NULL`);
  const where = predicates.length ? `WHERE ${predicates.join(" AND ")}` : "";
  const match = `MATCH (n:${spec.label}) ${where}`;
  const count = options.withCount ? `CALL () { ${match} RETURN count(n) AS total }\n` : "";
  const sortValue = plainProperty ? sortExpr : `coalesce(${sortExpr}, '')`;
  const select = options.select ?? { props: null, relations: [] };
  // One record per node (a page in one record costs the driver twice the decoding); a page with no
  // node still answers one record, with a null row, to carry the count.
  const cypher =
    count +
    `CALL () { ${match} WITH n, ${sortValue} AS s ${cursorPredicate} ` +
    `WITH n, s ORDER BY s ${dir}, ${key} ${dir} LIMIT $limit ` +
    `RETURN collect([${nodeProjection("n", select)}, s]) AS rows }\n` +
    `UNWIND CASE size(rows) WHEN 0 THEN [null] ELSE rows END AS row\n` +
    `RETURN row${options.withCount ? ", total" : ""}`;
  const result = await graph.read(cypher, params, options.stats);
  const rows = result.records.flatMap((record) => {
    const row = record.get("row") as [Fetched, string] | null;
    return row ? [row] : [];
  });
  const page = rows.slice(0, args.first).map(([fetched, sortValue]) => {
    const node = fetchedNode(spec.label, select, fetched);
    return { node, cursor: encodeCursor([sortValue, String(node[keyOf(spec.label)])]) };
  });
  return {
    edges: page,
    pageInfo: {
      hasNextPage: rows.length > args.first,
      hasPreviousPage: Boolean(args.after),
      startCursor: page[0]?.cursor ?? null,
      endCursor: page[page.length - 1]?.cursor ?? null,
    },
    ...(options.withCount ? { totalCount: Number(result.records[0]?.get("total") ?? 0) } : {}),
  };
}

/** The text filter shared by every list: a case-insensitive substring of the name or English name. */
export const TEXT_FILTER =
  "toLower(n.name) CONTAINS toLower($text) OR toLower(coalesce(n.nameEn, '')) CONTAINS toLower($text)";

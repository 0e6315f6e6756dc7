/**
 * The cost of an operation (graphql-query-complexity): every field costs its weight (1, or the
 * `complexity` a resolver declares with type-graphql, e.g. an analytic) plus its selection times
 * the number of times it is resolved: `first` for a field that takes it (its value or default, at
 * most the page limit), an assumed LIST_SIZE for the other lists of objects (a lab's directions),
 * 1 otherwise (the lists of a page — a connection's edges, a report's gaps — are the `first`). So
 * `jointLabs(first: 15)` → directions → lab → directions … grows ×10 a level, and 5,000 aliased
 * analytics cost 5,000 analytics. Computed with the request's variables, after validation.
 */
import {
  getNamedType,
  isCompositeType,
  isListType,
  isNonNullType,
  isObjectType,
  type DocumentNode,
  type GraphQLOutputType,
  type GraphQLSchema,
} from "graphql";
import { getComplexity, type ComplexityEstimator } from "graphql-query-complexity";
import { QueryLimitError } from "./limit-error.js";

/** HUB_MAX_PAGE_SIZE's default. */
const DEFAULT_PAGE_LIMIT = 500;

/** What a list without `first` is assumed to hold. */
export const LIST_SIZE = 10;

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/**
 * The types a field taking `first` returns as one object (a connection, an analytic's report):
 * their lists hold that page, already counted by `first` on the field.
 */
function pagedTypes(schema: GraphQLSchema): Set<string> {
  const paged = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.some((a) => a.name === "first") && !isList(field.type)) {
        paged.add(getNamedType(field.type).name);
      }
    }
  }
  return paged;
}

const estimators = new WeakMap<GraphQLSchema, Map<number, ComplexityEstimator>>();

/** The estimator of a schema; `first` counts at most `maxPageSize` (beyond it the resolver refuses the page). */
export function costEstimator(schema: GraphQLSchema, maxPageSize: number): ComplexityEstimator {
  let bySize = estimators.get(schema);
  if (!bySize) estimators.set(schema, (bySize = new Map()));
  let estimator = bySize.get(maxPageSize);
  if (estimator) return estimator;
  const paged = pagedTypes(schema);
  estimator = ({ type, field, args, childComplexity }) => {
    const declared = field.extensions?.complexity;
    const weight = typeof declared === "number" ? declared : 1;
    let times = 1;
    if (typeof args.first === "number") times = Math.min(Math.max(0, args.first), maxPageSize);
    else if (isList(field.type) && isCompositeType(getNamedType(field.type)) && !paged.has(type.name)) {
      times = LIST_SIZE;
    }
    return weight + times * childComplexity;
  };
  bySize.set(maxPageSize, estimator);
  return estimator;
}

export interface CostRequest {
  document: DocumentNode;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/** The operation's cost; undefined when it cannot be computed (bad variables: execution refuses them). */
export function operationCost(
  schema: GraphQLSchema,
  request: CostRequest,
  maxPageSize = DEFAULT_PAGE_LIMIT,
): number | undefined {
  try {
    return getComplexity({
      schema,
      query: request.document,
      operationName: request.operationName ?? undefined,
      variables: request.variables ?? {},
      estimators: [costEstimator(schema, maxPageSize)],
    });
  } catch {
    return undefined;
  }
}

/** A QueryLimitError when the operation costs more than `maxCost`. */
export function costLimitError(
  schema: GraphQLSchema,
  request: CostRequest,
  limits: { maxCost: number; maxPageSize: number },
): QueryLimitError | undefined {
  const { maxCost } = limits;
  const cost = operationCost(schema, request, limits.maxPageSize);
  if (cost === undefined || cost <= maxCost) return undefined;
  return new QueryLimitError(
    "cost",
    maxCost,
    `Query too complex: cost ${cost} exceeds the limit of ${maxCost}`,
  );
}

/** The weight of an analytic root field (declared with type-graphql's `complexity`): a statement over much of the graph. */
export const ANALYTIC_COST = 50;

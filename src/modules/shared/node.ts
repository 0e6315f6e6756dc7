/** A node as the resolvers see it: its properties, plus the label it was read under. */
import { LABELS, type Label } from "../../domain/model.js";
import type { NodeProps, Plain } from "../../graph/values.js";

/** Where a node carries the relation fields a root field's statement already fetched below it (prefetch.ts). */
export const PREFETCHED = Symbol("prefetched");

export type GraphNode = NodeProps & {
  __label: Label;
  [PREFETCHED]?: Map<string, { node: GraphNode; rel: NodeProps }[]>;
};

export function asNode(label: Label, props: NodeProps): GraphNode {
  return { ...props, __label: label };
}

/** asNode without the copy, for properties the read path has just decoded and owns. */
export function ownNode(label: Label, props: NodeProps): GraphNode {
  (props as GraphNode).__label = label;
  return props as GraphNode;
}

/** The model label among a node's labels (a node may carry extra labels of an analyst's own). */
export function modelLabel(labels: Plain): Label | undefined {
  if (!Array.isArray(labels)) return undefined;
  return LABELS.find((l) => labels.includes(l));
}

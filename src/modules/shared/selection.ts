/** Whether a resolver's result has a given sub-field selected (through fragments too). */
import type { GraphQLResolveInfo, SelectionSetNode } from "graphql";

function selectsIn(
  set: SelectionSetNode | undefined,
  name: string,
  info: GraphQLResolveInfo,
  seen: Set<string>,
): boolean {
  if (!set) return false;
  for (const selection of set.selections) {
    if (selection.kind === "Field" && selection.name.value === name) return true;
    if (selection.kind === "InlineFragment" && selectsIn(selection.selectionSet, name, info, seen))
      return true;
    if (selection.kind === "FragmentSpread" && !seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      if (selectsIn(info.fragments[selection.name.value]?.selectionSet, name, info, seen)) return true;
    }
  }
  return false;
}

export function selects(info: GraphQLResolveInfo, name: string): boolean {
  return info.fieldNodes.some((node) => selectsIn(node.selectionSet, name, info, new Set()));
}

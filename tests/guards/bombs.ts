/** The operations that took the hub down or starved it, and a few more over each limit. */

/** `jointLabs(first: 15) → edges → node → directions → lab → directions → …`, `levels` fields deep. */
export function depthBomb(levels = 16): string {
  let inner = "id";
  // levels: jointLabs, edges, node, then directions and lab in turn, then id.
  for (let depth = levels - 4; depth > 0; depth--)
    inner = `${depth % 2 === 1 ? "directions" : "lab"} { ${inner} }`;
  return `{ jointLabs(first: 15) { edges { node { ${inner} } } } }`;
}

/** `count` aliases of an analytic. */
export function aliasBomb(count = 5000): string {
  return `{ ${Array.from({ length: count }, (_, i) => `a${i}: coverageGaps(dimension: CITY) { totalCount }`).join(" ")} }`;
}

export function directivesBomb(count = 40): string {
  return `{ ${"... on Query @include(if: true) { __typename } ".repeat(count)}}`;
}

/** Shallow and few aliases, but 500 labs × 10 directions × 10 disciplines × 10 experts. */
export const COST_BOMB =
  "{ jointLabs(first: 500) { edges { node { directions { disciplines { experts { name } } } } } } }";

/** The depth bomb behind a fragment named like introspection's root field. */
export const SCHEMA_FRAGMENT_BOMB = `query { ...__schema } fragment __schema on Query { ${depthBomb(16).slice(2, -2)} }`;

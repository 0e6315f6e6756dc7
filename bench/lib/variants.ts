/**
 * Rewrites of the hub's statements proposed by the profile (bench/profile.ts --variants). Each applies
 * to a statement the hub actually sent (recorded with its parameters) and rewrites its text; the
 * profile runs both, compares the answers and reports the difference in time and db hits.
 */

export interface Variant {
  name: string;
  /** The file and code the rewrite would change. */
  where: string;
  applies(cypher: string): boolean;
  rewrite(cypher: string): string;
}

const PLACE_TEST = "(place:City AND $placeKind = 'CITY') OR (place:Park AND $placeKind = 'PARK')";

export const VARIANTS: Variant[] = [
  {
    name: "relation batch: return the selected properties only, and no labels when the pattern fixes the label",
    where: "src/modules/shared/relations.ts (branch: properties(m), labels(m))",
    // Only where every branch names m's label (a union-typed field needs the labels).
    applies: (cypher) =>
      cypher.includes("collect({p: properties(m), l: labels(m), r: r})") &&
      !/[(-]\(m\)|\(m\)[-<]/.test(cypher),
    rewrite: (cypher) =>
      cypher.replaceAll(
        "collect({p: properties(m), l: labels(m), r: r})",
        "collect({p: m {.id, .code, .name, .leading}, r: r})",
      ),
  },
  {
    name: "place gaps: a place test the planner cannot turn into a label scan, so LOCATED_IN*1..2 starts from the located nodes",
    where: "cypher/queries/coverage-gaps-place.cypher (the three place predicates)",
    applies: (cypher) => cypher.includes(PLACE_TEST),
    rewrite: (cypher) =>
      cypher.replaceAll(
        PLACE_TEST,
        "(CASE $placeKind WHEN 'CITY' THEN 'City' ELSE 'Park' END) IN labels(place)",
      ),
  },
];

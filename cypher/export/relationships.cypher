// Purpose: the relationships an export writes (npm run export): every relationship of the model's types
//          between nodes of its labels, or only those with both ends in a neighbourhood ($ids: the element
//          ids neighbourhood.cypher returns; null: the whole graph), by type and end keys.
// Parameters:
// :param labels => ['JointLab', 'ResearchDirection', 'Discipline', 'Field', 'University', 'Enterprise', 'Platform', 'Park', 'City', 'Government', 'Person', 'Investor', 'Standard', 'Project', 'Evaluation']
// :param types => ['LED_BY', 'LEAD_DISCIPLINE', 'HAS_DIRECTION', 'IN_DISCIPLINE', 'PARTICIPATES_IN', 'CO_BUILDS', 'MEMBER_OF', 'INCUBATED', 'DEVELOPED', 'UNDERTAKES', 'FUNDS', 'EVALUATED_IN', 'REVIEWED', 'FOCUSES_ON', 'SUPPORTS', 'PART_OF', 'HAS_DISCIPLINE', 'OPERATES_IN', 'LOCATED_IN', 'COLLABORATES_WITH', 'WORKS_AT', 'ON_COMMITTEE', 'EXPERT_IN', 'HOSTED_BY', 'GOVERNS']
// :param ids => null
// Columns: type, fromLabel, from (key), toLabel, to (key), properties (map).
CALL () {
  MATCH (a)-[r]->(b)
  WHERE $ids IS NULL
  RETURN a, r, b
  UNION ALL
  UNWIND coalesce($ids, []) AS id
  MATCH (a)
  WHERE elementId(a) = id
  MATCH (a)-[r]->(b)
  WHERE elementId(b) IN $ids
  RETURN a, r, b
}
WITH a, r, b, head([l IN labels(a) WHERE l IN $labels]) AS fromLabel,
  head([l IN labels(b) WHERE l IN $labels]) AS toLabel
WHERE type(r) IN $types AND fromLabel IS NOT NULL AND toLabel IS NOT NULL
RETURN type(r) AS type, fromLabel, CASE WHEN fromLabel IN ['Discipline', 'Field'] THEN a.code ELSE a.id END AS from,
  toLabel, CASE WHEN toLabel IN ['Discipline', 'Field'] THEN b.code ELSE b.id END AS to,
  properties(r) AS properties
ORDER BY type, fromLabel, from, toLabel, to

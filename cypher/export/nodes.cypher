// Purpose: the nodes an export writes (npm run export): every node of the model's labels, or those of a
//          neighbourhood ($ids: the element ids neighbourhood.cypher returns; null: the whole graph), by label
//          and key. The audit trail (:Change) and anything outside the model's labels are left out.
// Parameters:
// :param labels => ['JointLab', 'ResearchDirection', 'Discipline', 'Field', 'University', 'Enterprise', 'Platform', 'Park', 'City', 'Government', 'Person', 'Investor', 'Standard', 'Project', 'Evaluation']
// :param ids => null
// Columns: label (the node's first label of the model), key (id, or code for Discipline and Field),
//          properties (map).
CALL () {
  MATCH (n)
  WHERE $ids IS NULL
  RETURN n
  UNION ALL
  UNWIND coalesce($ids, []) AS id
  MATCH (n)
  WHERE elementId(n) = id
  RETURN n
}
WITH n, head([l IN labels(n) WHERE l IN $labels]) AS label
WHERE label IS NOT NULL
RETURN label, CASE WHEN label IN ['Discipline', 'Field'] THEN n.code ELSE n.id END AS key,
  properties(n) AS properties
ORDER BY label, key

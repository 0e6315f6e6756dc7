// Purpose: research directions of live joint labs without a leading enterprise (coverage gaps, dimension
//          DIRECTION): no industry-leading enterprise (leading: true) takes part in the direction, in any role.
// Rules: R10 (every research direction has an industry-leading enterprise, in or outside Jiangsu).
// Scope: $fields, a list of field codes: only directions in a discipline that supports one of them;
//        $labs, a list of lab ids: only the directions of those labs (each with the row of every live lab
//        that has it). Null: no restriction.
// Counts: live labs = covering (status in $coveringStatuses, or id in $approve) and applicants
//         (status in $applicantStatuses).
// Evidence: the lab, and up to five candidate leading enterprises: the first, by id, of the industry-leading
//           enterprises operating in a field that one of the direction's disciplines supports (detail: that field).
// Parameters:
// :param coveringStatuses => ['APPROVED', 'CONSTRUCTING', 'OPERATING']
// :param applicantStatuses => ['APPLYING', 'UNDER_REVIEW']
// :param approve => []
// :param fields => null
// :param labs => null
// Columns: subjectLabel, subjectKey, subjectName, fieldCode, fieldName (null), severity (HIGH: a covering lab
//          breaks R10; MEDIUM: an applicant would), reason, reasonCode, reasonParams, evidence.
// The directions to look at: those of the scoped labs, or every direction.
CALL () {
  MATCH (s:JointLab)-[:HAS_DIRECTION]->(d:ResearchDirection)
  WHERE s.id IN $labs
  RETURN DISTINCT d
  UNION
  MATCH (d:ResearchDirection)
  WHERE $labs IS NULL
  RETURN d
}
MATCH (l:JointLab)-[:HAS_DIRECTION]->(d)
WHERE (l.status IN $coveringStatuses OR l.status IN $applicantStatuses OR l.id IN $approve)
  AND NOT EXISTS { (d)<-[:PARTICIPATES_IN]-(:Enterprise {leading: true}) }
WITH l, d, COLLECT { MATCH (d)-[:IN_DISCIPLINE]->(:Discipline)-[:SUPPORTS]->(f:Field) RETURN DISTINCT f.code } AS fieldCodes
WHERE $fields IS NULL OR any(code IN fieldCodes WHERE code IN $fields)
WITH collect({l: l, d: d, fieldCodes: fieldCodes}) AS pairs
// The five first industry-leading enterprises (by id) of each field some direction needs, computed once (one
// row here); a direction's candidates are taken from the lists of the fields its disciplines support.
CALL (pairs) {
  WITH reduce(all = [], pair IN pairs | all + pair.fieldCodes) AS codes
  WHERE codes <> []
  MATCH (e:Enterprise {leading: true})-[:OPERATES_IN]->(f:Field)
  USING INDEX e:Enterprise(leading)
  WHERE f.code IN codes
  WITH f, e ORDER BY e.id
  WITH f, collect({key: e.id, name: e.name})[0..5] AS top
  RETURN collect({field: f.code, fieldName: f.name, top: top}) AS leadersByField
}
UNWIND pairs AS pair
WITH pair.l AS l, pair.d AS d, pair.fieldCodes AS fieldCodes, leadersByField
WITH l, d, leadersByField, fieldCodes, (l.status IN $coveringStatuses OR l.id IN $approve) AS covering
WITH l, d, covering,
  reduce(all = [], x IN [x IN leadersByField WHERE x.field IN fieldCodes] |
    all + [e IN x.top | {key: e.key, name: e.name, field: x.fieldName}]) AS pool
WITH l, d, covering,
  COLLECT {
    UNWIND pool AS c
    WITH c.key AS key, c.name AS name, min(c.field) AS field
    RETURN {role: 'CANDIDATE_LEAD', label: 'Enterprise', key: key, name: name, detail: field} ORDER BY key LIMIT 5
  } AS candidates
RETURN 'ResearchDirection' AS subjectLabel, d.id AS subjectKey, d.name AS subjectName, null AS fieldCode, null AS fieldName,
  CASE WHEN covering THEN 'HIGH' ELSE 'MEDIUM' END AS severity,
  'Direction ' + d.name + ' of ' + l.name + ' (' + l.status + ') has no industry-leading enterprise'
    + CASE WHEN EXISTS { (d)<-[:PARTICIPATES_IN]-(e:Enterprise) WHERE e.leading IS NULL }
      THEN ' known (a participant is not classified)' ELSE '' END AS reason,
  CASE WHEN EXISTS { (d)<-[:PARTICIPATES_IN]-(e:Enterprise) WHERE e.leading IS NULL }
    THEN 'GAP_DIRECTION_UNCLASSIFIED' ELSE 'GAP_DIRECTION' END AS reasonCode,
  {direction: d.name, lab: l.name, status: l.status} AS reasonParams,
  [{role: 'LAB', label: 'JointLab', key: l.id, name: l.name, detail: l.status}] + candidates AS evidence
ORDER BY CASE severity WHEN 'HIGH' THEN 0 WHEN 'MEDIUM' THEN 1 ELSE 2 END, l.id, subjectKey

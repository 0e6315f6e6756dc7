// Purpose: research directions of live joint labs without a leading enterprise (coverage gaps, dimension
//          DIRECTION): no industry-leading enterprise (leading: true) takes part in the direction, in any role.
// Rules: R10 (every research direction has an industry-leading enterprise, in or outside Jiangsu).
// Counts: live labs = covering (status in $coveringStatuses, or id in $approve) and applicants
//         (status in $applicantStatuses).
// Evidence: the lab, and up to five candidate leading enterprises: industry-leading enterprises operating in
//           a field that one of the direction's disciplines supports (detail: that field).
// Parameters:
// :param coveringStatuses => ['APPROVED', 'CONSTRUCTING', 'OPERATING']
// :param applicantStatuses => ['APPLYING', 'UNDER_REVIEW']
// :param approve => []
// Columns: subjectLabel, subjectKey, subjectName, fieldCode, fieldName (null), severity (HIGH: a covering lab
//          breaks R10; MEDIUM: an applicant would), reason, evidence.
MATCH (l:JointLab)-[:HAS_DIRECTION]->(d:ResearchDirection)
WHERE (l.status IN $coveringStatuses OR l.status IN $applicantStatuses OR l.id IN $approve)
  AND NOT EXISTS { (d)<-[:PARTICIPATES_IN]-(:Enterprise {leading: true}) }
WITH l, d, (l.status IN $coveringStatuses OR l.id IN $approve) AS covering,
  COLLECT {
    MATCH (d)-[:IN_DISCIPLINE]->(:Discipline)-[:SUPPORTS]->(f:Field)<-[:OPERATES_IN]-(e:Enterprise {leading: true})
    WITH e, min(f.name) AS field
    RETURN {role: 'CANDIDATE_LEAD', label: 'Enterprise', key: e.id, name: e.name, detail: field} ORDER BY e.id LIMIT 5
  } AS candidates
RETURN 'ResearchDirection' AS subjectLabel, d.id AS subjectKey, d.name AS subjectName, null AS fieldCode, null AS fieldName,
  CASE WHEN covering THEN 'HIGH' ELSE 'MEDIUM' END AS severity,
  'Direction ' + d.name + ' of ' + l.name + ' (' + l.status + ') has no industry-leading enterprise'
    + CASE WHEN EXISTS { (d)<-[:PARTICIPATES_IN]-(e:Enterprise) WHERE e.leading IS NULL }
      THEN ' known (a participant is not classified)' ELSE '' END AS reason,
  [{role: 'LAB', label: 'JointLab', key: l.id, name: l.name, detail: l.status}] + candidates AS evidence
ORDER BY CASE severity WHEN 'HIGH' THEN 0 WHEN 'MEDIUM' THEN 1 ELSE 2 END, l.id, subjectKey

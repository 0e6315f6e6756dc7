// Purpose: first-class disciplines of Jiangsu universities that support a focus field and that no covering
//          joint lab leads or works in (coverage gaps, dimension DISCIPLINE).
// Rules: R1 (a nationally first-class discipline leads), R2 (the discipline feeds a focus field).
// Scope: $fields, a list of focus-field codes: only disciplines supporting one of them (null: all).
// Counts: covering labs = status in $coveringStatuses, or id in $approve; applicants = status in
//         $applicantStatuses and not approved. "Works in" = a direction of the lab is in the discipline.
// Evidence: the universities holding it as first-class, the focus fields it supports (detail OPEN when
//           that field is itself uncovered), applicants that lead or work in it.
// Parameters:
// :param coveringStatuses => ['APPROVED', 'CONSTRUCTING', 'OPERATING']
// :param applicantStatuses => ['APPLYING', 'UNDER_REVIEW']
// :param approve => []
// :param fields => null
// Columns: subjectLabel, subjectKey, subjectName, fieldCode, fieldName (null: see the FIELD evidence),
//          severity (HIGH: a field it supports is uncovered too; MEDIUM: otherwise), reason, reasonCode, reasonParams, evidence.
MATCH (d:Discipline)-[:SUPPORTS]->(scoped:Field {kind: 'FOCUS'})
WHERE $fields IS NULL OR scoped.code IN $fields
WITH DISTINCT d
WHERE EXISTS { (d)<-[:HAS_DISCIPLINE {firstClass: true}]-(:University) }
  AND NOT EXISTS {
    MATCH (l:JointLab)-[:LEAD_DISCIPLINE]->(d)
    WHERE l.status IN $coveringStatuses OR l.id IN $approve
  }
  AND NOT EXISTS {
    MATCH (l:JointLab)-[:HAS_DIRECTION]->(:ResearchDirection)-[:IN_DISCIPLINE]->(d)
    WHERE l.status IN $coveringStatuses OR l.id IN $approve
  }
WITH d,
  COLLECT {
    MATCH (d)<-[:HAS_DISCIPLINE {firstClass: true}]-(u:University)
    RETURN {role: 'FIRST_CLASS_UNIVERSITY', label: 'University', key: u.id, name: u.name, detail: null} ORDER BY u.id
  } AS universities,
  COLLECT {
    MATCH (d)-[:SUPPORTS]->(f:Field {kind: 'FOCUS'})
    RETURN {role: 'FIELD', label: 'Field', key: f.code, name: f.name,
            detail: CASE WHEN EXISTS {
                      MATCH (f)<-[:FOCUSES_ON]-(l:JointLab) WHERE l.status IN $coveringStatuses OR l.id IN $approve
                    } THEN 'COVERED' ELSE 'OPEN' END} ORDER BY f.code
  } AS fields,
  COLLECT {
    MATCH (l:JointLab)
    WHERE l.status IN $applicantStatuses AND NOT l.id IN $approve
      AND (EXISTS { (l)-[:LEAD_DISCIPLINE]->(d) } OR EXISTS { (l)-[:HAS_DIRECTION]->()-[:IN_DISCIPLINE]->(d) })
    RETURN {role: 'APPLICANT', label: 'JointLab', key: l.id, name: l.name, detail: l.status} ORDER BY l.id
  } AS applicants
WITH d, universities, fields, applicants, [f IN fields WHERE f.detail = 'OPEN'] AS openFields
RETURN 'Discipline' AS subjectLabel, d.code AS subjectKey, d.name AS subjectName, null AS fieldCode, null AS fieldName,
  CASE WHEN size(openFields) > 0 THEN 'HIGH' ELSE 'MEDIUM' END AS severity,
  'First-class discipline ' + d.code + ' ' + d.name + ' (' + toString(size(universities)) + ' university/ies) supports '
    + toString(size(fields)) + ' focus field(s) but no covering joint lab leads or works in it'
    + CASE WHEN size(openFields) > 0 THEN '; ' + toString(size(openFields)) + ' of those fields has no covering lab' ELSE '' END AS reason,
  'GAP_DISCIPLINE' AS reasonCode,
  {code: d.code, name: d.name, universities: size(universities), fields: size(fields), openFields: size(openFields)} AS reasonParams,
  universities + fields + applicants AS evidence
ORDER BY CASE severity WHEN 'HIGH' THEN 0 WHEN 'MEDIUM' THEN 1 ELSE 2 END, subjectKey

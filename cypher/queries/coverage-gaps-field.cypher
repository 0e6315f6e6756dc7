// Purpose: focus fields that no covering joint lab serves (coverage gaps, dimension FIELD).
// Rules: R6 (about 10 labs across the ten focus fields).
// Scope: $fields, a list of focus-field codes: only those fields (null: every focus field).
// Counts: covering labs = status in $coveringStatuses, or id in $approve (the what-if);
//         applicants = status in $applicantStatuses and not approved; EXITED and REJECTED count for nothing.
// Evidence: applicants that would serve the field, leading enterprises and platforms of the field,
//           first-class university disciplines that support it.
// Parameters (Neo4j Browser accepts these lines as they are):
// :param coveringStatuses => ['APPROVED', 'CONSTRUCTING', 'OPERATING']
// :param applicantStatuses => ['APPLYING', 'UNDER_REVIEW']
// :param approve => []
// :param fields => null
// Columns: subjectLabel, subjectKey, subjectName, fieldCode, fieldName, severity (HIGH: nothing serves it;
//          MEDIUM: only applicants would), reason, reasonCode, reasonParams (src/domain/messages/codes.ts),
//          evidence (list of {role, label, key, name, detail}).
MATCH (f:Field {kind: 'FOCUS'})
WHERE ($fields IS NULL OR f.code IN $fields)
  AND NOT EXISTS {
  MATCH (f)<-[:FOCUSES_ON]-(l:JointLab)
  WHERE l.status IN $coveringStatuses OR l.id IN $approve
}
WITH f,
  COLLECT {
    MATCH (f)<-[:FOCUSES_ON]-(l:JointLab)
    WHERE l.status IN $applicantStatuses AND NOT l.id IN $approve
    RETURN {role: 'APPLICANT', label: 'JointLab', key: l.id, name: l.name, detail: l.status} ORDER BY l.id
  } AS applicants,
  COLLECT {
    MATCH (f)<-[:OPERATES_IN]-(e:Enterprise {leading: true})
    RETURN {role: 'LEADING_ENTERPRISE', label: 'Enterprise', key: e.id, name: e.name, detail: null} ORDER BY e.id
  } AS enterprises,
  COLLECT {
    MATCH (f)<-[:FOCUSES_ON]-(p:Platform)
    RETURN {role: 'PLATFORM', label: 'Platform', key: p.id, name: p.name, detail: p.kind} ORDER BY p.id
  } AS platforms,
  COLLECT {
    MATCH (f)<-[:SUPPORTS]-(d:Discipline)<-[:HAS_DISCIPLINE {firstClass: true}]-(u:University)
    RETURN {role: 'FIRST_CLASS_DISCIPLINE', label: 'Discipline', key: d.code, name: d.name, detail: u.name} ORDER BY d.code, u.name
  } AS capacity
RETURN 'Field' AS subjectLabel, f.code AS subjectKey, f.name AS subjectName, f.code AS fieldCode, f.name AS fieldName,
  CASE WHEN size(applicants) = 0 THEN 'HIGH' ELSE 'MEDIUM' END AS severity,
  CASE WHEN size(applicants) = 0
    THEN 'No covering joint lab and no applicant serves the focus field ' + f.name
    ELSE 'No covering joint lab serves the focus field ' + f.name + '; ' + toString(size(applicants)) + ' applicant(s) would'
  END AS reason,
  CASE WHEN size(applicants) = 0 THEN 'GAP_FIELD_UNSERVED' ELSE 'GAP_FIELD_APPLICANTS_ONLY' END AS reasonCode,
  {field: f.name, applicants: size(applicants)} AS reasonParams,
  applicants + enterprises + platforms + capacity AS evidence
ORDER BY CASE severity WHEN 'HIGH' THEN 0 WHEN 'MEDIUM' THEN 1 ELSE 2 END, subjectKey

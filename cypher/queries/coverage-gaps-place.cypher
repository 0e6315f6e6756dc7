// Purpose: places (cities or parks) with leading enterprises or platforms in a focus field but no covering
//          joint lab of that field there (coverage gaps, dimensions CITY and PARK). One row per place × field.
// Rules: R6 (coverage of the focus fields), R13 (labs preferably in high-tech zones, near local industry).
// Counts: covering labs = status in $coveringStatuses, or id in $approve. A lab, enterprise or platform is
//         in a city directly or through its park.
// Evidence: the leading enterprises and platforms of the field in the place.
// Parameters:
// :param placeKind => 'CITY'
// :param coveringStatuses => ['APPROVED', 'CONSTRUCTING', 'OPERATING']
// :param approve => []
// Columns: subjectLabel (City or Park), subjectKey, subjectName, fieldCode, fieldName, severity (HIGH: no
//          covering lab at all in the place; MEDIUM: labs there, none in this field), reason, evidence.
CALL () {
  MATCH (e:Enterprise {leading: true})-[:OPERATES_IN]->(f:Field {kind: 'FOCUS'})
  MATCH (e)-[:LOCATED_IN*1..2]->(place)
  WHERE (place:City AND $placeKind = 'CITY') OR (place:Park AND $placeKind = 'PARK')
  RETURN place, f, {role: 'LEADING_ENTERPRISE', label: 'Enterprise', key: e.id, name: e.name, detail: null} AS item
  UNION
  MATCH (p:Platform)-[:FOCUSES_ON]->(f:Field {kind: 'FOCUS'})
  MATCH (p)-[:LOCATED_IN*1..2]->(place)
  WHERE (place:City AND $placeKind = 'CITY') OR (place:Park AND $placeKind = 'PARK')
  RETURN place, f, {role: 'PLATFORM', label: 'Platform', key: p.id, name: p.name, detail: p.kind} AS item
}
WITH place, f, item ORDER BY item.label, item.key
WITH place, f, collect(item) AS evidence
WHERE NOT EXISTS {
  MATCH (l:JointLab)-[:FOCUSES_ON]->(f)
  WHERE (l.status IN $coveringStatuses OR l.id IN $approve) AND EXISTS { (l)-[:LOCATED_IN*1..2]->(place) }
}
WITH place, f, evidence,
  COUNT { MATCH (l:JointLab)-[:LOCATED_IN*1..2]->(place) WHERE l.status IN $coveringStatuses OR l.id IN $approve } AS labsHere
RETURN CASE WHEN place:City THEN 'City' ELSE 'Park' END AS subjectLabel, place.id AS subjectKey, place.name AS subjectName,
  f.code AS fieldCode, f.name AS fieldName,
  CASE WHEN labsHere = 0 THEN 'HIGH' ELSE 'MEDIUM' END AS severity,
  place.name + ' has ' + toString(size(evidence)) + ' leading enterprise(s) or platform(s) in ' + f.name
    + ' but no covering joint lab of that field'
    + CASE WHEN labsHere = 0 THEN ', and no covering joint lab at all' ELSE '' END AS reason,
  evidence
ORDER BY CASE severity WHEN 'HIGH' THEN 0 WHEN 'MEDIUM' THEN 1 ELSE 2 END, size(evidence) DESC, subjectKey, fieldCode

// Purpose: places (cities or parks) with leading enterprises or platforms in a focus field but no covering
//          joint lab of that field there (coverage gaps, dimensions CITY and PARK). One row per place × field.
//          The places with a covering lab, and the (place, field) pairs they cover, are computed once from
//          the covering labs, rather than checked per row from the place (a city reaches everything in it).
// Rules: R6 (coverage of the focus fields), R13 (labs preferably in high-tech zones, near local industry).
// Scope: $fields, a list of focus-field codes: only rows of those fields; $places, a list of city or park
//        ids: only rows of those places, and only the labs located there are read. Null: no restriction.
//        The severity still looks at every covering lab of the place, so a row is the same scoped or not.
// Counts: covering labs = status in $coveringStatuses, or id in $approve. A lab, enterprise or platform is
//         in a city directly or through its park.
// Evidence: the leading enterprises and platforms of the field in the place.
// Parameters:
// :param placeKind => 'CITY'
// :param coveringStatuses => ['APPROVED', 'CONSTRUCTING', 'OPERATING']
// :param approve => []
// :param fields => null
// :param places => null
// Columns: subjectLabel (City or Park), subjectKey, subjectName, fieldCode, fieldName, severity (HIGH: no
//          covering lab at all in the place; MEDIUM: labs there, none in this field), reason, reasonCode,
//          reasonParams, evidence.
CALL () {
  // The covering labs to read: those in the scoped places (in one, or in a park of one), or all of them.
  CALL () {
    CALL () {
      MATCH (s:City) WHERE s.id IN $places
      RETURN s
      UNION
      MATCH (s:Park) WHERE s.id IN $places
      RETURN s
    }
    CALL (s) {
      MATCH (s)<-[:LOCATED_IN]-(l:JointLab)
      RETURN l
      UNION
      MATCH (s)<-[:LOCATED_IN]-(:Park)<-[:LOCATED_IN]-(l:JointLab)
      RETURN l
    }
    WITH DISTINCT l
    WHERE l.status IN $coveringStatuses OR l.id IN $approve
    RETURN l
    UNION
    MATCH (l:JointLab)
    WHERE $places IS NULL AND (l.status IN $coveringStatuses OR l.id IN $approve)
    RETURN l
  }
  MATCH (l)-[:LOCATED_IN*1..2]->(place)
  WHERE (CASE $placeKind WHEN 'CITY' THEN 'City' ELSE 'Park' END) IN labels(place)
    AND ($places IS NULL OR place.id IN $places)
  OPTIONAL MATCH (l)-[:FOCUSES_ON]->(f:Field)
  RETURN collect(DISTINCT elementId(place)) AS placesWithLabs, collect(DISTINCT elementId(place) + ' ' + elementId(f)) AS covered
}
CALL () {
  CALL () {
    MATCH (e:Enterprise {leading: true})-[:OPERATES_IN]->(f:Field {kind: 'FOCUS'})
    WHERE $fields IS NULL OR f.code IN $fields
    MATCH (e)-[:LOCATED_IN*1..2]->(place)
    WHERE (CASE $placeKind WHEN 'CITY' THEN 'City' ELSE 'Park' END) IN labels(place)
      AND ($places IS NULL OR place.id IN $places)
    RETURN place, f, {role: 'LEADING_ENTERPRISE', label: 'Enterprise', key: e.id, name: e.name, detail: null} AS item
    UNION
    MATCH (p:Platform)-[:FOCUSES_ON]->(f:Field {kind: 'FOCUS'})
    WHERE $fields IS NULL OR f.code IN $fields
    MATCH (p)-[:LOCATED_IN*1..2]->(place)
    WHERE (CASE $placeKind WHEN 'CITY' THEN 'City' ELSE 'Park' END) IN labels(place)
      AND ($places IS NULL OR place.id IN $places)
    RETURN place, f, {role: 'PLATFORM', label: 'Platform', key: p.id, name: p.name, detail: p.kind} AS item
  }
  WITH place, f, item ORDER BY item.label, item.key
  RETURN place, f, collect(item) AS evidence
}
WITH place, f, evidence, placesWithLabs, covered
WHERE NOT elementId(place) + ' ' + elementId(f) IN covered
WITH place, f, evidence, CASE WHEN elementId(place) IN placesWithLabs THEN 1 ELSE 0 END AS labsHere
RETURN CASE WHEN place:City THEN 'City' ELSE 'Park' END AS subjectLabel, place.id AS subjectKey, place.name AS subjectName,
  f.code AS fieldCode, f.name AS fieldName,
  CASE WHEN labsHere = 0 THEN 'HIGH' ELSE 'MEDIUM' END AS severity,
  place.name + ' has ' + toString(size(evidence)) + ' leading enterprise(s) or platform(s) in ' + f.name
    + ' but no covering joint lab of that field'
    + CASE WHEN labsHere = 0 THEN ', and no covering joint lab at all' ELSE '' END AS reason,
  CASE WHEN labsHere = 0 THEN 'GAP_PLACE_NO_LAB' ELSE 'GAP_PLACE_FIELD' END AS reasonCode,
  {place: place.name, count: size(evidence), field: f.name} AS reasonParams,
  evidence
ORDER BY CASE severity WHEN 'HIGH' THEN 0 WHEN 'MEDIUM' THEN 1 ELSE 2 END, size(evidence) DESC, subjectKey, fieldCode

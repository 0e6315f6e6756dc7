// Purpose: how many coverage gaps each dimension has (rows of the five gap files), without their evidence:
//          the what-if's remaining total, cheaper than running the five files in full.
// Rules: R6, R1/R2, R13, R10 (as the files coverage-gaps-field, -discipline, -place and -direction read them).
// Counts: covering labs = status in $coveringStatuses, or id in $approve; live labs (DIRECTION) also the
//         applicants (status in $applicantStatuses). Each count must equal the number of rows of its file
//         (tests/analytics/coverage-gaps.test.ts checks it on a fixture and on the seed).
// Parameters:
// :param coveringStatuses => ['APPROVED', 'CONSTRUCTING', 'OPERATING']
// :param applicantStatuses => ['APPLYING', 'UNDER_REVIEW']
// :param approve => []
// Columns: field, discipline, city, park, direction (integers).
CALL () {
  MATCH (f:Field {kind: 'FOCUS'})
  WHERE NOT EXISTS {
    MATCH (f)<-[:FOCUSES_ON]-(l:JointLab)
    WHERE l.status IN $coveringStatuses OR l.id IN $approve
  }
  RETURN count(f) AS field
}
CALL () {
  MATCH (d:Discipline)-[:SUPPORTS]->(:Field {kind: 'FOCUS'})
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
  RETURN count(d) AS discipline
}
// CITY and PARK together: the (place, field) pairs covering labs cover, at their place and the place's city.
CALL () {
  MATCH (l:JointLab)
  WHERE l.status IN $coveringStatuses OR l.id IN $approve
  WITH [(l)-[r:LOCATED_IN|FOCUSES_ON]->(x) | [type(r), x]] AS out
  WITH [o IN out WHERE o[0] = 'LOCATED_IN' | o[1]] AS at, [o IN out WHERE o[0] = 'FOCUSES_ON' | elementId(o[1])] AS fieldIds
  UNWIND at AS p1
  OPTIONAL MATCH (p1)-[:LOCATED_IN]->(p2)
  UNWIND [x IN [p1, p2] WHERE x IS NOT NULL | elementId(x)] AS placeId
  UNWIND fieldIds AS fieldId
  RETURN collect(DISTINCT placeId + ' ' + fieldId) AS covered
}
CALL (covered) {
  CALL () {
    MATCH (e:Enterprise {leading: true})
    RETURN [(e)-[r:LOCATED_IN|OPERATES_IN]->(y) | [type(r), y]] AS out
    UNION ALL
    MATCH (p:Platform)
    RETURN [(p)-[r:LOCATED_IN|FOCUSES_ON]->(y) | [type(r), y]] AS out
  }
  WITH [o IN out WHERE o[0] = 'LOCATED_IN' | o[1]] AS at,
    [o IN out WHERE o[0] <> 'LOCATED_IN' AND o[1]:Field AND o[1].kind = 'FOCUS' | elementId(o[1])] AS fieldIds
  WHERE fieldIds <> []
  UNWIND at AS p1
  OPTIONAL MATCH (p1)-[:LOCATED_IN]->(p2)
  UNWIND [y IN [p1, p2] WHERE y IS NOT NULL] AS place
  UNWIND fieldIds AS fieldId
  WITH DISTINCT place, fieldId
  WHERE NOT elementId(place) + ' ' + fieldId IN covered
  RETURN count(CASE WHEN place:City THEN 1 END) AS city, count(CASE WHEN place:Park THEN 1 END) AS park
}
CALL () {
  MATCH (l:JointLab)-[:HAS_DIRECTION]->(d:ResearchDirection)
  WHERE (l.status IN $coveringStatuses OR l.status IN $applicantStatuses OR l.id IN $approve)
    AND NOT EXISTS { (d)<-[:PARTICIPATES_IN]-(:Enterprise {leading: true}) }
  RETURN count(*) AS direction
}
RETURN field, discipline, city, park, direction

// Purpose: duplicate discipline layouts among live joint labs (R5), in three kinds:
//   CONFLICT  two or more live labs with the same first-level lead discipline (what R5 forbids);
//   OVERLAP   the lead discipline of one live lab is a direction discipline of another;
//   ADJACENT  a live lab focuses on the field of a provincial or national lab (a collaboration candidate
//             under R17, not a conflict).
//   With $lab set: only the groups that include that lab, which counts as live whatever its status
//   (duplicatesFor: checking one application against the live layout).
// Rules: R5 (同一学科领域不重复布局), R17 for ADJACENT.
// Counts: live labs = covering (status in $coveringStatuses, or id in $approve) and applicants
//         (status in $applicantStatuses). EXITED and REJECTED labs count for nothing.
// Parameters:
// :param coveringStatuses => ['APPROVED', 'CONSTRUCTING', 'OPERATING']
// :param applicantStatuses => ['APPLYING', 'UNDER_REVIEW']
// :param approve => []
// :param lab => null
// Columns: kind, severity (CONFLICT HIGH, OVERLAP MEDIUM, ADJACENT LOW), members (list of {label, key, name,
//          status, covering}), shared (list of {label, key, name}), proofs (Cypher patterns that match in the
//          graph: paste one into MATCH p = ... RETURN p), reason.
CALL () {
  MATCH (l:JointLab)-[:LEAD_DISCIPLINE]->(d:Discipline)
  WHERE l.status IN $coveringStatuses OR l.status IN $applicantStatuses OR l.id IN $approve OR l.id = $lab
  WITH d, l ORDER BY l.id
  WITH d, collect(l) AS labs
  WHERE size(labs) > 1 AND ($lab IS NULL OR any(x IN labs WHERE x.id = $lab))
  RETURN 'CONFLICT' AS kind, labs, [{label: 'Discipline', key: d.code, name: d.name}] AS shared,
    [x IN labs | "(:JointLab {id: '" + x.id + "'})-[:LEAD_DISCIPLINE]->(:Discipline {code: '" + d.code + "'})"] AS proofs,
    toString(size(labs)) + ' live joint labs share the first-level lead discipline ' + d.code + ' ' + d.name AS reason
  UNION ALL
  MATCH (a:JointLab)-[:LEAD_DISCIPLINE]->(d:Discipline)<-[:IN_DISCIPLINE]-(r:ResearchDirection)<-[:HAS_DIRECTION]-(b:JointLab)
  WHERE a <> b
    AND (a.status IN $coveringStatuses OR a.status IN $applicantStatuses OR a.id IN $approve OR a.id = $lab)
    AND (b.status IN $coveringStatuses OR b.status IN $applicantStatuses OR b.id IN $approve OR b.id = $lab)
    AND NOT (b)-[:LEAD_DISCIPLINE]->(d)
    AND ($lab IS NULL OR a.id = $lab OR b.id = $lab)
  WITH a, b, d, r ORDER BY d.code, r.id
  WITH a, b, collect(DISTINCT d) AS ds,
    collect("(:JointLab {id: '" + a.id + "'})-[:LEAD_DISCIPLINE]->(:Discipline {code: '" + d.code +
            "'})<-[:IN_DISCIPLINE]-(:ResearchDirection {id: '" + r.id + "'})<-[:HAS_DIRECTION]-(:JointLab {id: '" + b.id + "'})") AS proofs
  RETURN 'OVERLAP' AS kind, [a, b] AS labs, [x IN ds | {label: 'Discipline', key: x.code, name: x.name}] AS shared, proofs,
    'The lead discipline of ' + a.name + ' (' + reduce(s = '', x IN ds | s + CASE s WHEN '' THEN '' ELSE ', ' END + x.code) +
    ') is a direction discipline of ' + b.name AS reason
  UNION ALL
  MATCH (l:JointLab)-[:FOCUSES_ON]->(f:Field)<-[:FOCUSES_ON]-(p:Platform)
  WHERE p.kind IN ['PROVINCIAL_LAB', 'NATIONAL_LAB']
    AND (l.status IN $coveringStatuses OR l.status IN $applicantStatuses OR l.id IN $approve OR l.id = $lab)
    AND ($lab IS NULL OR l.id = $lab)
  WITH l, p, f ORDER BY f.code
  WITH l, p, collect(f) AS fs
  RETURN 'ADJACENT' AS kind, [l, p] AS labs, [x IN fs | {label: 'Field', key: x.code, name: x.name}] AS shared,
    [x IN fs | "(:JointLab {id: '" + l.id + "'})-[:FOCUSES_ON]->(:Field {code: '" + x.code + "'})<-[:FOCUSES_ON]-(:Platform {id: '" + p.id + "'})"] AS proofs,
    l.name + ' focuses on the field of ' + p.name + ': a collaboration candidate (R17), not a conflict' AS reason
}
RETURN kind,
  CASE kind WHEN 'CONFLICT' THEN 'HIGH' WHEN 'OVERLAP' THEN 'MEDIUM' ELSE 'LOW' END AS severity,
  [x IN labs | {
    label: CASE WHEN x:JointLab THEN 'JointLab' ELSE 'Platform' END, key: x.id, name: x.name, status: x.status,
    covering: x:JointLab AND (x.status IN $coveringStatuses OR x.id IN $approve)
  }] AS members,
  shared, proofs, reason
ORDER BY CASE kind WHEN 'CONFLICT' THEN 0 WHEN 'OVERLAP' THEN 1 ELSE 2 END, members[0].key, members[1].key

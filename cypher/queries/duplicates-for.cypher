// Purpose: the duplicate discipline layouts (R5) that include given labs: duplicatesFor (one application
//   against the live layout), the approval guard (CONFLICT only), the what-if (the labs to approve) and the
//   layout alerts (the labs a write touched). The same groups, one per pair, as before the network view was
//   regrouped:
//   CONFLICT  the live labs sharing the first-level lead discipline of a given lab (what R5 forbids);
//   OVERLAP   a pair of live labs, one given: the lead discipline of one is a direction discipline of the
//             other (all such disciplines of the pair in one group, one proof per direction);
//   ADJACENT  a given lab and a provincial or national lab sharing a focus field (a collaboration candidate
//             under R17, not a conflict).
//   Anchored: every pattern starts from the given labs ($labs, or the labs holding the directions
//   $directions), so the cost grows with their neighbourhood (the other leaders of their lead
//   disciplines, the labs with directions there, the leaders of their own directions' disciplines), never
//   with the whole network: no network-wide expansion, no test on the lab after it.
// Rules: R5 (同一学科领域不重复布局), R17 for ADJACENT.
// Counts: live labs = covering (status in $coveringStatuses, or id in $approve) and applicants
//         (status in $applicantStatuses); with $anchorsLive the given labs count as live whatever their
//         status (duplicatesFor checks a lab that may be REJECTED or not yet submitted). EXITED and REJECTED
//         labs count for nothing otherwise.
// Parameters:
// :param coveringStatuses => ['APPROVED', 'CONSTRUCTING', 'OPERATING']
// :param applicantStatuses => ['APPLYING', 'UNDER_REVIEW']
// :param approve => []
// :param labs => ['lab-mmwave-ic']
// :param directions => []
// :param anchorsLive => true
// :param kinds => ['CONFLICT', 'OVERLAP', 'ADJACENT']
// Columns: kind, severity (CONFLICT HIGH, OVERLAP MEDIUM, ADJACENT LOW), members (list of {label, key, name,
//          status, covering}), shared (list of {label, key, name}), proofs (Cypher patterns that match in the
//          graph: paste one into MATCH p = ... RETURN p), reason, reasonCode,
//          reasonParams (src/domain/messages/codes.ts). Ordered by kind, then the members' keys.
CALL () {
  UNWIND $labs AS id
  MATCH (x:JointLab {id: id})
  RETURN x
  UNION
  MATCH (r:ResearchDirection)<-[:HAS_DIRECTION]-(x:JointLab)
  WHERE r.id IN $directions
  RETURN x
}
WITH collect(x) AS anchors
WITH anchors, [x IN anchors | x.id] AS anchorIds
CALL (anchors, anchorIds) {
  UNWIND anchors AS x
  MATCH (x)-[:LEAD_DISCIPLINE]->(d:Discipline)
  WHERE 'CONFLICT' IN $kinds
    AND (x.status IN $coveringStatuses OR x.status IN $applicantStatuses OR x.id IN $approve OR ($anchorsLive AND x.id IN anchorIds))
  WITH DISTINCT d
  MATCH (l:JointLab)-[:LEAD_DISCIPLINE]->(d)
  WHERE l.status IN $coveringStatuses OR l.status IN $applicantStatuses OR l.id IN $approve OR ($anchorsLive AND l.id IN anchorIds)
  WITH d, l ORDER BY l.id
  WITH d, collect(l) AS labs
  WHERE size(labs) > 1
  RETURN 'CONFLICT' AS kind, labs, [{label: 'Discipline', key: d.code, name: d.name}] AS shared,
    [x IN labs | "(:JointLab {id: '" + x.id + "'})-[:LEAD_DISCIPLINE]->(:Discipline {code: '" + d.code + "'})"] AS proofs,
    toString(size(labs)) + ' live joint labs share the first-level lead discipline ' + d.code + ' ' + d.name AS reason,
    'DUPLICATE_CONFLICT' AS reasonCode, {count: size(labs), code: d.code, name: d.name} AS reasonParams
  UNION ALL
  CALL (anchors) {
    // a given lab leads the discipline ...
    UNWIND anchors AS a
    MATCH (a)-[:LEAD_DISCIPLINE]->(d:Discipline)<-[:IN_DISCIPLINE]-(r:ResearchDirection)<-[:HAS_DIRECTION]-(b:JointLab)
    WHERE 'OVERLAP' IN $kinds
    RETURN a, d, r, b
    UNION
    // ... or works in it through one of its directions
    UNWIND anchors AS b
    MATCH (b)-[:HAS_DIRECTION]->(r:ResearchDirection)-[:IN_DISCIPLINE]->(d:Discipline)<-[:LEAD_DISCIPLINE]-(a:JointLab)
    WHERE 'OVERLAP' IN $kinds
    RETURN a, d, r, b
  }
  WITH a, d, r, b
  WHERE a <> b
    AND (a.status IN $coveringStatuses OR a.status IN $applicantStatuses OR a.id IN $approve OR ($anchorsLive AND a.id IN anchorIds))
    AND (b.status IN $coveringStatuses OR b.status IN $applicantStatuses OR b.id IN $approve OR ($anchorsLive AND b.id IN anchorIds))
  // b must not lead d itself: tested against the leaders of d, read once per discipline (a lab is a dense
  // node: reading its LEAD_DISCIPLINE once per path costs ~30 db hits a row)
  WITH d, collect({a: a, r: r, b: b}) AS paths
  CALL (d) {
    MATCH (d)<-[:LEAD_DISCIPLINE]-(l:JointLab)
    RETURN collect(l) AS leaders
  }
  UNWIND paths AS path
  WITH path.a AS a, path.b AS b, d, path.r AS r
  WHERE NOT b IN leaders
  WITH a, b, d, r ORDER BY d.code, r.id
  WITH a, b, collect(DISTINCT d) AS ds,
    collect("(:JointLab {id: '" + a.id + "'})-[:LEAD_DISCIPLINE]->(:Discipline {code: '" + d.code +
            "'})<-[:IN_DISCIPLINE]-(:ResearchDirection {id: '" + r.id + "'})<-[:HAS_DIRECTION]-(:JointLab {id: '" + b.id + "'})") AS proofs
  RETURN 'OVERLAP' AS kind, [a, b] AS labs, [x IN ds | {label: 'Discipline', key: x.code, name: x.name}] AS shared, proofs,
    'The lead discipline of ' + a.name + ' (' + reduce(s = '', x IN ds | s + CASE s WHEN '' THEN '' ELSE ', ' END + x.code) +
    ') is a direction discipline of ' + b.name AS reason,
    'DUPLICATE_OVERLAP_PAIR' AS reasonCode,
    {lab: a.name, codes: reduce(s = '', x IN ds | s + CASE s WHEN '' THEN '' ELSE ', ' END + x.code), other: b.name} AS reasonParams
  UNION ALL
  UNWIND anchors AS l
  MATCH (l)-[:FOCUSES_ON]->(f:Field)
  WHERE 'ADJACENT' IN $kinds
    AND (l.status IN $coveringStatuses OR l.status IN $applicantStatuses OR l.id IN $approve OR ($anchorsLive AND l.id IN anchorIds))
  WITH collect({l: l, f: f}) AS focus, collect(DISTINCT f) AS fields
  // from the few provincial and national labs, not from the field (thousands of labs focus on it)
  MATCH (p:Platform)-[:FOCUSES_ON]->(f:Field)
  USING INDEX p:Platform(kind)
  WHERE p.kind IN ['PROVINCIAL_LAB', 'NATIONAL_LAB'] AND f IN fields
  UNWIND [x IN focus WHERE x.f = f | x.l] AS l
  WITH l, p, f ORDER BY f.code
  WITH l, p, collect(f) AS fs
  RETURN 'ADJACENT' AS kind, [l, p] AS labs, [x IN fs | {label: 'Field', key: x.code, name: x.name}] AS shared,
    [x IN fs | "(:JointLab {id: '" + l.id + "'})-[:FOCUSES_ON]->(:Field {code: '" + x.code + "'})<-[:FOCUSES_ON]-(:Platform {id: '" + p.id + "'})"] AS proofs,
    l.name + ' focuses on the field of ' + p.name + ': a collaboration candidate (R17), not a conflict' AS reason,
    'DUPLICATE_ADJACENT_PAIR' AS reasonCode, {lab: l.name, platform: p.name} AS reasonParams
}
RETURN kind,
  CASE kind WHEN 'CONFLICT' THEN 'HIGH' WHEN 'OVERLAP' THEN 'MEDIUM' ELSE 'LOW' END AS severity,
  [x IN labs | {
    label: CASE WHEN x:JointLab THEN 'JointLab' ELSE 'Platform' END, key: x.id, name: x.name, status: x.status,
    covering: x:JointLab AND (x.status IN $coveringStatuses OR x.id IN $approve)
  }] AS members,
  shared, proofs, reason, reasonCode, reasonParams
ORDER BY CASE kind WHEN 'CONFLICT' THEN 0 WHEN 'OVERLAP' THEN 1 ELSE 2 END, members[0].key, members[1].key

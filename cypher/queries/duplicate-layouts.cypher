// Purpose: duplicate discipline layouts among live joint labs across the network (R5), one group per
//   discipline or field, in three kinds:
//   CONFLICT  a first-level discipline led by two or more live labs (what R5 forbids); members: those labs;
//   OVERLAP   a discipline led by a live lab and also a direction discipline of other live labs; members: the
//             labs leading it, then the labs working in it through a direction (and not leading it);
//   ADJACENT  a field of provincial or national labs that live joint labs focus on (collaboration candidates
//             under R17, not conflicts); members: those platforms, then those labs.
//   Grouped per discipline (per field) so that the answer grows with the labs, not with their pairs: at
//   nation scale the pairs were 29 million OVERLAP paths and 1.3 million ADJACENT (lab, platform) pairs.
//   One lab's groups, pair by pair, come from duplicates-for.cypher.
//   A page: the first $first groups, CONFLICT then OVERLAP then ADJACENT, each by discipline (field) code,
//   after a position: only the codes above $conflictAfter, $overlapAfter and $adjacentAfter of each kind
//   ('' from the first, null none of that kind: a page after an OVERLAP group has no CONFLICT).
//   Disciplines are walked in the order of the code index, so only the page's disciplines are expanded
//   (the fields of ADJACENT, a few dozen at most, are sorted); OVERLAP is not read at all when the
//   CONFLICTs fill the page, nor ADJACENT when both do. totalCount counts every group of $kinds by
//   existence tests alone.
//   Large groups: each part of the members (leaders, direction labs; platforms, labs) lists its first
//   $membersPerGroup by key; memberCount counts them all. Proofs: one per listed member (the direction
//   labs, each through its first direction in the discipline, then the other leaders; the labs, then the
//   other platforms), at most $proofsPerGroup: enough to check a group, not a copy of it (at nation scale
//   one discipline is a direction discipline of 5,000 labs).
// Rules: R5 (同一学科领域不重复布局), R17 for ADJACENT.
// Counts: live labs = covering (status in $coveringStatuses) and applicants (status in $applicantStatuses).
//         EXITED and REJECTED labs count for nothing.
// Parameters:
// :param coveringStatuses => ['APPROVED', 'CONSTRUCTING', 'OPERATING']
// :param applicantStatuses => ['APPLYING', 'UNDER_REVIEW']
// :param kinds => ['CONFLICT', 'OVERLAP', 'ADJACENT']
// :param first => 100
// :param membersPerGroup => 20
// :param proofsPerGroup => 10
// :param conflictAfter => ''
// :param overlapAfter => ''
// :param adjacentAfter => ''
// Columns: kind, severity (CONFLICT HIGH, OVERLAP MEDIUM, ADJACENT LOW), members (list of {label, key, name,
//          status, covering}; at most $membersPerGroup of each part), memberCount (all members), shared (the
//          discipline or field: list of {label, key, name}), proofs (Cypher patterns that match in the graph:
//          paste one into MATCH p = ... RETURN p; at most $proofsPerGroup), reason, reasonCode,
//          reasonParams (src/domain/messages/codes.ts), totalCount (groups of
//          $kinds in all, the same on every row).
CALL () {
  MATCH (d:Discipline)
  WHERE 'CONFLICT' IN $kinds
    AND COUNT { (l:JointLab)-[:LEAD_DISCIPLINE]->(d) WHERE l.status IN $coveringStatuses OR l.status IN $applicantStatuses } > 1
  RETURN count(d) AS conflictCount
}
CALL () {
  MATCH (d:Discipline)
  WHERE 'OVERLAP' IN $kinds
    AND EXISTS { (l:JointLab)-[:LEAD_DISCIPLINE]->(d) WHERE l.status IN $coveringStatuses OR l.status IN $applicantStatuses }
    AND EXISTS {
      (d)<-[:IN_DISCIPLINE]-(:ResearchDirection)<-[:HAS_DIRECTION]-(b:JointLab)
      WHERE (b.status IN $coveringStatuses OR b.status IN $applicantStatuses) AND NOT (b)-[:LEAD_DISCIPLINE]->(d)
    }
  RETURN count(d) AS overlapCount
}
CALL () {
  MATCH (p:Platform)-[:FOCUSES_ON]->(f:Field)
  USING INDEX p:Platform(kind)
  WHERE 'ADJACENT' IN $kinds AND p.kind IN ['PROVINCIAL_LAB', 'NATIONAL_LAB']
  WITH DISTINCT f
  WHERE EXISTS { (l:JointLab)-[:FOCUSES_ON]->(f) WHERE l.status IN $coveringStatuses OR l.status IN $applicantStatuses }
  RETURN count(f) AS adjacentCount
}
CALL () {
  MATCH (d:Discipline)
  WHERE 'CONFLICT' IN $kinds AND d.code IS NOT NULL AND d.code > $conflictAfter
  WITH d ORDER BY d.code
  CALL (d) {
    MATCH (l:JointLab)-[:LEAD_DISCIPLINE]->(d)
    WHERE l.status IN $coveringStatuses OR l.status IN $applicantStatuses
    WITH l ORDER BY l.id
    RETURN collect(l) AS leaders
  }
  WITH d, leaders
  WHERE size(leaders) > 1
  LIMIT $first
  WITH d, leaders, leaders[..$membersPerGroup] AS listed
  RETURN collect({
    kind: 'CONFLICT', labs: listed, memberCount: size(leaders), shared: d,
    proofs: [x IN listed[..$proofsPerGroup] | "(:JointLab {id: '" + x.id + "'})-[:LEAD_DISCIPLINE]->(:Discipline {code: '" + d.code + "'})"],
    reason: toString(size(leaders)) + ' live joint labs share the first-level lead discipline ' + d.code + ' ' + d.name,
    reasonCode: 'DUPLICATE_CONFLICT', reasonParams: {count: size(leaders), code: d.code, name: d.name}
  }) AS conflicts
}
CALL (conflicts) {
  MATCH (d:Discipline)
  WHERE 'OVERLAP' IN $kinds AND size(conflicts) < $first AND d.code IS NOT NULL AND d.code > $overlapAfter
  WITH d ORDER BY d.code
  CALL (d) {
    // every lab leading d, live or not: a lab with a direction in its own lead discipline overlaps nobody
    // (tested against this list below, not from each lab: a lab is a dense node)
    MATCH (l:JointLab)-[:LEAD_DISCIPLINE]->(d)
    WITH l ORDER BY l.id
    WITH collect(l) AS anyLeader
    RETURN anyLeader, [x IN anyLeader WHERE x.status IN $coveringStatuses OR x.status IN $applicantStatuses] AS leaders
  }
  WITH d, anyLeader, leaders
  WHERE size(leaders) > 0
  CALL (d, anyLeader) {
    MATCH (d)<-[:IN_DISCIPLINE]-(r:ResearchDirection)<-[:HAS_DIRECTION]-(b:JointLab)
    WHERE (b.status IN $coveringStatuses OR b.status IN $applicantStatuses) AND NOT b IN anyLeader
    WITH b, min(r.id) AS direction ORDER BY b.id
    RETURN collect({lab: b, direction: direction}) AS others
  }
  WITH d, leaders, others
  WHERE size(others) > 0
  LIMIT $first
  WITH d, leaders, others, leaders[..$membersPerGroup] AS listedLeaders, others[..$membersPerGroup] AS listedOthers
  WITH d, leaders, others, listedLeaders, listedOthers,
    "(:JointLab {id: '" + listedLeaders[0].id + "'})-[:LEAD_DISCIPLINE]->(:Discipline {code: '" + d.code + "'})<-[:IN_DISCIPLINE]-(:ResearchDirection {id: '" AS from,
    "'})<-[:HAS_DIRECTION]-(:JointLab {id: '" AS via
  RETURN collect({
    kind: 'OVERLAP', labs: listedLeaders + [x IN listedOthers | x.lab], memberCount: size(leaders) + size(others), shared: d,
    proofs: ([x IN listedOthers[..$proofsPerGroup] | from + x.direction + via + x.lab.id + "'})"] +
      [x IN listedLeaders[1..$proofsPerGroup] | "(:JointLab {id: '" + x.id + "'})-[:LEAD_DISCIPLINE]->(:Discipline {code: '" + d.code +
        "'})<-[:IN_DISCIPLINE]-(:ResearchDirection {id: '" + listedOthers[0].direction + via + listedOthers[0].lab.id + "'})"])[..$proofsPerGroup],
    reason: 'The lead discipline ' + d.code + ' ' + d.name + ' of ' +
      CASE size(leaders) WHEN 1 THEN leaders[0].name ELSE toString(size(leaders)) + ' live joint labs' END +
      ' is a direction discipline of ' +
      CASE size(others) WHEN 1 THEN others[0].lab.name ELSE toString(size(others)) + ' other live joint labs' END,
    reasonCode: 'DUPLICATE_OVERLAP',
    reasonParams: {code: d.code, name: d.name, leaders: size(leaders), leader: CASE size(leaders) WHEN 1 THEN leaders[0].name ELSE '' END,
                   others: size(others), other: CASE size(others) WHEN 1 THEN others[0].lab.name ELSE '' END}
  }) AS overlaps
}
CALL (conflicts, overlaps) {
  // from the few provincial and national labs (a field has thousands of labs focusing on it), and sorted:
  // they serve a few dozen fields at most
  MATCH (p:Platform)-[:FOCUSES_ON]->(f:Field)
  USING INDEX p:Platform(kind)
  WHERE 'ADJACENT' IN $kinds AND size(conflicts) + size(overlaps) < $first AND p.kind IN ['PROVINCIAL_LAB', 'NATIONAL_LAB']
    AND f.code > $adjacentAfter
  WITH f, p ORDER BY p.id
  WITH f, collect(p) AS platforms
  ORDER BY f.code
  CALL (f) {
    MATCH (l:JointLab)-[:FOCUSES_ON]->(f)
    WHERE l.status IN $coveringStatuses OR l.status IN $applicantStatuses
    WITH l ORDER BY l.id
    RETURN collect(l) AS labs
  }
  WITH f, platforms, labs
  WHERE size(labs) > 0
  LIMIT $first
  WITH f, platforms, labs, platforms[..$membersPerGroup] AS listedPlatforms, labs[..$membersPerGroup] AS listedLabs
  RETURN collect({
    kind: 'ADJACENT', labs: listedPlatforms + listedLabs, memberCount: size(platforms) + size(labs), shared: f,
    proofs: ([x IN listedLabs[..$proofsPerGroup] | "(:JointLab {id: '" + x.id + "'})-[:FOCUSES_ON]->(:Field {code: '" + f.code + "'})<-[:FOCUSES_ON]-(:Platform {id: '" + listedPlatforms[0].id + "'})"] +
      [x IN listedPlatforms[1..$proofsPerGroup] | "(:JointLab {id: '" + listedLabs[0].id + "'})-[:FOCUSES_ON]->(:Field {code: '" + f.code + "'})<-[:FOCUSES_ON]-(:Platform {id: '" + x.id + "'})"])[..$proofsPerGroup],
    reason: CASE size(labs) WHEN 1 THEN labs[0].name + ' focuses' ELSE toString(size(labs)) + ' live joint labs focus' END +
      ' on the field ' + f.code + ' ' + f.name + ' of ' +
      CASE size(platforms) WHEN 1 THEN platforms[0].name ELSE toString(size(platforms)) + ' provincial or national labs' END +
      CASE size(labs) WHEN 1 THEN ': a collaboration candidate (R17), not a conflict' ELSE ': collaboration candidates (R17), not conflicts' END,
    reasonCode: 'DUPLICATE_ADJACENT',
    reasonParams: {labs: size(labs), lab: CASE size(labs) WHEN 1 THEN labs[0].name ELSE '' END, code: f.code, name: f.name,
                   platforms: size(platforms), platform: CASE size(platforms) WHEN 1 THEN platforms[0].name ELSE '' END}
  }) AS adjacents
}
UNWIND (conflicts + overlaps + adjacents)[..$first] AS g
RETURN g.kind AS kind,
  CASE g.kind WHEN 'CONFLICT' THEN 'HIGH' WHEN 'OVERLAP' THEN 'MEDIUM' ELSE 'LOW' END AS severity,
  [x IN g.labs | {
    label: CASE WHEN x:JointLab THEN 'JointLab' ELSE 'Platform' END, key: x.id, name: x.name, status: x.status,
    covering: x:JointLab AND x.status IN $coveringStatuses
  }] AS members,
  g.memberCount AS memberCount,
  [{label: CASE WHEN g.shared:Field THEN 'Field' ELSE 'Discipline' END, key: g.shared.code, name: g.shared.name}] AS shared,
  g.proofs AS proofs, g.reason AS reason, g.reasonCode AS reasonCode, g.reasonParams AS reasonParams,
  conflictCount + overlapCount + adjacentCount AS totalCount

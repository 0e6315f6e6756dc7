// Purpose: ranked collaboration opportunities (R17): candidate partners for a joint lab among provincial and
//          national labs, innovation centres, other platforms, enterprises and other live joint labs, that have
//          no COLLABORATES_WITH link with it yet (enterprises already taking part in, co-building or members of
//          the lab are partners already and are left out). With $lab: that lab's first $first candidates
//          (collaborationOpportunities). With $lab null: a page of the network — the covering labs after key
//          $after (only those focusing on field $field, when given), $labs of them in key order, each with its
//          first $first candidates (networkOpportunities asks for 1: each lab's best partner).
// Score: a transparent weighted sum of named components ($weights), each returned with its evidence:
//   sharedDisciplines         disciplines both sides work in (a lab: lead and direction disciplines;
//                             a platform: IN_DISCIPLINE)
//   complementaryDisciplines  (discipline, field) pairs where a discipline of one side, not shared, supports a
//                             field of the other (a lab or platform: FOCUSES_ON; an enterprise: OPERATES_IN)
//   commonPartners            Adamic–Adar over shared partner organisations z (co-builders, members, lead
//                             university, hosts, collaborators, enterprises of the directions): sum of
//                             1 / ln(degree(z)), degree = z's partner relationships
//   sharedTalent              people working at (or on a committee of) both (distinct names)
//   sameCity, samePark        1 when both are located there (directly or through the park)
// Candidates: a lab or platform needs one of the first four components; an enterprise needs a common partner
//   or a shared person — a field match alone does not make an enterprise a candidate, it only adds to the
//   score of one found otherwise. An enterprise has no disciplines, so for it a field match only says that a
//   discipline of the lab feeds its industry: at nation scale the lab's four or five disciplines feed fields
//   in which some 80,000 enterprises operate, all tied at one to three points and ordered by key alone —
//   a market, not a partner. A shared place alone is no reason to collaborate either.
// Cost: each component is counted by one grouped pass from the lab's own sets (its disciplines, fields,
//   partners, people) giving (candidate, count or weight) rows, summed per candidate; the place components
//   (at most sameCity + samePark) are looked up only for candidates whose other components come within that
//   much of the $first-th best; the evidence strings are built for the $first kept only. The network page
//   costs the sum of its labs (no lab × lab pairing).
// Rules: R17 (collaborate with national labs, provincial labs, innovation centres).
// Counts: network labs = covering labs; candidate joint labs = covering or applicant labs.
// Parameters:
// :param lab => 'lab-wbg-semi'
// :param after => ''
// :param field => null
// :param labs => 1
// :param kinds => ['PROVINCIAL_LAB', 'NATIONAL_LAB', 'INNOVATION_CENTRE', 'OTHER_PLATFORM', 'ENTERPRISE', 'JOINT_LAB']
// :param weights => {sharedDisciplines: 3.0, complementaryDisciplines: 1.0, commonPartners: 2.0, sharedTalent: 2.0, sameCity: 0.5, samePark: 0.5}
// :param coveringStatuses => ['APPROVED', 'CONSTRUCTING', 'OPERATING']
// :param applicantStatuses => ['APPLYING', 'UNDER_REVIEW']
// :param first => 10
// Columns: labKey, labName, partnerLabel, partnerKey, partnerName, partnerKind, score, components (list of
//          {name, value, weight, contribution, evidence: list of strings}); by labKey, then best first.
MATCH (l:JointLab)
WHERE l.id = $lab OR ($lab IS NULL AND l.status IN $coveringStatuses AND l.id > $after
      AND ($field IS NULL OR EXISTS { (l)-[:FOCUSES_ON]->(:Field {code: $field}) }))
WITH l ORDER BY l.id LIMIT $labs
CALL (l) {
  WITH l,
    COLLECT {
      MATCH (l)-[:LEAD_DISCIPLINE]->(d:Discipline) RETURN d
      UNION
      MATCH (l)-[:HAS_DIRECTION]->(:ResearchDirection)-[:IN_DISCIPLINE]->(d:Discipline) RETURN d
    } AS ld,
    COLLECT { MATCH (l)-[:FOCUSES_ON]->(f:Field) RETURN DISTINCT f } AS lf,
    COLLECT {
      MATCH (l)-[:CO_BUILDS|MEMBER_OF|LED_BY|COLLABORATES_WITH]-(z) WHERE NOT z:Person RETURN z
      UNION
      MATCH (l)-[:HAS_DIRECTION]->(:ResearchDirection)<-[:PARTICIPATES_IN]-(z:Enterprise) RETURN z
    } AS ln,
    COLLECT { MATCH (p:Person)-[:WORKS_AT|ON_COMMITTEE]->(l) RETURN DISTINCT p } AS lp,
    // left out: those it collaborates with, and enterprises taking part in it already
    COLLECT {
      MATCH (l)-[:COLLABORATES_WITH]-(x) RETURN x
      UNION
      MATCH (l)<-[:CO_BUILDS|MEMBER_OF]-(x:Enterprise) RETURN x
      UNION
      MATCH (l)-[:HAS_DIRECTION]->(:ResearchDirection)<-[:PARTICIPATES_IN]-(x:Enterprise) RETURN x
    } AS partnersAlready
  // a field once per discipline of the lab feeding it: an enterprise's complementary pairs
  WITH l, ld, lf, ln, lp, partnersAlready,
    COLLECT { UNWIND ld AS d MATCH (d)-[:SUPPORTS]->(f:Field) WITH DISTINCT d, f RETURN f } AS ldFields
  // One grouped pass per signal, each giving (candidate, count or weight) rows, summed per candidate.
  CALL (l, ld, lf, ln, lp) {
    CALL (l, ld, lf, ln, lp) {
      // sharedDisciplines: the labs and platforms working in each of the lab's disciplines; and
      // complementaryDisciplines, one way: a discipline of the lab, not one of the candidate's, feeds its field
      CALL (ld) {
        UNWIND ld AS d
        CALL (d) {
          MATCH (d)<-[r:IN_DISCIPLINE|LEAD_DISCIPLINE]-(c)
          WHERE (c:Platform AND r:IN_DISCIPLINE) OR (c:JointLab AND r:LEAD_DISCIPLINE) RETURN c
          UNION
          MATCH (d)<-[:IN_DISCIPLINE]-(:ResearchDirection)<-[:HAS_DIRECTION]-(c:JointLab) RETURN c
        }
        RETURN c, d, true AS both
        UNION ALL
        UNWIND ld AS d
        MATCH (d)-[:SUPPORTS]->(f:Field)<-[:FOCUSES_ON]-(c)
        WHERE c:Platform OR c:JointLab
        WITH DISTINCT c, d, f
        RETURN c, d, false AS both
      }
      WITH c, collect(CASE WHEN both THEN d END) AS shared, collect(CASE WHEN NOT both THEN d END) AS feeding
      RETURN c, size(shared) AS shared, size([d IN feeding WHERE NOT d IN shared]) AS complementary,
        0.0 AS adamicAdar, 0 AS talent
      UNION ALL
      // … and the other: a discipline of the candidate, not the lab's, feeds the lab's field
      UNWIND lf AS f
      MATCH (f)<-[:SUPPORTS]-(d:Discipline) WHERE NOT d IN ld
      CALL (d) {
        MATCH (d)<-[r:IN_DISCIPLINE|LEAD_DISCIPLINE]-(c)
        WHERE (c:Platform AND r:IN_DISCIPLINE) OR (c:JointLab AND r:LEAD_DISCIPLINE) RETURN c
        UNION
        MATCH (d)<-[:IN_DISCIPLINE]-(:ResearchDirection)<-[:HAS_DIRECTION]-(c:JointLab) RETURN c
      }
      RETURN c, 0 AS shared, count(*) AS complementary, 0.0 AS adamicAdar, 0 AS talent
      UNION ALL
      // commonPartners: each partner's weight once, then everything it is a partner of
      UNWIND ln AS z
      WITH l, z, COUNT { (z)-[:CO_BUILDS|MEMBER_OF|LED_BY|HOSTED_BY|COLLABORATES_WITH|PARTICIPATES_IN|HAS_DIRECTION]-() } AS degree
      WITH l, z, 1.0 / log(toFloat(CASE WHEN degree < 2 THEN 2 ELSE degree END)) AS weight
      CALL (z) {
        MATCH (z)-[:CO_BUILDS|MEMBER_OF|LED_BY|HOSTED_BY|COLLABORATES_WITH]-(c) RETURN c
        UNION
        MATCH (z:Enterprise)-[:PARTICIPATES_IN]->(:ResearchDirection)<-[:HAS_DIRECTION]-(c:JointLab) RETURN c
        UNION
        MATCH (z:JointLab)-[:HAS_DIRECTION]->(:ResearchDirection)<-[:PARTICIPATES_IN]-(c:Enterprise) RETURN c
      }
      WITH l, z, weight, c WHERE c <> z AND c <> l
      RETURN c, 0 AS shared, 0 AS complementary, sum(weight) AS adamicAdar, 0 AS talent
      UNION ALL
      // sharedTalent
      UNWIND lp AS p
      MATCH (p)-[:WORKS_AT|ON_COMMITTEE]->(c)
      RETURN c, 0 AS shared, 0 AS complementary, 0.0 AS adamicAdar, count(DISTINCT p.name) AS talent
    }
    RETURN c, sum(shared) AS shared, sum(complementary) AS complementary, sum(adamicAdar) AS adamicAdar, sum(talent) AS talent
  }
  WITH l, ldFields, partnersAlready, c, shared, complementary, adamicAdar, talent
  WHERE c <> l AND (c:Platform OR c:Enterprise OR c:JointLab)
  WITH l, ldFields, partnersAlready, c, shared, complementary, adamicAdar, talent, CASE
      WHEN c:JointLab THEN 'JOINT_LAB'
      WHEN c:Enterprise THEN 'ENTERPRISE'
      WHEN c.kind IN ['PROVINCIAL_LAB', 'NATIONAL_LAB'] THEN c.kind
      WHEN c.kind IN ['TECH_INNOVATION_CENTRE', 'INDUSTRIAL_INNOVATION_CENTRE', 'MANUFACTURING_INNOVATION_CENTRE'] THEN 'INNOVATION_CENTRE'
      ELSE 'OTHER_PLATFORM' END AS kind
  WHERE kind IN $kinds
    AND (NOT c:JointLab OR c.status IN $coveringStatuses OR c.status IN $applicantStatuses)
    AND NOT c IN partnersAlready
  // Ranked on what is counted so far, an enterprise's field match (at most one per pair in ldFields) and the
  // place (at most sameCity + samePark) still to come: only candidates that these could lift to the
  // `first`-th best are looked at further.
  WITH l, ldFields, c, kind, shared, complementary, adamicAdar, talent,
    $weights.sharedDisciplines * shared + $weights.complementaryDisciplines * complementary
    + $weights.commonPartners * adamicAdar + $weights.sharedTalent * talent AS partial
  ORDER BY partial DESC
  WITH l, ldFields, collect({c: c, kind: kind, shared: shared, complementary: complementary, adamicAdar: adamicAdar,
                             talent: talent, partial: partial}) AS ranked
  WITH l, ldFields, ranked, CASE WHEN size(ranked) < $first THEN -1.0 ELSE ranked[$first - 1].partial END AS floor
  UNWIND ranked AS r
  WITH l, ldFields, r, r.c AS c
  WHERE r.partial + $weights.sameCity + $weights.samePark
        + CASE WHEN r.kind = 'ENTERPRISE' THEN $weights.complementaryDisciplines * size(ldFields) ELSE 0.0 END >= floor
  // An enterprise (found through a partner or a person) has no disciplines: its complementary pairs are
  // the lab's disciplines feeding its fields.
  WITH l, ldFields, r, c,
    CASE WHEN r.kind = 'ENTERPRISE' THEN COLLECT { MATCH (c)-[:OPERATES_IN|FOCUSES_ON]->(x:Field) RETURN DISTINCT x } END AS cf
  WITH l, c, r.kind AS kind, r.shared AS shared, r.adamicAdar AS adamicAdar, r.talent AS talent,
    CASE WHEN r.kind = 'ENTERPRISE' THEN size([f IN ldFields WHERE f IN cf]) ELSE r.complementary END AS complementary
  WITH l, c, kind, shared, complementary, adamicAdar, talent,
    $weights.sharedDisciplines * shared + $weights.complementaryDisciplines * complementary
    + $weights.commonPartners * adamicAdar + $weights.sharedTalent * talent AS partial
  ORDER BY partial DESC
  WITH l, collect({c: c, kind: kind, shared: shared, complementary: complementary, adamicAdar: adamicAdar, talent: talent,
                   partial: partial}) AS ranked
  // Only candidates that the place components could still lift into the first `first` are looked at further.
  WITH l, ranked, CASE WHEN size(ranked) < $first THEN -1.0 ELSE ranked[$first - 1].partial END AS floor,
    COLLECT { MATCH (l)-[:LOCATED_IN*1..2]->(x:City) RETURN x } AS lcity,
    COLLECT { MATCH (l)-[:LOCATED_IN]->(x:Park) RETURN x } AS lpark
  UNWIND ranked AS r
  WITH l, lcity, lpark, r WHERE r.partial + $weights.sameCity + $weights.samePark >= floor
  WITH l, lcity, lpark, r, r.c AS c
  WITH l, r, c,
    [x IN COLLECT { MATCH (c)-[:LOCATED_IN*1..2]->(x:City) RETURN x } WHERE x IN lcity | x.name] AS cities,
    [x IN COLLECT { MATCH (c)-[:LOCATED_IN]->(x:Park) RETURN x } WHERE x IN lpark | x.name] AS parks
  WITH l, r, c, cities, parks, [
    {name: 'sharedDisciplines', value: toFloat(r.shared), weight: toFloat($weights.sharedDisciplines)},
    {name: 'complementaryDisciplines', value: toFloat(r.complementary), weight: toFloat($weights.complementaryDisciplines)},
    {name: 'commonPartners', value: r.adamicAdar, weight: toFloat($weights.commonPartners)},
    {name: 'sharedTalent', value: toFloat(r.talent), weight: toFloat($weights.sharedTalent)},
    {name: 'sameCity', value: CASE WHEN size(cities) > 0 THEN 1.0 ELSE 0.0 END, weight: toFloat($weights.sameCity)},
    {name: 'samePark', value: CASE WHEN size(parks) > 0 THEN 1.0 ELSE 0.0 END, weight: toFloat($weights.samePark)}
  ] AS parts
  WITH l, r, c, cities, parks, [p IN parts | p {.*, contribution: p.value * p.weight}] AS parts
  WITH l, r, c, cities, parks, parts, reduce(s = 0.0, p IN parts | s + p.contribution) AS score
  ORDER BY score DESC, c.id
  LIMIT $first
  // The evidence, for the candidates kept only: the same sets, named.
  WITH l, collect({c: c, kind: r.kind, score: score, parts: parts, cities: cities, parks: parks}) AS top
  WITH l, top,
    COLLECT {
      MATCH (l)-[:LEAD_DISCIPLINE]->(d:Discipline) RETURN d
      UNION
      MATCH (l)-[:HAS_DIRECTION]->(:ResearchDirection)-[:IN_DISCIPLINE]->(d:Discipline) RETURN d
    } AS ld,
    COLLECT { MATCH (l)-[:FOCUSES_ON]->(f:Field) RETURN DISTINCT f } AS lf,
    COLLECT {
      MATCH (l)-[:CO_BUILDS|MEMBER_OF|LED_BY|COLLABORATES_WITH]-(z) WHERE NOT z:Person RETURN z
      UNION
      MATCH (l)-[:HAS_DIRECTION]->(:ResearchDirection)<-[:PARTICIPATES_IN]-(z:Enterprise) RETURN z
    } AS ln,
    COLLECT { MATCH (p:Person)-[:WORKS_AT|ON_COMMITTEE]->(l) RETURN DISTINCT p } AS lp
  UNWIND top AS t
  WITH l, ld, lf, ln, lp, t, t.c AS c
  WITH l, ld, lf, ln, lp, t, c,
    COLLECT {
      MATCH (c:JointLab)-[:LEAD_DISCIPLINE]->(d:Discipline) RETURN d
      UNION
      MATCH (c:JointLab)-[:HAS_DIRECTION]->(:ResearchDirection)-[:IN_DISCIPLINE]->(d:Discipline) RETURN d
      UNION
      MATCH (c:Platform)-[:IN_DISCIPLINE]->(d:Discipline) RETURN d
    } AS cd,
    COLLECT { MATCH (c)-[:FOCUSES_ON|OPERATES_IN]->(f:Field) RETURN DISTINCT f } AS cf
  WITH l, ld, lf, ln, lp, t, c, cd, cf, [d IN ld WHERE d IN cd] AS shared
  WITH l, ln, lp, t, c, shared, [d IN ld WHERE NOT d IN shared] AS lOnly, [d IN cd WHERE NOT d IN shared] AS cOnly, lf, cf
  WITH l, ln, lp, t, c, shared,
    COLLECT {
      UNWIND lOnly AS d
      MATCH (d)-[:SUPPORTS]->(f:Field) WHERE f IN cf
      RETURN d.code + ' ' + d.name + ' → ' + f.name AS pair
      UNION
      UNWIND cOnly AS d
      MATCH (d)-[:SUPPORTS]->(f:Field) WHERE f IN lf
      RETURN d.code + ' ' + d.name + ' → ' + f.name AS pair
    } AS complementary,
    COLLECT {
      MATCH (c)-[:CO_BUILDS|MEMBER_OF|LED_BY|HOSTED_BY|COLLABORATES_WITH]-(z) WHERE NOT z:Person RETURN z
      UNION
      MATCH (c:JointLab)-[:HAS_DIRECTION]->(:ResearchDirection)<-[:PARTICIPATES_IN]-(z:Enterprise) RETURN z
      UNION
      MATCH (c:Enterprise)-[:PARTICIPATES_IN]->(:ResearchDirection)<-[:HAS_DIRECTION]-(z:JointLab) RETURN z
    } AS cn
  WITH l, lp, t, c, {
    sharedDisciplines: [d IN shared | d.code + ' ' + d.name],
    complementaryDisciplines: complementary,
    commonPartners: [z IN cn WHERE z IN ln AND z <> l AND z <> c |
      z.name + ' (degree ' + toString(COUNT { (z)-[:CO_BUILDS|MEMBER_OF|LED_BY|HOSTED_BY|COLLABORATES_WITH|PARTICIPATES_IN|HAS_DIRECTION]-() }) + ')'],
    sharedTalent: COLLECT { UNWIND lp AS p MATCH (p)-[:WORKS_AT|ON_COMMITTEE]->(c) RETURN DISTINCT p.name ORDER BY p.name },
    sameCity: t.cities,
    samePark: t.parks
  } AS evidence
  RETURN l.id AS labKey, l.name AS labName,
    CASE WHEN c:JointLab THEN 'JointLab' WHEN c:Platform THEN 'Platform' ELSE 'Enterprise' END AS partnerLabel,
    c.id AS partnerKey, c.name AS partnerName, t.kind AS partnerKind, t.score AS score,
    [p IN t.parts | p {.*, evidence: evidence[p.name]}] AS components
  ORDER BY score DESC, partnerKey
}
RETURN labKey, labName, partnerLabel, partnerKey, partnerName, partnerKind, score, components
ORDER BY labKey, score DESC, partnerKey

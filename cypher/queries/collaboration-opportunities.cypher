// Purpose: ranked collaboration opportunities (R17): candidate partners for a joint lab among provincial and
//          national labs, innovation centres, other platforms, enterprises and other live joint labs, that have
//          no COLLABORATES_WITH link with it yet (enterprises already taking part in, co-building or members of
//          the lab are partners already and are left out). With $lab null: the best pairs across the province,
//          from every covering lab (networkOpportunities); a pair of two covering labs is listed once.
// Score: a transparent weighted sum of named components ($weights), each returned with its evidence:
//   sharedDisciplines         disciplines both sides work in (a lab: lead and direction disciplines;
//                             a platform: IN_DISCIPLINE)
//   complementaryDisciplines  (discipline, field) pairs where a discipline of one side, not shared, supports a
//                             field of the other (a lab or platform: FOCUSES_ON; an enterprise: OPERATES_IN)
//   commonPartners            Adamic–Adar over shared partner organisations z (co-builders, members, lead
//                             university, hosts, collaborators, enterprises of the directions): sum of
//                             1 / ln(degree(z)), degree = z's partner relationships
//   sharedTalent              people working at (or on a committee of) both
//   sameCity, samePark        1 when both are located there (directly or through the park)
//   A candidate needs at least one of the first four: a shared place alone is no reason to collaborate.
// Rules: R17 (collaborate with national labs, provincial labs, innovation centres).
// Counts: source labs = $lab, or every covering lab; candidate joint labs = live labs.
// Parameters:
// :param lab => 'lab-wbg-semi'
// :param kinds => ['PROVINCIAL_LAB', 'NATIONAL_LAB', 'INNOVATION_CENTRE', 'OTHER_PLATFORM', 'ENTERPRISE', 'JOINT_LAB']
// :param weights => {sharedDisciplines: 3.0, complementaryDisciplines: 1.0, commonPartners: 2.0, sharedTalent: 2.0, sameCity: 0.5, samePark: 0.5}
// :param coveringStatuses => ['APPROVED', 'CONSTRUCTING', 'OPERATING']
// :param applicantStatuses => ['APPLYING', 'UNDER_REVIEW']
// :param first => 10
// Columns: labKey, labName, partnerLabel, partnerKey, partnerName, partnerKind, score, components (list of
//          {name, value, weight, contribution, evidence: list of strings}).
MATCH (l:JointLab)
WHERE l.id = $lab OR ($lab IS NULL AND l.status IN $coveringStatuses)
WITH l,
  COLLECT {
    MATCH (l)-[:LEAD_DISCIPLINE]->(d:Discipline) RETURN d
    UNION
    MATCH (l)-[:HAS_DIRECTION]->(:ResearchDirection)-[:IN_DISCIPLINE]->(d:Discipline) RETURN d
  } AS ld,
  COLLECT { MATCH (l)-[:FOCUSES_ON]->(f:Field) RETURN f } AS lf,
  COLLECT {
    MATCH (l)-[:CO_BUILDS|MEMBER_OF|LED_BY|COLLABORATES_WITH]-(z) WHERE NOT z:Person RETURN z
    UNION
    MATCH (l)-[:HAS_DIRECTION]->(:ResearchDirection)<-[:PARTICIPATES_IN]-(z:Enterprise) RETURN z
  } AS ln,
  COLLECT { MATCH (p:Person)-[:WORKS_AT|ON_COMMITTEE]->(l) RETURN p } AS lp,
  COLLECT { MATCH (l)-[:LOCATED_IN*1..2]->(c:City) RETURN c } AS lcity,
  COLLECT { MATCH (l)-[:LOCATED_IN]->(k:Park) RETURN k } AS lpark
// Candidates come from the signals themselves (a discipline, field, partner or person in common), so
// the work grows with the lab's neighbourhood, not with the number of enterprises in the country.
CALL (l, ld, lf, ln, lp) {
  UNWIND ld AS d MATCH (d)<-[:IN_DISCIPLINE|LEAD_DISCIPLINE]-(c) WHERE c:Platform OR c:JointLab RETURN c
  UNION
  UNWIND ld AS d MATCH (d)<-[:IN_DISCIPLINE]-(:ResearchDirection)<-[:HAS_DIRECTION]-(c:JointLab) RETURN c
  UNION
  UNWIND ld AS d MATCH (d)-[:SUPPORTS]->(:Field)<-[:FOCUSES_ON|OPERATES_IN]-(c) RETURN c
  UNION
  UNWIND lf AS f MATCH (f)<-[:SUPPORTS]-(:Discipline)<-[:IN_DISCIPLINE|LEAD_DISCIPLINE]-(c) WHERE c:Platform OR c:JointLab RETURN c
  UNION
  UNWIND lf AS f MATCH (f)<-[:SUPPORTS]-(:Discipline)<-[:IN_DISCIPLINE]-(:ResearchDirection)<-[:HAS_DIRECTION]-(c:JointLab) RETURN c
  UNION
  UNWIND ln AS z MATCH (z)-[:CO_BUILDS|MEMBER_OF|LED_BY|HOSTED_BY|COLLABORATES_WITH]-(c) RETURN c
  UNION
  UNWIND ln AS z MATCH (z:Enterprise)-[:PARTICIPATES_IN]->(:ResearchDirection)<-[:HAS_DIRECTION]-(c:JointLab) RETURN c
  UNION
  UNWIND ln AS z MATCH (z:JointLab)-[:HAS_DIRECTION]->(:ResearchDirection)<-[:PARTICIPATES_IN]-(c:Enterprise) RETURN c
  UNION
  UNWIND lp AS p MATCH (p)-[:WORKS_AT|ON_COMMITTEE]->(c) RETURN c
}
WITH l, ld, lf, ln, lp, lcity, lpark, c
WHERE c <> l AND (c:Platform OR c:Enterprise OR c:JointLab)
WITH l, ld, lf, ln, lp, lcity, lpark, c, CASE
    WHEN c:JointLab THEN 'JOINT_LAB'
    WHEN c:Enterprise THEN 'ENTERPRISE'
    WHEN c.kind IN ['PROVINCIAL_LAB', 'NATIONAL_LAB'] THEN c.kind
    WHEN c.kind IN ['TECH_INNOVATION_CENTRE', 'INDUSTRIAL_INNOVATION_CENTRE', 'MANUFACTURING_INNOVATION_CENTRE'] THEN 'INNOVATION_CENTRE'
    ELSE 'OTHER_PLATFORM' END AS kind
WHERE kind IN $kinds
  AND (NOT c:JointLab OR (
        (c.status IN $coveringStatuses OR c.status IN $applicantStatuses)
        AND NOT ($lab IS NULL AND c.status IN $coveringStatuses AND c.id < l.id)))
  AND (NOT c:Enterprise OR (
        NOT EXISTS { (c)-[:CO_BUILDS|MEMBER_OF]->(l) }
        AND NOT EXISTS { (c)-[:PARTICIPATES_IN]->(:ResearchDirection)<-[:HAS_DIRECTION]-(l) }))
WITH l, ld, lf, ln, lp, lcity, lpark, c, kind
WHERE NOT EXISTS { (l)-[:COLLABORATES_WITH]-(c) }
WITH l, ld, lf, ln, lp, lcity, lpark, c, kind,
  COLLECT {
    MATCH (c:JointLab)-[:LEAD_DISCIPLINE]->(d:Discipline) RETURN d
    UNION
    MATCH (c:JointLab)-[:HAS_DIRECTION]->(:ResearchDirection)-[:IN_DISCIPLINE]->(d:Discipline) RETURN d
    UNION
    MATCH (c:Platform)-[:IN_DISCIPLINE]->(d:Discipline) RETURN d
  } AS cd,
  COLLECT { MATCH (c)-[:FOCUSES_ON|OPERATES_IN]->(f:Field) RETURN f } AS cf
WITH l, ld, lf, ln, lp, lcity, lpark, c, kind, cd, cf,
  [d IN ld WHERE d IN cd] AS shared
WITH l, ln, lp, lcity, lpark, c, kind, shared,
  [d IN ld WHERE NOT d IN shared] AS lOnly, [d IN cd WHERE NOT d IN shared] AS cOnly, lf, cf
WITH l, ln, lp, lcity, lpark, c, kind, shared,
  COLLECT {
    UNWIND lOnly AS d
    MATCH (d)-[:SUPPORTS]->(f:Field) WHERE f IN cf
    RETURN d.code + ' ' + d.name + ' → ' + f.name AS pair
    UNION
    UNWIND cOnly AS d
    MATCH (d)-[:SUPPORTS]->(f:Field) WHERE f IN lf
    RETURN d.code + ' ' + d.name + ' → ' + f.name AS pair
  } AS complementary
WITH l, ln, lp, lcity, lpark, c, kind, shared, complementary,
  COLLECT {
    MATCH (c)-[:CO_BUILDS|MEMBER_OF|LED_BY|HOSTED_BY|COLLABORATES_WITH]-(z) WHERE NOT z:Person RETURN z
    UNION
    MATCH (c:JointLab)-[:HAS_DIRECTION]->(:ResearchDirection)<-[:PARTICIPATES_IN]-(z:Enterprise) RETURN z
    UNION
    MATCH (c:Enterprise)-[:PARTICIPATES_IN]->(:ResearchDirection)<-[:HAS_DIRECTION]-(z:JointLab) RETURN z
  } AS cn
WITH l, lp, lcity, lpark, c, kind, shared, complementary,
  [z IN cn WHERE z IN ln AND z <> l AND z <> c] AS common
WITH l, lp, lcity, lpark, c, kind, shared, complementary,
  [z IN common | {
    name: z.name,
    degree: COUNT { (z)-[:CO_BUILDS|MEMBER_OF|LED_BY|HOSTED_BY|COLLABORATES_WITH|PARTICIPATES_IN|HAS_DIRECTION]-() }
  }] AS partners,
  COLLECT { MATCH (p:Person)-[:WORKS_AT|ON_COMMITTEE]->(c) WHERE p IN lp RETURN DISTINCT p.name ORDER BY p.name } AS talent,
  [x IN COLLECT { MATCH (c)-[:LOCATED_IN*1..2]->(x:City) RETURN x } WHERE x IN lcity | x.name] AS cities,
  [x IN COLLECT { MATCH (c)-[:LOCATED_IN]->(x:Park) RETURN x } WHERE x IN lpark | x.name] AS parks
WITH l, c, kind, shared, complementary, partners, talent, cities, parks,
  reduce(s = 0.0, p IN partners | s + 1.0 / log(toFloat(CASE WHEN p.degree < 2 THEN 2 ELSE p.degree END))) AS adamicAdar
WHERE size(shared) + size(complementary) + size(partners) + size(talent) > 0
WITH l, c, kind, [
  {name: 'sharedDisciplines', value: toFloat(size(shared)), weight: toFloat($weights.sharedDisciplines),
   evidence: [d IN shared | d.code + ' ' + d.name]},
  {name: 'complementaryDisciplines', value: toFloat(size(complementary)), weight: toFloat($weights.complementaryDisciplines),
   evidence: complementary},
  {name: 'commonPartners', value: adamicAdar, weight: toFloat($weights.commonPartners),
   evidence: [p IN partners | p.name + ' (degree ' + toString(p.degree) + ')']},
  {name: 'sharedTalent', value: toFloat(size(talent)), weight: toFloat($weights.sharedTalent), evidence: talent},
  {name: 'sameCity', value: CASE WHEN size(cities) > 0 THEN 1.0 ELSE 0.0 END, weight: toFloat($weights.sameCity), evidence: cities},
  {name: 'samePark', value: CASE WHEN size(parks) > 0 THEN 1.0 ELSE 0.0 END, weight: toFloat($weights.samePark), evidence: parks}
] AS parts
WITH l, c, kind, [p IN parts | p {.*, contribution: p.value * p.weight}] AS components
WITH l, c, kind, components, reduce(s = 0.0, p IN components | s + p.contribution) AS score
RETURN l.id AS labKey, l.name AS labName,
  CASE WHEN c:JointLab THEN 'JointLab' WHEN c:Platform THEN 'Platform' ELSE 'Enterprise' END AS partnerLabel,
  c.id AS partnerKey, c.name AS partnerName, kind AS partnerKind, score, components
ORDER BY score DESC, labKey, partnerKey
LIMIT $first

// Purpose: the measurements behind each joint lab's rule compliance: one row per lab. The hub evaluates them
//          against the rules' bounds (src/domain/rules.ts) to PASS, FAIL or UNKNOWN; an analyst reads them as is.
//          A null measurement is missing data (UNKNOWN), never a pass.
// Rules: R1 leadFirstClass, R2 leadFocusFields, R3 universityPlatforms, R4 leaders (leadersWithoutExpertise:
//        directors and chief scientists with no recorded expertise; leadersRecorded: how many directors and
//        chief scientists there are at all), R7 directionCount, R8 investmentCny,
//        R9 constructionYears, R10 directionsWithoutLead (no industry-leading participant) and
//        directionsUnclassified (no known one, but a participant whose `leading` is unrecorded),
//        R11 staffActual when recorded, else staffPlanned (whatever the status), R12 legalForm/onCampus, R13 priority flags (parksOfUnknownLevel),
//        R14 provincialFundsCny/fundingRecords/fundingRecordsWithoutAmount, R15 directors and committees
//        (committeeSeatsWithoutRole).
// Parameters ($ids null: every lab):
// :param ids => null
// Columns: id, name, status, universityId, universityName, disciplineCode, disciplineName, leadFirstClass,
//          leadFocusFields, leadFocusFieldNames, labFields, universityPlatforms, leaders, directionCount, directionsWithoutLead,
//          directionsUnclassified, investmentCny, constructionYears, staffPlanned, staffActual, legalForm,
//          onCampus, governmentInvestors, leadingEnterpriseInvestors, highTechZones, parksOfUnknownLevel,
//          provincialFundsCny, fundingRecords, fundingRecordsWithoutAmount, directors, technicalCommittee,
//          managementCommittee, committeeSeatsWithoutRole, leadersWithoutExpertise, leadersRecorded.
MATCH (l:JointLab)
WHERE $ids IS NULL OR l.id IN $ids
OPTIONAL MATCH (l)-[:LED_BY]->(u:University)
OPTIONAL MATCH (l)-[:LEAD_DISCIPLINE]->(d:Discipline)
WITH l, head(collect(DISTINCT u)) AS u, head(collect(DISTINCT d)) AS d
RETURN l.id AS id, l.name AS name, l.status AS status,
  u.id AS universityId, u.name AS universityName, d.code AS disciplineCode, d.name AS disciplineName,
  CASE WHEN u IS NULL OR d IS NULL THEN null
       ELSE EXISTS { (u)-[:HAS_DISCIPLINE {firstClass: true}]->(d) } END AS leadFirstClass,
  CASE WHEN d IS NULL THEN null
       ELSE COLLECT { MATCH (d)-[:SUPPORTS]->(f:Field {kind: 'FOCUS'}) RETURN f.code ORDER BY f.code } END AS leadFocusFields,
  CASE WHEN d IS NULL THEN null
       ELSE COLLECT { MATCH (d)-[:SUPPORTS]->(f:Field {kind: 'FOCUS'}) RETURN coalesce(f.name, f.code) ORDER BY f.code } END
    AS leadFocusFieldNames,
  COLLECT { MATCH (l)-[:FOCUSES_ON]->(f:Field) RETURN f.code ORDER BY f.code } AS labFields,
  CASE WHEN u IS NULL THEN null
       ELSE COLLECT {
         MATCH (u)-[:HOSTED_BY|COLLABORATES_WITH]-(p:Platform)-[:FOCUSES_ON]->(f:Field)<-[:FOCUSES_ON]-(l)
         RETURN DISTINCT p.name ORDER BY p.name
       } END AS universityPlatforms,
  CASE WHEN d IS NULL THEN null
       ELSE COLLECT {
         MATCH (p:Person)-[w:WORKS_AT]->(l)
         WHERE w.role IN ['DIRECTOR', 'CHIEF_SCIENTIST']
           AND EXISTS { MATCH (p)-[:EXPERT_IN]->(x:Discipline) WHERE x = d OR (x)-[:PART_OF]->(d) }
         RETURN DISTINCT p.name ORDER BY p.name
       } END AS leaders,
  COUNT { (l)-[:HAS_DIRECTION]->(:ResearchDirection) } AS directionCount,
  COLLECT {
    MATCH (l)-[:HAS_DIRECTION]->(r:ResearchDirection)
    WHERE NOT EXISTS { (r)<-[:PARTICIPATES_IN]-(:Enterprise {leading: true}) }
      AND NOT EXISTS { (r)<-[:PARTICIPATES_IN]-(e:Enterprise) WHERE e.leading IS NULL }
    RETURN r.name ORDER BY r.id
  } AS directionsWithoutLead,
  COLLECT {
    MATCH (l)-[:HAS_DIRECTION]->(r:ResearchDirection)
    WHERE NOT EXISTS { (r)<-[:PARTICIPATES_IN]-(:Enterprise {leading: true}) }
      AND EXISTS { (r)<-[:PARTICIPATES_IN]-(e:Enterprise) WHERE e.leading IS NULL }
    RETURN r.name ORDER BY r.id
  } AS directionsUnclassified,
  l.investmentCny AS investmentCny, l.constructionYears AS constructionYears,
  l.staffPlanned AS staffPlanned, l.staffActual AS staffActual,
  l.legalForm AS legalForm, l.onCampus AS onCampus,
  COLLECT { MATCH (g:Government)-[:CO_BUILDS]->(l) RETURN g.name ORDER BY g.name } AS governmentInvestors,
  COLLECT { MATCH (e:Enterprise {leading: true})-[:CO_BUILDS]->(l) RETURN e.name ORDER BY e.name } AS leadingEnterpriseInvestors,
  COLLECT {
    MATCH (l)-[:LOCATED_IN]->(k:Park) WHERE k.level IN ['NATIONAL', 'PROVINCIAL'] RETURN k.name ORDER BY k.name
  } AS highTechZones,
  COLLECT { MATCH (l)-[:LOCATED_IN]->(k:Park) WHERE k.level IS NULL RETURN k.name ORDER BY k.name } AS parksOfUnknownLevel,
  reduce(total = 0, amount IN COLLECT {
    MATCH (:Government {level: 'PROVINCE'})-[f:FUNDS]->(l) RETURN coalesce(f.amountCny, 0)
  } | total + amount) AS provincialFundsCny,
  COUNT { (:Government {level: 'PROVINCE'})-[:FUNDS]->(l) } AS fundingRecords,
  COUNT { MATCH (:Government {level: 'PROVINCE'})-[f:FUNDS]->(l) WHERE f.amountCny IS NULL } AS fundingRecordsWithoutAmount,
  COLLECT { MATCH (p:Person)-[:WORKS_AT {role: 'DIRECTOR'}]->(l) RETURN p.name ORDER BY p.name } AS directors,
  COLLECT { MATCH (p:Person)-[:ON_COMMITTEE {role: 'TECHNICAL'}]->(l) RETURN p.name ORDER BY p.name } AS technicalCommittee,
  COLLECT { MATCH (p:Person)-[:ON_COMMITTEE {role: 'MANAGEMENT'}]->(l) RETURN p.name ORDER BY p.name } AS managementCommittee,
  COUNT { MATCH (:Person)-[c:ON_COMMITTEE]->(l) WHERE c.role IS NULL } AS committeeSeatsWithoutRole,
  CASE WHEN d IS NULL THEN null
       ELSE COLLECT {
         MATCH (p:Person)-[w:WORKS_AT]->(l)
         WHERE w.role IN ['DIRECTOR', 'CHIEF_SCIENTIST'] AND NOT EXISTS { (p)-[:EXPERT_IN]->() }
         RETURN DISTINCT p.name ORDER BY p.name
       } END AS leadersWithoutExpertise,
  COUNT { MATCH (p:Person)-[w:WORKS_AT]->(l) WHERE w.role IN ['DIRECTOR', 'CHIEF_SCIENTIST'] RETURN DISTINCT p } AS leadersRecorded
ORDER BY id

/**
 * The benchmark's operations, each in up to three forms: a query to the hub, a query to the reference
 * server (@neo4j/graphql; null where it cannot express the operation), and the same data fetched with
 * raw Cypher through neo4j-driver (run by bench/servers/raw.ts). Every form asks for the same data:
 * the same nodes, the same order where the form can say it.
 */
import neo4j from "neo4j-driver";
import { PARTNER_KINDS } from "../../src/analytics/opportunities.js";
import { queryFile } from "../../src/analytics/query-file.js";
import { statusParams } from "../../src/analytics/statuses.js";
import { DEFAULT_OPPORTUNITY_WEIGHTS } from "../../src/domain/opportunity-weights.js";
import type { Graph, QueryStats } from "../../src/graph/graph.js";
import { toPlain, type Plain } from "../../src/graph/values.js";

export interface GraphqlRequest {
  query: string;
  variables?: Record<string, unknown>;
}

export interface Operation {
  name: string;
  title: string;
  hub: GraphqlRequest;
  reference: GraphqlRequest | null;
  /** Why the reference server has no form, when it has none. */
  referenceNote?: string;
}

/** Parameters of the one-lab operations. */
export interface Probe {
  lab: string;
}

const NESTED_LIST_HUB = `{ jointLabs(first: 50) { edges { node { name directions { name disciplines { code name } leadingEnterprises { name } } } } } }`;

const NESTED_LIST_REFERENCE = `{ jointLabs(limit: 50, sort: [{ name: ASC }, { id: ASC }]) {
  name
  directions(sort: [{ id: ASC }]) {
    name
    disciplines(sort: [{ code: ASC }]) { code name }
    participants(where: { leading: { eq: true } }, sort: [{ name: ASC }]) { name }
  }
} }`;

const NESTED_LIST_CYPHER = `
MATCH (l:JointLab)
WITH l ORDER BY l.name, l.id LIMIT 50
RETURN l.name AS name, COLLECT {
  MATCH (l)-[:HAS_DIRECTION]->(r:ResearchDirection)
  WITH r ORDER BY r.id
  RETURN r {
    .name,
    disciplines: COLLECT { MATCH (r)-[:IN_DISCIPLINE]->(d:Discipline) WITH d ORDER BY d.code RETURN d {.code, .name} },
    leadingEnterprises: COLLECT {
      MATCH (r)<-[p:PARTICIPATES_IN]-(e:Enterprise {leading: true})
      WITH e, p ORDER BY CASE p.role WHEN 'LEAD' THEN 0 ELSE 1 END, e.name
      RETURN e {.name}
    }
  }
} AS directions`;

const TWO_HOP_HUB = `query ($id: ID!) { jointLab(id: $id) {
  id name status
  leadUniversity { name city { name } }
  leadDiscipline { code name }
  directions { name disciplines { code name } participations { role enterprise { name leading } } }
  focusFields { code name }
  park { name city { name } }
  coBuilders { investmentCny builder { ... on Enterprise { name } ... on Government { name } ... on University { name } } }
  members { feeCny member { ... on Enterprise { name } ... on Investor { name } } }
  staff { role person { name expertise { code } } }
  collaborations { topic partner { ... on JointLab { name } ... on Platform { name } ... on University { name } ... on Enterprise { name } } }
} }`;

const TWO_HOP_REFERENCE = `query ($id: ID!) { jointLabs(where: { id: { eq: $id } }) {
  id name status
  leadUniversity { name cities { name } }
  leadDiscipline { code name }
  directions { name disciplines { code name } participantsConnection { edges { properties { role } node { name leading } } } }
  focusFields { code name }
  park { name cities { name } }
  coBuildersConnection { edges { properties { investmentCny } node { ... on Enterprise { name } ... on Government { name } ... on University { name } } } }
  membersConnection { edges { properties { feeCny } node { ... on Enterprise { name } ... on Investor { name } } } }
  staffConnection { edges { properties { role } node { name expertise { code } } } }
  collaboratorsConnection { edges { properties { topic } node { ... on JointLab { name } ... on Platform { name } ... on University { name } ... on Enterprise { name } } } }
} }`;

const TWO_HOP_CYPHER = `
MATCH (l:JointLab {id: $id})
RETURN l {
  .id, .name, .status,
  leadUniversity: head(COLLECT {
    MATCH (l)-[:LED_BY]->(u:University)
    RETURN u {.name, city: head(COLLECT { MATCH (u)-[:LOCATED_IN*1..2]->(c:City) RETURN c {.name} })}
  }),
  leadDiscipline: head(COLLECT { MATCH (l)-[:LEAD_DISCIPLINE]->(d:Discipline) RETURN d {.code, .name} }),
  directions: COLLECT {
    MATCH (l)-[:HAS_DIRECTION]->(r:ResearchDirection)
    WITH r ORDER BY r.id
    RETURN r {
      .name,
      disciplines: COLLECT { MATCH (r)-[:IN_DISCIPLINE]->(d:Discipline) WITH d ORDER BY d.code RETURN d {.code, .name} },
      participations: COLLECT {
        MATCH (r)<-[p:PARTICIPATES_IN]-(e:Enterprise) WITH e, p ORDER BY p.role, e.name
        RETURN {role: p.role, enterprise: e {.name, .leading}}
      }
    }
  },
  focusFields: COLLECT { MATCH (l)-[:FOCUSES_ON]->(f:Field) WITH f ORDER BY f.code RETURN f {.code, .name} },
  park: head(COLLECT {
    MATCH (l)-[:LOCATED_IN]->(k:Park)
    RETURN k {.name, city: head(COLLECT { MATCH (k)-[:LOCATED_IN]->(c:City) RETURN c {.name} })}
  }),
  coBuilders: COLLECT { MATCH (l)<-[c:CO_BUILDS]-(b) RETURN {investmentCny: c.investmentCny, builder: b {.name}} },
  members: COLLECT { MATCH (l)<-[m:MEMBER_OF]-(b) RETURN {feeCny: m.feeCny, member: b {.name}} },
  staff: COLLECT {
    MATCH (l)<-[w:WORKS_AT]-(p:Person) WITH p, w ORDER BY w.role, p.id
    RETURN {role: w.role, person: p {.name, expertise: COLLECT { MATCH (p)-[:EXPERT_IN]->(d:Discipline) WITH d ORDER BY d.code RETURN d {.code} }}}
  },
  collaborations: COLLECT { MATCH (l)-[c:COLLABORATES_WITH]-(o) RETURN {topic: c.topic, partner: o {.name}} }
} AS lab`;

const GAPS_SELECTION = `totalCount gaps { subjectKey subjectName fieldCode severity reason evidence { role key name } }`;

export function operations(probe: Probe): Operation[] {
  return [
    {
      name: "nestedList",
      title: "(1) 50 labs → directions → disciplines, leading enterprises",
      hub: { query: NESTED_LIST_HUB },
      reference: { query: NESTED_LIST_REFERENCE },
    },
    {
      name: "twoHop",
      title: "(2) one lab's two-hop neighbourhood",
      hub: { query: TWO_HOP_HUB, variables: { id: probe.lab } },
      reference: { query: TWO_HOP_REFERENCE, variables: { id: probe.lab } },
    },
    {
      name: "coverageGapsCity",
      title: "(3) coverageGaps(dimension: CITY)",
      hub: { query: `{ coverageGaps(dimension: CITY) { ${GAPS_SELECTION} } }` },
      reference: null,
      referenceNote:
        "generated queries cannot express the analytic (only a hand-written @cypher field could)",
    },
    {
      name: "coverageGapsField",
      title: "(3) coverageGaps(dimension: FIELD)",
      hub: { query: `{ coverageGaps(dimension: FIELD) { ${GAPS_SELECTION} } }` },
      reference: null,
      referenceNote:
        "generated queries cannot express the analytic (only a hand-written @cypher field could)",
    },
    {
      name: "opportunities",
      title: "(4) collaborationOpportunities for one lab",
      hub: {
        query: `query ($id: ID!) { collaborationOpportunities(id: $id, first: 10) { partnerKey partnerName partnerKind score components { name value evidence } } }`,
        variables: { id: probe.lab },
      },
      reference: null,
      referenceNote:
        "generated queries cannot express the analytic (only a hand-written @cypher field could)",
    },
  ];
}

function rows(
  records: { keys: readonly PropertyKey[]; get(key: PropertyKey): unknown }[],
): Record<string, Plain>[] {
  return records.map((record) => {
    const row: Record<string, Plain> = {};
    for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
    return row;
  });
}

/** The first 100 gaps and their count, as the hub answers by default. */
async function gaps(
  graph: Graph,
  file: string,
  params: Record<string, unknown>,
  stats: QueryStats,
): Promise<Plain> {
  const result = await graph.read(queryFile(file).statement, { ...statusParams(), ...params }, stats);
  const all = rows(result.records);
  return { totalCount: all.length, gaps: all.slice(0, 100) };
}

/** Raw Cypher through neo4j-driver: one function per operation; every graph call counts a round trip. */
export const RAW: Record<string, (graph: Graph, probe: Probe, stats: QueryStats) => Promise<Plain>> = {
  async nestedList(graph, _probe, stats) {
    return rows((await graph.read(NESTED_LIST_CYPHER, {}, stats)).records);
  },
  async twoHop(graph, probe, stats) {
    return rows((await graph.read(TWO_HOP_CYPHER, { id: probe.lab }, stats)).records)[0]?.lab ?? null;
  },
  coverageGapsCity: (graph, _probe, stats) =>
    gaps(graph, "coverage-gaps-place", { placeKind: "CITY", fields: null, places: null }, stats),
  coverageGapsField: (graph, _probe, stats) => gaps(graph, "coverage-gaps-field", { fields: null }, stats),
  async opportunities(graph, probe, stats) {
    const result = await graph.read(
      queryFile("collaboration-opportunities").statement,
      {
        ...statusParams(),
        lab: probe.lab,
        after: "",
        field: null,
        labs: neo4j.int(1),
        kinds: PARTNER_KINDS,
        weights: DEFAULT_OPPORTUNITY_WEIGHTS,
        first: neo4j.int(10),
      },
      stats,
    );
    return rows(result.records);
  },
};

/** The planners' analytics, for the sequential latency table (as bench/analytics.ts, on bench ids). */
export function analytics(probe: { lab: string; applicants: string[] }): Record<string, GraphqlRequest> {
  const [a, b] = probe.applicants;
  return {
    "coverageGaps(FIELD)": {
      query: `{ coverageGaps(dimension: FIELD) { gaps { subjectKey severity reason evidence { key } } } }`,
    },
    "coverageGaps(DISCIPLINE)": {
      query: `{ coverageGaps(dimension: DISCIPLINE) { gaps { subjectKey severity evidence { key } } } }`,
    },
    "coverageGaps(CITY)": {
      query: `{ coverageGaps(dimension: CITY) { gaps { subjectKey fieldCode severity evidence { key } } } }`,
    },
    "coverageGaps(PARK)": {
      query: `{ coverageGaps(dimension: PARK) { gaps { subjectKey fieldCode severity evidence { key } } } }`,
    },
    "coverageGaps(DIRECTION)": {
      query: `{ coverageGaps(dimension: DIRECTION) { gaps { subjectKey severity evidence { key } } } }`,
    },
    labCompliance: {
      query: `query ($id: ID!) { labCompliance(id: $id) { status checks { rule status measured } } }`,
      variables: { id: probe.lab },
    },
    duplicateLayouts: {
      query: `{ duplicateLayouts { totalCount groups { kind severity members { key } proofs } } }`,
    },
    duplicatesFor: {
      query: `query ($id: ID!) { duplicatesFor(id: $id) { groups { kind members { key } } } }`,
      variables: { id: a },
    },
    collaborationOpportunities: {
      query: `query ($id: ID!) { collaborationOpportunities(id: $id, first: 10) { partnerKey score components { name value } } }`,
      variables: { id: probe.lab },
    },
    networkOpportunities: { query: `{ networkOpportunities(first: 20) { labKey partnerKey score } }` },
    simulateApproval: {
      query: `query ($ids: [ID!]!) { simulateApproval(ids: $ids) { closedGaps { subjectKey } newDuplicates { kind } } }`,
      variables: { ids: [a, b] },
    },
    // remainingGaps counts every gap of the network after approval: computed only when selected.
    "simulateApproval + remainingGaps": {
      query: `query ($ids: [ID!]!) { simulateApproval(ids: $ids) { closedGaps { subjectKey } newDuplicates { kind } remainingGaps } }`,
      variables: { ids: [a, b] },
    },
  };
}

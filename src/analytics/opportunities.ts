/** Collaboration opportunities (R17): ranked candidates with a score made of named, evidenced components. */
import neo4j from "neo4j-driver";
import type { OpportunityWeights } from "../domain/opportunity-weights.js";
import type { Graph, QueryStats } from "../graph/graph.js";
import { runQuery } from "./query-file.js";
import { statusParams } from "./statuses.js";

export const PARTNER_KINDS = [
  "PROVINCIAL_LAB",
  "NATIONAL_LAB",
  "INNOVATION_CENTRE",
  "OTHER_PLATFORM",
  "ENTERPRISE",
  "JOINT_LAB",
] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

export interface ScoreComponent {
  name: string;
  value: number;
  weight: number;
  contribution: number;
  evidence: string[];
}

export interface Opportunity {
  labKey: string;
  labName: string;
  partnerLabel: string;
  partnerKey: string;
  partnerName: string;
  partnerKind: PartnerKind;
  score: number;
  components: ScoreComponent[];
}

export interface OpportunityOptions {
  kinds?: readonly PartnerKind[] | null;
  weights: OpportunityWeights;
  stats?: QueryStats;
}

/** One lab's first `first` candidates, best first. */
export function collaborationOpportunities(
  graph: Graph,
  options: OpportunityOptions & { lab: string; first: number },
): Promise<Opportunity[]> {
  return run(graph, { lab: options.lab, after: "", field: null, labs: 1, first: options.first }, options);
}

/**
 * A page of the network: the best partner of each covering lab, `first` labs in key order after the lab
 * key `after` (only labs focusing on the field `field`, when given). Its cost is that of its labs: there
 * is no pairing of every lab with every other.
 */
export function networkOpportunities(
  graph: Graph,
  options: OpportunityOptions & { first: number; after?: string | null; field?: string | null },
): Promise<Opportunity[]> {
  return run(
    graph,
    { lab: null, after: options.after ?? "", field: options.field ?? null, labs: options.first, first: 1 },
    options,
  );
}

async function run(
  graph: Graph,
  scope: { lab: string | null; after: string; field: string | null; labs: number; first: number },
  options: OpportunityOptions,
): Promise<Opportunity[]> {
  const rows = await runQuery(
    graph,
    "collaboration-opportunities",
    {
      ...statusParams(),
      lab: scope.lab,
      after: scope.after,
      field: scope.field,
      labs: neo4j.int(scope.labs),
      kinds: options.kinds?.length ? options.kinds : PARTNER_KINDS,
      weights: options.weights,
      first: neo4j.int(scope.first),
    },
    options.stats,
  );
  return rows.map((row) => ({
    labKey: String(row.labKey),
    labName: String(row.labName),
    partnerLabel: String(row.partnerLabel),
    partnerKey: String(row.partnerKey),
    partnerName: String(row.partnerName),
    partnerKind: row.partnerKind as PartnerKind,
    score: Number(row.score),
    components: (row.components as Record<string, unknown>[]).map((c) => ({
      name: String(c.name),
      value: Number(c.value),
      weight: Number(c.weight),
      contribution: Number(c.contribution),
      evidence: (c.evidence as unknown[]).map(String),
    })),
  }));
}

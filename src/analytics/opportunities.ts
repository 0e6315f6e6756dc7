/** Collaboration opportunities (R17): ranked candidates with a score made of named, evidenced components. */
import neo4j from "neo4j-driver";
import type { OpportunityWeights } from "../domain/opportunity-weights.js";
import type { Graph, QueryStats } from "../graph/graph.js";
import { runQuery } from "./query-file.js";
import { statusParams } from "./statuses.js";

export const PARTNER_KINDS = ["PROVINCIAL_LAB", "NATIONAL_LAB", "INNOVATION_CENTRE", "OTHER_PLATFORM", "ENTERPRISE", "JOINT_LAB"] as const;
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
  /** One lab; null: the best pairs across the province, from every covering lab. */
  lab: string | null;
  kinds?: readonly PartnerKind[] | null;
  first: number;
  weights: OpportunityWeights;
  stats?: QueryStats;
}

export async function collaborationOpportunities(graph: Graph, options: OpportunityOptions): Promise<Opportunity[]> {
  const rows = await runQuery(
    graph,
    "collaboration-opportunities",
    {
      ...statusParams(),
      lab: options.lab,
      kinds: options.kinds?.length ? options.kinds : PARTNER_KINDS,
      weights: options.weights,
      first: neo4j.int(options.first),
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

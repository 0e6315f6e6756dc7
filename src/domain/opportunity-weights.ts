/**
 * Weights of the collaboration-opportunity score (R17). Configuration with documented defaults: the
 * hub reads overrides from HUB_OPPORTUNITY_WEIGHTS (JSON, e.g. {"sharedTalent": 3}).
 */
export interface OpportunityWeights {
  /** Per discipline both sides work in. */
  sharedDisciplines: number;
  /** Per (discipline, field) pair where one side's discipline supports the other's field. */
  complementaryDisciplines: number;
  /** Times the Adamic–Adar sum over shared partner organisations. */
  commonPartners: number;
  /** Per person working at both. */
  sharedTalent: number;
  /** When both are in the same city. */
  sameCity: number;
  /** When both are in the same park. */
  samePark: number;
}

export const DEFAULT_OPPORTUNITY_WEIGHTS: Readonly<OpportunityWeights> = {
  sharedDisciplines: 3,
  complementaryDisciplines: 1,
  commonPartners: 2,
  sharedTalent: 2,
  sameCity: 0.5,
  samePark: 0.5,
};

/** Defaults overridden by a JSON object; throws on an unknown name or a weight that is not a finite number ≥ 0. */
export function parseWeights(json: string | undefined): OpportunityWeights {
  if (!json) return { ...DEFAULT_OPPORTUNITY_WEIGHTS };
  const raw: unknown = JSON.parse(json);
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) throw new Error("must be a JSON object");
  const weights: OpportunityWeights = { ...DEFAULT_OPPORTUNITY_WEIGHTS };
  for (const [name, value] of Object.entries(raw)) {
    if (!(name in weights)) throw new Error(`unknown weight "${name}"`);
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0)
      throw new Error(`weight "${name}" must be a number ≥ 0`);
    weights[name as keyof OpportunityWeights] = value;
  }
  return weights;
}

/**
 * Scores as the API shows them: at most 3 decimals (0.693, not 0.6931471805599453). Rounded only where
 * a score leaves the hub — the GraphQL fields (Opportunity.score, ScoreComponent's value, weight and
 * contribution) and the planners' report — while ranking, sums and explanations use the unrounded values
 * (cypher/queries/collaboration-opportunities.cypher ranks before anything is rounded).
 */
export const SCORE_DECIMALS = 3;

const FACTOR = 10 ** SCORE_DECIMALS;

/** `value` to SCORE_DECIMALS decimals, half away from zero; not a finite number: unchanged. */
export function roundScore(value: number): number {
  if (!Number.isFinite(value)) return value;
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * FACTOR)) / FACTOR;
  return rounded === 0 ? 0 : rounded; // no -0
}

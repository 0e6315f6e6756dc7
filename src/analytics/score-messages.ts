/** A score component (opportunities.ts) as a message: what it counts, its weight and its contribution. */
import type { Message, MessageCode } from "../domain/messages/index.js";
import type { ScoreComponent } from "./opportunities.js";

const CODES: Readonly<Record<string, MessageCode>> = {
  sharedDisciplines: "SCORE_SHARED_DISCIPLINES",
  complementaryDisciplines: "SCORE_COMPLEMENTARY_DISCIPLINES",
  commonPartners: "SCORE_COMMON_PARTNERS",
  sharedTalent: "SCORE_SHARED_TALENT",
  sameCity: "SCORE_SAME_CITY",
  samePark: "SCORE_SAME_PARK",
};

/** Scores as shown to a reader: 2 decimals at most (1.5, not 1.5000000000000002). */
export function rounded(value: number): number {
  return Math.round(value * 100) / 100;
}

export function scoreMessage(component: ScoreComponent): Message | null {
  const code = CODES[component.name];
  if (!code) return null;
  return {
    code,
    params: {
      value: rounded(component.value),
      weight: component.weight,
      contribution: rounded(component.contribution),
    },
  };
}

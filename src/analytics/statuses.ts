/** The status parameters every analytic takes, from the domain's definitions (docs/model.md, "How the analytics count labs"). */
import { APPLICANT_STATUSES, COVERING_STATUSES } from "../domain/enums.js";

export interface StatusParams {
  coveringStatuses: readonly string[];
  applicantStatuses: readonly string[];
  /** What-if: applicants counted as covering, as if approved. */
  approve: readonly string[];
}

export function statusParams(approve: readonly string[] = []): StatusParams {
  return { coveringStatuses: COVERING_STATUSES, applicantStatuses: APPLICANT_STATUSES, approve };
}

/** Every label of the console in English: the same keys as zh.ts (the switch in the header). */
import type { MessageKey } from "./zh";

type Messages = Record<MessageKey, string>;

export const en: Messages = {
  // The shell
  "app.title": "Joint-lab layout",
  "app.subtitle": "Jiangsu Provincial Engineering Technology Joint Laboratories",
  "app.language": "Language",
  "app.explorer": "GraphQL explorer",
  "nav.overview": "Overview",
  "nav.coverage": "Coverage",
  "nav.applications": "Applications",
  "nav.whatIf": "What-if",
  "nav.duplicates": "Duplicates",
  "nav.collaboration": "Collaboration",
  "nav.lab": "Lab profile",
  "nav.live": "Live",
  "nav.export": "Export",
  "nav.signIn": "Sign in",
  "common.loading": "Loading…",
  "common.error": "Request failed: {message}",
  "common.empty": "No data",
  "common.none": "None",
  "common.count": "{count} items",
  "common.placeholder": "This page is being built.",
  "common.notFound": "There is no such page.",
  "common.reload": "Reload",
  "common.yes": "Yes",
  "common.no": "No",
  "common.total": "Total",

  // Enum values shown to the reader (statuses, severities, rule outcomes, duplicate kinds)
  "status.APPLYING": "Applying",
  "status.UNDER_REVIEW": "Under review",
  "status.APPROVED": "Approved",
  "status.CONSTRUCTING": "Constructing",
  "status.OPERATING": "Operating",
  "status.EXITED": "Exited",
  "status.REJECTED": "Rejected",
  "severity.HIGH": "High",
  "severity.MEDIUM": "Medium",
  "severity.LOW": "Low",
  "outcome.PASS": "Pass",
  "outcome.FAIL": "Fail",
  "outcome.UNKNOWN": "Unknown",
  "duplicate.CONFLICT": "Conflict",
  "duplicate.OVERLAP": "Overlap",
  "duplicate.ADJACENT": "Adjacent",

  // Pages of the second half (collaboration, lab profile, live, export, sign-in): keys below this line.
};

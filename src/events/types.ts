/**
 * The events the hub publishes after a write transaction commits (never before), and subscribers
 * receive over graphql-ws. Plain data, so they cross Redis unchanged.
 */
import type { Message } from "../domain/messages/index.js";
import type { LabStatus } from "../domain/enums.js";
import type { Severity } from "../analytics/coverage-gaps.js";
import type { ChangeAction } from "../editing/audit.js";
export const TOPICS = {
  LAB_CHANGED: "LAB_CHANGED",
  APPLICATION_STATUS_CHANGED: "APPLICATION_STATUS_CHANGED",
  LAYOUT_ALERT: "LAYOUT_ALERT",
} as const;
export type Topic = (typeof TOPICS)[keyof typeof TOPICS];

export interface LabChangedPayload {
  labId: string;
  /** The audit record's action: CREATED, UPDATED, DELETED, LINKED, UNLINKED, STATUS_CHANGED, EVALUATED */
  change: ChangeAction;
  /** Names of the properties or relationship types that changed. */
  fields: string[];
  actor: string;
  /** ISO date-time of the commit. */
  at: string;
  /** Id of the audit record of the write. */
  changeId: string;
  /** When the write committed, in epoch milliseconds with a fraction (the hub's clock): latency measurements. */
  committedAt?: number;
}

export interface ApplicationStatusChangedPayload {
  labId: string;
  /** The status names as stored (the enum's values, or their string literals). */
  from: `${LabStatus}` | null;
  to: `${LabStatus}`;
  actor: string;
  at: string;
  /** The reason given, e.g. for an override. */
  reason: string | null;
  /** When the write committed, in epoch milliseconds with a fraction (the hub's clock): latency measurements. */
  committedAt?: number;
}

/** What a layout alert says happened (the GraphQL enum LayoutAlertKind, src/modules/shared/output-enums.ts). */
export const LAYOUT_ALERT_KINDS = ["DUPLICATE_CREATED", "GAP_OPENED", "GAP_CLOSED"] as const;
export type LayoutAlertKind = (typeof LAYOUT_ALERT_KINDS)[number];

export interface LayoutAlertPayload {
  kind: LayoutAlertKind;
  /** The lab whose write caused the alert. */
  labId: string | null;
  /** Gap dimension (FIELD, DISCIPLINE, …) or duplicate kind (CONFLICT, OVERLAP). */
  dimension: string;
  subjectKey: string;
  subjectName: string;
  severity: Severity;
  /** The reason in English. */
  reason: string;
  /** The reason as a code and parameters (src/domain/messages), put into words in the reader's language. */
  reasonMessage: Message;
  actor: string;
  at: string;
  /** When the write committed, in epoch milliseconds with a fraction (the hub's clock): latency measurements. */
  committedAt?: number;
}

export interface TopicPayloads {
  LAB_CHANGED: LabChangedPayload;
  APPLICATION_STATUS_CHANGED: ApplicationStatusChangedPayload;
  LAYOUT_ALERT: LayoutAlertPayload;
}

/** Publishes committed changes; in memory by default, through Redis with REDIS_URL. */
export interface EventBus {
  publish<T extends Topic>(topic: T, payload: TopicPayloads[T]): Promise<void>;
  subscribe<T extends Topic>(topic: T): AsyncIterable<TopicPayloads[T]>;
  close(): Promise<void>;
}

/**
 * The events the hub publishes after a write transaction commits (never before), and subscribers
 * receive over graphql-ws. Plain data, so they cross Redis unchanged.
 */
import type { Message } from "../domain/messages/index.js";
export const TOPICS = {
  LAB_CHANGED: "LAB_CHANGED",
  APPLICATION_STATUS_CHANGED: "APPLICATION_STATUS_CHANGED",
  LAYOUT_ALERT: "LAYOUT_ALERT",
} as const;
export type Topic = (typeof TOPICS)[keyof typeof TOPICS];

export interface LabChangedPayload {
  labId: string;
  /** CREATED, UPDATED, DELETED, LINKED, UNLINKED, STATUS_CHANGED */
  change: string;
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
  from: string | null;
  to: string;
  actor: string;
  at: string;
  /** The reason given, e.g. for an override. */
  reason: string | null;
  /** When the write committed, in epoch milliseconds with a fraction (the hub's clock): latency measurements. */
  committedAt?: number;
}

export interface LayoutAlertPayload {
  /** DUPLICATE_CREATED, GAP_OPENED, GAP_CLOSED */
  kind: string;
  /** The lab whose write caused the alert. */
  labId: string | null;
  /** Gap dimension (FIELD, DISCIPLINE, …) or duplicate kind (CONFLICT, OVERLAP). */
  dimension: string;
  subjectKey: string;
  subjectName: string;
  severity: string;
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

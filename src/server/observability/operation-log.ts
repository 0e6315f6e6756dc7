/**
 * One record per GraphQL operation, on either transport: a JSON log line (request id, operation,
 * user, duration, Neo4j round trips, outcome and error codes) and the operation metrics.
 */
import { Kind, type DocumentNode, type GraphQLFormattedError, type OperationDefinitionNode } from "graphql";
import type { HubUser } from "../../domain/roles.js";
import type { Logger } from "./logger.js";
import { operationDuration, operations } from "./metrics.js";

export interface OperationRecord {
  transport: "http" | "ws";
  requestId?: string;
  /** graphql-ws's id of the operation on its socket. */
  operationId?: string;
  /** What the client called it (`operationName`), as given. */
  operationName?: string | null;
  operation?: OperationDefinitionNode | null;
  user?: HubUser | null;
  startedAt: number;
  roundTrips?: number;
  errors?: readonly GraphQLFormattedError[];
  /** Events delivered to a subscription. */
  events?: number;
}

/** The operation as a bounded label: its type and first root field, e.g. `query.jointLabs`. */
export function operationLabel(operation: OperationDefinitionNode | null | undefined): string {
  if (!operation) return "unknown";
  const first = operation.selectionSet.selections.find((s) => s.kind === Kind.FIELD);
  return `${operation.operation}.${first?.kind === Kind.FIELD ? first.name.value : "fragment"}`;
}

/** The operation of a document that `operationName` selects (null when none or ambiguous). */
export function selectOperation(
  document: DocumentNode | undefined,
  operationName?: string | null,
): OperationDefinitionNode | null {
  const defined = (document?.definitions ?? []).filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (operationName) return defined.find((d) => d.name?.value === operationName) ?? null;
  return defined.length === 1 ? defined[0]! : null;
}

function rootFields(operation: OperationDefinitionNode | null | undefined): string[] {
  return (operation?.selectionSet.selections ?? []).flatMap((s) =>
    s.kind === Kind.FIELD ? [s.name.value] : [],
  );
}

export function recordOperation(log: Logger, record: OperationRecord): void {
  const seconds = (performance.now() - record.startedAt) / 1000;
  const codes = [
    ...new Set((record.errors ?? []).map((e) => String(e.extensions?.code ?? "INTERNAL_SERVER_ERROR"))),
  ];
  const outcome = codes.length ? "error" : "ok";
  const label = operationLabel(record.operation);
  operations.inc({ transport: record.transport, operation: label, outcome });
  operationDuration.observe({ transport: record.transport, operation: label, outcome }, seconds);
  log.info(
    {
      requestId: record.requestId,
      transport: record.transport,
      ...(record.operationId !== undefined ? { operationId: record.operationId } : {}),
      operation: label,
      operationName: record.operationName ?? undefined,
      rootFields: rootFields(record.operation),
      user: record.user?.id ?? null,
      role: record.user?.role ?? null,
      durationMs: Math.round(seconds * 10_000) / 10,
      roundTrips: record.roundTrips ?? 0,
      ...(record.events !== undefined ? { events: record.events } : {}),
      outcome,
      ...(codes.length ? { codes } : {}),
    },
    "graphql operation",
  );
}

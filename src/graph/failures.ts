/**
 * What a failure of the graph database means for a client: the database cannot be reached
 * (SERVICE_UNAVAILABLE), a statement ran out of time (TIMEOUT), or a write's commit was interrupted
 * so that nobody knows whether it happened (COMMIT_UNKNOWN). Anything else is not the database's
 * state but a fault (undefined here: an internal error).
 */
import { Neo4jError } from "neo4j-driver";

export type GraphFailureCode = "SERVICE_UNAVAILABLE" | "TIMEOUT" | "COMMIT_UNKNOWN";

export interface GraphFailure {
  code: GraphFailureCode;
  /** What the client is told. */
  message: string;
  /** One line for the log: the driver's code and first line of its message. */
  cause: string;
}

/** An analytic that waited for a slot (HUB_MAX_CONCURRENT_ANALYTICS) longer than its own timeout. */
export class AnalyticsQueueTimeoutError extends Error {
  constructor(
    readonly waitedMs: number,
    readonly limitMs: number,
  ) {
    super(`waited ${Math.round(waitedMs)} ms for an analytics slot (limit ${limitMs} ms)`);
  }
}

/** A write whose COMMIT was sent but whose answer never came: it may or may not have been applied. */
export class CommitUnknownError extends Error {
  constructor(readonly underlying: unknown) {
    super(`the connection was lost while committing: ${firstLine(underlying)}`);
  }
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n")[0]!.trim().slice(0, 300);
}

/** Codes the driver gives a connection it could not open, or lost. */
const CONNECTION_CODES = new Set(["ServiceUnavailable", "SessionExpired"]);

/** The database or the network lost the connection: the server may be down, or restarting. */
export function isConnectionFailure(error: unknown): boolean {
  return error instanceof Neo4jError && CONNECTION_CODES.has(error.code);
}

function describe(error: Neo4jError): string {
  return `${error.code}: ${firstLine(error)}`;
}

export function classifyGraphFailure(error: unknown): GraphFailure | undefined {
  if (error instanceof CommitUnknownError) {
    return {
      code: "COMMIT_UNKNOWN",
      message:
        "The connection to the graph database was lost while the write was committing: it may or may not have been applied. Retry with the same clientMutationId (applied at most once), or read the object to check",
      cause: error.message,
    };
  }
  if (error instanceof AnalyticsQueueTimeoutError) {
    return {
      code: "TIMEOUT",
      message: "The analytic did not start in time: too many analytics are running; try again shortly",
      cause: error.message,
    };
  }
  if (!(error instanceof Neo4jError)) return undefined;
  // Server side: the transaction ran past its timeout and the server terminated it.
  if (error.code.startsWith("Neo.ClientError.Transaction.TransactionTimedOut")) {
    return {
      code: "TIMEOUT",
      message: "The statement ran out of time and was stopped; narrow the question (fewer items, a filter)",
      cause: describe(error),
    };
  }
  // A transaction stopped while it waited for a lock: its timeout ran out (or an operator terminated it).
  if (error.code.endsWith(".Transaction.LockClientStopped")) {
    return {
      code: "TIMEOUT",
      message: "The statement was stopped while it waited for another write (its time ran out); try again",
      cause: describe(error),
    };
  }
  // Client side: the server stopped answering on an open connection.
  if (/Server didn't respond in/i.test(error.message)) {
    return {
      code: "TIMEOUT",
      message: "The graph database did not answer in time; try again shortly",
      cause: describe(error),
    };
  }
  if (error.message.startsWith("Connection acquisition timed out")) {
    return {
      code: "SERVICE_UNAVAILABLE",
      message: "The graph database is busy (no free connection); try again shortly",
      cause: describe(error),
    };
  }
  if (isConnectionFailure(error) || Neo4jError.isRetryable(error)) {
    return {
      code: "SERVICE_UNAVAILABLE",
      message: "The graph database is unavailable; try again shortly",
      cause: describe(error),
    };
  }
  return undefined;
}

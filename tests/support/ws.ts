/** A real graphql-ws client (with `ws`) for the hub, and helpers to collect what it receives. */
import { createClient, type Client, type ExecutionResult as WsResult } from "graphql-ws";
import WebSocket from "ws";
import type { Hub } from "../../src/server/http.js";

/** A result as received: data loosely typed, for the tests' assertions. */
export type ExecutionResult = WsResult<Record<string, any>>;

export interface Closed {
  code: number;
  reason: string;
}

export interface WsConnection {
  client: Client;
  /** Set once the server closed the socket. */
  closed: Closed | null;
  /** Resolves when the server closes the socket. */
  whenClosed: Promise<Closed>;
  dispose(): Promise<void>;
}

export function wsUrl(hub: Hub): string {
  return hub.url.replace(/^http/, "ws");
}

/**
 * Connects, sending `connectionParams` in `connection_init`; resolves once acknowledged, or once
 * the server closed the connection (then `closed` says how).
 */
export async function connectWs(
  hub: Hub,
  connectionParams?: Record<string, unknown>,
  options: { origin?: string } = {},
): Promise<WsConnection> {
  // A browser sends the page's Origin with the upgrade request; `ws` sends it when asked to.
  const { origin } = options;
  const webSocketImpl = origin
    ? class extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, { origin });
        }
      }
    : WebSocket;
  let resolveClosed!: (c: Closed) => void;
  const whenClosed = new Promise<Closed>((resolve) => (resolveClosed = resolve));
  const connection: WsConnection = {
    client: undefined as unknown as Client,
    closed: null,
    whenClosed,
    dispose: async () => {
      await connection.client.dispose();
    },
  };
  await new Promise<void>((resolve) => {
    connection.client = createClient({
      url: wsUrl(hub),
      webSocketImpl,
      connectionParams,
      lazy: false,
      retryAttempts: 0,
      onNonLazyError: () => undefined,
      on: {
        connected: () => resolve(),
        closed: (event) => {
          const { code, reason } = event as { code: number; reason: string };
          connection.closed = { code, reason: String(reason) };
          resolveClosed(connection.closed);
          resolve();
        },
      },
    });
  });
  return connection;
}

/** A bearer token as the hub expects it in `connection_init`. */
export function wsAuth(token: string | undefined): Record<string, unknown> | undefined {
  return token === undefined ? undefined : { authorization: `Bearer ${token}` };
}

/** One query or mutation over the WebSocket: its single result (errors included). */
export function wsExecute(
  client: Client,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<ExecutionResult> {
  return new Promise((resolve, reject) => {
    let result: ExecutionResult | undefined;
    client.subscribe(
      { query, variables },
      {
        next: (value) => (result = value as ExecutionResult),
        error: (error) => (Array.isArray(error) ? resolve({ errors: error }) : reject(error)),
        complete: () => (result ? resolve(result) : reject(new Error("completed without a result"))),
      },
    );
  });
}

export interface Collected {
  results: ExecutionResult[];
  completed: boolean;
  error: unknown;
  /** Waits until `count` results arrived (or fails after `timeoutMs`). */
  take(count: number, timeoutMs?: number): Promise<ExecutionResult[]>;
  /** Waits until the server completes or fails the subscription. */
  ended(timeoutMs?: number): Promise<void>;
  unsubscribe(): void;
}

/** A subscription whose events are collected as they come. */
export function collect(client: Client, query: string, variables: Record<string, unknown> = {}): Collected {
  let wake: () => void = () => undefined;
  const changed = () => wake();
  const collected: Collected = {
    results: [],
    completed: false,
    error: undefined,
    async take(count, timeoutMs = 5000) {
      await waitFor(
        () => collected.results.length >= count || collected.completed,
        timeoutMs,
        () => `${count} events (got ${collected.results.length})`,
      );
      return collected.results.slice(0, count);
    },
    async ended(timeoutMs = 5000) {
      await waitFor(
        () => collected.completed,
        timeoutMs,
        () => "the end of the subscription",
      );
    },
    unsubscribe: () => undefined,
  };
  async function waitFor(done: () => boolean, timeoutMs: number, what: () => string): Promise<void> {
    const end = Date.now() + timeoutMs;
    while (!done()) {
      const left = end - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what()}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }
  collected.unsubscribe = client.subscribe(
    { query, variables },
    {
      next: (value) => {
        collected.results.push(value as ExecutionResult);
        changed();
      },
      error: (error) => {
        collected.error = error;
        collected.completed = true;
        changed();
      },
      complete: () => {
        collected.completed = true;
        changed();
      },
    },
  );
  return collected;
}

/** Polls until `check()` holds (e.g. the server registered a subscriber). */
export async function until(check: () => boolean, timeoutMs = 5000, what = "a condition"): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/**
 * HTTP requests refused before GraphQL runs — a Host that is not loopback (without auth), a body that
 * cannot be a request (415, 413, 400), a bad token (401), the rate limit (429) — are logged once each,
 * at warn, on one line: the request id, method, path, status, code and the reason's first line. No
 * stack: these are the client's faults, not the hub's. (Operations that reach Apollo are logged by its
 * plugin, apollo-plugin.ts.)
 */
import type { IncomingMessage } from "node:http";
import type { Logger } from "./logger.js";
import { REQUEST_ID_HEADER } from "./request-id.js";

export type RefusalLog = (request: IncomingMessage, status: number, code: string, reason: string) => void;

/** A refusal log writing to `log()` (read at each refusal, so a logger installed later is used). */
export function refusalLog(log: () => Logger): RefusalLog {
  return (request, status, code, reason) => {
    const requestId = request.headers[REQUEST_ID_HEADER];
    log().warn(
      {
        transport: "http",
        requestId: typeof requestId === "string" ? requestId : undefined,
        method: request.method,
        // Express's originalUrl: under a mounted path (`/graphql`), `url` is relative to it.
        path: ((request as { originalUrl?: string }).originalUrl ?? request.url ?? "")
          .split("?")[0]!
          .slice(0, 200),
        status,
        code,
      },
      `request refused: ${reason.split("\n")[0]!.slice(0, 300)}`,
    );
  };
}

/** A refusal log that writes nothing (the default of guards used without a hub). */
export const NO_REFUSAL_LOG: RefusalLog = () => undefined;

/**
 * The request body of GraphQL over HTTP, refused before GraphQL when it cannot be a request — always
 * answered as GraphQL JSON `{ errors: [{ message, extensions: { code } }] }`, never Express's HTML page,
 * and never with a stack trace (in the answer or the log):
 * - a POST whose Content-Type is not JSON: 415 UNSUPPORTED_MEDIA_TYPE;
 * - a body over the limit (1 MB): 413 PAYLOAD_TOO_LARGE;
 * - malformed JSON, or JSON that is not one request object: 400 BAD_REQUEST.
 */
import type { ErrorRequestHandler, NextFunction, Request, RequestHandler, Response } from "express";
import express from "express";
import { NO_REFUSAL_LOG, type RefusalLog } from "../observability/refusals.js";

/** The largest body accepted, on HTTP (and, by another guard, on the WebSocket). */
export const BODY_LIMIT_BYTES = 1024 * 1024;

export function sendError(res: Response, status: number, code: string, message: string): void {
  res
    .status(status)
    .type("application/json")
    .send(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/** Answers a refused request and logs it once (observability/refusals.ts). */
function refuse(
  log: RefusalLog,
  req: Request,
  res: Response,
  status: number,
  code: string,
  message: string,
): void {
  log(req, status, code, message);
  sendError(res, status, code, message);
}

/** POST bodies must be JSON (GET requests carry the operation in the query string). */
const jsonOnly =
  (log: RefusalLog): RequestHandler =>
  (req, res, next) => {
    if (req.method !== "POST") return next();
    if (req.is("application/json")) return next();
    const type = req.headers["content-type"];
    refuse(
      log,
      req,
      res,
      415,
      "UNSUPPORTED_MEDIA_TYPE",
      `A GraphQL POST must be application/json${type ? `, not ${type.split(";")[0]}` : " (no Content-Type was sent)"}`,
    );
  };

/** body-parser's error types, as the client should read them. */
function bodyFailure(error: { type?: unknown; status?: unknown }): [number, string, string] | undefined {
  switch (error.type) {
    case "entity.too.large":
      return [413, "PAYLOAD_TOO_LARGE", `The request body is over the limit of ${BODY_LIMIT_BYTES} bytes`];
    case "entity.parse.failed":
      return [400, "BAD_REQUEST", "The request body is not valid JSON"];
    case "encoding.unsupported":
    case "charset.unsupported":
      return [
        415,
        "UNSUPPORTED_MEDIA_TYPE",
        "The request body's encoding or charset is not supported (use UTF-8)",
      ];
    case "request.aborted":
    case "request.size.invalid":
    case "stream.encoding.set":
      return [400, "BAD_REQUEST", "The request body was incomplete"];
    default:
      return undefined;
  }
}

/** A parsed body must be one request object (batches are off). */
const oneRequest =
  (log: RefusalLog): RequestHandler =>
  (req, res, next) => {
    if (req.method !== "POST") return next();
    const body: unknown = req.body;
    if (body === null || typeof body !== "object" || Array.isArray(body) || Object.keys(body).length === 0) {
      return refuse(
        log,
        req,
        res,
        400,
        "BAD_REQUEST",
        "The request body must be one JSON object: { query, variables?, operationName? }",
      );
    }
    next();
  };

const bodyErrors =
  (log: RefusalLog): ErrorRequestHandler =>
  (error: unknown, req: Request, res: Response, next: NextFunction) => {
    const failure = error && typeof error === "object" ? bodyFailure(error) : undefined;
    if (!failure || res.headersSent) return next(error);
    refuse(log, req, res, ...failure);
  };

/**
 * The middleware of the GraphQL path before Apollo: content type, JSON parsing, and its failures,
 * each refusal logged once with `log`.
 */
export function graphqlBody(log: RefusalLog = NO_REFUSAL_LOG): (RequestHandler | ErrorRequestHandler)[] {
  return [jsonOnly(log), express.json({ limit: BODY_LIMIT_BYTES }), bodyErrors(log), oneRequest(log)];
}

/** Last of the app: any other failure answers JSON with one log line, not Express's HTML page with a stack. */
export function lastResort(
  log: (line: string) => void,
  refused: RefusalLog = NO_REFUSAL_LOG,
): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error);
    const status = (error as { status?: unknown } | null)?.status;
    if (typeof status === "number" && status >= 400 && status < 500) {
      return refuse(refused, req, res, status, "BAD_REQUEST", (error as Error).message.split("\n")[0]!);
    }
    log(
      `INTERNAL_SERVER_ERROR (HTTP): ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
    );
    sendError(res, 500, "INTERNAL_SERVER_ERROR", "Internal server error");
  };
}

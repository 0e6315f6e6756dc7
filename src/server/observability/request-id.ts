/**
 * The request id: an incoming `x-request-id` is honoured when it is a plain token (letters, digits,
 * `-_.:`, at most 128 characters), otherwise one is made (a UUID). It is sent back in the response's
 * `x-request-id` header (also on the WebSocket upgrade) and appears in every log line of the request.
 */
import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { RequestHandler } from "express";

export const REQUEST_ID_HEADER = "x-request-id";

const PLAIN = /^[\w.:-]{1,128}$/;

/** The request's id: its own when acceptable, else a new one; written back into its headers. */
export function requestIdOf(request: IncomingMessage): string {
  const given = request.headers[REQUEST_ID_HEADER];
  const id = typeof given === "string" && PLAIN.test(given) ? given : randomUUID();
  // Later stages (Apollo's plugins, graphql-ws) read it from the headers.
  request.headers[REQUEST_ID_HEADER] = id;
  return id;
}

export function requestId(): RequestHandler {
  return (req, res, next) => {
    res.setHeader(REQUEST_ID_HEADER, requestIdOf(req));
    next();
  };
}

/**
 * Without auth every caller is the local ADMIN, so the hub must only be reachable as a local
 * service: a request (HTTP or the WebSocket upgrade) whose `Host` is not a loopback name is
 * refused. This defeats DNS rebinding, where a web page re-points its own name at 127.0.0.1: the
 * browser then sends that name as `Host` (and as `Origin`), never "localhost" or "127.0.0.1".
 * With auth configured, any Host is served (a token is needed anyway).
 */
import type { RequestHandler } from "express";
import type { IncomingHttpHeaders } from "node:http";
import type { Config } from "../../config.js";
import { NO_REFUSAL_LOG, type RefusalLog } from "../observability/refusals.js";

const LOOPBACK_HOST = /^(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/i;

/** "localhost", "127.0.0.1:4000", "[::1]:4000" (any port, any case) are loopback names. */
export function isLoopbackHost(host: string | undefined): boolean {
  return host !== undefined && LOOPBACK_HOST.test(host);
}

/** Why a request's Host is refused, or undefined when it is accepted. */
export function hostRefusal(config: Config, headers: IncomingHttpHeaders): string | undefined {
  if (config.auth || isLoopbackHost(headers.host)) return undefined;
  return "a hub without auth answers only to the Host names localhost, 127.0.0.1 and [::1]";
}

/** The HTTP guard: 403 with code HOST_NOT_ALLOWED, as GraphQL JSON. */
export function loopbackHostOnly(config: Config, log: RefusalLog = NO_REFUSAL_LOG): RequestHandler {
  return (req, res, next) => {
    const refusal = hostRefusal(config, req.headers);
    if (!refusal) return next();
    log(req, 403, "HOST_NOT_ALLOWED", refusal);
    res
      .status(403)
      .json({ errors: [{ message: `Forbidden: ${refusal}`, extensions: { code: "HOST_NOT_ALLOWED" } }] });
  };
}

/**
 * Which web pages may use the hub from a browser: its own origin, and those of HUB_CORS_ORIGINS
 * (none by default). On HTTP this is CORS (the `cors` package answers preflights and sets
 * Access-Control-* for the listed origins only); on the WebSocket, where browsers apply no CORS,
 * the upgrade's `Origin` is checked against the same list. Clients other than browsers send no
 * Origin and are not concerned.
 */
import cors from "cors";
import type { RequestHandler } from "express";
import type { IncomingHttpHeaders } from "node:http";
import type { Config } from "../../config.js";

/** The CORS middleware for the listed origins; undefined when none is listed (no CORS headers at all). */
export function corsMiddleware(config: Config): RequestHandler | undefined {
  if (config.corsOrigins.length === 0) return undefined;
  return cors({
    origin: config.corsOrigins,
    methods: ["GET", "POST"],
    allowedHeaders: ["content-type", "authorization", "apollo-require-preflight", "x-apollo-operation-name"],
    maxAge: 600,
  });
}

/** Why a WebSocket's Origin is refused, or undefined when it is accepted. */
export function originRefusal(config: Config, headers: IncomingHttpHeaders): string | undefined {
  const origin = headers.origin;
  if (!origin) return undefined;
  if (config.corsOrigins.includes(origin)) return undefined;
  try {
    // The hub's own pages (the explorer): same host. Without auth, Host is a loopback name (loopback-host.ts).
    if (new URL(origin).host === headers.host) return undefined;
  } catch {
    // not a URL: refused below
  }
  return config.auth
    ? "a page of this origin may not connect (HUB_CORS_ORIGINS)"
    : "a page of another origin may not connect to a hub without auth";
}

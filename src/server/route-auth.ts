/**
 * Who may use one of the hub's plain HTTP routes (the upload, the downloads): the bearer-token auth of
 * the GraphQL endpoint (without auth configured, the local ADMIN), answered as its coded JSON errors —
 * a bad token 401 UNAUTHENTICATED, no token with auth on 401 UNAUTHENTICATED, too low a role 403
 * FORBIDDEN naming the role needed and the role held.
 */
import type { Request, Response } from "express";
import type { Config } from "../config.js";
import { grants, type HubUser, type Role } from "../domain/roles.js";
import { AuthError, authenticate } from "./auth.js";
import { sendError } from "./guards/body.js";

/**
 * The caller, when their role grants `needed`; otherwise answers the refusal and returns null. `what`
 * names the route in the refusal ("An import").
 */
export async function callerWith(
  config: Config,
  req: Request,
  res: Response,
  needed: Role,
  what: string,
): Promise<HubUser | null> {
  let user;
  try {
    ({ user } = await authenticate(config, req.headers.authorization));
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    sendError(res, 401, "UNAUTHENTICATED", `Unauthenticated: ${error.message}`);
    return null;
  }
  if (!user) {
    sendError(res, 401, "UNAUTHENTICATED", `${what} needs a bearer token (${needed} or above)`);
    return null;
  }
  if (!grants(user.role, needed)) {
    sendError(res, 403, "FORBIDDEN", `${what} needs the role ${needed} or above; you are ${user.role}`);
    return null;
  }
  return user;
}

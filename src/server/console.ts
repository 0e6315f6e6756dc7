/**
 * The planners' console: the Vite build in dist/console (`npm run build`), served at /. Hashed
 * assets are cached for a year (their names change with their content); index.html is revalidated
 * every time, and answers / and any other browser GET that no route of the hub takes, so a pasted
 * link opens the console. Without a build, / falls through to the explorer's redirect.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { NextFunction, Request, Response, Router } from "express";
import express from "express";
import { REPO_ROOT } from "../graph/paths.js";

export const CONSOLE_DIST = join(REPO_ROOT, "dist", "console");

/** Paths the console never answers: the API, the explorer and the operations endpoints. */
const HUB_PATHS = /^\/(graphql|explorer|healthz|readyz|metrics)(\/|$)/;

export function consoleRouter(dir: string = CONSOLE_DIST): Router {
  const router = express.Router();
  const index = join(dir, "index.html");
  router.use(
    "/assets",
    express.static(join(dir, "assets"), {
      immutable: true,
      maxAge: "365d",
      index: false,
      fallthrough: false,
    }),
  );
  router.use(express.static(dir, { index: false, maxAge: "1h" }));
  router.get(/.*/, (req: Request, res: Response, next: NextFunction) => {
    if (HUB_PATHS.test(req.path) || !existsSync(index)) return next();
    if (req.accepts(["text/html", "application/json"]) !== "text/html") return next();
    res.sendFile(index, { headers: { "cache-control": "no-cache" } });
  });
  return router;
}

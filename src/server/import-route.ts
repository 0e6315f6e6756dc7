/**
 * `POST /import?dryRun=true|false&name=FILE.xlsx`: an editor's upload of one file (the raw body, any
 * Content-Type; the file's name in `name` or the `X-File-Name` header) — checked and, unless a dry run
 * (the default), imported as `npm run import` does: one transaction, all or nothing, audited as
 * `import:<file name>` with the caller's role. EDITOR or ADMIN (by the hub's own bearer-token auth;
 * without auth configured, the local ADMIN). Answers the file's report as JSON: 200 when it has no
 * problems, 422 with the problems otherwise. Refusals are coded JSON errors, as the GraphQL endpoint's:
 * 401 UNAUTHENTICATED, 403 FORBIDDEN, 400 BAD_REQUEST, 413 PAYLOAD_TOO_LARGE. The body is streamed to a
 * temporary file, held to the import's size limit.
 */
import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { pipeline } from "node:stream/promises";
import { Transform } from "node:stream";
import { Router, type Request } from "express";
import type { Config } from "../config.js";
import { Role } from "../domain/roles.js";
import type { EventBus } from "../events/types.js";
import type { Graph } from "../graph/graph.js";
import { importFile } from "../import/import.js";
import { importLimits, megabytes } from "../import/limits.js";
import { ImportFileError } from "../import/problem.js";
import { callerWith } from "./route-auth.js";
import { sendError } from "./guards/body.js";

export const IMPORT_PATH = "/import";

class TooLarge extends Error {}

function fileName(req: Request): string | null {
  const raw = (typeof req.query.name === "string" ? req.query.name : req.headers["x-file-name"]) ?? "";
  const name = basename(String(raw));
  // eslint-disable-next-line no-control-regex -- control characters are what it refuses
  return /^[^\\/:*?"<>|\u0000-\u001f]{1,200}\.(xlsx|csv|json)$/i.test(name) ? name : null;
}

export function importRouter(graph: Graph, config: Config, events: EventBus): Router {
  const router = Router();
  const limits = importLimits();
  router.post(IMPORT_PATH, async (req, res) => {
    const user = await callerWith(config, req, res, Role.EDITOR, "An import");
    if (!user) return;
    const dryRun = req.query.dryRun !== "false";
    if (req.query.dryRun !== undefined && !["true", "false"].includes(String(req.query.dryRun)))
      return sendError(res, 400, "BAD_REQUEST", "dryRun must be true or false");
    const name = fileName(req);
    if (!name)
      return sendError(
        res,
        400,
        "BAD_REQUEST",
        "Name the file in ?name= (or the X-File-Name header): a name ending in .xlsx, .csv or .json",
      );
    const declared = Number(req.headers["content-length"] ?? 0);
    if (declared > limits.maxBytes)
      return sendError(
        res,
        413,
        "PAYLOAD_TOO_LARGE",
        `The file is over the limit of ${megabytes(limits.maxBytes)}`,
      );
    const dir = await mkdtemp(join(tmpdir(), "lianhe-import-"));
    const path = join(dir, name);
    try {
      let received = 0;
      const bound = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          received += chunk.length;
          if (received > limits.maxBytes) return done(new TooLarge());
          done(null, chunk);
        },
      });
      try {
        await pipeline(req, bound, createWriteStream(path));
      } catch (error) {
        if (error instanceof TooLarge)
          return sendError(
            res,
            413,
            "PAYLOAD_TOO_LARGE",
            `The file is over the limit of ${megabytes(limits.maxBytes)}`,
          );
        return sendError(res, 400, "BAD_REQUEST", "The upload was incomplete");
      }
      try {
        const report = await importFile(graph, path, { dryRun, role: user.role, limits, name, events });
        res.status(report.problems.length ? 422 : 200).json(report);
      } catch (error) {
        if (!(error instanceof ImportFileError)) throw error;
        res.status(422).json({ file: name, dryRun, problems: [error.problem], written: false });
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
  return router;
}

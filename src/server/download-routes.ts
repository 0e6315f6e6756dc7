/**
 * Two workbooks to download from the hub, as the command line writes them:
 * - `GET /import/template`: the import template (`npm run import -- --template`), 联合实验室导入模板.xlsx;
 * - `GET /report.xlsx`: the planners' report (`npm run export -- --report`), 联合实验室规划报告.xlsx,
 *   built from the graph at the time of the request.
 * Both need VIEWER or above when auth is configured, by the same bearer-token auth as the upload route
 * (without auth: the local ADMIN). Refusals are coded JSON errors: 401 UNAUTHENTICATED, 403 FORBIDDEN.
 * The file name is sent as RFC 5987 `filename*=UTF-8''…` beside an ASCII `filename` for old clients.
 * Mounted ahead of the console's catch-all GET, which would otherwise answer them with index.html.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Router, type Response } from "express";
import type { Config } from "../config.js";
import { Role } from "../domain/roles.js";
import type { Graph } from "../graph/graph.js";
import { writeTemplate } from "../transfer/export.js";
import { writeReport } from "../transfer/report.js";
import { callerWith } from "./route-auth.js";

export const TEMPLATE_PATH = "/import/template";
export const REPORT_PATH = "/report.xlsx";
export const TEMPLATE_FILE = "联合实验室导入模板.xlsx";
export const REPORT_FILE = "联合实验室规划报告.xlsx";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** `attachment` with an ASCII fallback name and the real name in RFC 5987 form. */
export function attachment(name: string, fallback: string): string {
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** Writes a workbook into a temporary folder, sends it, and removes the folder. */
async function sendWorkbook(
  res: Response,
  name: string,
  fallback: string,
  write: (path: string) => Promise<unknown>,
): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), "lianhe-download-"));
  try {
    const path = join(dir, fallback);
    const started = performance.now();
    await write(path);
    const ms = Math.round(performance.now() - started);
    const body = await readFile(path);
    res
      .status(200)
      .type(XLSX)
      .set("content-disposition", attachment(name, fallback))
      .set("cache-control", "no-store")
      .set("x-lianhe-build-ms", String(ms))
      .send(body);
    return ms;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function downloadRouter(graph: Graph, config: Config): Router {
  const router = Router();
  router.get(TEMPLATE_PATH, async (req, res) => {
    if (!(await callerWith(config, req, res, Role.VIEWER, "The import template"))) return;
    await sendWorkbook(res, TEMPLATE_FILE, "lianhe-import-template.xlsx", (path) =>
      writeTemplate("xlsx", path),
    );
  });
  router.get(REPORT_PATH, async (req, res) => {
    if (!(await callerWith(config, req, res, Role.VIEWER, "The planners' report"))) return;
    await sendWorkbook(res, REPORT_FILE, "lianhe-report.xlsx", (path) =>
      writeReport(graph, path, { weights: config.opportunityWeights, source: `hub ${REPORT_PATH}` }),
    );
  });
  return router;
}

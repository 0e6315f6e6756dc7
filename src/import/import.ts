/**
 * One import of one file: read its rows (streamed) into a plan, check them, and — unless a dry run —
 * write them in ONE write transaction, all or nothing: the plan is made again inside that transaction
 * from the graph as it then is, and any problem rolls it back, so nothing is half-written. After the
 * commit, layout alerts (gaps opened or closed, duplicates created) are computed as for a write through
 * the API (layout-watch.ts) and published.
 */
import { basename } from "node:path";
import type { ManagedTransaction } from "neo4j-driver";
import type { HubUser } from "../domain/roles.js";
import { layoutAlerts, layoutSnapshot, type LayoutSnapshot } from "../editing/layout-watch.js";
import type { LayoutAlertPayload } from "../events/types.js";
import { TOPICS, type EventBus } from "../events/types.js";
import type { Graph } from "../graph/graph.js";
import type { Label } from "../domain/model.js";
import type { ImportLimits } from "./limits.js";
import { Planner, type Counts, type Plan } from "./plan.js";
import { ImportFileError, type Problem } from "./problem.js";
import { formatOfFile, sheetsOf, type ImportFormat } from "./read-file.js";
import { writePlan } from "./write-plan.js";

export type Phase = "read" | "check" | "write";

export interface ImportOptions {
  dryRun: boolean;
  /** Who imports: the audit records' actor is `import:<file name>`, with this role. */
  role: HubUser["role"];
  limits: ImportLimits;
  /** The name the report and the audit give the file (default: its base name). */
  name?: string;
  events?: EventBus;
  /** Nodes earlier files of a dry run would create (shared across the files of one run). */
  pending?: Map<Label, Set<string>>;
  onProgress?: (phase: Phase, done: number, total?: number) => void;
}

export interface FileReport {
  file: string;
  format: ImportFormat | null;
  dryRun: boolean;
  rows: number;
  problems: Problem[];
  counts: Plan["counts"];
  /** Audit records written (0 in a dry run, and when nothing changes). */
  changes: number;
  written: boolean;
  alerts: LayoutAlertPayload[];
  ms: number;
}

class Refused extends Error {
  constructor(readonly plan: Plan) {
    super("the import has problems");
  }
}

export function totals(counts: Partial<Record<string, Counts>>): Counts {
  const out = { create: 0, update: 0, unchanged: 0 };
  for (const c of Object.values(counts)) {
    out.create += c!.create;
    out.update += c!.update;
    out.unchanged += c!.unchanged;
  }
  return out;
}

export async function importFile(graph: Graph, path: string, options: ImportOptions): Promise<FileReport> {
  const started = performance.now();
  const file = options.name ?? basename(path);
  const report = (plan: Partial<Plan>, format: ImportFormat | null, written = false): FileReport => ({
    file,
    format,
    dryRun: options.dryRun,
    rows: plan.rows ?? 0,
    problems: plan.problems ?? [],
    counts: plan.counts ?? { nodes: {}, relationships: {} },
    changes: written ? (plan.changes?.length ?? 0) : 0,
    written,
    alerts: [],
    ms: 0,
  });
  let format: ImportFormat | null = null;
  const planner = new Planner(file, {
    role: options.role,
    pending: options.pending,
    onRow: (n) => options.onProgress?.("read", n),
  });
  try {
    format = await formatOfFile(path, file);
    for await (const sheet of sheetsOf(path, file, format, options.limits)) await planner.addSheet(sheet);
  } catch (error) {
    if (error instanceof ImportFileError)
      return { ...report({ problems: [error.problem] }, format), ms: ms(started) };
    throw new ImportFileError(
      { file },
      "UNREADABLE",
      `the file cannot be read: ${(error as Error).message}`,
      "文件无法读取（内容损坏或格式不符）",
    );
  }
  const readProblems = planner.problems.length;
  const resolve = async (tx: ManagedTransaction): Promise<Plan> => {
    planner.problems.length = readProblems; // a retried transaction plans afresh
    return planner.resolve(tx);
  };
  const user: HubUser = { id: `import:${file}`, role: options.role };
  const session = graph.driver.session({ database: graph.database });
  try {
    if (options.dryRun || readProblems > 0) {
      const plan = await session.executeRead(resolve);
      if (options.dryRun && options.pending)
        for (const node of plan.nodes)
          if (node.action === "create") {
            const keys = options.pending.get(node.label) ?? new Set<string>();
            keys.add(node.key);
            options.pending.set(node.label, keys);
          }
      return { ...report(plan, format), ms: ms(started) };
    }
    const touched = planner.touched();
    let before: LayoutSnapshot | undefined;
    if (planner.rows) before = await layoutSnapshot(graph, touched);
    let plan: Plan;
    try {
      plan = await session.executeWrite(async (tx) => {
        const planned = await resolve(tx);
        if (planned.problems.length) throw new Refused(planned);
        options.onProgress?.("write", 0, planned.nodes.length + planned.rels.length);
        await writePlan(tx, planned, user, (n) => options.onProgress?.("write", n));
        return planned;
      }); // a bulk load, as the seed: the server's own timeout, not the API's
    } catch (error) {
      if (error instanceof Refused) return { ...report(error.plan, format), ms: ms(started) };
      throw error;
    }
    const out = report(plan, format, true);
    if (before && plan.changes.length) out.alerts = await alertsAfter(graph, before, user, options.events);
    return { ...out, ms: ms(started) };
  } finally {
    await session.close();
  }
}

const ms = (started: number) => Math.round(performance.now() - started);

async function alertsAfter(
  graph: Graph,
  before: LayoutSnapshot,
  user: HubUser,
  events?: EventBus,
): Promise<LayoutAlertPayload[]> {
  const at = new Date().toISOString();
  const after = await layoutSnapshot(graph, { before });
  const alerts = layoutAlerts(before, after, { labId: null, actor: user.id, at });
  const committedAt = performance.timeOrigin + performance.now();
  for (const alert of alerts) {
    try {
      await events?.publish(TOPICS.LAYOUT_ALERT, { ...alert, committedAt });
    } catch {
      // a failed publish is not the import's failure (as in runWrite)
    }
  }
  return alerts;
}

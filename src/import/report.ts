/**
 * The import's report as text: per file, its problems (place, code, English / 中文) and what it would
 * create, update, link and leave unchanged, per label and relationship type. `--json` prints the
 * FileReport objects instead; the hub answers them as JSON.
 */
import type { Counts } from "./plan.js";
import type { FileReport } from "./import.js";
import { totals } from "./import.js";
import { placeText } from "./problem.js";

const MAX_PROBLEMS_SHOWN = 200;

function table(title: string, counts: Partial<Record<string, Counts>>, create: string): string[] {
  const names = Object.keys(counts);
  if (!names.length) return [];
  const lines = [
    `  ${title.padEnd(22)} ${create.padStart(8)} ${"update".padStart(8)} ${"unchanged".padStart(10)}`,
  ];
  for (const name of names) {
    const c = counts[name]!;
    lines.push(
      `  ${name.padEnd(22)} ${String(c.create).padStart(8)} ${String(c.update).padStart(8)} ${String(c.unchanged).padStart(10)}`,
    );
  }
  return lines;
}

export function reportText(report: FileReport): string {
  const lines: string[] = [];
  const nodes = totals(report.counts.nodes);
  const rels = totals(report.counts.relationships);
  const verdict = report.problems.length
    ? `${report.problems.length} problem(s): nothing ${report.dryRun ? "would be" : "was"} written / 发现 ${report.problems.length} 个问题，未写入任何数据`
    : report.dryRun
      ? "dry run: nothing written / 试运行，未写入"
      : `written: ${report.changes} change(s) / 已写入 ${report.changes} 项变更`;
  lines.push(
    `import: ${report.file}: ${report.rows} rows; nodes ${nodes.create} create, ${nodes.update} update, ${nodes.unchanged} unchanged; ` +
      `relationships ${rels.create} link, ${rels.update} update, ${rels.unchanged} unchanged; ${verdict} (${report.ms} ms)`,
  );
  for (const p of report.problems.slice(0, MAX_PROBLEMS_SHOWN))
    lines.push(`  ${placeText(p)}: ${p.code}: ${p.message} / ${p.messageZh}`);
  if (report.problems.length > MAX_PROBLEMS_SHOWN)
    lines.push(`  … and ${report.problems.length - MAX_PROBLEMS_SHOWN} more (--json lists them all)`);
  if (!report.problems.length) {
    lines.push(...table("label", report.counts.nodes, "create"));
    lines.push(...table("relationship", report.counts.relationships, "link"));
  }
  for (const a of report.alerts)
    lines.push(`  layout alert: ${a.kind} ${a.dimension} ${a.subjectKey}: ${a.reason}`);
  return lines.join("\n");
}

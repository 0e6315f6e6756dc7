/**
 * The planners' report: one workbook with the hub's answers — coverage gaps, duplicate layouts,
 * collaboration opportunities and the compliance of every application and lab — one sheet each,
 * Chinese headers in row 1 and English in row 2, from the analytics functions the API serves. Every
 * sentence (a gap's or a group's reason, a check's measurement and evidence, a score's parts) is in
 * Chinese, with the English beside it in a column of its own: planners read the first.
 */
import ExcelJS from "exceljs";
import type { Worksheet } from "exceljs";
import { evaluateCompliance, renderEvidence } from "../analytics/compliance.js";
import { allCoverageGaps } from "../analytics/coverage-gaps.js";
import { DUPLICATE_PAGE, duplicateLayouts } from "../analytics/duplicates.js";
import { collaborationOpportunities, type ScoreComponent } from "../analytics/opportunities.js";
import { roundScore } from "../modules/shared/score.js";
import { runQuery } from "../analytics/query-file.js";
import { scoreMessage } from "../analytics/score-messages.js";
import { render, type Message } from "../domain/messages/index.js";
import type { OpportunityWeights } from "../domain/opportunity-weights.js";
import type { Graph } from "../graph/graph.js";

export const REPORT_SHEETS = {
  gaps: "覆盖缺口 Coverage gaps",
  duplicates: "重复布局 Duplicate layouts",
  opportunities: "合作机会 Opportunities",
  compliance: "合规 Compliance",
} as const;

export interface ReportOptions {
  weights: OpportunityWeights;
  /** Candidates listed per covering lab. Default 5. */
  opportunitiesPerLab?: number;
  /** Where the data came from, for the About sheet. */
  source?: string;
}

export interface ReportCounts {
  gaps: number;
  duplicateGroups: number;
  duplicateGroupsInAll: number;
  opportunities: number;
  labs: number;
  checks: number;
}

type Cell = string | number | boolean | null;

const zh = (message: Message): string => render(message, "ZH");
const en = (message: Message): string => render(message, "EN");

function table(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: [string, string, number][],
  rows: Cell[][],
): void {
  const sheet: Worksheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 2 }] });
  sheet.columns = columns.map(([, , width]) => ({ width }));
  const zh = sheet.addRow(columns.map(([z]) => z));
  const en = sheet.addRow(columns.map(([, e]) => e));
  for (const row of [zh, en]) row.font = { bold: true };
  zh.eachCell((c) => (c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDCE6F1" } }));
  en.eachCell((c) => (c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } }));
  for (const row of rows) sheet.addRow(row).alignment = { vertical: "top", wrapText: false };
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: columns.length } };
}

const lines = (items: readonly string[]): string => items.join("\n");

/** An opportunity's score, one line per part that counts: what it counts, its weight and contribution, then its evidence. */
function components(parts: readonly ScoreComponent[], words: (message: Message) => string): string {
  return lines(
    parts
      .filter((c) => c.contribution !== 0)
      .map((c) => {
        const message = scoreMessage(c);
        const head = message ? words(message) : `${c.name} ${c.value} × ${c.weight} = ${c.contribution}`;
        return `${head}${c.evidence.length ? `: ${c.evidence.join("; ")}` : ""}`;
      }),
  );
}

/** Builds the report workbook; writes it to `file`. */
export async function writeReport(graph: Graph, file: string, options: ReportOptions): Promise<ReportCounts> {
  const perLab = options.opportunitiesPerLab ?? 5;
  const gaps = await allCoverageGaps(graph);
  const duplicates = await duplicateLayouts(graph, {
    first: DUPLICATE_PAGE.maxFirst,
    membersPerGroup: DUPLICATE_PAGE.maxMembersPerGroup,
  });
  const labRows = await runQuery(graph, "lab-compliance", { ids: null });
  const compliance = labRows.map((row) => ({ row, result: evaluateCompliance(row) }));
  const opportunities = [];
  for (const { row, result } of compliance) {
    if (result.standing !== "COVERING") continue;
    const found = await collaborationOpportunities(graph, {
      lab: String(row.id),
      first: perLab,
      weights: options.weights,
    });
    opportunities.push(...found.map((o, i) => ({ ...o, rank: i + 1 })));
  }

  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Lianhe Hub";
  workbook.created = new Date();
  const about = workbook.addWorksheet("说明 About");
  about.columns = [{ width: 36 }, { width: 90 }];
  for (const line of [
    ["联合实验室网络分析报告", "Lianhe Hub planners' report"],
    ["生成时间 generated", new Date().toISOString()],
    ["数据来源 source", options.source ?? ""],
    [REPORT_SHEETS.gaps, `${gaps.length} 条 rows (R6, R1/R2, R13, R10)`],
    [
      REPORT_SHEETS.duplicates,
      `${duplicates.groups.length} / ${duplicates.totalCount} 组 groups (R5, R17); 按类型与学科代码排序 / by kind and code`,
    ],
    [
      REPORT_SHEETS.opportunities,
      `${opportunities.length} 条 rows: 每个已批准实验室前 ${perLab} 个 / the first ${perLab} per covering lab (R17)`,
    ],
    [
      REPORT_SHEETS.compliance,
      `${compliance.length} 个实验室 labs, 每条规则一行 / one row per rule (R1–R15)`,
    ],
    ["权重 weights", JSON.stringify(options.weights)],
  ])
    about.addRow(line);
  about.getRow(1).font = { bold: true, size: 14 };

  table(
    workbook,
    REPORT_SHEETS.gaps,
    [
      ["维度", "dimension", 12],
      ["对象类型", "subjectLabel", 14],
      ["对象编号", "subjectKey", 24],
      ["对象名称", "subjectName", 28],
      ["领域代码", "fieldCode", 12],
      ["领域名称", "fieldName", 20],
      ["严重程度", "severity", 10],
      ["规则", "rules", 10],
      ["原因", "reason (Chinese)", 60],
      ["原因（英文）", "reason", 60],
      ["证据", "evidence", 80],
    ],
    gaps.map((g) => [
      g.dimension,
      g.subjectLabel,
      g.subjectKey,
      g.subjectName,
      g.fieldCode,
      g.fieldName,
      g.severity,
      g.rules.join(", "),
      zh(g.reasonMessage),
      en(g.reasonMessage),
      lines(
        g.evidence.map(
          (e) =>
            `${e.role}: ${e.label} ${e.key}${e.name ? ` ${e.name}` : ""}${e.detail ? ` (${e.detail})` : ""}`,
        ),
      ),
    ]),
  );
  table(
    workbook,
    REPORT_SHEETS.duplicates,
    [
      ["类型", "kind", 12],
      ["严重程度", "severity", 10],
      ["共同学科或领域", "shared", 30],
      ["成员数", "memberCount", 10],
      ["成员", "members", 60],
      ["原因", "reason (Chinese)", 60],
      ["原因（英文）", "reason", 60],
      ["证明", "proofs", 80],
    ],
    duplicates.groups.map((d) => [
      d.kind,
      d.severity,
      lines(d.shared.map((s) => `${s.label} ${s.key} ${s.name}`)),
      d.memberCount,
      lines(d.members.map((m) => `${m.label} ${m.key} ${m.name}${m.status ? ` (${m.status})` : ""}`)),
      zh(d.reasonMessage),
      en(d.reasonMessage),
      lines(d.proofs),
    ]),
  );
  table(
    workbook,
    REPORT_SHEETS.opportunities,
    [
      ["实验室编号", "labKey", 24],
      ["实验室名称", "labName", 28],
      ["排名", "rank", 6],
      ["伙伴类型", "partnerLabel", 12],
      ["伙伴编号", "partnerKey", 24],
      ["伙伴名称", "partnerName", 28],
      ["伙伴类别", "partnerKind", 20],
      ["得分", "score", 8],
      ["得分构成", "components (Chinese)", 80],
      ["得分构成（英文）", "components", 80],
    ],
    opportunities.map((o) => [
      o.labKey,
      o.labName,
      o.rank,
      o.partnerLabel,
      o.partnerKey,
      o.partnerName,
      o.partnerKind,
      roundScore(o.score),
      components(o.components, zh),
      components(o.components, en),
    ]),
  );
  const checks = compliance.flatMap(({ row, result }) =>
    result.checks.map((c) => [
      result.labId,
      typeof row.name === "string" ? row.name : null,
      typeof row.status === "string" ? row.status : null,
      result.standing,
      result.status,
      c.rule,
      c.title,
      c.textZh,
      c.status,
      zh(c.measuredMessage),
      c.measured,
      c.value,
      c.bound,
      lines(c.evidenceEntries.map((e) => renderEvidence(e, "ZH"))),
      lines(c.evidence),
    ]),
  );
  table(
    workbook,
    REPORT_SHEETS.compliance,
    [
      ["实验室编号", "labId", 24],
      ["实验室名称", "name", 28],
      ["状态", "status", 14],
      ["类别", "standing", 12],
      ["总体结论", "overall", 10],
      ["规则", "rule", 6],
      ["规则名称", "title", 30],
      ["规则原文", "textZh", 50],
      ["检查结果", "check", 10],
      ["测量", "measured (Chinese)", 40],
      ["测量（英文）", "measured", 40],
      ["数值", "value", 10],
      ["界限", "bound", 30],
      ["依据", "evidence (Chinese)", 60],
      ["依据（英文）", "evidence", 60],
    ],
    checks,
  );
  await workbook.xlsx.writeFile(file);
  return {
    gaps: gaps.length,
    duplicateGroups: duplicates.groups.length,
    duplicateGroupsInAll: duplicates.totalCount,
    opportunities: opportunities.length,
    labs: compliance.length,
    checks: checks.length,
  };
}

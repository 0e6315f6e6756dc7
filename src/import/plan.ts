/**
 * Rows → a plan. Every row is checked as the mutations check a write: its cells by the model's types,
 * the node's values by the mutation's own input class (class-validator), a relationship by the link
 * mutation's shape check (allowed end labels, property types, identity), both ends existing (in the
 * graph or in the file), one lead university and discipline per lab, a first-level lead discipline, and
 * the life cycle's guards as an import applies them (life-cycle.ts). Then each node and relationship is
 * new (create / link), changed (update) or the same (unchanged), by the graph as read in the
 * transaction the plan is made in. Problems name their file, sheet, row and column.
 */
import { randomUUID } from "node:crypto";
import type { ManagedTransaction } from "neo4j-driver";
import { LabStatus } from "../domain/enums.js";
import {
  IDENTITY_PROPERTIES,
  LABELS,
  RELATIONSHIP_PROPERTIES,
  RELATIONSHIPS,
  isLabel,
  keyOf,
  type Label,
  type RelType,
} from "../domain/model.js";
import { Role, grants } from "../domain/roles.js";
import { SINGLE_PER_SOURCE, checkShape } from "../editing/links.js";
import { UserError } from "../editing/user-error.js";
import { toProps, type Plain } from "../graph/values.js";
import { shapesOf, type Column, type SheetShape } from "../transfer/shape.js";
import { ABOUT_SHEET, columnLetter } from "../transfer/xlsx.js";
import { coerce, type Typed } from "./cells.js";
import { inputViolations } from "./inputs.js";
import { APPROVED_STATUSES, missingForStatus, outcomeAllowed, type EvaluationRecord } from "./life-cycle.js";
import { problem, type Problem, type ProblemCode } from "./problem.js";
import { isFormula, type SourceSheet } from "./source.js";
import { importStatement } from "./statements.js";

type Values = Record<string, Typed>;

interface RowPlace {
  sheet: string;
  row: number;
  /** Column name → its cell's name (B7), for spreadsheets. */
  cells: Record<string, string>;
}

interface NodeRow extends RowPlace {
  label: Label;
  key: string;
  values: Values;
  /** Columns whose cell was refused already (not reported again as missing). */
  refused: Set<string>;
}

interface RelRow extends RowPlace {
  type: RelType;
  fromLabel: Label;
  from: string;
  toLabel: Label;
  to: string;
  values: Values;
}

export type Action = "create" | "update" | "unchanged";

export interface AuditChange {
  id: string;
  action: "CREATED" | "UPDATED" | "LINKED";
  entityLabel: string;
  entityKey: string;
  labKey: string | null;
  summary: string;
  before: string | null;
  after: string | null;
}

export interface PlannedNode {
  label: Label;
  key: string;
  action: Action;
  /** What to SET (typed plain values), for create and update. */
  set: Values;
}

export interface PlannedRel {
  type: RelType;
  fromLabel: Label;
  from: string;
  toLabel: Label;
  to: string;
  action: Action;
  identity: Values;
  set: Values;
}

export interface Counts {
  create: number;
  update: number;
  unchanged: number;
}

export interface Plan {
  rows: number;
  problems: Problem[];
  nodes: PlannedNode[];
  rels: PlannedRel[];
  changes: AuditChange[];
  /** By label, and by relationship type (create: a new link). */
  counts: { nodes: Partial<Record<Label, Counts>>; relationships: Partial<Record<RelType, Counts>> };
  /** The labs and directions the plan touches (layout alerts compare their duplicates). */
  labs: string[];
  directions: string[];
}

export interface PlanOptions {
  /** The importing user's role: only an ADMIN records a lab in a later status (life-cycle.ts). */
  role: Role;
  /** Nodes that earlier files of the same dry run would create (label → keys): they count as existing. */
  pending?: Map<Label, Set<string>>;
  onRow?: (rows: number) => void;
}

const CHUNK = 5000;
const SHAPES = new Map<string, SheetShape>(shapesOf().map((s) => [s.sheet, s]));

/** Whether `name` is a column of the sheet `sheet` (for one-row headers). */
export function knownColumn(sheet: string, name: string): boolean {
  return SHAPES.get(sheet)?.columns.some((c) => c.name === name) ?? false;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export class Planner {
  readonly problems: Problem[] = [];
  private readonly nodes = new Map<Label, Map<string, NodeRow>>();
  private readonly rels: RelRow[] = [];
  private readonly relSeen = new Map<string, RelRow>();
  private rowCount = 0;

  constructor(
    readonly file: string,
    private readonly options: PlanOptions,
  ) {}

  private add(place: Partial<RowPlace> & { column?: string }, code: ProblemCode, en: string, zh: string) {
    this.problems.push(
      problem(
        {
          file: this.file,
          sheet: place.sheet,
          row: place.row,
          column: place.column,
          cell: place.column ? place.cells?.[place.column] : undefined,
        },
        code,
        en,
        zh,
      ),
    );
  }

  /** Reads one sheet's rows into the plan (cells checked by type). */
  async addSheet(source: SourceSheet): Promise<void> {
    if (source.sheet === ABOUT_SHEET) return;
    const shape = SHAPES.get(source.sheet);
    if (!shape) {
      this.add(
        { sheet: source.sheet },
        "UNKNOWN_SHEET",
        `the model has no label or relationship type ${source.sheet} (sheets are named as the template names them)`,
        `模型中没有名为 ${source.sheet} 的节点类型或关系类型（工作表名应与模板一致）`,
      );
      return;
    }
    const columns: (Column | undefined)[] = [];
    const letters = source.header.map((_, i) => columnLetter(i + 1));
    source.header.forEach((name, i) => {
      if (!name) return;
      const column = shape.columns.find((c) => c.name === name);
      if (!column || columns.includes(column)) {
        this.problems.push(
          problem(
            {
              file: this.file,
              sheet: source.sheet,
              row: source.headerRow || null,
              column: name,
              cell: source.cellNames ? `${letters[i]}${source.headerRow}` : null,
            },
            "UNKNOWN_COLUMN",
            column
              ? `column ${name} appears twice`
              : `${source.sheet} has no property ${name} (known: ${shape.columns.map((c) => c.name).join(", ")})`,
            column ? `列 ${name} 重复出现` : `${source.sheet} 没有属性 ${name}`,
          ),
        );
        return;
      }
      columns[i] = column;
    });
    const present = new Set(columns.filter(Boolean).map((c) => c!.name));
    const ends = shape.type
      ? (RELATIONSHIPS[shape.type] as { from: readonly Label[]; to: readonly Label[] })
      : null;
    const required =
      shape.kind === "node"
        ? [keyOf(shape.label!)]
        : [
            "from",
            "to",
            ...(ends!.from.length > 1 ? ["fromLabel"] : []),
            ...(ends!.to.length > 1 ? ["toLabel"] : []),
          ];
    const missing = required.filter((c) => !present.has(c));
    if (missing.length) {
      this.add(
        { sheet: source.sheet, row: source.headerRow || null } as Partial<RowPlace>,
        "MISSING_COLUMN",
        `the sheet has no column ${missing.join(", ")} (row ${source.headerRow || 1} holds the property names)`,
        `工作表缺少列 ${missing.join("、")}`,
      );
      return;
    }
    for await (const { row, cells } of source.rows) {
      if (cells.every((c) => c === null || (typeof c === "string" && c.trim() === ""))) continue;
      this.rowCount++;
      if (this.rowCount % 1000 === 0) this.options.onRow?.(this.rowCount);
      const place: RowPlace = { sheet: source.sheet, row, cells: {} };
      const values: Values = {};
      const refused = new Set<string>();
      let bad = false;
      cells.forEach((cell, i) => {
        const column = columns[i];
        if (source.cellNames)
          place.cells[column?.name ?? letters[i] ?? String(i)] = `${columnLetter(i + 1)}${row}`;
        if (!column) {
          if (cell !== null && !(typeof cell === "string" && cell.trim() === "") && !source.header[i]) {
            this.add(
              { ...place, column: letters[i] },
              "UNKNOWN_COLUMN",
              "a value in a column without a property name",
              "该列没有属性名，但有数据",
            );
            bad = true;
          }
          return;
        }
        if (isFormula(cell)) {
          this.add(
            { ...place, column: column.name },
            "FORMULA",
            `a formula (=${cell.formula}): the import takes values only; paste the values instead`,
            `单元格含公式（=${cell.formula}）：导入只接受数值，请改为粘贴数值`,
          );
          bad = true;
          refused.add(column.name);
          return;
        }
        const coerced = coerce(cell, column.type);
        if ("en" in coerced) {
          this.add(
            { ...place, column: column.name },
            "BAD_VALUE",
            `${column.name} ${coerced.en}, not ${JSON.stringify(cell)}`,
            `${column.zh}（${column.name}）${coerced.zh}，而不是 ${JSON.stringify(cell)}`,
          );
          bad = true;
          refused.add(column.name);
          return;
        }
        if (coerced.value !== undefined) values[column.name] = coerced.value;
      });
      if (shape.kind === "node") this.addNode(shape.label!, place, values, refused);
      else this.addRel(shape.type!, ends!, place, values, bad);
    }
  }

  private addNode(label: Label, place: RowPlace, values: Values, refused: Set<string>): void {
    const keyName = keyOf(label);
    const key = values[keyName];
    if (key === undefined) {
      this.add(
        { ...place, column: keyName },
        "MISSING_KEY",
        `the row has no ${keyName}`,
        `该行缺少键 ${keyName}`,
      );
      return;
    }
    let rows = this.nodes.get(label);
    if (!rows) this.nodes.set(label, (rows = new Map()));
    const first = rows.get(String(key));
    if (first) {
      this.add(
        { ...place, column: keyName },
        "DUPLICATE_KEY",
        `${label} ${String(key)} is in the file twice (first at row ${first.row})`,
        `${label} ${String(key)} 在文件中重复出现（首次在第 ${first.row} 行）`,
      );
      return;
    }
    rows.set(String(key), { ...place, label, key: String(key), values, refused });
  }

  private addRel(
    type: RelType,
    ends: { from: readonly Label[]; to: readonly Label[] },
    place: RowPlace,
    values: Values,
    bad: boolean,
  ): void {
    const {
      fromLabel = ends.from.length === 1 ? ends.from[0] : undefined,
      toLabel = ends.to.length === 1 ? ends.to[0] : undefined,
      from,
      to,
      ...props
    } = values;
    for (const [name, value] of [
      ["fromLabel", fromLabel],
      ["from", from],
      ["toLabel", toLabel],
      ["to", to],
    ] as const) {
      if (value === undefined) {
        if (!bad)
          this.add({ ...place, column: name }, "MISSING_KEY", `the row has no ${name}`, `该行缺少 ${name}`);
        return;
      }
    }
    const row: RelRow = {
      ...place,
      type,
      fromLabel: fromLabel as Label,
      from: String(from),
      toLabel: toLabel as Label,
      to: String(to),
      values: props,
    };
    const identity = (IDENTITY_PROPERTIES[type] ?? []).map((p) => props[p] ?? null);
    const id = JSON.stringify([type, row.fromLabel, row.from, row.toLabel, row.to, identity]);
    const first = this.relSeen.get(id);
    if (first) {
      this.add(
        { ...place, column: "to" },
        "DUPLICATE_ROW",
        `${type} from ${row.from} to ${row.to} is in the file twice (first at row ${first.row})`,
        `${type}（${row.from} → ${row.to}）在文件中重复出现（首次在第 ${first.row} 行）`,
      );
      return;
    }
    this.relSeen.set(id, row);
    this.rels.push(row);
  }

  /** The labs and directions the file's rows name, before the plan is made (layout snapshots). */
  touched(): { labs: string[]; directions: string[] } {
    const labs = new Set(this.nodes.get("JointLab")?.keys() ?? []);
    const directions = new Set(this.nodes.get("ResearchDirection")?.keys() ?? []);
    for (const r of this.rels) {
      if (r.fromLabel === "JointLab") labs.add(r.from);
      if (r.toLabel === "JointLab") labs.add(r.to);
      if (r.fromLabel === "ResearchDirection") directions.add(r.from);
      if (r.toLabel === "ResearchDirection") directions.add(r.to);
    }
    return { labs: [...labs], directions: [...directions] };
  }

  get rows(): number {
    return this.rowCount;
  }

  private inFile(label: Label, key: string): NodeRow | undefined {
    return this.nodes.get(label)?.get(key);
  }

  /** Reads what the graph holds of the file's keys (in `tx`) and decides every row. */
  async resolve(tx: ManagedTransaction): Promise<Plan> {
    const existing = await this.readNodes(tx);
    const exists = (label: Label, key: string) =>
      existing.get(label)?.has(key) || this.options.pending?.get(label)?.has(key) || false;
    const isNew = (label: Label, key: string) => !!this.inFile(label, key) && !exists(label, key);

    // the labs of directions and evaluations: from the file's links, else the graph's
    const labOfOwned = new Map<string, string>();
    for (const r of this.rels)
      if ((r.type === "HAS_DIRECTION" || r.type === "EVALUATED_IN") && r.fromLabel === "JointLab")
        labOfOwned.set(`${r.toLabel}|${r.to}`, r.from);
    const owned = [
      ...[...(this.nodes.get("ResearchDirection")?.keys() ?? [])].map(
        (k) => ["ResearchDirection", k] as const,
      ),
      ...[...(this.nodes.get("Evaluation")?.keys() ?? [])].map((k) => ["Evaluation", k] as const),
    ].filter(([l, k]) => !labOfOwned.has(`${l}|${k}`));
    for (const batch of chunks(owned.map(([, k]) => k))) {
      const result = await tx.run(importStatement("labs-of"), { keys: batch });
      for (const record of result.records) {
        const key = String(record.get("key"));
        for (const l of ["ResearchDirection", "Evaluation"])
          labOfOwned.set(`${l}|${key}`, String(record.get("lab")));
      }
    }
    const labOf = (label: Label, key: string): string | null =>
      label === "JointLab" ? key : (labOfOwned.get(`${label}|${key}`) ?? null);

    const plan: Plan = {
      rows: this.rowCount,
      problems: this.problems,
      nodes: [],
      rels: [],
      changes: [],
      counts: { nodes: {}, relationships: {} },
      labs: [],
      directions: [],
    };
    const labs = new Set<string>();
    const directions = new Set<string>();
    const count = <K extends string>(table: Partial<Record<K, Counts>>, name: K, action: Action) => {
      const counts = (table[name] ??= { create: 0, update: 0, unchanged: 0 });
      counts[action]++;
    };

    // nodes
    let checked = 0;
    for (const label of LABELS) {
      for (const row of this.nodes.get(label)?.values() ?? []) {
        if (++checked % 1000 === 0) this.options.onRow?.(checked);
        const before = existing.get(label)?.get(row.key);
        const values = { ...row.values };
        if (label === "JointLab" && !before && values.status === undefined) {
          values.status = LabStatus.APPLYING; // as submitApplication
          values.appliedOn ??= new Date().toISOString().slice(0, 10);
        }
        for (const v of await inputViolations(label, values, !!before)) {
          if (row.refused.has(v.property)) continue;
          this.add(
            { ...row, column: v.property },
            "VALIDATION",
            `${v.property}: ${v.message}`,
            `${v.property} 不符合规则：${v.message}`,
          );
        }
        this.checkLifeCycleNode(row, values, before);
        if (before) {
          const changed = Object.keys(values).filter((k) => !same(values[k], before[k]));
          if (!changed.length) {
            count(plan.counts.nodes, label, "unchanged");
            continue;
          }
          const set = Object.fromEntries(changed.map((k) => [k, values[k]!]));
          plan.nodes.push({ label, key: row.key, action: "update", set });
          plan.changes.push({
            id: randomUUID(),
            action: "UPDATED",
            entityLabel: label,
            entityKey: row.key,
            labKey: labOf(label, row.key),
            summary: `updated ${changed.join(", ")} of ${label} ${row.key}`,
            before: JSON.stringify(Object.fromEntries(changed.map((k) => [k, before[k] ?? null]))),
            after: JSON.stringify(set),
          });
          count(plan.counts.nodes, label, "update");
        } else {
          plan.nodes.push({ label, key: row.key, action: "create", set: values });
          plan.changes.push({
            id: randomUUID(),
            action: "CREATED",
            entityLabel: label,
            entityKey: row.key,
            labKey: labOf(label, row.key),
            summary: `created ${label} ${row.key}`,
            before: null,
            after: JSON.stringify(values),
          });
          count(plan.counts.nodes, label, "create");
        }
        if (label === "JointLab") labs.add(row.key);
        if (label === "ResearchDirection") directions.add(row.key);
      }
    }

    // relationships
    const existingRels = await this.readRelationships(tx);
    const singles = await this.readSingleTargets(tx);
    const singleInFile = new Map<string, RelRow>();
    for (const row of this.rels) {
      if (++checked % 1000 === 0) this.options.onRow?.(checked);
      let ok = true;
      for (const [end, label, key] of [
        ["from", row.fromLabel, row.from],
        ["to", row.toLabel, row.to],
      ] as const) {
        if (!isLabel(label)) continue;
        if (!exists(label, key) && !this.inFile(label, key)) {
          this.add(
            { ...row, column: end },
            "MISSING_NODE",
            `${label} ${key} does not exist (neither in the graph nor in the file)`,
            `${label} ${key} 不存在（图中和文件中均没有）`,
          );
          ok = false;
        }
      }
      const shapeProps = Object.fromEntries(
        Object.entries(row.values).filter(([k]) => k in RELATIONSHIP_PROPERTIES[row.type]),
      );
      try {
        checkShape({
          type: row.type,
          fromLabel: row.fromLabel,
          fromKey: row.from,
          toLabel: row.toLabel,
          toKey: row.to,
          properties: shapeProps,
        });
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        const field = error.field ?? "";
        const column = field.startsWith("properties.")
          ? field.slice("properties.".length)
          : field === "type"
            ? "fromLabel"
            : field;
        this.add(
          { ...row, column },
          error.code === "NOT_ALLOWED" ? "NOT_ALLOWED" : "VALIDATION",
          error.message,
          `关系不符合模型：${error.message}`,
        );
        ok = false;
      }
      if (!ok) continue;
      if (row.type === "LEAD_DISCIPLINE") {
        const level =
          this.inFile("Discipline", row.to)?.values.level ?? existing.get("Discipline")?.get(row.to)?.level;
        if (level !== undefined && level !== "FIRST_LEVEL")
          this.add(
            { ...row, column: "to" },
            "VALIDATION",
            `a lead discipline is first-level (R5); ${row.to} is ${String(level)}`,
            `主导学科应为一级学科（R5）；${row.to} 是 ${String(level)}`,
          );
      }
      const pair = `${row.from}\u0000${row.to}`;
      const found = existingRels.get(`${row.type}|${row.fromLabel}|${row.toLabel}`)?.get(pair) ?? [];
      const identityNames = IDENTITY_PROPERTIES[row.type] ?? [];
      const current = found.find((p) => identityNames.every((n) => same(p[n], row.values[n])));
      if (SINGLE_PER_SOURCE.has(row.type)) {
        const other = singleInFile.get(`${row.type}|${row.from}`);
        const inGraph = singles.get(`${row.type}|${row.from}`);
        if (other && other.to !== row.to)
          this.add(
            { ...row, column: "to" },
            "NOT_ALLOWED",
            `${row.from} has ${row.type} ${other.to} at row ${other.row} already: one per lab`,
            `${row.from} 已在第 ${other.row} 行有 ${row.type} ${other.to}：每个实验室只有一个`,
          );
        else if (inGraph && inGraph !== row.to)
          this.add(
            { ...row, column: "to" },
            "NOT_ALLOWED",
            `${row.from} already has ${row.type} ${inGraph}; unlink it first`,
            `${row.from} 已有 ${row.type} ${inGraph}；请先解除该关系`,
          );
        singleInFile.set(`${row.type}|${row.from}`, row);
      }
      this.checkLifeCycleRel(row, !!current, isNew);
      const identity = Object.fromEntries(identityNames.map((n) => [n, row.values[n]!]));
      const labKey = labOf(row.fromLabel, row.from) ?? labOf(row.toLabel, row.to);
      const link = `(${row.fromLabel} ${row.from})-[:${row.type}]->(${row.toLabel} ${row.to})`;
      if (current) {
        const changed = Object.keys(row.values).filter((k) => !same(row.values[k], current[k]));
        if (!changed.length) {
          count(plan.counts.relationships, row.type, "unchanged");
          continue;
        }
        const set = Object.fromEntries(changed.map((k) => [k, row.values[k]!]));
        plan.rels.push({ ...this.relOf(row), action: "update", identity, set });
        plan.changes.push({
          id: randomUUID(),
          action: "LINKED",
          entityLabel: row.fromLabel,
          entityKey: row.from,
          labKey,
          summary: `updated ${link}`,
          before: JSON.stringify({ type: row.type, to: row.to, ...current }),
          after: JSON.stringify({ type: row.type, to: row.to, ...current, ...set }),
        });
        count(plan.counts.relationships, row.type, "update");
      } else {
        plan.rels.push({ ...this.relOf(row), action: "create", identity, set: row.values });
        plan.changes.push({
          id: randomUUID(),
          action: "LINKED",
          entityLabel: row.fromLabel,
          entityKey: row.from,
          labKey,
          summary: `linked ${link}`,
          before: null,
          after: JSON.stringify({ type: row.type, to: row.to, ...row.values }),
        });
        count(plan.counts.relationships, row.type, "create");
      }
      if (labKey) labs.add(labKey);
      if (row.fromLabel === "ResearchDirection") directions.add(row.from);
    }
    this.checkOwnedNodes(isNew);
    plan.labs = [...labs];
    plan.directions = [...directions];
    return plan;
  }

  private relOf(row: RelRow) {
    return { type: row.type, fromLabel: row.fromLabel, from: row.from, toLabel: row.toLabel, to: row.to };
  }

  /** The guards on a node's own properties (life-cycle.ts). */
  private checkLifeCycleNode(row: NodeRow, values: Values, before: Record<string, Plain> | undefined): void {
    if (row.label === "JointLab") {
      if (before) {
        for (const name of ["status", "approvedOn"])
          if (row.values[name] !== undefined && !same(row.values[name], before[name]))
            this.add(
              { ...row, column: name },
              "USE_LIFE_CYCLE",
              `${name} of JointLab ${row.key} is ${String(before[name] ?? "empty")}: an import does not change it; use the life-cycle mutations (startPlanReview, approveLab, rejectApplication, startConstruction, retainLab, exitLab)`,
              `实验室 ${row.key} 的 ${name} 为 ${String(before[name] ?? "空")}：导入不改变它，请使用生命周期操作（立项评审、批准、驳回、开始建设、保留、退出）`,
            );
        return;
      }
      const status = String(values.status) as LabStatus;
      if (status !== LabStatus.APPLYING && !grants(this.options.role, Role.ADMIN))
        this.add(
          { ...row, column: "status" },
          "ILLEGAL_STATUS",
          `a new lab enters as APPLYING; only an ADMIN records a lab already ${status}`,
          `新实验室以 APPLYING（申请中）状态进入；只有管理员可以导入已处于 ${status} 状态的实验室记录`,
        );
      else {
        const evaluations: EvaluationRecord[] = this.rels
          .filter((r) => r.type === "EVALUATED_IN" && r.from === row.key)
          .map((r) => this.inFile("Evaluation", r.to))
          .filter((e): e is NodeRow => !!e)
          .map((e) => ({
            id: e.key,
            kind: String(e.values.kind ?? ""),
            on: String(e.values.on ?? ""),
            outcome: e.values.outcome === undefined ? undefined : String(e.values.outcome),
          }));
        const missing = missingForStatus(status, evaluations);
        if (missing.length)
          this.add(
            { ...row, column: "status" },
            "ILLEGAL_STATUS",
            `a new lab ${status} needs the record of its procedure in the file: ${missing.join("; ")}`,
            `新实验室状态为 ${status}，文件中须有相应的评估记录：${missing.join("；")}`,
          );
      }
      if (values.approvedOn !== undefined && !APPROVED_STATUSES.includes(status))
        this.add(
          { ...row, column: "approvedOn" },
          "ILLEGAL_STATUS",
          `a lab that is ${status} has not been approved: approvedOn stays empty`,
          `状态为 ${status} 的实验室尚未批准：approvedOn 应为空`,
        );
    }
    if (row.label === "Evaluation") {
      if (before) {
        for (const name of ["kind", "on", "outcome"])
          if (row.values[name] !== undefined && !same(row.values[name], before[name]))
            this.add(
              { ...row, column: name },
              "USE_LIFE_CYCLE",
              `${name} of Evaluation ${row.key} is ${String(before[name] ?? "empty")}: it is not changed; record a newer evaluation (recordEvaluation)`,
              `评估 ${row.key} 的 ${name} 为 ${String(before[name] ?? "空")}：不能修改，请记录一次新的评估`,
            );
      } else if (!outcomeAllowed(String(values.kind), values.outcome as string | undefined))
        this.add(
          { ...row, column: "outcome" },
          "VALIDATION",
          `a ${String(values.kind)} evaluation does not end in ${String(values.outcome)}`,
          `${String(values.kind)} 评估的结果不能是 ${String(values.outcome)}`,
        );
    }
  }

  /** Links that only recordEvaluation / addResearchDirection write: only to a node the file creates. */
  private checkLifeCycleRel(row: RelRow, exists: boolean, isNew: (l: Label, k: string) => boolean): void {
    if (exists) return;
    const owned =
      row.type === "HAS_DIRECTION"
        ? (["ResearchDirection", row.to, "addResearchDirection"] as const)
        : row.type === "EVALUATED_IN" || row.type === "REVIEWED"
          ? (["Evaluation", row.to, "recordEvaluation"] as const)
          : null;
    if (!owned || isNew(owned[0] as Label, owned[1])) return;
    this.add(
      { ...row, column: "to" },
      "USE_LIFE_CYCLE",
      `${row.type} is written with a new ${owned[0]} only: ${owned[0]} ${owned[1]} exists (use ${owned[2]})`,
      `${row.type} 只能随新的 ${owned[0]} 一起导入：${owned[0]} ${owned[1]} 已存在（请使用 ${owned[2]}）`,
    );
  }

  /** A new direction or evaluation comes with its lab (HAS_DIRECTION / EVALUATED_IN in the file). */
  private checkOwnedNodes(isNew: (l: Label, k: string) => boolean): void {
    for (const [label, type] of [
      ["ResearchDirection", "HAS_DIRECTION"],
      ["Evaluation", "EVALUATED_IN"],
    ] as const) {
      for (const row of this.nodes.get(label)?.values() ?? []) {
        if (!isNew(label, row.key)) continue;
        if (this.rels.some((r) => r.type === type && r.to === row.key)) continue;
        this.add(
          { ...row, column: keyOf(label) },
          "USE_LIFE_CYCLE",
          `a new ${label} comes with its lab: add a ${type} row from its JointLab`,
          `新的 ${label} 须随其实验室导入：请在 ${type} 表中添加一行`,
        );
      }
    }
  }

  private async readNodes(tx: ManagedTransaction): Promise<Map<Label, Map<string, Record<string, Plain>>>> {
    const wanted = new Map<Label, Set<string>>();
    const want = (label: Label, key: string) => {
      let keys = wanted.get(label);
      if (!keys) wanted.set(label, (keys = new Set()));
      keys.add(key);
    };
    for (const [label, rows] of this.nodes) for (const key of rows.keys()) want(label, key);
    for (const r of this.rels) {
      if (isLabel(r.fromLabel)) want(r.fromLabel, r.from);
      if (isLabel(r.toLabel)) want(r.toLabel, r.to);
    }
    const out = new Map<Label, Map<string, Record<string, Plain>>>();
    for (const [label, keys] of wanted) {
      const found = new Map<string, Record<string, Plain>>();
      for (const batch of chunks([...keys])) {
        const result = await tx.run(importStatement("existing-nodes", { label }), { keys: batch });
        for (const record of result.records)
          found.set(String(record.get("key")), toProps(record.get("properties")));
      }
      out.set(label, found);
    }
    return out;
  }

  private async readRelationships(
    tx: ManagedTransaction,
  ): Promise<Map<string, Map<string, Record<string, Plain>[]>>> {
    const groups = new Map<string, RelRow[]>();
    for (const r of this.rels) {
      const id = `${r.type}|${r.fromLabel}|${r.toLabel}`;
      const list = groups.get(id) ?? [];
      list.push(r);
      groups.set(id, list);
    }
    const out = new Map<string, Map<string, Record<string, Plain>[]>>();
    for (const [id, rows] of groups) {
      const { type, fromLabel, toLabel } = rows[0]!;
      if (!isLabel(fromLabel) || !isLabel(toLabel)) continue;
      const allowed = RELATIONSHIPS[type] as { from: readonly string[]; to: readonly string[] };
      if (!allowed.from.includes(fromLabel) || !allowed.to.includes(toLabel)) continue;
      const found = new Map<string, Record<string, Plain>[]>();
      const pairs = [
        ...new Map(rows.map((r) => [`${r.from}\u0000${r.to}`, { from: r.from, to: r.to }])).values(),
      ];
      for (const batch of chunks(pairs)) {
        const result = await tx.run(
          importStatement("existing-relationships", { from: fromLabel, type, to: toLabel }),
          { pairs: batch },
        );
        for (const record of result.records) {
          const pair = `${String(record.get("from"))}\u0000${String(record.get("to"))}`;
          const list = found.get(pair) ?? [];
          list.push(toProps(record.get("properties")));
          found.set(pair, list);
        }
      }
      out.set(id, found);
    }
    return out;
  }

  private async readSingleTargets(tx: ManagedTransaction): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const type of SINGLE_PER_SOURCE) {
      const keys = [...new Set(this.rels.filter((r) => r.type === type).map((r) => r.from))];
      for (const batch of chunks(keys)) {
        const result = await tx.run(importStatement("single-targets", { from: "JointLab", type }), {
          keys: batch,
        });
        for (const record of result.records)
          out.set(`${type}|${String(record.get("from"))}`, String(record.get("to")));
      }
    }
    return out;
  }
}

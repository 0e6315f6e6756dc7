/** PROFILE a statement and render its plan: operator, details, rows, db hits (as Neo4j Browser shows). */
import neo4j, { type ProfiledPlan } from "neo4j-driver";
import type { Graph } from "../../src/graph/graph.js";

export interface Profile {
  ms: number;
  rows: number;
  dbHits: number;
  plan: string;
  /** The operators with the most db hits, most first. */
  hottest: { operator: string; details: string; dbHits: number; rows: number }[];
}

function walk(plan: ProfiledPlan, depth: number, lines: string[], all: ProfiledPlan[]): void {
  all.push(plan);
  const details = String(plan.arguments["Details"] ?? "").replace(/\s+/g, " ");
  lines.push(
    `${"  ".repeat(depth)}${plan.operatorType.replace(/@.*$/, "")}  rows=${plan.rows} dbHits=${plan.dbHits}` +
      (details ? `  ${details.length > 160 ? `${details.slice(0, 157)}...` : details}` : ""),
  );
  for (const child of plan.children) walk(child, depth + 1, lines, all);
}

export async function profile(
  graph: Graph,
  cypher: string,
  params: Record<string, unknown>,
): Promise<Profile> {
  const session = graph.driver.session({ database: graph.database, defaultAccessMode: neo4j.session.READ });
  try {
    const started = performance.now();
    const result = await session.run(`PROFILE ${cypher}`, params);
    const ms = performance.now() - started;
    const plan = result.summary.profile;
    if (!plan) throw new Error("no profile in the summary");
    const lines: string[] = [];
    const all: ProfiledPlan[] = [];
    walk(plan, 0, lines, all);
    return {
      ms,
      rows: result.records.length,
      dbHits: all.reduce((n, p) => n + p.dbHits, 0),
      plan: lines.join("\n"),
      hottest: all
        .filter((p) => p.dbHits > 0)
        .sort((a, b) => b.dbHits - a.dbHits)
        .slice(0, 5)
        .map((p) => ({
          operator: p.operatorType.replace(/@.*$/, ""),
          details: String(p.arguments["Details"] ?? "")
            .replace(/\s+/g, " ")
            .slice(0, 200),
          dbHits: p.dbHits,
          rows: p.rows,
        })),
    };
  } finally {
    await session.close();
  }
}

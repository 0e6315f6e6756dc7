/** Counting and timing the Graph's statements (lianhe_neo4j_statements_total and _duration_seconds). */
import { neo4jDuration, neo4jStatements } from "./metrics.js";

export async function observeStatement<T>(mode: "read" | "write", statement: Promise<T>): Promise<T> {
  const end = neo4jDuration.startTimer({ mode });
  try {
    const result = await statement;
    neo4jStatements.inc({ mode, outcome: "ok" });
    return result;
  } catch (error) {
    neo4jStatements.inc({ mode, outcome: "error" });
    throw error;
  } finally {
    end();
  }
}

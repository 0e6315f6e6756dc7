/** `npm run db:migrate`: applies cypher/schema/ (constraints, indexes) to the configured Neo4j. */
import { applySchema } from "../graph/migrate.js";
import { withGraph } from "./run.js";

await withGraph("db:migrate", async (graph) => {
  const started = performance.now();
  const { statements } = await applySchema(graph);
  console.log(
    `db:migrate: ${statements} schema statements applied in ${Math.round(performance.now() - started)} ms`,
  );
});

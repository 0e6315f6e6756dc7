/**
 * `npm run bench:load -- --scale province|nation [--parallel N] [--node-batch N] [--rel-batch N]`:
 * generates the scale's graph (deterministic) and merges it into the scale's own Neo4j (see
 * bench/lib/instance.ts), with a progress bar on stderr; prints the rows loaded and the throughput.
 * Idempotent: a second run finds every key and relationship and changes nothing.
 */
import "reflect-metadata";
import { option, scaleOption } from "./lib/args.js";
import { benchGraph } from "./lib/generator.js";
import { openBenchNeo4j } from "./lib/instance.js";
import { loadBenchGraph } from "./lib/load.js";

const spec = scaleOption();
const scaleName = spec.name;
const options = {
  parallel: Number(option("parallel", "2")),
  nodeBatch: Number(option("node-batch", "20000")),
  relBatch: Number(option("rel-batch", "20000")),
};
const bench = benchGraph(spec);
const neo = await openBenchNeo4j(spec, (line) => console.error(line));
try {
  console.error(
    `loading scale ${scaleName} into ${neo.describe} (${options.parallel} batches in flight, ${options.nodeBatch}/${options.relBatch} rows per node/relationship batch)`,
  );
  const result = await loadBenchGraph(neo.graph, bench, options);
  console.log(
    `scale ${scaleName}: ${result.nodeRows.toLocaleString("en")} node rows and ${result.relRows.toLocaleString("en")} relationship rows ` +
      `in ${result.seconds.toFixed(1)} s = ${Math.round(result.rowsPerSecond).toLocaleString("en")} rows/s; ` +
      `relationships by ${result.relationshipMode}, indexes built; ` +
      `the database holds ${result.nodesInDb.toLocaleString("en")} nodes and ${result.relsInDb.toLocaleString("en")} relationships`,
  );
} finally {
  await neo.close();
}
